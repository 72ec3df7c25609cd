import Testing

@testable import TalkText

/// Most texts in a report need no escaping and are given back as they are, settled on their
/// bytes; that quick answer must be the one the long way, character by character, would give.
@Suite struct PlainTextTests {
    /// Pieces that touch every rule: markup characters, line-start markers, list numbers, bare
    /// links, trailing spaces, line breaks, hidden scalars, and combining marks after each.
    static let pieces = [
        "江东省委", "abc", "12", "3", "100.0%", ".", ")", ":", "//", "www", "WWW", "@", "&", "<", ">", "\"", "|", "*", "_",
        "`", "[", "]", "~", "!", "\\", "#", "-", "+", "=", " ", "\n", "\r", "\t", "\u{301}", "\u{200B}", "\u{202E}",
        "\u{1B}", "👨‍👩‍👧", "Ａ",
    ]

    /// `|` and U+0301 make one character, but Markdown reads the `|` alone and HTML the `<`.
    @Test func aMarkCombinedWithAMarkupCharacterDoesNotHideIt() {
        #expect(markdownText("A|\u{301}B") == "A\\|\u{301}B")
        #expect(markdownText("*\u{301}x*\u{301}") == "\\*\u{301}x\\*\u{301}")
        #expect(escape("<\u{301}img>") == "&lt;\u{301}img&gt;")
    }

    @Test func theQuickAnswerIsTheLongWays() {
        var generator = SystemRandomNumberGenerator()
        var texts = Self.pieces + Self.pieces.flatMap { a in Self.pieces.map { b in a + b } }
        for _ in 0..<20_000 {
            texts.append(
                (0..<Int.random(in: 1...6, using: &generator)).map { _ in Self.pieces.randomElement()! }.joined())
        }
        for text in texts {
            #expect(markdownText(text) == markdownEscaped(text), "\(text.debugDescription)")
            #expect(escape(text) == htmlEscaped(text), "\(text.debugDescription)")
        }
    }
}

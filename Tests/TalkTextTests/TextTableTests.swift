import Foundation
import TalkModel
import TalkText
import TestSupport
import Testing

@Suite struct TextTableTests {
    @Test(arguments: [
        ("abc", 3), ("江东省委", 8), ("A市委", 5), ("（一）", 6), ("é", 1), ("e\u{301}", 1), ("😀", 2), ("“", 1), ("\u{7}", 0),
        ("\u{203C}", 1), ("\u{203C}\u{FE0F}", 2), ("1\u{FE0F}\u{20E3}", 2), ("😀\u{FE0F}", 2), ("a\u{FE0F}", 1),
    ])
    func measuresDisplayWidth(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func alignsChineseColumns() {
        var table = TextTable(headers: ["编号", "name"])
        table.append(["T1", "江东省委"])
        table.append(["T2026-001", "A"])
        let rendered = table.render().split(separator: "\n").map(String.init)
        #expect(rendered.count == 4)
        let lines = rendered.filter { !$0.hasPrefix("-") }
        // The second column starts at the same display column on every line.
        let starts = lines.map { line -> Int in
            let cells = line.split(separator: " ", omittingEmptySubsequences: true)
            return DisplayWidth.of(String(line[..<line.range(of: String(cells[1]))!.lowerBound]))
        }
        #expect(Set(starts).count == 1, "\(lines)")
    }

    /// A detail too long for a line is cut after the last space that fits, else at any character,
    /// never inside a character; a text of scalars that stand alone (ASCII, Chinese and its
    /// punctuation) is cut by scalars, any other by characters: both give the lines the
    /// character-by-character cutting gave (written out here as the reference), for thousands of
    /// texts of words, Chinese, combining marks and runs of spaces.
    @Test func detailsAreWrappedAsCharacterByCharacterCuttingWrapsThem() {
        var random = SplitMix(seed: 16)
        let pieces = [
            "a", "word", "rectification", " ", " ", "  ", "江东省委", "谈话", "e\u{301}", "（一）", "😀", "x", "，“", "”—…", "、",
        ]
        for _ in 0..<3000 {
            let text = (0..<random.below(40)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let width = 4 + random.below(30)
            #expect(Self.detailLines(text, width) == Self.reference(text, width), "\(text.debugDescription) \(width)")
        }
    }

    /// A line that begins with a space (the second of two, where the first ended the line before)
    /// is not cut at it: that made an empty line, then a line of Chinese a column too wide.
    @Test func aLineBeginningWithASpaceIsNotCutAtIt() {
        #expect(Self.detailLines("aaaaaaaaaa  b江江江江江江", 10) == ["aaaaaaaaaa", " b江江江江", "江江"])
        var random = SplitMix(seed: 17)
        let pieces = ["a", "b", " ", "  ", "江", "江东省委", "😀", "e\u{301}"]
        for _ in 0..<3000 {
            let text = (0..<random.below(40)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let width = 2 + random.below(20)
            for line in Self.detailLines(text, width) {
                #expect(!line.isEmpty && DisplayWidth.of(line) <= width, "\(text.debugDescription) \(width)")
            }
        }
    }

    /// A cell cut to its columns keeps whole characters, as many as fit before the "…": the same
    /// as cutting character by character, for texts that stand alone and texts that do not.
    @Test func aLongCellIsCutAtACharacter() {
        var random = SplitMix(seed: 18)
        let pieces = ["a", "江东省委", "（一）", "e\u{301}", "😀", "\u{203C}\u{FE0F}", "한", "“", " "]
        for _ in 0..<3000 {
            let text = (0..<random.below(20)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let columns = 2 + random.below(20)
            var (kept, width) = ("", 0)
            for character in text {
                if width + DisplayWidth.of(character) > columns - 1 { break }
                (kept, width) = (kept + String(character), width + DisplayWidth.of(character))
            }
            let expected = DisplayWidth.of(text) <= columns ? text : kept + "…"
            #expect(DisplayWidth.truncated(text, to: columns) == expected, "\(text.debugDescription) \(columns)")
        }
    }

    /// A cell is cut as it is shown: its hidden characters escaped first, so the escapes count
    /// (helper-159: a name with an escape sequence in it, cut to 32 columns, was shown 47 wide).
    @Test func aCellsEscapesCountInItsWidth() {
        let name = "甲市委\u{1B}[31m\u{202E}" + String(repeating: "甲", count: 11)
        let cut = DisplayWidth.truncated(name, to: 32)
        #expect(DisplayWidth.of(cut) <= 32 && cut.hasSuffix("…") && !VisibleText.containsHidden(cut), "\(cut)")
        #expect(cut.hasPrefix("甲市委\\u{1B}[31m"))
        // A character its escapes make long is cut between them (helper-161: a family of emoji
        // joined by U+200D was left out whole, the name shown as "…").
        let family = DisplayWidth.truncated("东湖👨\u{200D}👩\u{200D}👧\u{200D}👦市委", to: 22)
        #expect(family.hasPrefix("东湖👨\\u{200D}") && DisplayWidth.of(family) <= 22, "\(family)")
        // An escape is kept whole or left out (helper-160: `\u{200B` without its brace).
        for columns in 4...24 {
            let cut = DisplayWidth.truncated("南屏\u{200B}市委\u{200B}纪检监察工作委员会", to: columns)
            #expect(DisplayWidth.of(cut) <= columns, "\(cut)")
            #expect(
                cut.components(separatedBy: "\\u{").dropFirst().allSatisfy { $0.hasPrefix("200B}") }, "\(cut)")
        }
    }

    /// The lines a table's detail is cut into, `width` columns after the indent.
    static func detailLines(_ text: String, _ width: Int) -> [String] {
        var table = TextTable(headers: ["h"])
        table.append(["c"], detail: text)
        return table.render(width: width + 4).split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst(3).dropLast().map { String($0.dropFirst(4)) }
    }

    /// The cutting `TextTable` did before it cut English by bytes (a line is never cut at the space
    /// it begins with): the reference for the test above.
    static func reference(_ text: String, _ width: Int) -> [String] {
        if DisplayWidth.of(text) <= width { return text.isEmpty ? [] : [text] }
        var lines: [String] = []
        var current = ""
        var used = 0
        var lastSpace: String.Index?
        for character in text {
            let size = DisplayWidth.of(character)
            if used + size > width, !current.isEmpty {
                if character != " ", let space = lastSpace, space > current.startIndex {
                    lines.append(String(current[..<space]))
                    current = String(current[current.index(after: space)...])
                } else {
                    lines.append(current)
                    current = ""
                }
                used = DisplayWidth.of(current)
                lastSpace = current.lastIndex(of: " ")
                if character == " " { continue }
            }
            if character == " " { lastSpace = current.endIndex }
            current.append(character)
            used += size
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

import Foundation
import Testing

@testable import TalkModel

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("汉字", 4), ("ab", 2), ("e\u{301}", 1), ("한", 2), ("ｱ", 1), ("Ａ", 2), ("😀", 2), ("“", 1), ("〇", 2),
        ("\u{20000}", 2), ("\t", 0), ("1\u{FE0F}", 2), ("❤\u{FE0F}", 2), ("，：（）", 8), ("“…”—", 4), ("、。《》", 8),
        ("\u{302A}", 0), ("江东省委（jd），“在任”", 22), ("12345678\u{FE0F}", 9), ("abcdefgh1\u{FE0F}", 10),
        ("P101-2026 汉字", 14), ("abcdefgh\tabcdefgh", 16),
    ])
    func widths(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    /// The shortcuts for Chinese text's scalars give every scalar the columns the general
    /// categories and the wide ranges give it.
    @Test func theShortcutsAgreeWithTheTables() {
        for value: UInt32 in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(DisplayWidth.of(scalar) == DisplayWidth.looked(scalar), "U+\(String(value, radix: 16))")
        }
    }

    /// No scalar is wider than its UTF-8 bytes, nor a selector after an emoji: a text that fits
    /// by its length in bytes fits (`TextTable.wrapped`).
    @Test func noTextIsWiderThanItsBytes() {
        for value: UInt32 in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(DisplayWidth.of(scalar) <= scalar.utf8.count, "U+\(String(value, radix: 16))")
            #expect(DisplayWidth.of("\u{FE0F}", after: scalar) <= 3, "U+\(String(value, radix: 16))")
        }
    }

    /// Every scalar said to stand alone is one character beside itself and beside the others
    /// that do (ASCII, an ideograph, a full-width comma, a quote, the ideographic space): a text
    /// of them is cut scalar by scalar.
    @Test func aScalarThatStandsAloneIsACharacterOfItsOwn() {
        let partners: [Unicode.Scalar] = ["a", " ", "中", "，", "“", "\u{3000}", "—"]
        for value: UInt32 in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), DisplayWidth.standsAlone(scalar) else { continue }
            for partner in partners + [scalar] {
                let text = String(String.UnicodeScalarView([partner, scalar, partner]))
                #expect(text.count == 3, "U+\(String(value, radix: 16)) beside U+\(String(partner.value, radix: 16))")
            }
        }
    }

    /// A text's characters, read from its bytes or by Swift, are Swift's characters with their
    /// columns and lengths, for texts that stand alone and texts with marks, joiners, selectors,
    /// Hangul jamo and flags.
    @Test func aTextsCharactersAreSwiftsCharacters() {
        let texts = [
            "", "abc", "江东省委（一），“在任”—…", "e\u{301}x", "👨\u{200D}👩\u{200D}👧", "❤\u{FE0F}", "\u{1100}\u{1161}\u{11A8}",
            "🇨🇳🇨🇳", "a\r\nb", "谈话\u{302A}", "ｶﾞ", "\u{E000}",
        ]
        for text in texts {
            let expected = text.map { (DisplayWidth.of($0), $0.utf8.count) }
            let characters = DisplayWidth.characters(text)
            #expect(characters.map(\.columns) == expected.map(\.0), "\(text.debugDescription)")
            #expect(characters.map(\.length) == expected.map(\.1), "\(text.debugDescription)")
        }
    }

    /// A text's columns read from its bytes are its scalars' columns, each after the one before,
    /// for scalars of every UTF-8 length.
    @Test func aTextIsItsScalarsColumns() {
        let scalars = (0..<5000).compactMap { Unicode.Scalar(UInt32($0 * 223 % 0x10FFFF)) } + ["1", "\u{FE0F}", "汉"]
        let text = String(String.UnicodeScalarView(scalars))
        var (expected, previous): (Int, Unicode.Scalar?) = (0, nil)
        for scalar in scalars {
            expected += DisplayWidth.of(scalar, after: previous)
            previous = scalar
        }
        #expect(DisplayWidth.of(text) == expected)
    }

    /// Every code point the pinned EastAsianWidth.txt marks W or F is wide, and no other:
    /// checked against the file itself where Debian's unicode-data has it.
    @Test func theTableIsTheUnicodeData() throws {
        let path = "/usr/share/unicode/EastAsianWidth.txt"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
            text.hasPrefix("# EastAsianWidth-\(DisplayWidth.unicodeVersion).txt")
        else {
            // Without the file, the table must at least be sorted and disjoint.
            #expect(zip(DisplayWidth.wide, DisplayWidth.wide.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound })
            return
        }
        var wide = Set<UInt32>()
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0].split(
                separator: ";"
            ).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count == 2, fields[1] == "W" || fields[1] == "F" else { continue }
            let bounds = fields[0].components(separatedBy: "..").compactMap { UInt32($0, radix: 16) }
            for value in bounds[0]...bounds[bounds.count - 1] { wide.insert(value) }
        }
        let inTable = DisplayWidth.wide.reduce(0) { $0 + Int($1.upperBound - $1.lowerBound + 1) }
        #expect(inTable == wide.count)
        #expect(wide.allSatisfy { value in DisplayWidth.wide.contains { $0.contains(value) } })
    }
}

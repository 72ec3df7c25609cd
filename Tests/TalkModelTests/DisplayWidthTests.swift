import Foundation
import Testing

@testable import TalkModel

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("汉字", 4), ("ab", 2), ("e\u{301}", 1), ("한", 2), ("ｱ", 1), ("Ａ", 2), ("😀", 2), ("“", 1), ("〇", 2),
        ("\u{20000}", 2), ("\t", 0),
    ])
    func widths(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
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

import Foundation
import TalkModel
import TalkText
import Testing

@Suite struct TextTableTests {
    @Test(arguments: [
        ("abc", 3), ("江东省委", 8), ("A市委", 5), ("（一）", 6), ("é", 1), ("e\u{301}", 1), ("😀", 2), ("“", 1), ("\u{7}", 0),
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
}

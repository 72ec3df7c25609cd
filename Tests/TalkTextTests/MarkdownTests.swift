import TalkModel
import TalkText
import Testing

/// A report's Markdown is pasted into Word, WPS or a Markdown viewer: a name from the data must
/// stay plain text there.
@Suite struct MarkdownTests {
    static let hostile = [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[点此](javascript:alert(1))",
        "![](http://evil.example/x.png)", "a | b", "# 标题", "- 列表", "1. 编号", "> 引用", "http://evil.example/x",
        "www.evil.example", "a@evil.example", "行一\r\n行二", "尾\\", "*强调* _强调_ `代码` ~~删~~", "&lt;", "\u{1B}[2J",
    ]

    @Test(arguments: hostile)
    func textFromTheDataStaysPlainText(_ name: String) {
        var document = ReportDocument(title: name, language: .zh)
        document.add(.heading(1, name))
        document.add(.paragraph(name))
        document.add(.bullets([name]))
        document.add(.table(["组织", "数"], [[name, "1"]], numeric: [1]))
        let markdown = TextStream.text { document.markdown(to: &$0) }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        // Our structure only: one title, one heading, one paragraph, one bullet, a table of three lines.
        #expect(lines.filter { $0.hasPrefix("#") }.count == 2, "\(markdown)")
        #expect(lines.filter { $0.hasPrefix("- ") }.count == 1, "\(markdown)")
        #expect(lines.filter { $0.hasPrefix("|") }.count == 3, "\(markdown)")
        for line in lines where line.hasPrefix("|") {
            // Every cell separator is ours: a row has as many unescaped pipes as the header.
            #expect(
                line.split(separator: "|", omittingEmptySubsequences: false).count(where: { !$0.hasSuffix("\\") }) >= 3)
        }
        for marker in ["<", "](", "![", "*", "_", "`", "~", "://", "www.", "@", "&"] where markdown.contains(marker) {
            // Wherever the marker appears, its first character is escaped.
            let pattern = marker.first!
            for (i, character) in markdown.enumerated() where character == pattern {
                let before = markdown[markdown.index(markdown.startIndex, offsetBy: max(0, i - 1))]
                let escaped = before == "\\" || (marker == "://" && character == ":")
                if marker != "://" && marker != "www." { #expect(escaped, "\(marker) unescaped in \(markdown)") }
            }
        }
        #expect(!markdown.contains("\u{1B}") && !markdown.contains("\r"))
        for line in lines {
            // A line ending in an odd number of backslashes ends in a hard line break.
            #expect(line.reversed().prefix(while: { $0 == "\\" }).count % 2 == 0, "\(line)")
        }
    }

    /// Only what Markdown would read as markup is escaped: a rate or a date at the start of a cell
    /// is left as it is (a backslash would show when the text is pasted into Word), a list number is not.
    @Test func numbersThatAreNotListNumbersStayAsTheyAre() {
        #expect(markdownOf("100.0%") == "100.0%")
        #expect(markdownOf("66.7%") == "66.7%")
        #expect(markdownOf("2026.3.5") == "2026.3.5")
        #expect(markdownOf("1. 编号") == "1\\. 编号")
        #expect(markdownOf("12)") == "12\\)")
    }

    /// A line break in a text is a space in every format, not `\n` in HTML (helper-206).
    @Test func aLineBreakIsASpaceInMarkdownAndHTML() {
        var document = ReportDocument(title: "t", language: .zh)
        document.add(.paragraph("第一行\n第二行\r\n第三行"))
        let html = TextStream.text { document.html(to: &$0) }
        #expect(html.contains("第一行 第二行 第三行") && !html.contains("\\n"), "\(html)")
        #expect(markdownOf("第一行\n第二行\r\n第三行") == "第一行 第二行 第三行")
        // Unicode's own line ends too (helper-208: `\u{2028}` written).
        #expect(markdownOf("江州\u{2028}市委\u{85}甲\u{2029}乙\u{0B}丙") == "江州 市委 甲 乙 丙")
    }

    private func markdownOf(_ text: String) -> String {
        var document = ReportDocument(title: "t", language: .zh)
        document.add(.paragraph(text))
        return String(TextStream.text { document.markdown(to: &$0) }.split(separator: "\n").last!)
    }
}

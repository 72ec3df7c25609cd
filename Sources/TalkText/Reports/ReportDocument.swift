import TalkModel

/// A report as a list of blocks, written once and rendered as Markdown (to paste into Word or WPS)
/// or as one self-contained HTML page (inline CSS and SVG, printable on A4).
public struct ReportDocument {
    public enum Block {
        case heading(Int, String)
        case paragraph(String)
        case bullets([String])
        /// Headers and rows; columns after the first that hold figures are right-aligned.
        case table([String], [[String]], numeric: Set<Int> = [])
        /// A chart: only in HTML, where the figures it draws also sit in a table or a sentence.
        case chart(Chart)
    }

    public let title: String
    public let language: Language
    public var blocks: [Block] = []

    public init(title: String, language: Language) {
        self.title = title
        self.language = language
    }

    public mutating func add(_ block: Block) { blocks.append(block) }

    // MARK: Markdown

    /// Markdown in which every text is plain text: nothing from the data can become a heading,
    /// a list, a link, an image, HTML or a table column (`markdownText`). Appended to `out` as it
    /// is made: a national roll-up's 27 MB are never held whole.
    public func markdown<Failure: Error>(to out: inout TextStream<Failure>) throws(Failure) {
        try out.append("# \(markdownText(title))\n")
        for block in blocks {
            switch block {
            case .heading(let level, let text):
                try out.append("\n" + String(repeating: "#", count: level + 1) + " \(markdownText(text))\n")
            case .paragraph(let text):
                try out.append("\n\(markdownText(text))\n")
            case .bullets(let items):
                try out.append("\n" + items.map { "- \(markdownText($0))\n" }.joined())
            case .table(let headers, let rows, let numeric):
                try out.append("\n| " + headers.map(markdownCell).joined(separator: " | ") + " |\n")
                try out.append(
                    "|" + headers.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n")
                try Self.lines(rows, to: &out) { row in "| " + row.map(markdownCell).joined(separator: " | ") + " |\n" }
            case .chart:
                break
            }
        }
    }

    /// The lines of a table's rows, in order; those of a long table (a national roll-up's 40,000
    /// committees) made on every core, a thousand rows at a time.
    private static func lines<Failure: Error>(
        _ rows: [[String]], to out: inout TextStream<Failure>, _ line: @escaping @Sendable ([String]) -> String
    ) throws(Failure) {
        let size = 1024
        let parts = [String](concurrently: (rows.count + size - 1) / size) { part in
            rows[(part * size)..<min(rows.count, (part + 1) * size)].map(line).joined()
        }
        for part in parts { try out.append(part) }
    }

    // MARK: HTML

    /// One page that loads nothing: the style and the charts are inline. Appended to `out` as it
    /// is made, as `markdown(to:)` is.
    public func html<Failure: Error>(to out: inout TextStream<Failure>) throws(Failure) {
        try out.append(
            """
            <!DOCTYPE html>
            <html lang="\(language == .zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <title>\(escape(title))</title>
            <style>
            @page { size: A4; margin: 18mm 16mm; }
            body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", SimSun, "Songti SC", serif; font-size: 11pt; line-height: 1.55; color: #111; max-width: 178mm; margin: 0 auto; }
            h1 { font-size: 17pt; text-align: center; margin: 0 0 8mm; }
            h2 { font-size: 13.5pt; margin: 7mm 0 2mm; border-bottom: 1px solid #999; break-after: avoid; }
            h3 { font-size: 12pt; margin: 5mm 0 2mm; break-after: avoid; }
            table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 9.5pt; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; }
            th, td { border: 1px solid #888; padding: 1mm 1.6mm; text-align: left; vertical-align: top; }
            th { background: #eee; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
            figure { margin: 3mm 0 5mm; break-inside: avoid; }
            figcaption { font-size: 9.5pt; color: #333; margin-bottom: 1mm; }
            svg { display: block; max-width: 100%; height: auto; }
            ul { margin: 1mm 0 3mm; padding-left: 6mm; }
            </style>
            </head>
            <body>
            <h1>\(escape(title))</h1>

            """)
        for block in blocks {
            switch block {
            case .heading(let level, let text):
                try out.append("<h\(level + 1)>\(escape(text))</h\(level + 1)>\n")
            case .paragraph(let text):
                try out.append("<p>\(escape(text))</p>\n")
            case .bullets(let items):
                try out.append("<ul>\n" + items.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n")
            case .table(let headers, let rows, let numeric):
                @Sendable func cells(_ row: [String], _ tag: String) -> String {
                    row.enumerated().map { i, text in
                        "<\(tag)\(numeric.contains(i) ? " class=\"n\"" : "")>\(escape(text))</\(tag)>"
                    }.joined()
                }
                try out.append("<table>\n<thead><tr>\(cells(headers, "th"))</tr></thead>\n<tbody>\n")
                try Self.lines(rows, to: &out) { row in "<tr>\(cells(row, "td"))</tr>\n" }
                try out.append("</tbody>\n</table>\n")
            case .chart(let chart):
                try out.append("<figure>\n<figcaption>\(escape(chart.title))</figcaption>\n\(chart.svg())</figure>\n")
            }
        }
        try out.append("</body>\n</html>\n")
    }
}

/// Text that Markdown (CommonMark, and GitHub's autolinks) shows as it is, on one line: ASCII
/// punctuation that could open markup (`*`, `_`, `` ` ``, `[`, `<`, `|`, `!`, `&`…) is escaped with a
/// backslash, as are a line-starting `#`, `-`, `+`, `=`, `>` or list number (`1. `), the `:` of `://` and
/// the `.` of `www.` (bare links), and `@` (mail links); line breaks become spaces, other hidden
/// characters are shown escaped (`VisibleText`), and trailing spaces (a hard break) are dropped.
/// A table's cell as `markdownText`; an empty cell a space, so the row keeps its columns.
private func markdownCell(_ text: String) -> String {
    text.isEmpty ? " " : markdownText(text)
}

func markdownText(_ text: String) -> String {
    isPlainInMarkdown(text) ? text : markdownEscaped(text)
}

/// `markdownText` the long way, scalar by scalar: a mark combined with a markup character
/// (`|` and U+0301 make one character) must not hide it, as Markdown reads the `|` alone.
func markdownEscaped(_ text: String) -> String {
    let flat = VisibleText.escaped(VisibleText.onOneLine(text))
    var scalars = Array(flat.unicodeScalars)
    while scalars.last == " " { scalars.removeLast() }
    var out = String.UnicodeScalarView()
    let leadingDigits = scalars.prefix(while: { ("0"..."9").contains($0) }).count
    for (i, scalar) in scalars.enumerated() {
        let escapeIt: Bool
        switch scalar {
        case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "!", "&", "@": escapeIt = true
        case "#", "-", "+", "=": escapeIt = i == 0
        case ".", ")":
            // A list number (CommonMark §5.2) is up to nine digits and `.` or `)` followed by a
            // space or nothing: `1. ` is escaped, a rate like `100.0%` is left as it is.
            let listNumber =
                i == leadingDigits && (1...9).contains(i) && (i + 1 == scalars.count || scalars[i + 1] == " ")
            escapeIt =
                listNumber
                || (scalar == "." && i >= 3
                    && String(String.UnicodeScalarView(scalars[(i - 3)..<i])).lowercased() == "www")
        case ":": escapeIt = i + 2 < scalars.count && scalars[i + 1] == "/" && scalars[i + 2] == "/"
        default: escapeIt = false
        }
        if escapeIt { out.append("\\") }
        out.append(scalar)
    }
    return String(out)
}

/// Whether `markdownText` gives the text back as it is, settled on its UTF-8 bytes, and on its
/// scalars only where a byte may begin a hidden one (as full-width punctuation does): most of a long
/// report (names, counts, Chinese sentences) is, and going through its characters cost a seventh of a
/// national roll-up. A byte that could make any rule of `markdownText` apply sends the text the long way.
private func isPlainInMarkdown(_ text: String) -> Bool {
    let bytes = text.utf8
    guard let first = bytes.first, let last = bytes.last else { return true }
    if "#-+=".utf8.contains(first) || last == UInt8(ascii: " ") { return false }
    return !VisibleText.containsHidden(text)
        && !bytes.contains { byte in
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"),
                UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "@"), UInt8(ascii: "."), UInt8(ascii: ")"),
                UInt8(ascii: ":"):
                true
            default: false
            }
        }
}

/// Text made safe for HTML and SVG: markup characters as entities, and hidden characters (a
/// U+202E that would reverse a name, a control) shown escaped as everywhere else (`VisibleText`).
func escape(_ text: String) -> String {
    // Most texts hold no markup character and nothing hidden: given back as they are.
    let plain = !VisibleText.containsHidden(text) && !text.utf8.contains(where: { "&<>\"".utf8.contains($0) })
    return plain ? text : htmlEscaped(text)
}

/// `escape` the long way, scalar by scalar (a combining mark never hides a `<`).
func htmlEscaped(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in VisibleText.escaped(VisibleText.onOneLine(text)).unicodeScalars {
        switch scalar {
        case "&": out.append(contentsOf: "&amp;".unicodeScalars)
        case "<": out.append(contentsOf: "&lt;".unicodeScalars)
        case ">": out.append(contentsOf: "&gt;".unicodeScalars)
        case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
        default: out.append(scalar)
        }
    }
    return String(out)
}

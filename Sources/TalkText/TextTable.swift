import TalkModel

/// A table for the terminal, its columns aligned by display width so Chinese lines up.
public struct TextTable {
    public var headers: [String]
    public var rows: [[String]] = []
    /// A text under each row (a finding's message), too long for a column: indented and wrapped
    /// to the width `render` is given. Nil: the row has none.
    public var details: [String?] = []
    /// An ANSI colour for a cell of a row (`"31"` for red), or nil; applied after alignment, so
    /// colour never shifts a column.
    public var tint: ((_ row: [String], _ column: Int) -> String?)?

    public init(headers: [String]) {
        self.headers = headers
    }

    /// Adds a row; a cell's line breaks and other hidden characters are shown escaped, so a value
    /// can never break the table or act on the terminal (`VisibleText`).
    public mutating func append(_ row: [String], detail: String? = nil) {
        rows.append(row.map { VisibleText.escaped($0) })
        details.append(detail.map { VisibleText.escaped($0) })
    }

    /// The table as lines of text: headers, a rule, then the rows, each with its detail lines
    /// wrapped to `width` display columns. Trailing spaces are trimmed.
    public func render(width: Int = 120) -> String {
        // Each cell's width is measured once: a national check prints hundreds of thousands of rows.
        let cellWidths = rows.map { $0.map(DisplayWidth.of) }
        var widths = headers.map(DisplayWidth.of)
        for row in cellWidths {
            for (i, width) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], width) }
        }
        func line(_ cells: [String], _ cellWidths: [Int], tinted: Bool) -> String {
            var out = ""
            for (i, cell) in cells.enumerated() {
                if tinted, let code = tint?(cells, i) {
                    out += "\u{1B}[\(code)m\(cell)\u{1B}[0m"
                } else {
                    out += cell
                }
                if i < cells.count - 1 {
                    out += String(repeating: " ", count: widths[i] - cellWidths[i] + 2)
                }
            }
            return out
        }
        var out = line(headers, headers.map(DisplayWidth.of), tinted: false) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for (index, (row, rowWidths)) in zip(rows, cellWidths).enumerated() {
            out += line(row, rowWidths, tinted: true) + "\n"
            if let detail = details[index] {
                for part in Self.wrapped(detail, width - Self.indent.count) { out += Self.indent + part + "\n" }
            }
        }
        return out
    }

    private static let indent = "    "

    /// A text cut into lines of at most `width` display columns: after the last space that fits
    /// when there is one (English), else at any character (Chinese needs no spaces to break).
    static func wrapped(_ text: String, _ width: Int) -> [String] {
        // A line that fits is the common case: measured by scalars, without breaking it into characters.
        if DisplayWidth.of(text) <= width { return text.isEmpty ? [] : [text] }
        var lines: [String] = []
        var current = ""
        var used = 0
        var lastSpace: String.Index?
        for character in text {
            let size = DisplayWidth.of(character)
            if used + size > width, !current.isEmpty {
                if character != " ", let space = lastSpace {
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

import TalkModel

/// A table for the terminal, its columns aligned by display width so Chinese lines up.
public struct TextTable {
    public var headers: [String]
    public var rows: [[String]] = []
    /// An ANSI colour for a cell of a row (`"31"` for red), or nil; applied after alignment, so
    /// colour never shifts a column.
    public var tint: ((_ row: [String], _ column: Int) -> String?)?

    public init(headers: [String]) {
        self.headers = headers
    }

    /// Adds a row; a cell's line breaks and other hidden characters are shown escaped, so a value
    /// can never break the table or act on the terminal (`VisibleText`).
    public mutating func append(_ row: [String]) {
        rows.append(row.map { VisibleText.escaped($0) })
    }

    /// The table as lines of text: headers, a rule, then the rows. Trailing spaces are trimmed.
    public func render() -> String {
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
        for (row, rowWidths) in zip(rows, cellWidths) { out += line(row, rowWidths, tinted: true) + "\n" }
        return out
    }
}

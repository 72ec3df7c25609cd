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

    public mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The table as lines of text: headers, a rule, then the rows. Trailing spaces are trimmed.
    public func render() -> String {
        var widths = headers.map(DisplayWidth.of)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], DisplayWidth.of(cell))
            }
        }
        func line(_ cells: [String], tinted: Bool) -> String {
            var out = ""
            for (i, cell) in cells.enumerated() {
                if tinted, let code = tint?(cells, i) {
                    out += "\u{1B}[\(code)m\(cell)\u{1B}[0m"
                } else {
                    out += cell
                }
                if i < cells.count - 1 {
                    out += String(repeating: " ", count: widths[i] - DisplayWidth.of(cell) + 2)
                }
            }
            return out
        }
        var out = line(headers, tinted: false) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row, tinted: true) + "\n" }
        return out
    }
}

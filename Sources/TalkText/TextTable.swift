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
    /// can never break the table or act on the terminal (`inline`).
    public mutating func append(_ row: [String], detail: String? = nil) {
        var row = row
        // Escaped in place: nearly every cell has nothing to escape, and a new row would be made
        // for every row of a national check.
        for i in row.indices where VisibleText.containsHidden(row[i]) { row[i] = row[i].inline }
        rows.append(row)
        details.append(detail.map(\.inline))
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
        // Each line is written where it ends up, its cells padded from one run of spaces: a
        // national check writes hundreds of thousands.
        var out = ""
        func line(_ cells: [String], _ cellWidths: [Int], tinted: Bool) {
            for (i, cell) in cells.enumerated() {
                if tinted, let code = tint?(cells, i) {
                    out += "\u{1B}[\(code)m\(cell)\u{1B}[0m"
                } else {
                    out += cell
                }
                if i < cells.count - 1 { Self.pad(&out, widths[i] - cellWidths[i] + 2) }
            }
            out += "\n"
        }
        line(headers, headers.map(DisplayWidth.of), tinted: false)
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for (index, (row, rowWidths)) in zip(rows, cellWidths).enumerated() {
            line(row, rowWidths, tinted: true)
            if let detail = details[index] {
                for part in Self.wrapped(detail, width - Self.indent.count) {
                    out += Self.indent
                    out += part
                    out += "\n"
                }
            }
        }
        return out
    }

    private static let indent = "    "
    private static let spaces = String(repeating: " ", count: 256)

    /// Appends `count` spaces.
    private static func pad(_ out: inout String, _ count: Int) {
        var left = count
        while left > 0 {
            let run = min(left, 256)
            out += Substring(spaces.utf8[..<spaces.utf8.index(spaces.utf8.startIndex, offsetBy: run)])
            left -= run
        }
    }

    /// A text cut into lines of at most `width` display columns: after the last space that fits
    /// when there is one (English), else at any character (Chinese needs no spaces to break).
    static func wrapped(_ text: String, _ width: Int) -> [String] {
        // A line that fits is the common case: known by its length in bytes, which no text's
        // columns exceed (a scalar two columns wide is three bytes or more), else measured by
        // scalars, without breaking it into characters.
        if text.utf8.count <= width || DisplayWidth.of(text) <= width { return text.isEmpty ? [] : [text] }
        let bytes = Array(text.utf8)
        var lines: [String] = []
        // The line being filled is `bytes[start..<end]`, `used` columns wide; of them, `afterSpace`
        // follow its last space, at `lastSpace`.
        var (start, end, used, afterSpace) = (0, 0, 0, 0)
        var lastSpace: Int?
        for (columns, length) in DisplayWidth.characters(text) {
            let character = (columns: columns, length: length, isSpace: length == 1 && bytes[end] == UInt8(ascii: " "))
            if used + character.columns > width, start < end {
                // A space that begins the line is no place to cut: the line would be empty, and
                // what follows it (a full line of Chinese) one column too wide.
                if !character.isSpace, let cutAt = lastSpace, cutAt > start {
                    // The space a line is cut at is dropped.
                    lines.append(String(decoding: bytes[start..<cutAt], as: UTF8.self))
                    (start, used) = (cutAt + 1, afterSpace)
                } else {
                    lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
                    (start, used) = (end, 0)
                }
                lastSpace = nil
                if character.isSpace {
                    end += character.length
                    start = end
                    continue
                }
            }
            if character.isSpace {
                (lastSpace, afterSpace) = (end, 0)
            } else {
                afterSpace += character.columns
            }
            used += character.columns
            end += character.length
        }
        if start < end { lines.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
        return lines
    }
}

/// RFC 4180 comma-separated values, as Excel and WPS read and write them.
public enum CSV {
    /// Rows as CSV text: fields with a comma, quote or line break are quoted; lines end in CRLF.
    public static func text(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    /// The rows of a CSV text. Quoted fields may hold commas, quotes and line breaks; a row that is
    /// wholly empty (as spreadsheets leave at the end) is dropped. Rows are numbered as the
    /// spreadsheet numbers them, from 1.
    public static func rows(_ text: String) throws(SyntaxError) -> [(number: Int, cells: [String])] {
        var rows: [(number: Int, cells: [String])] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var column = 0
        var rowNumber = 1
        var quoteStart = (line: 1, column: 1)
        func endRow() {
            cells.append(cell)
            if cells.contains(where: { !$0.isEmpty }) { rows.append((rowNumber, cells)) }
            rowNumber += 1
            cells = []
            cell = ""
            afterQuote = false
        }
        // Characters, not scalars: "\r\n" is one Character, so both line ends read alike.
        for character in text {
            column += 1
            if quoted {
                if character == "\"" {
                    quoted = false
                    afterQuote = true
                } else {
                    if character.isNewline {
                        line += 1
                        column = 0
                    }
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"" where afterQuote:
                // A doubled quote inside a quoted field.
                cell.append("\"")
                quoted = true
                afterQuote = false
            case "\"" where cell.isEmpty:
                quoted = true
                quoteStart = (line, column)
            case ",":
                cells.append(cell)
                cell = ""
                afterQuote = false
            case "\r\n", "\n", "\r":
                endRow()
                line += 1
                column = 0
            default:
                if afterQuote {
                    throw SyntaxError(
                        line: line, column: column,
                        message: Message(
                            zh: "引号括起的字段后应为逗号或换行", en: "a quoted field must be followed by a comma or a line end"))
                }
                cell.append(character)
            }
        }
        if quoted {
            throw SyntaxError(
                line: quoteStart.line, column: quoteStart.column,
                message: Message(zh: "此处开始的引号没有闭合", en: "the quote opened here is never closed"))
        }
        if !cell.isEmpty || !cells.isEmpty || afterQuote { endRow() }
        return rows
    }

    /// A place in the text where it stops being CSV.
    public struct SyntaxError: Error, Sendable {
        public let line: Int
        public let column: Int
        public let message: Message
    }

    /// Excel's name of the column at `index` (from 0): A … Z, AA, AB …
    public static func columnName(_ index: Int) -> String {
        var name = ""
        var n = index + 1
        while n > 0 {
            let digit = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            n = (n - 1) / 26
        }
        return name
    }
}

/// RFC 4180 comma-separated values, as Excel and WPS read and write them.
public enum CSV {
    /// One row as a CSV line: fields with a comma, quote or line break are quoted; the line ends
    /// in CRLF. Every cell is first made inert (`inert`), so no value from the data runs as a formula.
    public static func line(_ row: [String]) -> String {
        var out = [UInt8]()
        for (i, cell) in row.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            field(inert(cell), to: &out)
        }
        out += [0x0D, 0x0A]
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one field, quoted when it holds a comma, quote or line break. Bytes, not characters,
    /// as `rows` reads scalars: a comma or quote followed by a combining mark is one character
    /// with it, but still a separator or a quote to every reader.
    private static func field(_ text: String, to out: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        let special: (UInt8) -> Bool = { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 0x0A || $0 == 0x0D }
        guard text.utf8.contains(where: special) else { return out += text.utf8 }
        out.append(quote)
        for byte in text.utf8 {
            if byte == quote { out.append(quote) }
            out.append(byte)
        }
        out.append(quote)
    }

    /// The characters that make Excel, WPS or LibreOffice read a cell as a formula (or, for a
    /// leading tab or carriage return, hide one), after OWASP's "CSV injection"; and the
    /// apostrophe that neutralises them, so that neutralising can always be undone. A switch, not
    /// a set: asked of every cell written, and a set's hashing was most of a cell's cost.
    private static func isActive(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "=", "+", "-", "@", "\t", "\r", "'": true
        default: false
        }
    }

    /// A cell that a spreadsheet would run (`=HYPERLINK(…)`, `+1`, `@SUM(…)`) gets an apostrophe in
    /// front and is shown as text; a plain number (`-12`, `3.5`) stays a number. A cell that
    /// already begins with an apostrophe gets one more, so `imported` gives back every text exactly.
    public static func inert(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, isActive(first), !isPlainNumber(cell) else { return cell }
        return "'" + cell
    }

    /// The cell as it was before `inert`: one leading apostrophe dropped where `inert` added it.
    public static func imported(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        guard scalars.first == "'", scalars.count > 1,
            isActive(scalars[scalars.index(after: scalars.startIndex)])
        else { return cell }
        return String(cell.unicodeScalars.dropFirst())
    }

    /// `-12`, `+3`, `0.5`, `-1.25`: a number a spreadsheet shows as a number, not a formula.
    private static func isPlainNumber(_ cell: String) -> Bool {
        let unsigned = cell.utf8.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
        guard cell.utf8.count - unsigned.count <= 1 else { return false }
        let parts = unsigned.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return (1...2).contains(parts.count)
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { (0x30...0x39).contains($0) } }
    }

    /// The rows of a CSV text. Quoted fields may hold commas, quotes and line breaks; a row that is
    /// wholly empty (as spreadsheets leave at the end) is dropped. Rows are numbered as the
    /// spreadsheet numbers them, from 1. Cells are given back as they were before `inert`.
    /// `separator` is a tab for a sheet saved as tab-separated text.
    public static func rows(_ text: String, separator: Unicode.Scalar = ",") throws(SyntaxError) -> [(
        number: Int, cells: [String]
    )] {
        var formulas: [Sheet.UnreadableCell] = []
        return try rows(text, separator: separator, formulas: &formulas)
    }

    /// The rows, and in `formulas` the cells written as formulas (`Sheet.isFormula`), each a cell
    /// whose value the file does not hold: told at its place by `Sheet.read`, its field not read.
    public static func rows(
        _ text: String, separator: Unicode.Scalar = ",", formulas: inout [Sheet.UnreadableCell]
    ) throws(SyntaxError) -> [(number: Int, cells: [String])] {
        var rows: [(number: Int, cells: [String])] = []
        var found: [Sheet.UnreadableCell] = []
        var cells: [String] = []
        var cell = String.UnicodeScalarView()
        var quoted = false
        var afterQuote = false
        var line = 1
        var column = 0
        var rowNumber = 1
        var quoteStart = (line: 1, column: 1)
        var afterCarriageReturn = false
        func endRow() {
            cells.append(String(cell))
            for (column, written) in cells.enumerated() where Sheet.isFormula(written) {
                found.append(
                    Sheet.UnreadableCell(
                        row: rowNumber, column: column,
                        // (Not quoted: a problem's cell may be a formula joining confidential text.)
                        message: Message(
                            zh: "是公式，不是它的值：文件保存的是公式而不是结果；"
                                + "请复制该列，用“选择性粘贴→数值”粘贴为值后重新导入",
                            en: "holds a formula, not its value: the file was saved with its formulas; copy the "
                                + "column, paste it as values (Paste Special → Values), and import again")))
            }
            if cells.contains(where: { !$0.isEmpty }) { rows.append((rowNumber, cells.map(imported))) }
            rowNumber += 1
            cells = []
            cell = String.UnicodeScalarView()
            afterQuote = false
        }
        // Scalars, not characters: a separator followed by a combining mark is still a separator
        // (as characters, "," and U+0301 are one cluster and two cells would merge).
        for scalar in text.unicodeScalars {
            // "\r\n" ends one line, as "\r" or "\n" alone do.
            if afterCarriageReturn {
                afterCarriageReturn = false
                if scalar == "\n" { continue }
            }
            column += 1
            if quoted {
                if scalar == "\"" {
                    quoted = false
                    afterQuote = true
                } else {
                    if scalar == "\r" || (scalar == "\n" && cell.last != "\r") {
                        line += 1
                        column = 0
                    }
                    cell.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where afterQuote:
                // A doubled quote inside a quoted field.
                cell.append("\"")
                quoted = true
                afterQuote = false
            case "\"" where cell.isEmpty:
                quoted = true
                quoteStart = (line, column)
            case separator:
                cells.append(String(cell))
                cell = String.UnicodeScalarView()
                afterQuote = false
            case "\n", "\r":
                afterCarriageReturn = scalar == "\r"
                endRow()
                line += 1
                column = 0
            default:
                if afterQuote {
                    let (zh, en) = separatorName(separator)
                    throw SyntaxError(
                        line: line, column: column,
                        message: Message(
                            zh: "引号括起的字段后应为\(zh)或换行", en: "a quoted field must be followed by \(en) or a line end"))
                }
                cell.append(scalar)
            }
        }
        if quoted {
            throw SyntaxError(
                line: quoteStart.line, column: quoteStart.column,
                message: Message(zh: "此处开始的引号没有闭合", en: "the quote opened here is never closed"))
        }
        if !cell.isEmpty || !cells.isEmpty || afterQuote { endRow() }
        formulas = found
        return rows
    }

    /// How a refusal names a separator.
    static func separatorName(_ separator: Unicode.Scalar) -> (zh: String, en: String) {
        switch separator {
        case "\t": ("制表符", "a tab")
        case ";": ("分号", "a semicolon")
        default: ("逗号", "a comma")
        }
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

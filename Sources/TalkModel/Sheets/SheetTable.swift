/// One cell of a table written as CSV or as an Excel workbook: text, a whole number or a date,
/// so a workbook can hold real numbers and date cells while CSV shows the same values as text.
public enum SheetCell: Hashable, Sendable {
    case text(String)
    case number(Int)
    case date(CivilDate)

    /// An empty cell.
    public static let empty = SheetCell.text("")

    /// A date cell, or an empty one.
    public static func date(_ date: CivilDate?) -> SheetCell { date.map(SheetCell.date) ?? .empty }

    /// A number cell, or an empty one.
    public static func number(_ number: Int?) -> SheetCell { number.map(SheetCell.number) ?? .empty }

    /// The cell as CSV writes it: dates as `YYYY-MM-DD`.
    public var text: String {
        switch self {
        case .text(let text): text
        case .number(let number): String(number)
        case .date(let date): date.description
        }
    }
}

/// A header and rows of typed cells: the one model behind every sheet `talks` writes, rendered as
/// CSV here and as an Excel workbook by OfficeOpenXML, so both always hold the same rows.
public struct SheetTable: Sendable {
    /// The sheet's name in a workbook, in the reader's language ("谈话", "talks").
    public let name: String
    public let header: [String]
    public let rows: SheetRows

    /// A sheet of the rows given.
    public init(name: String, header: [String], rows: [[SheetCell]] = []) {
        self.init(name: name, header: header, each: rows) { $0 }
    }

    /// A sheet with a row for each of `elements`, each made by `row` only when it is read, so a
    /// sheet of every finding of a national check is never held whole.
    public init<Elements: RandomAccessCollection & Sendable>(
        name: String, header: [String], each elements: Elements,
        row: @escaping @Sendable (Elements.Element) -> [SheetCell]
    ) where Elements.Index == Int {
        self.init(name: name, header: header, count: elements.count) { row(elements[$0]) }
    }

    /// A sheet of `count` rows, the row at each index made by `row` only when it is read.
    public init(name: String, header: [String], count: Int, row: @escaping @Sendable (Int) -> [SheetCell]) {
        self.name = name
        self.header = header
        rows = SheetRows(count: count, row: row)
    }

    /// RFC 4180 CSV of the header and rows (`CSV.line`), appended a row at a time: the rows made
    /// and written on every core, appended in order on this one (`concurrentlyInOrder`).
    ///
    /// `shown`: the CSV is for a person at a terminal, not a file for a spreadsheet. A file keeps
    /// each text as stored, so that `import` reads it back exactly; a terminal would obey an ESC
    /// or a U+202E in it, and a line break would begin a line there, so each cell is written as a
    /// value inside a line is (`inline`).
    public func csv<Failure: Error>(to stream: inout TextStream<Failure>, shown: Bool = false) throws(Failure) {
        try stream.append(CSV.line(shown ? header.map(\.inline) : header))
        let rows = self.rows
        try concurrentlyInOrder(rows.count) {
            CSV.line(shown ? rows[$0].map(\.text.inline) : rows[$0].map(\.text))
        } use: { _, line throws(Failure) in
            try stream.append(line)
        }
    }
}

/// The rows of a `SheetTable`, each made when it is read.
public struct SheetRows: RandomAccessCollection, Sendable {
    public let startIndex = 0
    public let endIndex: Int
    private let row: @Sendable (Int) -> [SheetCell]

    init(count: Int, row: @escaping @Sendable (Int) -> [SheetCell]) {
        (endIndex, self.row) = (count, row)
    }

    public subscript(position: Int) -> [SheetCell] { row(position) }
}

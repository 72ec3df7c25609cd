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
    public var rows: [[SheetCell]]

    public init(name: String, header: [String], rows: [[SheetCell]] = []) {
        self.name = name
        self.header = header
        self.rows = rows
    }

    /// RFC 4180 CSV of the header and rows (`CSV.text`).
    public var csv: String { CSV.text([header] + rows.map { $0.map(\.text) }) }
}

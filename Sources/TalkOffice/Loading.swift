import OfficeOpenXML
import TalkModel
import TalkStore

/// Loading a dataset document and importing a sheet: records validated and written all or
/// nothing, in one write transaction with every read they depend on.
public enum Loading {
    /// What a load or an import wrote: the records it was given, and what became of them.
    public struct Outcome: Sendable {
        public let decoded: Dataset
        public let summary: LoadSummary
    }

    /// Writes decoded records. `decode` runs inside the write transaction, so what it reads of the
    /// store (names, the stored records a sheet's row starts from) stays true until the records are
    /// written: no other writer slips in between. Confidential texts a record's object leaves out
    /// keep their stored values (`keepingConfidentialTexts`).
    static func save(
        into store: any Store, source: String, progress: ((Int, Int) -> Void)?,
        decode: () throws -> DatasetDecoder.Result
    ) throws -> Outcome {
        try store.writing {
            let decoded = try decode()
            let dataset = decoded.dataset
            var stored = try store.records(.talks, ids: dataset.talks.map(\.id))
            stored.triggers = try store.records(.triggers, ids: dataset.triggers.map(\.id)).triggers
            let summary = try store.save(
                decoded.keepingConfidentialTexts(of: stored), locator: decoded.locator(), source: source,
                earlier: decoded.problems, unreadable: decoded.unreadableIDs, progress: progress)
            return Outcome(decoded: dataset, summary: summary)
        }
    }

    /// `talks load`: a decoded document (`decodeDocument`) validated and written; the decoder's
    /// problems are reported together with the validator's.
    public static func load(
        _ decoded: DatasetDecoder.Result, source: String, into store: any Store,
        progress: ((Int, Int) -> Void)? = nil
    ) throws -> Outcome {
        try save(into: store, source: source, progress: progress) { decoded }
    }

    /// Parses and decodes a document; a syntax error stops here (nothing else can be read),
    /// other problems travel on with the decoded records so they are reported together.
    public static func decodeDocument(_ bytes: [UInt8], source: String) throws -> DatasetDecoder.Result {
        do {
            return DatasetDecoder.decode(try JSONReader.parse(bytes))
        } catch {
            throw InputError(source: source, problems: error.problems)
        }
    }

    /// `talks import`: a sheet's rows read against the stored names and records, inside the write
    /// transaction that writes them. `notes` hears what was skipped as soon as the sheet is read.
    /// Problems are located at the sheet's rows and columns (`台账!E5`).
    /// With `today`, a date after it is refused at its cell (the clerk confirms with `--yes`: the
    /// caller then passes nil).
    public static func importSheet(
        _ sheet: SheetInput, kind: RecordKind?, into store: any Store, notes: ([Message]) -> Void,
        refusingDatesAfter today: CivilDate? = nil, progress: ((Int, Int) -> Void)? = nil
    ) throws -> Outcome {
        var reading: Sheet.Reading?
        do {
            return try save(into: store, source: sheet.source, progress: progress) {
                let read: Sheet.Reading
                do {
                    read = try Sheet.read(
                        sheet.rows, kind: kind, names: try storedNames(store), sheet: sheet.name,
                        dayNumberOrigin: sheet.dayNumberOrigin, unreadable: sheet.unreadable,
                        merged: sheet.merged
                    ) {
                        kind, ids in DatasetEncoder.json(kind, try store.records(kind, ids: ids))
                    }
                } catch let error as InputError {
                    throw InputError(source: sheet.source, problems: error.problems.map(sheet.inSheet))
                }
                reading = read
                notes(sheet.notes + read.notes)
                var decoded = DatasetDecoder.decode(read.document)
                decoded.problems = read.problems + read.unreported(decoded.problems)
                if let today {
                    let locate = decoded.locator()
                    decoded.problems += decoded.dataset.datesAfter(today).map { kind, index, field, date in
                        Problem(
                            "\(locate.path(kind, index)).\(field)",
                            Message(
                                zh: "\(date) 晚于今天（北京时间 \(today)）；如确是此日，请加 --yes 再导入",
                                en: "\(date) is after today (\(today), China Standard Time); add --yes if it is meant"))
                    }
                }
                return decoded
            }
        } catch let error as InputError {
            guard let reading else { throw error }
            throw InputError(
                source: error.source,
                problems: error.problems.map { problem in
                    let located = reading.located(problem)
                    // A cell's place already names the sheet (`台账!H3`); anything else is said to be in it.
                    let named = sheet.name.map { located.location.hasPrefix($0 + "!") } ?? true
                    return named ? located : sheet.inSheet(located)
                })
        }
    }
}

/// A sheet's rows of text, from a CSV or an Excel workbook, with where they came from.
public struct SheetInput: Sendable {
    public let source: String
    public let rows: [(number: Int, cells: [String])]
    /// The workbook's sheet the rows are from, as a cell's place names it (`台账!E5`); nil for a CSV.
    public let name: String?
    /// The workbook's sheet in words, its name quoted (`sheet "台账"`); nil for a CSV.
    let quotedName: Message?
    /// The day a plain day number counts from: the workbook's 1900 or 1904 date system.
    public let dayNumberOrigin: CivilDate
    /// A workbook's cells that could not be read, told with the sheet's other problems.
    public let unreadable: [Sheet.UnreadableCell]
    /// A workbook's ranges merged down over several rows, read by `Sheet.read` in each row they span.
    public let merged: [Sheet.MergedRange]
    /// What reading the file did that its reader should know: the sheet read when the first has
    /// no header.
    public let notes: [Message]

    /// Whether `bytes` (named `file`) are a workbook: an `.xlsx` name, a ZIP's signature, or a
    /// compound file's (an Excel 97-2003 workbook, which `init` refuses as such).
    public static func isWorkbook(_ bytes: [UInt8], file: String) -> Bool {
        file.lowercased().hasSuffix(".xlsx") || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
            || bytes.starts(with: CompoundFile.signature)
    }

    /// Reads a workbook's sheet (`sheet`, else its first) or a CSV in `encoding` (else detected).
    public init(_ bytes: [UInt8], source: String, encoding: TextEncoding?, sheet: String?) throws {
        self.source = source
        // An .xls read as a CSV was "UTF-16 without its byte-order mark", and one renamed .xlsx
        // "not a whole ZIP file": its signature tells what it is, whatever its name.
        if let old = CompoundFile.content(of: bytes) {
            throw InputError(CompoundFile.refusal(old), source: source)
        }
        do {
            if Self.isWorkbook(bytes, file: source) {
                var worksheet = try WorkbookReader.read(bytes, sheet: sheet)
                var notes: [Message] = []
                // A workbook whose first sheet is its 填表说明: the ledger is the first sheet with a
                // header. Sheets that cannot be read are passed over, as they were not asked for, and
                // so are hidden ones (a template's drop-down lists), which no reader sees.
                if sheet == nil, !Sheet.hasHeader(worksheet.rows),
                    let ledger = try WorkbookReader.sheetNames(bytes, hidden: false).dropFirst().lazy.compactMap({
                        try? WorkbookReader.read(bytes, sheet: $0)
                    }).first(where: { Sheet.hasHeader($0.rows) })
                {
                    notes.append(
                        Message(
                            zh: "工作表\(worksheet.writtenName.quotedInChinese)没有表头，已读取有表头的第一个工作表"
                                + "\(ledger.writtenName.quotedInChinese)（其他工作表请用 --sheet 指定）",
                            en: "sheet \(worksheet.writtenName.quoted) has no header; read sheet "
                                + "\(ledger.writtenName.quoted), the first that has one (name another with --sheet)"))
                    worksheet = ledger
                }
                rows = worksheet.rows
                name = worksheet.name
                quotedName = Message(
                    zh: "工作表\(worksheet.writtenName.quotedInChinese)", en: "sheet \(worksheet.writtenName.quoted)")
                dayNumberOrigin = worksheet.dayNumberOrigin
                unreadable = worksheet.unreadable
                merged = worksheet.mergedDown
                self.notes = notes
            } else {
                rows = try Sheet.rows(of: try TextEncoding.decode(bytes, as: encoding).0)
                name = nil
                quotedName = nil
                dayNumberOrigin = Sheet.dayNumberOrigin
                unreadable = []
                merged = []
                notes = []
            }
        } catch let failure as WorkbookReader.Failure {
            throw InputError(source: source, problems: [failure.problem])
        } catch let failure as TextEncoding.EncodingFailure {
            throw InputError(failure.message, source: source)
        } catch let error as CSV.SyntaxError {
            throw InputError(error.message, at: "\(error.line):\(error.column)", source: source)
        }
    }

    /// A problem in a workbook names its sheet: as `台账!E5` where it has a cell, else in words.
    func inSheet(_ problem: Problem) -> Problem {
        guard let quotedName else { return problem }
        return Problem(quotedName, Message(zh: problem.text(.zh), en: problem.text(.en)))
    }
}

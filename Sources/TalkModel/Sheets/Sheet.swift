/// Records as the sheets an office keeps in Excel or WPS, and sheets back as records.
///
/// A row becomes a record of the dataset format (the column's key path says where each cell goes)
/// and then goes through the same decoder and validator as `talks load`, so a sheet is held to
/// the same rules as a document. Problems are reported by row and column as the spreadsheet
/// shows them.
public enum Sheet {
    // MARK: Writing

    /// A header row and a row per record. With `language` zh the headers and enumerated values
    /// are Chinese; with en they are the dataset format's identifiers. Either imports back. Dates
    /// and whole numbers are typed cells, so a workbook holds them as dates and numbers.
    public static func table(
        _ kind: RecordKind, _ dataset: Dataset, language: Language, confidential: Bool
    ) -> SheetTable {
        let columns = SheetColumns.of(kind).filter { confidential || !$0.confidential }
        let records = DatasetEncoder.json(kind, dataset)
        return SheetTable(
            name: language == .zh ? kind.singular.zh : kind.rawValue,
            header: columns.map { language == .zh ? $0.zh : $0.key },
            rows: records.map { record in
                columns.map { column in
                    record[path: column.key].map { cell($0, column.cell, language) } ?? .empty
                }
            })
    }

    static func cell(_ value: JSONValue, _ cell: CellKind, _ language: Language) -> SheetCell {
        switch (value, cell) {
        case (.string(let text), .date): CivilDate(text).map(SheetCell.date) ?? .text(text)
        case (.number(let text), .integer): Int(text).map(SheetCell.number) ?? .text(text)
        default: .text(cellText(value, cell, language))
        }
    }

    static func cellText(_ value: JSONValue, _ cell: CellKind, _ language: Language) -> String {
        switch (value, cell) {
        case (.bool(let flag), _): return language == .zh ? (flag ? "是" : "否") : (flag ? "true" : "false")
        case (.string(let raw), .vocabulary(let raws, let labels)) where language == .zh:
            return raws.firstIndex(of: raw).map { labels[$0][0] } ?? raw
        case (.array(let items), .list(let element)):
            return items.map { cellText($0, element, language) }.joined(separator: language == .zh ? "；" : "; ")
        case (.array(let items), _):
            return items.map { cellText($0, .text, language) }.joined(separator: "\n")
        case (.string(let text), _), (.number(let text), _): return text
        default: return ""
        }
    }

    // MARK: Reading

    /// What the sheet's rows read as, and how to name the place of a problem.
    public struct Reading: Sendable {
        public let kind: RecordKind
        /// A dataset-format document of the rows, for `DatasetDecoder`.
        public let document: JSONValue
        /// Problems found in the cells themselves (an unreadable yes/no, an ambiguous name).
        public let problems: [Problem]
        /// The spreadsheet's row number of each record, in order.
        let rowNumbers: [Int]
        /// The header as written in the sheet, and the column it names, by position.
        let columns: [(header: String, column: SheetColumn?)]

        /// The problem with its place as a row and column instead of a JSON path; in a workbook's
        /// `sheet`, as Excel names a cell (`台账!E5`).
        public func located(_ problem: Problem, sheet: String? = nil) -> Problem {
            guard let (index, field) = Self.split(problem.location, kind), index < rowNumbers.count else {
                return problem
            }
            let row = rowNumbers[index]
            let position = columns.firstIndex { entry in
                guard let key = entry.column?.key else { return false }
                return field == key || field.hasPrefix(key + "[") || field.hasPrefix(key + ".")
            }
            // A nested object reported as a whole (`measures`) is shown at its first column.
            let shown =
                position
                ?? columns.firstIndex { entry in entry.column.map { $0.key.hasPrefix(field + ".") } ?? false }
            let place: Message
            if let shown {
                let header = columns[shown].header
                let letter = CSV.columnName(shown)
                place =
                    sheet.map {
                        Message(zh: "\($0)!\(letter)\(row)（\(header)）", en: "\($0)!\(letter)\(row) (\(header))")
                    }
                    ?? Message(zh: "第 \(row) 行 \(letter) 列（\(header)）", en: "row \(row), column \(letter) (\(header))")
            } else if field.isEmpty {
                place = Message(zh: "第 \(row) 行", en: "row \(row)")
            } else {
                let header = SheetColumns.of(kind).first { $0.key == field }?.zh ?? field
                place = Message(zh: "第 \(row) 行（缺少“\(header)”列）", en: "row \(row) (no column \(field))")
            }
            return Problem(place, problem.message)
        }

        /// `talks[3].measures.reported` → (3, "measures.reported").
        static func split(_ path: String, _ kind: RecordKind) -> (Int, String)? {
            let prefix = kind.rawValue + "["
            guard path.hasPrefix(prefix), let close = path.firstIndex(of: "]"),
                let index = Int(path[path.index(path.startIndex, offsetBy: prefix.count)..<close])
            else { return nil }
            var rest = path[path.index(after: close)...]
            if rest.first == "." { rest = rest.dropFirst() }
            return (index, String(rest))
        }
    }

    /// Reads the rows of a sheet (the first is the header) as records of `kind`, or of the one
    /// kind whose columns the header names when `kind` is nil.
    ///
    /// A row whose id is already stored starts from the stored record (`stored` gives the records
    /// of the sheet's ids, asked once), so the columns a sheet does not have keep their values: a
    /// sheet without the confidential columns, or one kept only for dates, never wipes what was
    /// recorded another way.
    public static func read(
        _ rows: [(number: Int, cells: [String])], kind wanted: RecordKind?, names: Dataset,
        stored: (RecordKind, [String]) throws -> [JSONValue]
    ) throws -> Reading {
        guard let header = rows.first else {
            throw InputError(source: nil, problems: [Problem("", Message(zh: "表格是空的", en: "the sheet is empty"))])
        }
        let headers = header.cells.map(normalizedHeader)
        let kind = try self.kind(of: headers, wanted: wanted, row: header.number)
        let known = SheetColumns.of(kind)
        var problems: [Problem] = []
        var columns: [(header: String, column: SheetColumn?)] = []
        for (i, text) in headers.enumerated() {
            let place = Message(
                zh: "第 \(header.number) 行 \(CSV.columnName(i)) 列",
                en: "row \(header.number), column \(CSV.columnName(i))")
            if SheetColumns.ignored.contains(text) || text.isEmpty {
                columns.append((text, nil))
                continue
            }
            guard let column = known.first(where: { $0.headers.contains(text) }) else {
                problems.append(
                    Problem(
                        place,
                        Message(zh: "未知的列名 \(text.quoted)", en: "unknown column \(text.quoted)")
                            .with(Suggestions.hint(for: text, among: known.flatMap(\.headers)))))
                columns.append((text, nil))
                continue
            }
            if columns.contains(where: { $0.column?.key == column.key }) {
                problems.append(
                    Problem(
                        place, Message(zh: "列 \(text.quoted) 重复", en: "column \(text.quoted) appears twice")))
            }
            columns.append((text, column))
        }
        let identified =
            [RecordKind.appointments, .terms].contains(kind) || columns.contains { $0.column?.key == "id" }
        if !identified {
            problems.append(
                Problem(
                    Message(zh: "第 \(header.number) 行", en: "row \(header.number)"),
                    Message(zh: "缺少“编号”列", en: "no id column (编号)")))
        }
        guard problems.isEmpty else { throw InputError(source: nil, problems: problems) }

        let resolver = NameResolver(names)
        let idColumn = columns.firstIndex { $0.column?.key == "id" }
        func id(_ row: (number: Int, cells: [String])) -> String? {
            idColumn.flatMap { $0 < row.cells.count ? row.cells[$0].trimmed : nil }
        }
        let storedRecords = Dictionary(
            try stored(kind, rows.dropFirst().compactMap(id)).compactMap { record in
                if case .string(let id)? = record[path: "id"] { (id, record) } else { nil }
            }
        ) { first, _ in first }
        var records: [JSONValue] = []
        var rowNumbers: [Int] = []
        for row in rows.dropFirst() {
            if row.cells.count > columns.count {
                problems.append(
                    Problem(
                        Message(zh: "第 \(row.number) 行", en: "row \(row.number)"),
                        Message(
                            zh: "有 \(row.cells.count) 个单元格，而表头只有 \(columns.count) 列",
                            en: "has \(row.cells.count) cells but the header has \(columns.count) columns")))
                continue
            }
            var record = id(row).flatMap { storedRecords[$0] } ?? .object([])
            for (i, entry) in columns.enumerated() {
                guard let column = entry.column else { continue }
                let text = i < row.cells.count ? row.cells[i].trimmed : ""
                let place = Message(
                    zh: "第 \(row.number) 行 \(CSV.columnName(i)) 列（\(entry.header)）",
                    en: "row \(row.number), column \(CSV.columnName(i)) (\(entry.header))")
                if text.isEmpty {
                    record[path: column.key] = nil
                    continue
                }
                switch value(text, column.cell, resolver) {
                case .success(let value): record[path: column.key] = value
                case .failure(let message): problems.append(Problem(place, message))
                }
            }
            records.append(record.droppingEmptyObjects())
            rowNumbers.append(row.number)
        }
        return Reading(
            kind: kind,
            document: .object([("format", .string(Dataset.format)), (kind.rawValue, .array(records))]),
            problems: problems, rowNumbers: rowNumbers, columns: columns)
    }

    /// Headers are compared without the white space and notes spreadsheets add: "谈话日期（年月日）".
    static func normalizedHeader(_ text: String) -> String {
        var header = text.trimmed
        for (open, close) in [("（", "）"), ("(", ")")] where header.hasSuffix(close) {
            if let start = header.lastIndex(of: Character(open)), start != header.startIndex {
                header = String(header[..<start]).trimmed
            }
        }
        return header
    }

    /// The kind asked for, else the one kind that knows the most headers (the others are then
    /// reported as unknown columns).
    static func kind(of headers: [String], wanted: RecordKind?, row: Int) throws(InputError) -> RecordKind {
        if let wanted { return wanted }
        let named = headers.filter { !$0.isEmpty && !SheetColumns.ignored.contains($0) }
        let known = RecordKind.allCases.map { kind in
            (kind, named.count(where: Set(SheetColumns.of(kind).flatMap(\.headers)).contains))
        }
        let best = known.map(\.1).max() ?? 0
        let candidates = known.filter { $0.1 == best }.map(\.0)
        guard best > 0, candidates.count == 1 else {
            let message =
                best == 0
                ? Message(
                    zh: "无法从表头判断记录种类，请用 --kind 指明", en: "the header fits no kind of record; name one with --kind")
                : Message(
                    zh: "表头可以是 \(candidates.map(\.rawValue).joined(separator: "、"))，请用 --kind 指明",
                    en: "the header fits \(candidates.map(\.rawValue).joined(separator: ", ")); name one with --kind")
            throw InputError(source: nil, problems: [Problem(Message(zh: "第 \(row) 行", en: "row \(row)"), message)])
        }
        return candidates[0]
    }

    // MARK: Cells

    enum CellValue {
        case success(JSONValue)
        case failure(Message)
    }

    static func value(_ text: String, _ cell: CellKind, _ resolver: NameResolver) -> CellValue {
        switch cell {
        case .text, .id: return .success(.string(text))
        case .organization: return resolver.organization(text)
        case .person: return resolver.person(text)
        case .date: return .success(.string(SheetDate.normalized(text)))
        case .integer:
            // Digits however many are a number, so the decoder can say it is out of range.
            let isNumber = !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
            return .success(isNumber ? .number(text) : .string(text))
        case .yesNo:
            if ["是", "有", "√", "✓", "true", "yes", "y", "1"].contains(text.lowercased()) {
                return .success(.bool(true))
            }
            if ["否", "无", "×", "✗", "false", "no", "n", "0"].contains(text.lowercased()) {
                return .success(.bool(false))
            }
            return .failure(Message(zh: "\(text.quoted) 应为 是 或 否", en: "\(text.quoted) should be yes or no"))
        case .vocabulary(let raws, let labels):
            if raws.contains(text) { return .success(.string(text)) }
            if let i = labels.firstIndex(where: {
                $0.contains(text) || $0.contains { $0.lowercased() == text.lowercased() }
            }) {
                return .success(.string(raws[i]))
            }
            // A prefix that names one value: 定期 → 定期谈话.
            let matches = labels.indices.filter { labels[$0][1].hasPrefix(text) }
            if matches.count == 1 { return .success(.string(raws[matches[0]])) }
            let allowed = labels.map { $0[1] }.joined(separator: "、")
            return .failure(
                Message(
                    zh: "\(text.quoted) 不是可用的值（\(allowed)）",
                    en: "\(text.quoted) is not one of \(raws.joined(separator: ", "))"))
        case .list(let element):
            let separators: Set<Character> = ["\n", "\r\n", ";", "；", ",", "，", "、"]
            let items = text.split { separators.contains($0) }.map { String($0).trimmed }.filter { !$0.isEmpty }
            var values: [JSONValue] = []
            for item in items {
                switch value(item, element, resolver) {
                case .success(let value): values.append(value)
                case .failure(let message): return .failure(message)
                }
            }
            return .success(.array(values))
        case .lines:
            let lines = text.split(whereSeparator: \.isNewline).map { String($0).trimmed }.filter { !$0.isEmpty }
            return .success(.array(lines.map { .string($0) }))
        }
    }
}

/// Finds organizations and people by id, or by a name that belongs to exactly one of them.
struct NameResolver {
    private let organizationIDs: Set<String>
    private let organizationsByName: [String: [String]]
    private let personIDs: Set<String>
    private let peopleByName: [String: [String]]

    init(_ names: Dataset) {
        organizationIDs = Set(names.organizations.map(\.id))
        organizationsByName = Dictionary(grouping: names.organizations, by: \.name).mapValues { $0.map(\.id).sorted() }
        personIDs = Set(names.people.map(\.id))
        peopleByName = Dictionary(grouping: names.people, by: \.name).mapValues { $0.map(\.id).sorted() }
    }

    func organization(_ text: String) -> Sheet.CellValue {
        resolve(text, ids: organizationIDs, byName: organizationsByName, what: Message(zh: "组织", en: "organizations"))
    }

    func person(_ text: String) -> Sheet.CellValue {
        resolve(text, ids: personIDs, byName: peopleByName, what: Message(zh: "人员", en: "people"))
    }

    /// An unknown text passes through as an id, so the validator reports it with its hint.
    private func resolve(_ text: String, ids: Set<String>, byName: [String: [String]], what: Message)
        -> Sheet.CellValue
    {
        if ids.contains(text) { return .success(.string(text)) }
        guard let found = byName[text] else { return .success(.string(text)) }
        if found.count == 1 { return .success(.string(found[0])) }
        let list = found.joined(separator: ", ")
        return .failure(
            Message(
                zh: "有多个\(what.zh)名为 \(text.quoted)（\(list)），请填写编号",
                en: "several \(what.en) are named \(text.quoted) (\(list)); give the id"))
    }
}

/// Dates as spreadsheets write them: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, or Excel's day
/// number (46086). Anything else passes through for the decoder to report.
enum SheetDate {
    static func normalized(_ text: String) -> String {
        if let serial = Int(text), (20000...80000).contains(serial) {
            // Excel's day 1 is 1900-01-01, counting the 1900-02-29 that never was.
            return CivilDate(year: 1899, month: 12, day: 30)!.adding(days: serial)!.description
        }
        var parts: [Int] = []
        var digits = ""
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if ["-", "/", ".", "年", "月", "日"].contains(character), !digits.isEmpty {
                parts.append(Int(digits) ?? -1)
                digits = ""
            } else {
                return text
            }
        }
        if !digits.isEmpty { parts.append(Int(digits) ?? -1) }
        guard parts.count == 3, parts[0] >= 1000, let date = CivilDate(year: parts[0], month: parts[1], day: parts[2])
        else { return text }
        return date.description
    }
}

extension String {
    var trimmed: String {
        String(self.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}

extension JSONValue {
    /// The value at a dotted key path of nested objects; setting nil removes the member.
    subscript(path path: String) -> JSONValue? {
        get {
            var current: JSONValue? = self
            for key in path.split(separator: ".") {
                guard case .object(let members)? = current else { return nil }
                current = members.first { $0.key == key }?.value
            }
            return current
        }
        set {
            let keys = path.split(separator: ".").map(String.init)
            self = setting(keys[...], newValue)
        }
    }

    private func setting(_ keys: ArraySlice<String>, _ value: JSONValue?) -> JSONValue {
        guard let key = keys.first else { return value ?? .null }
        var members: [(key: String, value: JSONValue)] =
            if case .object(let members) = self { members } else { [] }
        let child = members.first { $0.key == key }?.value ?? .object([])
        let updated: JSONValue? = keys.count == 1 ? value : child.setting(keys.dropFirst(), value)
        if let i = members.firstIndex(where: { $0.key == key }) {
            if let updated { members[i].value = updated } else { members.remove(at: i) }
        } else if let updated {
            members.append((key, updated))
        }
        return .object(members)
    }

    /// Objects left with no members (a measures object whose only date was cleared) are removed.
    func droppingEmptyObjects() -> JSONValue {
        guard case .object(let members) = self else { return self }
        return .object(
            members.compactMap { member in
                let value = member.value.droppingEmptyObjects()
                if case .object(let inner) = value, inner.isEmpty { return nil }
                return (member.key, value)
            })
    }
}

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
        let columns = SheetColumns.of(kind).filter { $0.written && (confidential || !$0.confidential) }
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
        case (.string(let raw), .vocabulary(let raws, let labels, _)) where language == .zh:
            return raws.firstIndex(of: raw).map { labels[$0][0] } ?? raw
        case (.array(let items), .list(let element, _)):
            return items.map { cellText($0, element, language) }.joined(separator: language == .zh ? "；" : "; ")
        case (.array(let items), .formerParents):
            return items.map { item in
                let parent = item[path: "parent"].flatMap { if case .string(let id) = $0 { id } else { nil } }
                let until = item[path: "until"].flatMap { if case .string(let day) = $0 { day } else { nil } } ?? ""
                return language == .zh
                    ? "\(parent ?? "无")（至 \(until)）" : "\(parent ?? "none") (until \(until))"
            }.joined(separator: language == .zh ? "；" : "; ")
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
        /// What was read otherwise than as written, for standard error: rows above the header,
        /// blank and total rows skipped, a remarks column ignored, values filled in, names settled.
        public let notes: [Message]
        /// The spreadsheet's row number of each record, in order.
        let rowNumbers: [Int]
        /// The header as written in the sheet, and the column it names, by position.
        let columns: [(header: String, column: SheetColumn?)]
        /// The JSON paths (`talks[0].talkee`) of the cells already reported in `problems`.
        let reported: Set<String>
        /// The workbook sheet the rows came from, which names every place (`台账!E5`); nil for CSV.
        let sheet: String?

        /// The decoder's problems less those about a cell already reported: a refused name
        /// leaves its field out, and "required field is missing" would be a second message for
        /// the same cell.
        public func unreported(_ problems: [Problem]) -> [Problem] {
            problems.filter { problem in
                !reported.contains { path in
                    problem.location == path || problem.location.hasPrefix(path + ".")
                        || problem.location.hasPrefix(path + "[")
                }
            }
        }

        /// The problem with its place as a row and column instead of a JSON path; in a workbook's
        /// `sheet`, as Excel names a cell (`台账!E5`).
        public func located(_ problem: Problem) -> Problem {
            guard let (index, field) = Self.split(problem.location, kind), index < rowNumbers.count else {
                return problem
            }
            let row = rowNumbers[index]
            let position = columns.firstIndex { entry in
                guard let key = entry.column?.key else { return false }
                return field == key || field.hasPrefix(key + "[") || field.hasPrefix(key + ".")
            }
            // A nested object reported as a whole (`measures`) is shown at its first column; the
            // history a transfer column wrote, at that column (or the parent's).
            let shown =
                position
                ?? columns.firstIndex { entry in entry.column.map { $0.key.hasPrefix(field + ".") } ?? false }
                ?? (field.hasPrefix("formerParents")
                    ? columns.firstIndex { [Sheet.parentFromKey, "parent"].contains($0.column?.key ?? "") } : nil)
            let place: Message
            if let shown {
                place = Sheet.place(row: row, column: shown, header: columns[shown].header, sheet: sheet)
            } else if field.isEmpty {
                place = Message(zh: "第 \(row) 行", en: "row \(row)")
            } else {
                let header = SheetColumns.of(kind).first { $0.key == field }?.zh ?? field
                place = Message(zh: "第 \(row) 行（缺少“\(header)”列）", en: "row \(row) (no column \(field))")
            }
            return Problem(
                place,
                Message(zh: rowsNamed(problem.message.zh, zh: true), en: rowsNamed(problem.message.en, zh: false)))
        }

        /// A message that names another record by its path (`also at talks[2]`) names its row instead.
        private func rowsNamed(_ text: String, zh: Bool) -> String {
            let prefix = kind.rawValue + "["
            var out = ""
            var rest = text[...]
            while let start = rest.firstRange(of: prefix) {
                out += rest[..<start.lowerBound]
                let digits = rest[start.upperBound...].prefix { $0.isASCII && $0.isNumber }
                let after = rest[start.upperBound...].dropFirst(digits.count)
                guard let index = Int(digits), after.first == "]", index < rowNumbers.count else {
                    out += rest[start]
                    rest = rest[start.upperBound...]
                    continue
                }
                out += zh ? "第 \(rowNumbers[index]) 行" : "row \(rowNumbers[index])"
                rest = after.dropFirst()
            }
            return out + rest
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

    /// The key of the column that says from which day the parent in the row is the parent: not a
    /// field of the format, but how a sheet records a transfer (`transfer`).
    public static let parentFromKey = "parentFrom"

    /// An organization's row whose parent differs from the stored one is a transfer, recorded as
    /// history (`spec/dataset-format.md`, "The tree has history"): from the day its
    /// `上级组织起始日期` gives, the stored parent becomes a former parent until the day before.
    /// Without that day (and without the former parents written out, as `talks` writes them) the
    /// change is refused: rewriting the parent would judge every earlier talk against the new tree.
    static func transfer(_ record: inout JSONValue, stored: JSONValue?, historyGiven: Bool) -> Message? {
        let from = record[path: parentFromKey].flatMap { if case .string(let day) = $0 { CivilDate(day) } else { nil } }
        record[path: parentFromKey] = nil
        guard let stored, !historyGiven else { return nil }
        let old = stored[path: "parent"]
        let new = record[path: "parent"]
        guard old != new else { return nil }
        let name = { (value: JSONValue?) in value.flatMap { if case .string(let id) = $0 { id } else { nil } } ?? "—" }
        guard let from, let lastDay = from.adding(days: -1) else {
            let id = name(record[path: "id"])
            return Message(
                zh:
                    "上级组织由 \(name(old)) 改为 \(name(new))：请在“上级组织起始日期”列填写改隶之日，或用 talks move \(id) --to \(name(new)) --from 日期 登记划转",
                en:
                    "the parent changes from \(name(old)) to \(name(new)): give the first day of the new parent in a column 上级组织起始日期 (parentFrom), or record the transfer with talks move \(id) --to \(name(new)) --from DATE"
            )
        }
        var history: [JSONValue] = if case .array(let items)? = record[path: "formerParents"] { items } else { [] }
        history.append(
            .object([("parent", old ?? .null), ("until", .string(lastDay.description))].filter { $0.1 != .null }))
        record[path: "formerParents"] = .array(history)
        return nil
    }

    /// Where a cell is: `row 5, column E (谈话日期)`, or in a workbook's `sheet` as Excel names it
    /// (`台账!E5（谈话日期）`).
    static func place(row: Int, column: Int, header: String, sheet: String?) -> Message {
        let letter = CSV.columnName(column)
        if let sheet {
            return Message(zh: "\(sheet)!\(letter)\(row)（\(header)）", en: "\(sheet)!\(letter)\(row) (\(header))")
        }
        return Message(zh: "第 \(row) 行 \(letter) 列（\(header)）", en: "row \(row), column \(letter) (\(header))")
    }

    /// The rows of a sheet's text: comma-separated, or tab-separated when that is what the
    /// header is made of (a sheet saved as "Unicode text" and named `.csv`).
    public static func rows(of text: String) throws(CSV.SyntaxError) -> [(number: Int, cells: [String])] {
        let commas = try CSV.rows(text)
        guard text.unicodeScalars.contains("\t"), let tabs = try? CSV.rows(text, separator: "\t") else { return commas }
        func score(_ rows: [(number: Int, cells: [String])]) -> Int {
            guard !rows.isEmpty else { return 0 }
            return rows[headerIndex(rows, nil)].cells.count { knownHeaders(nil).contains(headerKey($0)) }
        }
        return score(tabs) > score(commas) ? tabs : commas
    }

    /// Reads the rows of a sheet as records of `kind`, or of the one kind whose columns the
    /// header names when `kind` is nil.
    ///
    /// The header is the first row whose cells name columns; the rows above it (a title, 填报单位)
    /// are skipped, as are blank rows and total rows (合计, 总计, 小计 with no id), and a remarks
    /// column, each with a note. `names` holds the stored organizations, people and appointments:
    /// names are looked up in it, an ambiguous talkee is settled by who held a post in the
    /// organization on the day, and a talk's missing conductor and talkee are filled in as
    /// `talks record` fills them in (`TalkDefaults`).
    ///
    /// A row whose id is already stored starts from the stored record (`stored` gives the records
    /// of the sheet's ids, asked once), so the columns a sheet does not have keep their values: a
    /// sheet without the confidential columns, or one kept only for dates, never wipes what was
    /// recorded another way.
    public static func read(
        _ rows: [(number: Int, cells: [String])], kind wanted: RecordKind?, names: Dataset, sheet: String? = nil,
        dayNumberOrigin origin: CivilDate = Sheet.dayNumberOrigin, stored: (RecordKind, [String]) throws -> [JSONValue]
    ) throws -> Reading {
        guard !rows.isEmpty else {
            throw InputError(source: nil, problems: [Problem("", Message(zh: "表格是空的", en: "the sheet is empty"))])
        }
        let headerAt = headerIndex(rows, wanted)
        let header = rows[headerAt]
        var notes: [Message] = []
        if headerAt > 0 {
            let above = rows[..<headerAt].map(\.number)
            notes.append(
                Message(
                    zh: "表头在第 \(header.number) 行；其上的 \(rowList(above, zh: true)) 行（标题、填报单位等）已跳过",
                    en:
                        "the header is row \(header.number); \(rowList(above, zh: false)) above it (a title, 填报单位) skipped"
                ))
        }
        let headers = header.cells.map(headerKey)
        let kind = try self.kind(of: headers, wanted: wanted, row: header.number)
        let known = SheetColumns.of(kind)
        var problems: [Problem] = []
        var columns: [(header: String, column: SheetColumn?)] = []
        for (i, text) in header.cells.enumerated() {
            let key = headers[i]
            // As written, less the line breaks and padding that would break a message's line.
            let shown = String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
            let place = Message(
                zh: "第 \(header.number) 行 \(CSV.columnName(i)) 列",
                en: "row \(header.number), column \(CSV.columnName(i))")
            // A column of the kind wins over a remarks header: `note` is a trigger's field.
            let named = known.first(where: { $0.headers.map(headerKey).contains(key) })
            let remarks = named == nil && SheetColumns.remarks.map(headerKey).contains(key)
            if remarks {
                notes.append(
                    Message(
                        zh: "\(CSV.columnName(i)) 列（\(shown)）是备注，不导入",
                        en: "column \(CSV.columnName(i)) (\(shown)) holds remarks and is not imported"))
            }
            if remarks || SheetColumns.ignored.map(headerKey).contains(key) || key.isEmpty {
                columns.append((shown, nil))
                continue
            }
            guard let column = named else {
                problems.append(
                    Problem(
                        place,
                        Message(zh: "未知的列名 \(shown.quoted)", en: "unknown column \(shown.quoted)")
                            .with(Suggestions.hint(for: shown, among: known.flatMap(\.headers)))))
                columns.append((shown, nil))
                continue
            }
            if columns.contains(where: { $0.column?.key == column.key }) {
                problems.append(
                    Problem(
                        place, Message(zh: "列 \(shown.quoted) 重复", en: "column \(shown.quoted) appears twice")))
            }
            columns.append((shown, column))
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
        let lookup = DatasetLookup(names)
        let idColumn = columns.firstIndex { $0.column?.key == "id" }
        func id(_ row: (number: Int, cells: [String])) -> String? {
            idColumn.flatMap { $0 < row.cells.count ? row.cells[$0].trimmed : nil }
        }
        let body = rows[(headerAt + 1)...]
        let storedRecords = Dictionary(
            try stored(kind, body.compactMap(id)).compactMap { record in
                if case .string(let id)? = record[path: "id"] { (id, record) } else { nil }
            }
        ) { first, _ in first }
        var records: [JSONValue] = []
        var rowNumbers: [Int] = []
        var reported: Set<String> = []
        // Rows the CSV reader dropped as empty leave a gap in the numbering.
        var blank = body.indices.dropFirst().flatMap { (body[$0 - 1].number + 1)..<body[$0].number }
        if let first = body.first { blank += (header.number + 1)..<first.number }
        var totals: [Int] = []
        var filled = (conductors: 0, talkees: 0)
        for row in body {
            if row.cells.allSatisfy({ $0.trimmed.isEmpty }) {
                blank.append(row.number)
                continue
            }
            if isTotal(row.cells, id: id(row)) {
                totals.append(row.number)
                continue
            }
            if row.cells.count > columns.count, row.cells[columns.count...].contains(where: { !$0.trimmed.isEmpty }) {
                problems.append(
                    Problem(
                        Message(zh: "第 \(row.number) 行", en: "row \(row.number)"),
                        Message(
                            zh: "有 \(row.cells.count) 个单元格，而表头只有 \(columns.count) 列",
                            en: "has \(row.cells.count) cells but the header has \(columns.count) columns")))
                continue
            }
            let path = "\(kind.rawValue)[\(records.count)]."
            var record = id(row).flatMap { storedRecords[$0] } ?? .object([])
            var ambiguous: [(position: Int, column: SheetColumn, text: String, ids: [String])] = []
            for (i, entry) in columns.enumerated() {
                guard let column = entry.column else { continue }
                let text = i < row.cells.count ? row.cells[i].trimmed : ""
                if text.isEmpty {
                    record[path: column.key] = nil
                    continue
                }
                switch value(text, column.cell, resolver, origin: origin) {
                case .success(let value): record[path: column.key] = value
                case .failure(let message):
                    problems.append(
                        Problem(place(row: row.number, column: i, header: entry.header, sheet: sheet), message))
                    reported.insert(path + column.key)
                case .ambiguous(let ids): ambiguous.append((i, column, text, ids))
                }
            }
            for (position, column, text, ids) in ambiguous {
                let place = place(row: row.number, column: position, header: columns[position].header, sheet: sheet)
                if let (organization, day) = settling(column.key, kind, record),
                    let person = resolver.settle(ids, organization: organization, on: day)
                {
                    record[path: column.key] = .string(person)
                    let where_ = resolver.organizationName(organization)
                    notes.append(
                        Message(
                            zh: "\(place.zh)：有 \(ids.count) 人名为 \(text.quoted)，取 \(day) 在 \(where_) 任职的 \(person)",
                            en:
                                "\(place.en): \(ids.count) people are named \(text.quoted); took \(person), who held a post in \(where_) on \(day)"
                        ))
                } else {
                    problems.append(
                        Problem(
                            place, resolver.ambiguity(text, ids, kind: column.cell.isPerson ? .people : .organizations))
                    )
                    reported.insert(path + column.key)
                }
            }
            if kind == .organizations {
                let stored = id(row).flatMap { storedRecords[$0] }
                let given = columns.contains { $0.column?.key == "formerParents" }
                if let problem = transfer(&record, stored: stored, historyGiven: given) {
                    let position = columns.firstIndex { $0.column?.key == "parent" } ?? 0
                    problems.append(
                        Problem(
                            place(row: row.number, column: position, header: columns[position].header, sheet: sheet),
                            problem))
                    reported.insert(path + "parent")
                }
            }
            if kind == .talks {
                let fills = try fillDefaults(&record, lookup: lookup, reported: &reported, path: path)
                filled.conductors += fills.conductor ? 1 : 0
                filled.talkees += fills.talkee ? 1 : 0
                if let problem = fills.problem { problems.append(problem) }
            }
            records.append(record.droppingEmptyObjects())
            rowNumbers.append(row.number)
        }
        if !blank.isEmpty {
            notes.append(
                Message(
                    zh: "空行已跳过：第 \(rowList(blank.sorted(), zh: true)) 行",
                    en: "blank \(rowList(blank.sorted(), zh: false)) skipped"))
        }
        if !totals.isEmpty {
            notes.append(
                Message(
                    zh: "合计行已跳过：第 \(rowList(totals, zh: true)) 行", en: "total \(rowList(totals, zh: false)) skipped"))
        }
        if filled.conductors > 0 {
            notes.append(
                Message(
                    zh: "\(filled.conductors) 条谈话未填开展谈话的党委，已按谈话对象单位的上级填写",
                    en: "talks without a conductor: \(filled.conductors); the organization's parent was filled in"))
        }
        if filled.talkees > 0 {
            notes.append(
                Message(
                    zh: "\(filled.talkees) 条谈话未填被谈话人，已按谈话当日该单位的书记填写",
                    en:
                        "talks without a talkee: \(filled.talkees); the organization's secretary on the day held was filled in"
                ))
        }
        return Reading(
            kind: kind,
            document: .object([("format", .string(Dataset.format)), (kind.rawValue, .array(records))]),
            problems: problems, notes: notes, rowNumbers: rowNumbers, columns: columns, reported: reported,
            sheet: sheet)
    }

    /// Fills in a talk's conductor and talkee as `talks record` does, when the row leaves them
    /// out and its organization and day are readable. Says what it filled, or why the talkee
    /// could not be.
    private static func fillDefaults(
        _ record: inout JSONValue, lookup: DatasetLookup, reported: inout Set<String>, path: String
    ) throws -> (conductor: Bool, talkee: Bool, problem: Problem?) {
        var filled: (conductor: Bool, talkee: Bool, problem: Problem?) = (false, false, nil)
        // Without the organization or the day, the blank cells could not be filled: that fault is
        // the row's one message, not "required field is missing" for each blank.
        func unfillable() {
            for field in ["conductor", "talkee"] where record[path: field] == nil { reported.insert(path + field) }
        }
        guard case .string(let organization)? = record[path: "organization"],
            case .string(let held)? = record[path: "held"], let day = CivilDate(held)
        else {
            if reported.contains(path + "held") || reported.contains(path + "organization") { unfillable() }
            return filled
        }
        guard lookup.exists(.organizations, id: organization) else {
            unfillable()
            reported.insert(path + "organization")
            filled.problem = Problem(
                path + "organization",
                Message(zh: "未知的组织 \(organization.quoted)", en: "unknown organization \(organization.quoted)")
                    .with(Suggestions.hint(for: organization, among: lookup.ids(.organizations))))
            return filled
        }
        if record[path: "conductor"] == nil, !reported.contains(path + "conductor"),
            let parent = try TalkDefaults.conductor(of: organization, on: day, in: lookup)
        {
            record[path: "conductor"] = .string(parent)
            filled.conductor = true
        }
        if record[path: "talkee"] == nil, !reported.contains(path + "talkee") {
            if let secretary = try TalkDefaults.talkee(of: organization, on: day, in: lookup) {
                record[path: "talkee"] = .string(secretary)
                filled.talkee = true
            } else {
                filled.problem = Problem(
                    path + "talkee",
                    Message(
                        zh: "未填被谈话人，且未登记 \(organization.quoted) 在 \(day) 的书记；请填写被谈话人",
                        en:
                            "no talkee given, and no secretary of \(organization.quoted) is recorded on \(day); give the talkee"
                    ))
                reported.insert(path + "talkee")
            }
        }
        return filled
    }

    /// The organization and day that settle a name several people bear: a talk's talkee held a
    /// post in its organization, its talker in the conductor, on the day held.
    private static func settling(_ key: String, _ kind: RecordKind, _ record: JSONValue) -> (String, CivilDate)? {
        let organizations = ["talkee": "organization", "talker": "conductor"]
        guard kind == .talks, let field = organizations[key], case .string(let organization)? = record[path: field],
            case .string(let held)? = record[path: "held"], let day = CivilDate(held)
        else { return nil }
        return (organization, day)
    }

    /// "rows 1, 2" / "1、2".
    private static func rowList(_ numbers: [Int], zh: Bool) -> String {
        zh
            ? numbers.map(String.init).joined(separator: "、")
            : (numbers.count == 1 ? "row " : "rows ") + numbers.map(String.init).joined(separator: ", ")
    }

    /// The words a total row starts with.
    static let totalWords = ["合计", "总计", "小计"]

    /// A row whose first filled cell is 合计, 总计 or 小计 (also 合　计, 合计：2) and that has no id
    /// other than that word.
    static func isTotal(_ cells: [String], id: String?) -> Bool {
        guard let first = cells.first(where: { !$0.trimmed.isEmpty }) else { return false }
        let word = OfficeText.compact(first)
        guard totalWords.contains(where: { word == $0 || word.hasPrefix($0 + ":") }) else { return false }
        return id.map { $0.isEmpty || $0 == first.trimmed } ?? true
    }

    /// The form a header is compared in: width folded, without white space (`谈话对象\n单位`,
    /// `谈　话　日　期`), without a closing note in parentheses (`谈话日期（年月日）`), in lower case.
    static func headerKey(_ text: String) -> String {
        var header = OfficeText.compact(text)
        if header.hasSuffix(")"), let start = header.lastIndex(of: "("), start != header.startIndex {
            header = String(header[..<start])
        }
        return header.lowercased()
    }

    /// Every header of `kind`'s columns (of every kind when nil), as `headerKey`s, with the
    /// row-number and remarks columns.
    static func knownHeaders(_ kind: RecordKind?) -> Set<String> {
        let kinds = kind.map { [$0] } ?? RecordKind.allCases
        let headers =
            kinds.flatMap { SheetColumns.of($0).flatMap(\.headers) } + SheetColumns.ignored + SheetColumns.remarks
        return Set(headers.map(headerKey))
    }

    /// The first row that names at least two known columns, or names only known columns (rows
    /// above it are a title or a 填报单位 line); the first row when none does.
    static func headerIndex(_ rows: [(number: Int, cells: [String])], _ kind: RecordKind?) -> Int {
        let known = knownHeaders(kind)
        return rows.firstIndex { row in
            let named = row.cells.map(headerKey).filter { !$0.isEmpty }
            let count = named.count(where: known.contains)
            return count >= 2 || (count >= 1 && count == named.count)
        } ?? 0
    }

    /// The kind asked for, else the one kind that knows the most headers (the others are then
    /// reported as unknown columns); of several, the one whose required columns are all there.
    static func kind(of headers: [String], wanted: RecordKind?, row: Int) throws(InputError) -> RecordKind {
        if let wanted { return wanted }
        let skipped = Set((SheetColumns.ignored + SheetColumns.remarks).map(headerKey))
        let named = headers.filter { !$0.isEmpty && !skipped.contains($0) }
        let known = RecordKind.allCases.map { kind in
            (kind, named.count(where: knownHeaders(kind).contains))
        }
        let best = known.map(\.1).max() ?? 0
        var candidates = known.filter { $0.1 == best }.map(\.0)
        if candidates.count > 1 {
            // `id,name` fits organizations and people; only people have all their required columns.
            let complete = candidates.filter { kind in
                SheetColumns.of(kind).filter(\.required).allSatisfy { column in
                    column.headers.map(headerKey).contains(where: named.contains)
                }
            }
            if complete.count == 1 { candidates = complete }
        }
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
}

extension CellKind {
    var isPerson: Bool {
        if case .person = self { true } else { false }
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

/// Reading a sheet's rows as records.
extension Sheet {
    /// Reads the rows of a sheet as records of `kind`, or of the one kind whose columns the
    /// header names when `kind` is nil.
    ///
    /// The header is the first row whose cells name columns; the rows above it (a title, 填报单位)
    /// are skipped, as are the body's rows that hold no record (`SkippedRow`: blank, total, the
    /// table's foot, the header repeated) and a remarks column, each with a note. `names` holds the stored organizations, people and appointments:
    /// names are looked up in it, an ambiguous talkee is settled by who held a post in the
    /// organization on the day, and a talk's missing conductor and talkee are filled in as
    /// `talks record` fills them in (`TalkDefaults`).
    ///
    /// A row whose id is already stored starts from the stored record (`stored` gives the records
    /// of the sheet's ids, asked once; of terms, which have none, every one), so the columns a
    /// sheet does not have, and its blank cells, keep their values: a sheet without the
    /// confidential columns, or one kept only for dates, never wipes what was recorded another way.
    ///
    /// `unreadable` are a workbook's cells its reader could not read: each is a problem at its
    /// place, in the sheet's order among the others, and its field is not reported again as missing.
    /// `merged` are its ranges merged down over several rows, whose value is read in each row of
    /// the body they span (`mergedDown`); `struck` its cells struck through (删除线), their columns
    /// by row: a row whose values are struck, but for its number or remark, is refused where it
    /// would be a record or a record's continuation; `hidden` its rows hidden, by hand or by a
    /// filter, refused where they would be records unless `changingStored` (`--yes`).
    ///
    /// A foot's office and a post's committee are asked against the places of `names`'
    /// organizations (`StoredNames`).
    public static func read(
        _ rows: [(number: Int, cells: [String])], kind wanted: RecordKind?, names: Dataset, sheet: String? = nil,
        dayNumberOrigin origin: CivilDate = Sheet.dayNumberOrigin, unreadable: [UnreadableCell] = [],
        merged: [MergedRange] = [], struck: [Int: Set<Int>] = [:], hidden: Set<Int> = [],
        changingStored: Bool = false,
        stored: (RecordKind, [String]) throws -> [JSONValue]
    ) throws -> Reading {
        try StoredNames.$current.withValue(StoredNames(names.organizations)) {
            try readRows(
                rows, kind: wanted, names: names, sheet: sheet, dayNumberOrigin: origin, unreadable: unreadable,
                merged: merged, struck: struck, hidden: hidden, changingStored: changingStored, stored: stored)
        }
    }

    /// `read`, its stored names set.
    private static func readRows(
        _ rows: [(number: Int, cells: [String])], kind wanted: RecordKind?, names: Dataset, sheet: String?,
        dayNumberOrigin origin: CivilDate, unreadable: [UnreadableCell], merged: [MergedRange],
        struck: [Int: Set<Int>], hidden: Set<Int>, changingStored: Bool,
        stored: (RecordKind, [String]) throws -> [JSONValue]
    ) throws -> Reading {
        // A cell of nothing but invisible marks (a zero-width space pasted from a chat) is blank:
        // it was an id with an invisible character. (The rows are copied only for such a cell.)
        func invisible(_ cell: String) -> Bool {
            cell.unicodeScalars.first.map(invisibleMarks.contains) == true
                && cell.unicodeScalars.allSatisfy { invisibleMarks.contains($0) || $0.properties.isWhitespace }
        }
        var rows =
            rows.contains { $0.cells.contains(where: invisible) }
            ? rows.map { row in (number: row.number, cells: row.cells.map { invisible($0) ? "" : $0 }) } : rows
        // The columns after the last that holds anything in any row (a CSV saved the whole width
        // of a sheet, 16,384 commas) hold nothing: dropped, they were each column's work in every
        // row (helper-104: ten seconds).
        let width =
            rows.lazy.map { row in (row.cells.lastIndex { !$0.isEmpty && !$0.trimmed.isEmpty } ?? -1) + 1 }.max() ?? 0
        if rows.contains(where: { $0.cells.count > width }) {
            rows = rows.map { row in (row.number, Array(row.cells.prefix(width))) }
        }
        guard !rows.isEmpty else {
            throw InputError(Message(zh: "表格是空的", en: "the sheet is empty"))
        }
        // Group names over the columns' names (整改措施 over 报告日期, 含思想认识): two rows, one header.
        let (headerAt, grouped, days) = header(rows, at: headerIndex(rows, wanted))
        let header = (number: rows[headerAt].number, cells: grouped ?? rows[headerAt].cells)
        let bodyAt = headerAt + (grouped == nil ? 1 : 2)
        let lastHeaderRow = rows[bodyAt - 1].number
        var notes: [Message] = []
        for parts in days {
            // A day in three cells (2026, 3, 5 under 年, 月, 日) is read as the day they write.
            for i in rows.indices[bodyAt...] where parts[0] < rows[i].cells.count {
                rows[i].cells = joiningDay(rows[i].cells, parts)
            }
            let (first, last) = (CSV.columnName(parts[0]), CSV.columnName(parts[2]))
            notes.append(
                Message(
                    zh: "\(first)–\(last) 列（\(header.cells[parts[0]]) 的年、月、日）合读为一个日期",
                    en: "columns \(first)–\(last) (\(header.cells[parts[0]])'s year, month and day) read as one day"))
        }
        if headerAt > 0 || grouped != nil {
            let headerRows = Array(rows[headerAt..<bodyAt].map(\.number))
            let (zh, en) = (rowList(headerRows, zh: true), rowList(headerRows, zh: false))
            let above = rows[..<headerAt].map(\.number)
            notes.append(
                Message(
                    zh: "表头在第 \(zh) 行"
                        + (grouped == nil ? "" : "（上一行的分组名与下一行的列名合读）")
                        + (above.isEmpty ? "" : "；其上的 \(rowList(above, zh: true)) 行（标题、填报单位等）已跳过"),
                    en: "the header is \(en)"
                        + (grouped == nil ? "" : " (the group names above read with the column names below)")
                        + (above.isEmpty ? "" : "; \(rowList(above, zh: false)) above it (a title, 填报单位) skipped")))
        }
        let headers = header.cells.map(headerKey)
        let kind = try self.kind(of: headers, wanted: wanted, row: header.number)
        let known = SheetColumns.of(kind)
        var problems: [Problem] = []
        // Above the header stand a title and a 填报单位 line, a cell or two each; a row filling half
        // the header's columns is records a sort put above it (it was skipped as a title).
        let named = header.cells.count { !$0.trimmed.isEmpty }
        for row in rows[..<headerAt] {
            let filled = row.cells.count { !$0.trimmed.isEmpty }
            // 填报单位：…, 联系人：…, 填报日期：… are labelled, perhaps with the value in the next cell
            // (填报单位：, 江东省委办公厅); a record's cells are not.
            let words = row.cells.filter { !$0.trimmed.isEmpty }.map(OfficeText.compact)
            // (A value in the cell after its label's: 开展谈话的党委：| 江东省委.)
            // (Instructions labelled once, numbered in the cells beside: 填报说明：| 1.… | 2.…: helper-132.)
            let labelled =
                words.indices.allSatisfy { words[$0].contains(":") || $0 > 0 && words[$0 - 1].hasSuffix(":") }
                || isFoot(words)
                || words.first?.hasSuffix(":") == true && words.dropFirst().allSatisfy(isNumberedNote)
                // (A template's line saying how to fill each column, 填写要求 | 不可重复 | 填写全称:
                // helper-216, told as a record.)
                || words.first.map(SkippedRow.requirementLabels.contains) == true
            // Nor one speaking of a matter (孙丽同志收受礼金, 说明：孙丽同志收受礼金: helper-285, helper-286,
            // skipped as the title), described.
            if words.contains(where: speaksOfAMatter) {
                problems.append(
                    Problem(
                        place(row: row.number),
                        Message(
                            zh: "在表头（第 \(header.number) 行）之上，却写有标题、填报单位以外的内容（不显示，可能是保密内容）："
                                + "表头以上只能是标题、填报单位等行；请把该内容移到所属记录的列中，或删除",
                            en:
                                "is above the header (row \(header.number)) but says more than a title or a 填报单位 line "
                                + "(not shown: it may be confidential): move what it says into its record's column, or delete it"
                        )))
                continue
            }
            guard filled >= 3, filled * 2 >= named, !labelled else { continue }
            problems.append(
                Problem(
                    place(row: row.number),
                    Message(
                        zh: "在表头（第 \(header.number) 行）之上，却像一条记录（\(filled) 个单元格有值）：表头以上只能是标题、"
                            + "填报单位等行；排序时若把表头排到了记录之下，请把表头移回最上面后再导入",
                        en:
                            "is above the header (row \(header.number)) but looks like a record (\(filled) cells filled): "
                            + "only a title or a 填报单位 line may stand above the header; if a sort moved the header "
                            + "below records, move it back to the top and import again")))
        }
        var columns: [(header: String, column: SheetColumn?)] = []
        // The header keys of the kind's columns, of remarks and of columns ignored, made once (a
        // header may be 16,384 columns wide).
        var knownByKey: [String: SheetColumn] = [:]
        for column in known {
            for key in column.headers.map(headerKey) where knownByKey[key] == nil { knownByKey[key] = column }
        }
        let remarkKeys = Set(SheetColumns.remarks.map(headerKey))
        let ignoredKeys = Set(SheetColumns.ignored.map(headerKey))
        // The columns the header names already, which an unknown header is not suggested (helper-208:
        // 对象 was asked "did you mean 谈话对象?" beside 被谈话人).
        let present = Set(headers.compactMap { knownByKey[$0]?.key })
        for (i, text) in header.cells.enumerated() {
            let key = headers[i]
            // As written, less the line breaks and padding that would break a message's line.
            // (Words of Latin letters keep one space between them: Talk Place was quoted TalkPlace,
            // helper-216.)
            var shown = ""
            for word in text.split(whereSeparator: \.isWhitespace) {
                if let last = shown.last, last.isASCII, word.first?.isASCII == true { shown += " " }
                shown += word
            }
            let place = Message(
                zh: "第 \(header.number) 行 \(CSV.columnName(i)) 列",
                en: "row \(header.number), column \(CSV.columnName(i))")
            // A column of the kind wins over a remarks header: `note` is a trigger's field.
            let named = knownByKey[key]
            // A ledger's day due or planned is no day a thing was done: left unread, said so.
            if kind == .talks, namesADueDay(shown), named?.cell.isDate != false {
                notes.append(
                    Message(
                        zh: "\(CSV.columnName(i)) 列（\(shown)）是应完成或计划的日期，不是实际完成的日期，不导入：期限由 talks 按规定计算",
                        en:
                            "column \(CSV.columnName(i)) (\(shown)) gives a day due or planned, not the day it was done, "
                            + "and is not imported: talks works out the deadlines itself"))
                columns.append((shown, nil))
                continue
            }
            let remarks = named == nil && remarkKeys.contains(key)
            if remarks { notes.append(remarksNote(i, shown)) }
            if remarks || ignoredKeys.contains(key) || key.isEmpty {
                columns.append((shown, nil))
                continue
            }
            guard let column = named else {
                // A question whose column records the day it was done (是否归档: 归档日期, helper-199).
                let asked = key.hasPrefix("是否") ? key.dropFirst(2) : ""
                let dated = [asked, asked.hasPrefix("有") || asked.hasPrefix("已") ? asked.dropFirst() : asked].map {
                    $0 + "日期"
                }.first {
                    !asked.isEmpty && knownByKey[$0]?.cell.isDate == true
                }
                let hint =
                    dated.map {
                        Message(
                            zh: "是否指\($0.quotedInChinese)？该列记录的是日期：请填写日期，未做的留空",
                            en: "did you mean \($0.quoted)? It records the day: give the day, blank where not done")
                    }
                    // Compared as headers are, in the words columns are named with (上报日期 is 报告日期,
                    // not 通报日期: helper-199).
                    ?? Suggestions.hint(
                        for: key,
                        among: known.filter {
                            !present.contains($0.key) && (!shown.hasPrefix("是否") || $0.cell.isYesNo)
                        }.flatMap(\.headers)
                            .filter {
                                // Nor the other party (谈话人 for 被谈话人: helper-112); a question
                                // (是否存在问题) only a column of yes or no (helper-198).
                                isNegated($0) == isNegated(shown) && $0.contains("被") == shown.contains("被")
                                    && !isAnotherEventsDay(key, headerKey($0))
                            }.map(headerKey))
                // (A sentence in the header's row, a problem slid up, is described: helper-202; so is
                // a short one, in a problem's words: 收受礼金 was quoted.)
                let unknown = Message(zh: "未知的列名 \(shown.quotedInChinese)", en: "unknown column \(shown.quoted)")
                problems.append(
                    Problem(
                        place,
                        (isQuoted(shown) && !mayBeConfidential(shown) ? unknown : withheld(shown, in: unknown))
                            .with(hint)
                            .with(
                                Message(
                                    zh: "不需导入的列请删除，或将列名改为“备注”",
                                    en: "delete a column that is not to be imported, or head it 备注"))))
                columns.append((shown, nil))
                continue
            }
            // A column of times of day beside the day's (谈话日期, 谈话时间 14:30-16:00) is its hours.
            func timesOfDay(_ column: Int) -> Bool {
                rows[bodyAt...].contains { column < $0.cells.count && !$0.cells[column].trimmed.isEmpty }
                    && rows[bodyAt...].allSatisfy {
                        column >= $0.cells.count || $0.cells[column].trimmed.isEmpty
                            || DateText.isTimeOfDay($0.cells[column])
                    }
            }
            if let earlier = columns.firstIndex(where: { $0.column?.key == column.key }), case .date = column.cell,
                let hours = [i, earlier].first(where: timesOfDay)
            {
                let (day, name) = hours == i ? (earlier, shown) : (i, columns[earlier].header)
                notes.append(
                    Message(
                        zh: "\(CSV.columnName(hours)) 列（\(name)）只有时刻，不导入（日期取自 \(CSV.columnName(day)) 列）",
                        en: "column \(CSV.columnName(hours)) (\(name)) holds only times of day and is not imported "
                            + "(the day is column \(CSV.columnName(day))'s)"))
                if hours == earlier { columns[earlier].column = nil }
                columns.append((shown, hours == i ? nil : column))
                continue
            }
            // One alone, headed …时间 (谈话结束时间 11:30): its hours too (helper-122: refused as no day).
            if case .date = column.cell, shown.hasSuffix("时间"), timesOfDay(i) {
                notes.append(
                    Message(
                        zh: "\(CSV.columnName(i)) 列（\(shown)）只有时刻，不导入",
                        en: "column \(CSV.columnName(i)) (\(shown)) holds only times of day and is not imported"))
                columns.append((shown, nil))
                continue
            }
            // 谈话对象 beside 被谈话人, and no 谈话对象单位: the organization talked with (helper-254:
            // refused as one column named twice, its organizations to be thrown away).
            if kind == .talks, column.key == "talkee", !present.contains("organization"),
                let earlier = columns.firstIndex(where: { $0.column?.key == "talkee" }),
                let object = [(earlier, headers[earlier]), (i, key)].first(where: { $0.1 == headerKey("谈话对象") })?.0,
                let organization = known.first(where: { $0.key == "organization" })
            {
                let named = object == i ? shown : columns[earlier].header
                notes.append(
                    Message(
                        zh: "\(CSV.columnName(object)) 列（\(named)）与被谈话人并列，按谈话对象单位读取",
                        en: "column \(CSV.columnName(object)) (\(named)) beside the talkee's is read as 谈话对象单位"))
                if object == i {
                    columns.append((shown, organization))
                    continue
                }
                columns[earlier].column = organization
            }
            if let earlier = columns.firstIndex(where: { $0.column?.key == column.key }) {
                // Two names of one column (编号 as a row number beside 谈话编号): say which, and where.
                let other = columns[earlier].header
                // (The same as written: 谈话时间 beside 谈话日期 is another name of it, helper-198.)
                let same = OfficeText.compact(other).lowercased() == OfficeText.compact(shown).lowercased()
                problems.append(
                    Problem(
                        place,
                        same
                            ? Message(zh: "列 \(shown.quotedInChinese) 重复", en: "column \(shown.quoted) appears twice")
                            : Message(
                                zh:
                                    "列 \(shown.quotedInChinese) 与 \(CSV.columnName(earlier)) 列 \(other.quotedInChinese) 是同一列，只能保留一列",
                                en:
                                    "column \(shown.quoted) is the same column as \(other.quoted) in column \(CSV.columnName(earlier)): keep one of them"
                            )))
            }
            columns.append((shown, column))
        }
        let identified =
            [RecordKind.appointments, .terms].contains(kind) || columns.contains { $0.column?.key == "id" }
        if !identified {
            // A ledger numbered by 序号 alone is the usual cause: say why that is no id.
            let numbered = headers.contains { SheetColumns.ignored.map(headerKey).contains($0) }
            problems.append(
                Problem(
                    place(row: header.number),
                    Message(
                        zh: "缺少“编号”列：每条记录须有编号（如 T2026-001），再次导入时按编号更新原记录，不会重复"
                            + (numbered ? "；“序号”是行的次序，排序、增删行后会变，不能作编号" : "")
                            + "。请加一列“编号”后再导入",
                        en: "no id column (编号): each record needs an id (such as T2026-001), by which importing "
                            + "again updates the record instead of adding it twice"
                            + (numbered
                                ? "; a 序号 column gives the rows' order, which sorting or adding rows changes: it is no id"
                                : "")
                            + ". Add a column 编号 and import again")))
        }
        var pending = unreadable.sorted { ($0.row, $0.column) < ($1.row, $1.column) }[...]
        let unread = Set(unreadable.map { [$0.row, $0.column] })
        // The unreadable cells up to `row`, at their place: under their header in the body; those
        // of a row `skipped` (a total's =COUNTA() without its result) are no loss.
        func unreadableCells(through row: Int, skipped: Int? = nil) -> [Problem] {
            var told: [Problem] = []
            while let cell = pending.first, cell.row <= row {
                pending.removeFirst()
                if cell.row == skipped { continue }
                // A formula without its result in a column not imported (序号 as =ROW()-2, 备注) is no loss.
                if cell.row > lastHeaderRow, cell.column < columns.count, columns[cell.column].column == nil,
                    !headers[cell.column].isEmpty
                {
                    continue
                }
                let header = cell.row > lastHeaderRow && cell.column < columns.count ? columns[cell.column].header : ""
                told.append(
                    Problem(place(row: cell.row, column: cell.column, header: header, sheet: sheet), cell.message))
            }
            return told
        }
        guard problems.isEmpty else {
            throw InputError(source: nil, problems: Problem.inSheetOrder(problems + unreadableCells(through: .max)))
        }

        let lookup = DatasetLookup(names)
        // The column giving the talkee's post, found once for every row's blank talkee.
        let talkeePost =
            kind == .talks ? SheetColumns.talkeePostColumn(headers, keys: columns.map { $0.column?.key }) : nil
        let talkeeColumn = kind == .talks ? columns.firstIndex { $0.column?.key == "talkee" } : nil
        // (Said so: its refusal of a post beside a talkee it contradicts quoted a column told "not imported",
        // helper-272.)
        if let i = talkeePost, let at = notes.firstIndex(of: remarksNote(i, columns[i].header)) {
            notes[at] = Message(
                zh: "\(CSV.columnName(i)) 列（\(columns[i].header)）是被谈话人的职务，不导入；被谈话人是书记而此处写的是别的职务的，拒绝",
                en:
                    "column \(CSV.columnName(i)) (\(columns[i].header)) gives the talkee's post: not imported, but refused "
                    + "where it says another post than the secretary the talkee was")
        }
        let idColumn = columns.firstIndex { $0.column?.key == "id" }
        func id(_ row: (number: Int, cells: [String])) -> String? {
            // (One `talks` wrote as it is, '〃 or '填表人：, is that id: helper-212, read as none.)
            idColumn.flatMap {
                $0 < row.cells.count ? idAsWritten(row.cells[$0].trimmed) ?? idText(row.cells[$0]) : nil
            }
        }
        // An organizations sheet names the organizations by the names it leaves them: in another
        // row, by its name, one it adds (a new 新区党工委 the parent of its streets') or renames
        // (江州市委 renamed 江州新区市委, the parent of its counties'), as by its id. A stored name
        // the sheet gives none still finds its own (the clerk's habit); one it gives another finds
        // that other only (two names swapped).
        var resolvable = names
        if kind == .organizations, let nameColumn = columns.firstIndex(where: { $0.column?.key == "name" }) {
            // An organization added is described by the parent as typed (helper-120: "no parent").
            let parentColumn = columns.firstIndex { $0.column?.key == "parent" }
            var given: [String: String] = [:]
            var parents: [String: String] = [:]
            for row in rows[bodyAt...] {
                guard let id = id(row), !id.isEmpty, nameColumn < row.cells.count,
                    case let name = row.cells[nameColumn].trimmed, !name.isEmpty, name.utf8.count <= 400,
                    given[id] == nil
                else { continue }
                given[id] = name
                if let parentColumn, parentColumn < row.cells.count, case let parent = row.cells[parentColumn].trimmed,
                    !parent.isEmpty, parent.utf8.count <= 400
                {
                    parents[id] = parent
                }
            }
            var renamed: [Organization] = []
            let left = names.organizations.map { organization in
                guard let name = given.removeValue(forKey: organization.id),
                    !sameName(name, organization.name, .organizations)
                else { return organization }
                renamed.append(organization)
                var now = organization
                now.name = name
                return now
            }
            let added = given.sorted { $0.key < $1.key }.map {
                Organization(id: $0.key, name: $0.value, kind: .other, level: .other, parent: parents[$0.key])
            }
            // Borne in any form a cell could name it by (helper-120: 中共海西州委员会 bears 海西州委).
            func forms(_ name: String) -> [String] {
                let base = OfficeText.baseName(OfficeText.nameKey(name), .organizations)
                return [base] + (OfficeText.withoutRemark(base).map { [$0] } ?? [])
            }
            let borne = Set((left + added).flatMap { forms($0.name) })
            resolvable.organizations =
                left + added + renamed.filter { forms($0.name).allSatisfy { !borne.contains($0) } }
        }
        let resolver = NameResolver(resolvable)
        let organizationIDs = kind == .organizations ? Set(resolvable.organizations.map(\.id)) : []
        // The id as typed, which an earlier import stored as it was (Ｔ２６－００１).
        func typedID(_ row: (number: Int, cells: [String])) -> String? {
            idColumn.flatMap { $0 < row.cells.count ? row.cells[$0].trimmed : nil }
        }
        // A deadline written without its year (6月30日前, 12/31) in a row that gives the year (a
        // plan item's 年度: 2026年度): of that year, as the sheet is read by its clerk.
        let yearColumn = columns.firstIndex { $0.column?.key == "year" }
        /// The row's year (its 年度), which a deadline beside it may leave out.
        func year(_ row: (number: Int, cells: [String])) -> Int? {
            guard let yearColumn, yearColumn < row.cells.count,
                case .success(.number(let year)) = value(row.cells[yearColumn], .year, resolver)
            else { return nil }
            return Int(year).flatMap { (1000...9999).contains($0) ? $0 : nil }
        }
        // The first day under the parent an organization's row gives (上级组织起始日期, 划转日期).
        let transferDayColumn = kind == .organizations ? columns.firstIndex { $0.column?.key == parentFromKey } : nil
        func transferDay(_ texts: [String]) -> CivilDate? {
            guard let transferDayColumn, transferDayColumn < texts.count,
                let cell = columns[transferDayColumn].column?.cell,
                case .success(.string(let day)) = value(texts[transferDayColumn], cell, resolver, origin: origin)
            else { return nil }
            return CivilDate(day)
        }
        // Why each row holds no record is told by its own cells, before a value merged down into
        // it: a total, the foot or the header again under such a range is still what it is.
        let numbering = Set(headers.indices.filter { SheetColumns.ignored.map(headerKey).contains(headers[$0]) })
        let remarking = Set(headers.indices.filter { SheetColumns.remarks.map(headerKey).contains(headers[$0]) })
        var body = Array(rows[bodyAt...])
        // The header's rows as written, and a header of two as read (整改措施报告日期).
        let written = rows[headerAt..<bodyAt].map(\.cells) + (grouped.map { [$0] } ?? [])
        // A row filling only columns of lists (指出的问题, 谈话环节 …) under a record continues it: one
        // talk written over several rows, a problem a row, its other cells merged down or left blank.
        // (Its first words could read as a heading or a foot: 一、…, 注：….)
        // A trigger's note continues on the rows below as a problem does (helper-125: a row of 补充：…
        // alone was refused as four missing fields).
        let lists = Set(
            columns.indices.filter {
                switch columns[$0].column?.cell {
                case .list?, .lines?: true
                default: kind == .triggers && columns[$0].column?.key == "note"
                }
            })
        // Under those columns a problem may say anything (谈话台账不健全, 问题汇总, a day, 说明：…):
        // only a foot's labels of who made it and colons, its seal and a total's label and colon
        // (填表人：张三, （盖章）, 合计：2) are no continuation. The rows under a template's example are the example's.
        var continuing: [Bool] = []
        var skipping: [SkippedRow?] = []
        var above: SkippedRow?? = .none
        // The last filled row's number: a note's label after a blank row begins the foot.
        var lastFilled: Int?
        // The rows of one line in the first columns read as notes of the foot, numbered
        // (`isNumberedNote`) or labelled, if no record follows: told, or read as records, once the last
        // record is known.
        var linesInQuestion: [Int] = []
        // The field each header names, "" for a column not imported (序号, 备注): to tell the header
        // repeated in other words.
        var headerFields: [String: String] = [:]
        for column in known { for name in column.headers { headerFields[headerKey(name)] = column.key } }
        // A column of the kind wins over a remarks header, as in the header: `note` is a trigger's.
        for name in SheetColumns.ignored + SheetColumns.remarks where headerFields[headerKey(name)] == nil {
            headerFields[headerKey(name)] = ""
        }
        let firstColumn = headers.indices.first { !numbering.contains($0) }
        // The id of the last record read, which a row continuing its lists may give again.
        var recordID: String?
        // The rows under a foot refused where they stand (no record's, no foot's).
        var strandedRows: Set<Int> = []
        // The last row of a foot read, and whether it was a label left for the pen (经办人, 签字：).
        var footRow: Int?
        var penAbove = false
        // A row under the foot that is none of it, nor a record's: refused where it stands.
        func refusedUnderTheFoot(_ number: Int) -> SkippedRow {
            let foot = footRow.map { "（第 \($0) 行）" } ?? ""
            let footEn = footRow.map { " (row \($0))" } ?? ""
            problems.append(
                Problem(
                    place(row: number),
                    Message(
                        zh: "在表尾\(foot)之下，不属于表尾：若是上方记录的内容，请移到表尾之上相应的列；若属表尾，请删去",
                        en:
                            "stands under the table's foot\(footEn) and is none of it: move a line of the record above over "
                            + "the foot, into its column, or delete it if it is the foot's")))
            strandedRows.insert(number)
            return .footer
        }
        // Whether the last row of a foot read was a note (注：…), whose prose may go on, and whether
        // it was a numbered note known as the foot's, whose next number goes on.
        var noteAbove = false
        var footNoteAbove = false
        /// Whether a numbered line goes on the foot's notes: after a note's label or note, or saying
        /// how the table is filled, and never of a fault.
        func goesOnTheNotes(_ text: String) -> Bool {
            isNumberedNote(text) && !holdsFaultWords(text) && (noteAbove || footNoteAbove || speaksOfTheTable(text))
        }
        for row in body {
            let filled = row.cells.indices.filter { !row.cells[$0].trimmed.isEmpty }
            let afterBlank = lastFilled.map { row.number > $0 + 1 } ?? false
            if !filled.isEmpty { lastFilled = row.number }
            var why = SkippedRow(
                row.cells, id: typedID(row), header: written, numbering: numbering, remarks: remarking)
            // The header again in other words (谈话编号 for 编号, 谈话党委 for 开展谈话的党委), as two
            // offices' ledgers pasted together repeat it: skipped where each names its column's
            // field; in another order, the rows under it would be read in the first header's.
            // (Each cell asked only until one names no field: a record's first, as a rule.)
            if why == nil, filled.count >= 2, filled.count * 2 >= columns.count, filled.count <= columns.count,
                filled.allSatisfy({ headerFields[headerKey(row.cells[$0])] != nil })
            {
                let fields = filled.map { headerFields[headerKey(row.cells[$0])] }
                why = .repeatedHeader
                if let moved = filled.indices.first(where: { fields[$0] != (columns[filled[$0]].column?.key ?? "") }
                ) {
                    let i = filled[moved]
                    problems.append(
                        Problem(
                            place(row: row.number),
                            Message(
                                zh:
                                    "是又一个表头，但列的次序不同（\(CSV.columnName(i)) 列此处是 \(row.cells[i].trimmed.quotedInChinese)，第 \(header.number) 行是 \(columns[i].header.quotedInChinese)）：其下各行会按第 \(header.number) 行的次序读取；请把两部分的列排成同样次序，或分开导入",
                                en:
                                    "is a header again, with the columns in another order (column \(CSV.columnName(i)) is \(row.cells[i].trimmed.quoted) here, \(columns[i].header.quoted) in row \(header.number)): "
                                    + "the rows under it would be read in row \(header.number)'s order; put the columns of both parts in one order, or import them apart"
                            )))
                }
            }
            // An organization's name alone in the first column (or the 序号 before it) heads the
            // talks it held or had (江州市委, the sections of a ledger not numbered): no record is
            // so written.
            if why == nil, kind != .organizations, filled.count == 1, let firstColumn, filled[0] <= firstColumn,
                resolver.organization(named: row.cells[filled[0]]) != nil
            {
                why = .heading
            }
            var continues = false
            // A note of the foot numbered over rows of its own (注：1. …, then 2. …), or its prose
            // going on, is the foot's, and so is a name written under a label left for the pen
            // (经办人, then 张三: helper-240, refused as a talk of four missing fields); under the
            // lists, a record's (`continuing`). Not a cell an id may be (T2 after 经办人: helper-239,
            // skipped as the foot).
            // Only a note's prose goes on (注：…, then its next line), and never a problem's words;
            // any other line of words under the foot is refused where it stands (helper-247: 签字：,
            // then 未按要求报送个人有关事项 under 编号, was dropped as the foot).
            if why == nil, filled.count == 1, !lists.contains(filled[0]), above == .some(.footer),
                case let text = OfficeText.compact(row.cells[filled[0]])
            {
                let ideographs = text.unicodeScalars.count(where: { (0x4E00...0x9FFF).contains($0.value) })
                // (A numbered line the foot's only after a note's label, a note, or saying how the
                // table is filled, and never of a fault: 填表人：张三, then 2、落实不到位, was dropped,
                // helper-248; 1.本表由各单位填报, then 2.落实不到位, helper-249.)
                if goesOnTheNotes(text) || penAbove && isNameAlone(text)
                    // (A note's prose going on says how the table is filled too: 说明：, then 宗旨意识淡薄,
                    // helper-252, dropped.)
                    || noteAbove && ideographs >= 6 && !holdsProblemWords(text)
                        && (speaksOfTheTable(text) || saysHowToFill(text))
                {
                    why = .footer
                } else if isNumberedNote(text), linesInQuestion.last == skipping.count - 1 {
                    // The next of numbered lines told below (2、报送不及时, then 3、落实不到位: helper-249,
                    // both dropped).
                    why = .footer
                    linesInQuestion.append(skipping.count)
                } else if ideographs >= 2 {
                    why = refusedUnderTheFoot(row.number)
                }
            }
            // (A remark beside them, not imported, is no part of a record: helper-121, read as one;
            // nor is the record's id given again, or a ditto mark under 编号: helper-142, refused as
            // a talk without its fields.)
            let repeatsID =
                id(row).map { $0 == recordID }
                ?? false || typedID(row).map { Self.sameAsAbove.contains(OfficeText.compact($0)) } ?? false
            // (Nor a cell saying nothing, as offices fill every empty cell: / or — or ＂＂, and 无
            // but where it answers yes or no: helper-143, refused as a talk without its fields.)
            // (A ditto there is a record's: a row of 〃 in every column is the record above again,
            // refused as such, not joined to it as nothing: helper-144.)
            let nothingSaid = { (i: Int) in
                let (text, compact) = (row.cells[i], OfficeText.compact(row.cells[i]))
                // (A cell beyond the header's last column is told as such: helper-145, it trapped.)
                return i < columns.count && !lists.contains(i) && !Self.sameAsAbove.contains(compact)
                    && (isMarksAlone(text) || isNoneYet(compact) && columns[i].column?.cell.isYesNo != true)
                    && !(columns[i].column?.cell.isOneID == true && idAsWritten(text.trimmed) != nil)
            }
            let listed = filled.filter {
                !remarking.contains($0) && !(repeatsID && $0 == idColumn) && !nothingSaid($0)
            }
            if !listed.isEmpty, listed.allSatisfy(lists.contains), let previous = above {
                let words = listed.map { OfficeText.compact(row.cells[$0]) }
                if previous == .example {
                    why = .example
                } else if previous == nil, !words.contains(where: isAboutTheTable),
                    // (The record's id again says whose line it is: helper-244, dropped as the foot. A
                    // day alone after a blank row is the day the ledger was made.)
                    repeatsID || !isFootUnderRecord(words) && !(afterBlank && words.allSatisfy(DateText.isDay))
                        || (!afterBlank && words.allSatisfy(isNoteLabel))
                {
                    // 说明：…, 注：… under the lists go on listing the record's problems: a foot's
                    // note is written under its first columns, a problem there was lost.
                    (continues, why) = (true, nil)
                } else if previous == nil || previous == .footer && isFootGoingOn(words, afterThePen: penAbove) {
                    // A foot's lines under the lists, and what goes on with it: a label and what a foot
                    // gives after it, a label left for the pen and the name written under it (签字：,
                    // then 日期：2026年11月30日; 经办人, then 张三: helper-242, helper-243, refused as
                    // talks of five missing fields, or joined to the record above).
                    why = why ?? .footer
                } else if previous == .footer, why == nil || why == .footer {
                    // Anything else under the foot is no record's, and no foot's: told, never dropped
                    // (helper-243: 日期：2026年以来未召开民主生活会 under 签字： was lost; a line
                    // refused as a talk of five missing fields said nothing of where it stood).
                    why = refusedUnderTheFoot(row.number)
                }
            }
            // A numbered line of prose alone (1.本表由各单位填报): the foot's, if no record follows;
            // so is a note's line speaking of a fault, to be told below (注：1.选人用人把关不严: helper-250,
            // dropped as the foot), and another label of the foot's before what no foot gives
            // (分管领导：未认真审核项目资金, refused as a talk without its fields).
            if why == nil, filled.count <= 2, !lists.contains(filled[0]),
                case let line = labelledLine(filled.map { OfficeText.compact(row.cells[$0]) }), line.count == 1,
                case let text = line[0],
                isNumberedNote(text)
                    || footLabel(text).map({ label, value in
                        noteLabels.contains(label)
                            ? speaksOfAMatter(text)
                            : isFootLabel(label) && value.map { !$0.isEmpty && !isFootValue($0) } ?? false
                    }) == true
            {
                why = .footer
                linesInQuestion.append(skipping.count)
            }
            if why == nil, !continues { recordID = id(row) }
            if why == .footer { footRow = row.number }
            if !filled.isEmpty {
                let text = OfficeText.compact(row.cells[filled[0]])
                footNoteAbove =
                    why == .footer && filled.count == 1 && !strandedRows.contains(row.number)
                    && linesInQuestion.last != skipping.count && goesOnTheNotes(text)
                // (A note's label in the row's first cells: 注：…, 说明：….)
                noteAbove =
                    why == .footer
                    && filled.first.map {
                        row.cells[$0].utf8.count <= 400
                            && footLabel(OfficeText.compact(row.cells[$0])).map { noteLabels.contains($0.label) }
                                ?? false
                    } ?? false
                penAbove =
                    why == .footer
                    && filled.allSatisfy {
                        row.cells[$0].utf8.count <= 400 && isLeftForThePen(OfficeText.compact(row.cells[$0]))
                    }
            }
            continuing.append(continues)
            skipping.append(why)
            if !filled.isEmpty { above = .some(continues ? nil : why) }
        }
        let lastRecord = skipping.indices.last { skipping[$0] == nil && !continuing[$0] } ?? -1
        // Under a record, a numbered line or a numbered heading saying nothing of the table or of a
        // section of it, or of a fault, may be the record's line, written in its first columns: told
        // where it stands, never dropped (helper-248: 2、落实不到位 skipped as the foot, （二）限期清退 as
        // a heading; helper-249: 2、统计数据报送不及时, 2、干部档案台账不规范). Another numbered line above
        // the last record is read as a record, and refused as one.
        let numberedLines = Set(linesInQuestion)
        // The last record above the row, as the rows are read (helper-253: looked for afresh at each of
        // 20,000 numbered lines).
        var record: Int?
        for n in skipping.indices {
            defer { if skipping[n] == nil && !continuing[n] { record = n } }
            guard !strandedRows.contains(body[n].number) else { continue }
            let numberedLine = numberedLines.contains(n)
            guard numberedLine || skipping[n] == .heading else { continue }
            // (A line in the 序号 column is one too, but for the row's number: helper-277, 说明：孙丽同志的
            // 问题已移交纪委 there dropped as the foot.)
            let words = labelledLine(
                body[n].cells.indices.map { (column: $0, word: OfficeText.compact(body[n].cells[$0])) }.filter {
                    !$0.word.isEmpty && !remarking.contains($0.column)
                        && !(numbering.contains($0.column) && isRowNumber($0.word))
                }.map(\.word))
            // (What a foot's label says, not the label: 填报单位：脱离群众 spoke of the table by its label's
            // 填, helper-281, dropped.)
            if let record, words.count == 1,
                numberedLine || (numberedSection(words[0]) ?? numberedNote(words[0])) != nil,
                !speaksOfTheTable(
                    footLabel(words[0]).flatMap { isFootLabel($0.label) ? $0.value.map(String.init) : nil } ?? words[0])
            {
                let number = body[record].number
                // (A line labelled already, a note's or another of the foot's, is told without asking
                // for its label: helper-251.)
                let labelled = footLabel(words[0]).map { isFootLabel($0.label) } ?? false
                problems.append(
                    Problem(
                        place(row: body[n].number),
                        Message(
                            zh: "是记录（第 \(number) 行）之下写在前几列的一行，不像表尾的说明，也不像分节标题：若是该记录的内容，"
                                + "请移到其相应的列（如“指出的问题”）；"
                                + (labelled ? "若属表尾，请删去" : "若是表尾的说明，请在前面加“注：”；若是空的分节标题，请删去"),
                            en:
                                "is a line under a record (row \(number)) in the first columns, neither a note of the foot nor a "
                                + "section's heading by its words: move a line of the record into its column (指出的问题), "
                                + (labelled
                                    ? "or delete it if it is the foot's"
                                    : "put 注： before a note of the foot, or delete a heading of an empty section"))))
                strandedRows.insert(body[n].number)
                skipping[n] = .footer
            } else if numberedLine, n < lastRecord {
                // Between records, a section's name numbered in digits heads the next (2、海西州委:
                // helper-250, refused as a talk); any other numbered line is read as a record.
                skipping[n] = record != nil && words.count == 1 && namesASection(words[0]) ? .heading : nil
            }
        }
        // Where a merged value came from: a fault in it is told once, at the cell holding it.
        var mergedFrom: [[Int]: Int] = [:]
        let spread = mergedDown(
            &body, records: zip(skipping, continuing).map { why, continues in why == nil && !continues }, merged,
            source: &mergedFrom)
        var toldCells: Set<[Int]> = []
        // The row to tell a fault of the cell at `row`, `column` at: the row of the cell holding
        // its value; nil when that cell's fault is told already.
        func telling(_ row: Int, _ column: Int) -> Int? {
            let source = mergedFrom[[row, column]] ?? row
            return toldCells.insert([source, column]).inserted ? source : nil
        }
        if !spread.isEmpty {
            let ranges = spread.map {
                (text: (sheet.map { "\(reference(toSheet: $0))!" } ?? "") + $0.reference, count: 1)
            }
            notes.append(
                Message(
                    zh: "合并单元格 \(Message.listed(ranges, zh: true)) 的值已用于其跨越的每一行",
                    en: "merged cells \(Message.listed(ranges, zh: false)): their value is read in each row they span"))
        }
        // Each row's id as read and as typed, made once (a cell may hold megabytes).
        let rowIDs = body.map { (read: id($0), typed: typedID($0)) }
        // An id of digits Excel saved without its leading zeros (001 as 1, opening a CSV) is the
        // stored id it was: another, it was a second person of the name, and every sheet naming
        // them then ambiguous; a second talk, counted twice. A person or an organization is so
        // matched by its name, a talk, a plan item or a trigger by what tells it apart (below).
        let nameColumn = columns.firstIndex { $0.column?.key == "name" }
        // What tells a stored talk, plan item or trigger apart, to match the row's by.
        let identity: [String]? =
            switch kind {
            case .talks: ["conductor", "kind", "held", "talkee"]
            case .plans: ["conductor", "year", "organization"]
            case .triggers: ["organization", "kind", "on"]
            default: nil
            }
        func withZeros(_ id: String?) -> [String] {
            guard nameColumn != nil || identity != nil, let id else { return [] }
            return zerosPutBack(id)
        }
        let storedOfKind = try stored(
            kind,
            Array(
                Set(
                    rowIDs.compactMap(\.read) + rowIDs.compactMap(\.typed)
                        + rowIDs.compactMap { $0.typed.map(OfficeText.widthFolded) }
                        + rowIDs.flatMap { withZeros($0.read) })))
        let storedRecords = Dictionary(
            storedOfKind.compactMap { record in
                if case .string(let id)? = record[path: "id"] { (id, record) } else { nil }
            }
        ) { first, _ in first }
        // The stored id a row names: as read, else as typed when only that is stored, else with
        // the leading zeros of one stored person or organization of the row's name (another of
        // that id is another record: renamed, it was lost).
        func storedID(_ ids: (read: String?, typed: String?), _ cells: [String]) -> String? {
            // As typed first, then only its width folded (Ｔ２６–００１): a stored id the reading
            // would fold (T26–001, a dash a word processor put) is that record's, not the one of
            // the folded id (T26-001), when both are stored.
            let forms = [ids.typed, ids.typed.map(OfficeText.widthFolded), ids.read]
            if let id = forms.compactMap({ $0 }).first(where: { storedRecords[$0] != nil }) {
                return id
            }
            guard let nameColumn, nameColumn < cells.count else { return nil }
            let padded = withZeros(ids.read).filter { id in
                guard case .string(let name)? = storedRecords[id]?[path: "name"] else { return false }
                return OfficeText.nameKey(name) == OfficeText.nameKey(cells[nameColumn])
            }
            return padded.count == 1 ? padded[0] : nil
        }
        // The one stored record a row's id may be with its leading zeros dropped, and its name if
        // it has one (002 李四 for a row 2,李泗; a talk 002 for a row 2 of another day): renaming it,
        // or correcting its day, the row added another record, unsaid.
        func paddedWithZeros(_ ids: (read: String?, typed: String?)) -> (id: String, name: String?)? {
            let stored = withZeros(ids.read).compactMap { id -> (String, String?)? in
                guard let record = storedRecords[id] else { return nil }
                if case .string(let name)? = record[path: "name"] { return (id, name) }
                return (id, nil)
            }
            return stored.count == 1 ? stored[0] : nil
        }
        // The stored talk, plan item or trigger a row's id is with its leading zeros dropped, the
        // row giving what tells it apart (`identity`).
        func storedWithZeros(_ ids: (read: String?, typed: String?), _ record: JSONValue) -> String? {
            guard let identity else { return nil }
            let same = withZeros(ids.read).filter { id in
                guard let stored = storedRecords[id] else { return false }
                return identity.allSatisfy { stored[path: $0] == record[path: $0] }
            }
            return same.count == 1 ? same[0] : nil
        }
        // Whether a stored record bears an id a column gives: the record's own, its plan item, its
        // triggers (asked only of an id a spreadsheet would have mangled, `value`).
        func isStored(_ key: String, _ id: String) -> Bool {
            switch key {
            case "id": storedRecords[id] != nil
            case "plan": ((try? stored(.plans, [id])) ?? []).count == 1
            case "triggers": ((try? stored(.triggers, [id])) ?? []).count == 1
            default: false
            }
        }
        var records: [JSONValue] = []
        var transferDayRows: Set<Int> = []
        var rowNumbers: [Int] = []
        var reported: Set<String> = []
        // Rows the CSV reader dropped as empty leave a gap in the numbering.
        var skipped: [SkippedRow: [Int]] = [
            .blank: body.indices.dropFirst().flatMap { (body[$0 - 1].number + 1)..<body[$0].number }
                + (body.first.map { (lastHeaderRow + 1)..<$0.number } ?? 0..<0)
        ]
        var filled = (conductors: 0, talkees: 0, organizations: 0, kinds: 0)
        // The organizations the section headings above name (一、海西州委, then （一）桐林县委), while
        // the rows are under them, with the heading of the first; the title above the header is the
        // first (江东省委2026年度监督谈话台账).
        var sections: (heading: String, organizations: [String], levels: Set<Level>)?
        // The conductor a line above the header gives the whole sheet (开展谈话的党委：江东省委).
        var sheetConductor: (row: Int, id: String)?
        // The talks each such line gave their conductor, in the order of the lines.
        var namedBy: [(row: Int, id: String, count: Int)] = []
        // (A talk's and a plan item's: the kinds whose records have a conductor.)
        let conductorColumn = known.first(where: { $0.key == "conductor" })
        let labels = Set(conductorColumn?.headers.map(headerKey) ?? [])
        // Reads a line naming the conductor (开展谈话的党委：江东省委) into `sheetConductor`; whether the row is one.
        func conductorLine(_ row: (number: Int, cells: [String])) -> Bool {
            guard let conductor = conductorColumn else { return false }
            let cells = row.cells.map(\.trimmed).filter { !$0.isEmpty }
            var found = false
            // The label and the name in two cells of a line of their own, no colon between them: the
            // line if the name is an organization's (a group's name above the header's columns is none).
            if cells.count == 2, labels.contains(headerKey(cells[0])) {
                guard case .success(.string(let id)) = value(cells[1], conductor.cell, resolver, origin: origin) else {
                    return false
                }
                sheetConductor = (row.number, id)
                return true
            }
            for (i, cell) in cells.enumerated() {
                let words = OfficeText.compact(cell)
                // The label first in its cell, or after another's value (填报单位：江东省委办公厅　开展谈话的党委：…).
                guard
                    let colon = words.indices.first(where: { at in
                        guard words[at] == ":" else { return false }
                        let label = headerKey(String(words[..<at]))
                        // (Not the other party's: 被谈话党委 names the committee talked to, helper-218.)
                        return labels.contains(label)
                            || !label.contains("被") && labels.contains { $0.count >= 4 && label.hasSuffix($0) }
                    })
                else { continue }
                var after = String(words[words.index(after: colon)...])
                // 开展谈话的党委：江东省委    填报日期：2026年3月 in one cell: the name ends where the next label begins.
                if let next = after.firstIndex(of: ":"),
                    let label = footerWords.filter({ after[..<next].hasSuffix($0) }).max(by: { $0.count < $1.count })
                {
                    after = String(after[..<next].dropLast(label.count))
                }
                guard var name = after.isEmpty ? cells.dropFirst(i + 1).first : after else { continue }
                found = true
                // 江东省委（盖章）: where its seal goes.
                if let seal = footNotes.first(where: { $0.hasPrefix("(") && OfficeText.compact(name).hasSuffix($0) }) {
                    name = String(OfficeText.compact(name).dropLast(seal.count))
                }
                let at = place(row: row.number)
                switch value(name, conductor.cell, resolver, origin: origin) {
                case .success(.string(let id)): sheetConductor = (row.number, id)
                case .failure(let message): problems.append(Problem(at, message))
                default: problems.append(Problem(at, notUnique(name)))
                }
            }
            return found
        }
        // The kind of talk the sheet's name or its title names (a tab 及时谈话, 江州市委2026年度及时谈话
        // 台账), for rows no heading names one (helper-216: a ledger of one kind was refused as
        // without kinds).
        // A title and a tab naming two kinds name none: told where a row would take it (helper-218:
        // the title's taken without a word).
        let tabKind = sheet.flatMap(ledgerKind)
        var titleKind = tabKind
        var kindsNamed: (row: Int, title: String, tab: String)?
        // A title or tab naming a kind's words that gives none (定期谈话安排, a plan's): said when no
        // column gives the kind either (helper-226: the refusal said only that the kind was missing).
        func namesAKind(_ text: String) -> Bool {
            // (Its remark aside: 定期谈话（不开展） names none with it.)
            let words = OfficeText.compact(text)
            return [words, String(withoutRemark(Substring(words)))].contains {
                !TalkKind.everydayNames.values(namedIn: $0).isEmpty
            }
        }
        // Whether a talk was left without a kind, none given and none named above it.
        var kindless = false
        var setAside: (place: Message, text: String)? =
            sheet.flatMap { tabKind == nil && namesAKind($0) ? (Message(zh: "工作表名", en: "the sheet's name"), $0) : nil }
        for row in rows[..<headerAt] where conductorColumn != nil {
            let cells = row.cells.map(\.trimmed).filter { !$0.isEmpty }
            if cells.count == 1, let named = ledgerKind(cells[0]) {
                if let tabKind, tabKind != named { kindsNamed = (row.number, named, tabKind) }
                titleKind = named
            } else if cells.count == 1, namesAKind(cells[0]) {
                setAside = (Message(zh: "第 \(row.number) 行的标题", en: "the title in row \(row.number)"), cells[0])
            }
            if cells.count == 1, case let named = sectionOrganization(cells[0], resolver),
                named.organization != nil || !named.levels.isEmpty
            {
                sections = (cells[0], named.organization.map { [$0] } ?? [], named.levels)
            }
            // Two lines above the header naming two committees leave it unsaid whose the sheet is
            // (helper-218: the last was taken without a word).
            let earlier = sheetConductor
            _ = conductorLine(row)
            if let earlier, let now = sheetConductor, now.id != earlier.id {
                let (first, second) = (
                    resolver.organizationName(earlier.id).inline, resolver.organizationName(now.id).inline
                )
                problems.append(
                    Problem(
                        place(row: row.number),
                        Message(
                            zh: "表头之上写的开展谈话的党委是 \(second)，第 \(earlier.row) 行却是 \(first)：请只保留一个",
                            en: "names \(second) as the sheet's conductor, row \(earlier.row) \(first): keep one")))
            }
        }
        // A sheet whose rows name another kind than its title's is no ledger of that kind (helper-219:
        // a blank cell among a 及时谈话台账's regular talks was taken as timely).
        if let named = titleKind, let at = columns.firstIndex(where: { $0.column?.key == "kind" }),
            body.contains(where: { row in
                at < row.cells.count
                    && TalkKind.everydayNames.values(namedIn: OfficeText.compact(row.cells[at])).contains {
                        $0 != named
                    }
            })
        {
            titleKind = nil
        }
        // The kind of talk the heading above names (一、定期谈话), for rows that give none.
        var headingKind: String?
        var (settled, conductors) = (RowNotes(), RowNotes())
        var corrected: [RowNote] = []
        var joined: [Int] = []
        var joinedColumns: [String] = []
        // The record the rows below continue, while they do.
        var continued: Int?
        // The cells of the record above, for a cell saying 同上; the rows holding such a cell.
        var recordAbove: [String] = []
        var sameAsAboveRows: [Int] = []
        // The stored records without an id (appointments, terms), by their key (`Record.recordKey`).
        let storedByKey: [String: JSONValue] =
            switch kind {
            case .appointments:
                Dictionary(lookup.dataset.appointments.map { ($0.recordKey, $0.json) }) { first, _ in first }
            case .terms:
                Dictionary(storedOfKind.compactMap { term in recordKey(.terms, term).map { ($0, term) } }) { first, _ in
                    first
                }
            default: [:]
            }
        // The fields the sheet's columns give (a talk's `measures.reported` is of `measures`).
        let sheetKeys = Set(columns.compactMap { $0.column.map { String($0.key.prefix { $0 != "." }) } })
        // The rows in which a blank cell kept a stored record's value, by the column's header.
        var keptBlank: [(header: String, rows: [Int])] = []
        // Each record's fields its row leaves to the stored record (`Reading.keptStored`).
        var keptStored: [Set<String>] = []
        // A row whose values are struck through (删除线), but for its number and remark (an office
        // strikes the record, not its 序号 or 见附件: helper-127), is voided; a value struck in a row
        // that stands, wholly or in part (a problem struck out of its cell: helper-129), was deleted,
        // and is not read as written.
        func struckOut(_ row: (number: Int, cells: [String])) -> Problem? {
            guard let struckColumns = struck[row.number] else { return nil }
            let filled = row.cells.indices.filter {
                !row.cells[$0].trimmed.isEmpty && !numbering.contains($0) && !remarking.contains($0)
            }
            guard let first = filled.first(where: struckColumns.contains) else { return nil }
            guard filled.allSatisfy(struckColumns.contains) else {
                return Problem(
                    place(
                        row: row.number, column: first, header: first < columns.count ? columns[first].header : "",
                        sheet: sheet),
                    Message(
                        zh: "有加了删除线的文字，即已删去：请删去这些文字，或去掉删除线",
                        en:
                            "holds text struck through (删除线), as text deleted is: delete it, or remove the strikethrough"
                    ))
            }
            return Problem(
                place(row: row.number),
                Message(
                    zh: "整行加了删除线，即已作废：请删除该行；记录有效的，请去掉删除线",
                    en: "the row is struck through (删除线), as a row voided is: delete it, or remove the strikethrough "
                        + "if the record stands"))
        }
        for (n, ((row, why), ids)) in zip(zip(body, skipping), rowIDs).enumerated() {
            var known = storedID(ids, row.cells)
            // (A row that reads as blank may be a record of formulas only: told.)
            problems += unreadableCells(through: row.number, skipped: why == nil || why == .blank ? nil : row.number)
            // 同上 under a heading says nothing of the section above.
            if why == .heading { recordAbove = [] }
            // A second ledger pasted under the first, with its own line naming its conductor.
            if why == .heading, conductorLine(row) {
                sections = nil
            } else if why == .heading,
                // (Its number may stand in a cell of its own: 一 | 定期谈话; a remark beside it is not its.)
                case let text = row.cells.indices.filter({ !remarking.contains($0) }).map({ row.cells[$0].trimmed })
                    .filter({ !$0.isEmpty }).joined(separator: " "), !text.isEmpty
            {
                let (organization, levels, first) = sectionOrganization(text, resolver)
                if first { sections = nil }
                // A kind holds until a heading of talks names another or none, or a numbered one of
                // the first level (二、江东省委) does; an organization's name under it is a part of it.
                if sectionKind(text) == nil, namesAKind(text) {
                    setAside = (Message(zh: "第 \(row.number) 行的分节标题", en: "the heading in row \(row.number)"), text)
                }
                if let named = sectionKind(text) {
                    headingKind = named
                } else if text.contains("谈")
                    || first && OfficeText.compact(text).first.map({ "一二三四五六七八九十第".contains($0) }) == true
                        && !Sheet.isPeriod(OfficeText.compact(text))
                {
                    // A section of talks of no one kind (（二）其他谈话, 不定期谈话, 约谈) ends the kind's too,
                    // and the title's (helper-219: its rows took the title's kind); one of an organization
                    // (一、桐林县委) is a part of the title's ledger.
                    headingKind = nil
                    if text.contains("谈") { titleKind = nil }
                }
                if organization != nil || !levels.isEmpty {
                    sections = (
                        sections?.heading ?? text, (sections?.organizations ?? []) + [organization].compactMap { $0 },
                        (sections?.levels ?? []).union(levels)
                    )
                }
            }
            if continuing[n], let refusal = struckOut(row) {
                problems.append(refusal)
                continue
            }
            if continuing[n] {
                // (A list's cell saying nothing, 无 or 同上 or —, adds nothing: helper-143, stored.)
                let adding = row.cells.indices.filter { lists.contains($0) && !saysNothing(row.cells[$0]) }
                // A row saying nothing under the lists is a blank one (helper-210: "row 3 with only
                // filled joined", no column named).
                guard !adding.isEmpty else {
                    skipped[.blank, default: []].append(row.number)
                    continue
                }
                joined.append(row.number)
                for i in adding {
                    let column = columns[i].column!
                    if !joinedColumns.contains(columns[i].header) { joinedColumns.append(columns[i].header) }
                    // 同上 below takes the whole list, its continuation's items too (helper-125: only
                    // the first row's were copied).
                    if i < recordAbove.count {
                        recordAbove[i] += (recordAbove[i].isEmpty ? "" : "\n") + row.cells[i].trimmed
                    }
                    switch value(row.cells[i].trimmed, column.cell, resolver, origin: origin) {
                    case .success(.array(let items)):
                        guard let continued else { break }
                        let before = records[continued][path: column.key].flatMap {
                            if case .array(let a) = $0 { a } else { nil }
                        }
                        records[continued][path: column.key] = .array((before ?? []) + items)
                    case .success(.string(let line)):
                        guard let continued else { break }
                        let before = records[continued][path: column.key].flatMap {
                            if case .string(let text) = $0 { text } else { nil }
                        }
                        records[continued][path: column.key] = .string(before.map { $0 + "\n" + line } ?? line)
                    case .failure(let message):
                        problems.append(
                            Problem(place(row: row.number, column: i, header: columns[i].header, sheet: sheet), message)
                        )
                    default: break
                    }
                }
                continue
            }
            // A blank row between a record and its continuation leaves them together.
            if why != .blank { continued = nil }
            if let why {
                // (A row refused where it stands is told by its problem, not as skipped.)
                if !strandedRows.contains(row.number) { skipped[why, default: []].append(row.number) }
                continue
            }
            if let beyond = row.cells.indices.first(where: { $0 >= columns.count && !row.cells[$0].trimmed.isEmpty }) {
                problems.append(
                    Problem(
                        place(row: row.number, column: beyond, header: "", sheet: sheet),
                        Message(
                            zh: "有内容，但在表头最后一列（\(CSV.columnName(columns.count - 1)) 列）之外：请给该列加上列名，或删除该列",
                            en: "holds a value beyond the header's last column (\(CSV.columnName(columns.count - 1))): "
                                + "give the column a header, or delete it")))
                continue
            }
            // A value under a column with no name is no field: told, not dropped (the row numbers
            // of a column left without its 序号 excepted).
            for i in row.cells.indices where i < columns.count && headers[i].isEmpty {
                let text = row.cells[i].trimmed
                guard !text.isEmpty, !isDigits(OfficeText.compact(text)) else { continue }
                // The value is not shown: it may be a confidential text spilled over from the column beside.
                problems.append(
                    Problem(
                        place(row: row.number, column: i, header: "", sheet: sheet),
                        Message(
                            zh: "有内容，但该列没有列名，无法导入：请填写列名（不需导入的写“备注”），或删除该列",
                            en: "holds a value under a column without a header, which cannot be imported: name the "
                                + "column (备注 if it is not to be imported), or delete it")))
            }
            // A row struck through is one voided, as offices strike a row out rather than delete it
            // (helper-125: stored as held, its plan item counted carried out).
            if let refusal = struckOut(row) {
                problems.append(refusal)
                continue
            }
            // A row hidden is one a clerk may have voided by hiding it, or one a filter hides: the
            // clerk decides (helper-132: imported without a word). --yes takes it as it stands.
            if !changingStored, hidden.contains(row.number) {
                problems.append(
                    Problem(
                        place(row: row.number),
                        Message(
                            zh: "在工作簿中被隐藏（手工隐藏或被筛选隐藏），可能已作废：请取消隐藏后核对，作废的删除；记录有效的加 --yes 导入",
                            en: "is hidden in the workbook (by hand or by a filter), as a row voided may be: unhide it "
                                + "and delete it if void; if the record stands, import with --yes")))
                continue
            }
            // A record its remark says was voided, cancelled, not held or entered twice is none
            // (helper-125: 此条作废 was stored as held, its plan item counted carried out); --yes
            // takes it as it stands, as the clerk may know better than the remark's words. The remark is
            // not quoted: it may say why (陈东因病住院，谈话取消: helper-271, quoted).
            if !changingStored,
                let r = remarking.sorted().first(where: { $0 < row.cells.count && Self.voids(row.cells[$0], kind) })
            {
                let delete = known.map { pasteableCommand("delete", kind.rawValue, operand: $0) }
                problems.append(
                    Problem(
                        place(row: row.number, column: r, header: columns[r].header, sheet: sheet),
                        Message(
                            zh: "备注（不显示，可能是保密内容）说明记录已作废、取消、未开展或重复登记，这样的记录不导入。"
                                + "请删除该行\(delete.map { "，并删除已存储的这一条（\($0)）" } ?? "")；记录有效的，请改写备注，或加 --yes 按原样导入",
                            en:
                                "the remark (not shown: it may be confidential) says the record was voided, cancelled, not "
                                + "held or entered twice, and such a record is not imported. Delete the row\(delete.map { " and the stored record (\($0))" } ?? ""); "
                                + "if the record stands, reword the remark, or add --yes to import it as it is")))
            }
            let path = "\(kind.rawValue)[\(records.count)]."
            var record = known.flatMap { storedRecords[$0] } ?? .object([])
            let startedFromStored = known != nil
            var ambiguous: [(position: Int, column: SheetColumn, text: String, ids: [String])] = []
            // A trigger's situation written where its id belongs (信访举报问题较多), read once the row's
            // organization and day are (`triggersOfSituations`).
            var situations: (column: Int, text: String, kinds: [TriggerKind])?
            // A stored talk's conductor and talkee that the row does not give (a blank cell, or no
            // column for them) stay the stored ones: filled in by default they would replace, unsaid,
            // who was recorded (a deputy talked with) — unless the row moves the talk to another
            // organization (below).
            var keptFromStored: Set<String> = kind == .talks && known != nil ? ["conductor", "talkee"] : []
            // The stored plan item and triggers the row does not give, which a talk moved to
            // another organization no longer has, as `talks record --replace` drops them (helper-122:
            // kept, and the talk refused as naming another organization's).
            var ownedFromStored: Set<String> = kind == .talks && known != nil ? ["plan", "triggers"] : []
            // The columns of the row's blank cells.
            var blanks: [(key: String, header: String)] = []
            // The last days of ranges of days, for the columns they end (`SheetColumn.lastDay`).
            var lastDays: [(key: String, day: CivilDate, position: Int)] = []
            // The column of a post's or term's days written to now (2021.6.1—至今), whose end the row
            // must not give.
            var runningAt: Int?
            // People named with a remark choosing among several of the name (市委书记王伟).
            var remarked: [(position: Int, key: String, text: String, chosen: String)] = []
            // A post alone in a talk's talkee cell (县委书记), and its refusal where it is not the
            // organization's secretary's.
            var talkeeAsPost: (column: Int, text: String, refusal: Message)?
            // (A post outside a committee's team too, 县长, 副县长: helper-278, told an unknown person to add.)
            func isPostForTalkee(_ text: String, _ key: String) -> Bool {
                guard kind == .talks && key == "talkee" else { return false }
                let post = NameResolver.postKey(text)
                return NameResolver.endsWithPost(post) || NameResolver.isPlainPost(post)
            }
            // A cell saying 同上 (〃) holds what the record above has in its column; a free text
            // `talks` wrote as it is (`asWritten`: '＇ for the text ＇, '' for ') is that text
            // (helper-151: it took the row above's).
            func saysDitto(_ text: String, _ i: Int) -> Bool {
                Self.sameAsAbove.contains(OfficeText.compact(text))
                    && !(i < columns.count && columns[i].column?.cell.isFreeText == true && asWritten(text) != nil)
            }
            var texts = row.cells.indices.map { i in
                let text = row.cells[i].trimmed
                guard saysDitto(text, i), i < recordAbove.count, !recordAbove[i].isEmpty else { return text }
                sameAsAboveRows.append(row.number)
                return recordAbove[i]
            }
            recordAbove = texts
            // A post as the row reads it: ended (原县委书记 with its 任职截止), or the row's own
            // working committee's (工委书记 of 市直机关工委).
            if kind == .appointments, let r = columns.firstIndex(where: { $0.column?.key == "role" }), r < texts.count {
                let at = { (key: String) in
                    columns.firstIndex { $0.column?.key == key }.flatMap { $0 < texts.count ? $0 : nil }
                }
                let read = { (key: String) -> String? in
                    guard let i = at(key), let cell = columns[i].column?.cell,
                        case .success(.string(let read)) = value(texts[i], cell, resolver, origin: origin)
                    else { return nil }
                    return read
                }
                // An end given: a day, or one unreadable (told at its own cell, not again as a post's);
                // not 至今 (still held), nor a blank or a mark of none.
                let ended =
                    at("to").map { i in
                        guard !texts[i].isEmpty, !isNoneYet(OfficeText.compact(texts[i])),
                            let cell = columns[i].column?.cell
                        else { return false }
                        switch value(texts[i], cell, resolver, origin: origin) {
                        case .success(.string), .failure: return true
                        default: return false
                        }
                    } ?? false
                if ended,
                    let remark = remarkAtOdds(
                        texts[r], from: read("from").flatMap(CivilDate.init), to: read("to").flatMap(CivilDate.init))
                {
                    problems.append(
                        Problem(
                            place(row: row.number, column: r, header: columns[r].header, sheet: sheet),
                            Message(
                                zh: "\(texts[r].quotedInChinese) 括号中的“\(remark)”与本行的任职起始、任职截止不一致：请核对",
                                en:
                                    "\(texts[r].quoted): the remark \(remark.quoted) disagrees with the row's 任职起始 or 任职截止: "
                                    + "check which is right")))
                    reported.insert(path + "role")
                }
                texts[r] = rowsPosts(
                    texts[r], organization: read("organization").flatMap(lookup.organization), ended: ended, resolver)
            }
            for (i, entry) in columns.enumerated() {
                guard let column = entry.column else { continue }
                if unread.contains([row.number, i]) {
                    reported.insert(path + column.key)
                    continue
                }
                var text = i < texts.count ? texts[i] : ""
                if saysDitto(text, i) {
                    problems.append(
                        Problem(
                            place(row: row.number, column: i, header: entry.header, sheet: sheet),
                            Message(
                                zh: "写的是“同上”，但本节之上没有记录填了这一列：请写出该值",
                                en:
                                    "says 同上 (the same as above), but no record above it in its section fills this column: give the value"
                            )))
                    reported.insert(path + column.key)
                    continue
                }
                // A blank cell gives nothing: a stored record keeps its value, as for a column the
                // sheet lacks (a report recorded with talks measures after the ledger was made, an
                // end or a former parent the sheet predates). So does a mark of nothing to give yet
                // (/, 无, 待报送, a formula's 0), but in a yes-or-no cell only a mark without words
                // (/, —): 无 and 0 are no there, 未归档 no answer; 至今 says a post still runs.
                // (Former parents' marks alone, 、 or ；, are a blank cell: helper-122, the history was erased.)
                // (Excel's ="" is an empty cell kept as text, as systems wrapping every cell write it: helper-134.)
                // (Free text of marks alone, ＂＂ or … under 指出的问题, says nothing: helper-142.)
                // (A free text `talks` wrote as it is, '无, is that text: `asWritten`.)
                // (So is an id `talks` wrote as it is, '合计 or '无: `idAsWritten`.)
                let asIs =
                    column.cell.isFreeText && text.contains("'")
                    && text.split(whereSeparator: \.isNewline).contains {
                        asWritten(String($0).trimmed) != nil
                    } || column.cell.isOneID && idAsWritten(text.trimmed) != nil
                if !asIs && text.isEmpty || !column.cell.isFreeText && shown(text).isEmpty
                    || column.cell.isFreeText && !asIs && isMarksAlone(text)
                    || column.key == "formerParents" && text.allSatisfy({ "、，,；;".contains($0) || $0.isWhitespace })
                    || !asIs && isNoneYet(OfficeText.compact(text))
                        && !(column.cell.isYesNo
                            && (no.contains(OfficeText.compact(text).lowercased())
                                || text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }))
                {
                    blanks.append((column.key, entry.header))
                    continue
                }
                keptFromStored.remove(column.key)
                ownedFromStored.remove(column.key)
                // A post's or term's days in its first column, as a roster writes them (2021.6.1—至今,
                // 2021.6.1—2026.5.31): the first day, and the last, if any, the end's (helper-216: refused
                // as no date, and as more than one day).
                if kind != .talks, column.lastDay != nil, let start = Self.untilNowStart(text) {
                    // A term always has its last day (helper-218: told "required field is missing" at
                    // the first day given).
                    guard kind != .terms else {
                        problems.append(
                            Problem(
                                place(row: row.number, column: i, header: entry.header, sheet: sheet),
                                Message(
                                    zh: "\(text.quotedInChinese) 写的是至今，届期却有截止日期（任期届满之日）：请写明，如 2023.3.1—2028.2.29",
                                    en:
                                        "\(text.quoted) runs to now, but a term has its last day (the day it ends): give "
                                        + "it, as 2023.3.1—2028.2.29")))
                        reported.insert(path + column.key)
                        reported.insert(path + "to")
                        continue
                    }
                    text = start
                    runningAt = i
                    let day = (try? DateText.parse(start))?.description ?? start
                    let at = place(row: row.number, column: i, header: entry.header, sheet: sheet)
                    settled.append(Message(zh: "\(at.zh)：自 \(day) 起至今", en: "\(at.en): from \(day), still running"))
                }
                // A range of days in a cell for the first (`SheetColumn.lastDay`), read once.
                let range = column.lastDay.flatMap { _ in DateText.days(text) }
                // One day where the sheet has no column for the end keeps a stored end, as every
                // column a sheet lacks keeps its value; said below, as the cell reads as the whole talk.
                // One day under a column of a term's days is no term's days, its first or its last
                // (helper-223: told the end was missing).
                if kind == .terms, column.key == "from", range == nil,
                    !columns.contains(where: { $0.column?.key == "to" }),
                    SheetColumns.termDays.contains(OfficeText.compact(entry.header)), DateText.isDay(text)
                {
                    problems.append(
                        Problem(
                            place(row: row.number, column: i, header: entry.header, sheet: sheet),
                            Message(
                                zh: "\(text.quotedInChinese) 只有一天；\(entry.header) 应写届期的起止，如 2021.6.1—2026.5.31"
                                    + "（或把该列标为“届期起始”，另加“届期截止”列）",
                                en:
                                    "\(text.quoted) is one day; \(entry.header) holds the term's first and last days, as "
                                    + "2021.6.1—2026.5.31 (or head it 届期起始, with a column 届期截止 beside it)")))
                    reported.formUnion([path + column.key, path + "to"])
                    continue
                }
                var keptEnd: String?
                if let lastDay = column.lastDay, range == nil, !columns.contains(where: { $0.column?.key == lastDay }),
                    case .string(let end)? = record[path: lastDay]
                {
                    keptEnd = end
                }
                // (A post's or a term's days: listed days are no range of one.)
                // (A post of one day, 2024.3.1—2024.3.1, ends that day: helper-219, read as one still held.)
                if let lastDay = column.lastDay, let (first, last, listed) = range,
                    kind == .talks ? first < last : first <= last && !listed
                {
                    if kind == .talks {
                        // A talk takes a day or a few: a month and more is a day mistyped (2025 for 2026).
                        guard first.days(to: last) <= 31 else {
                            problems.append(
                                Problem(
                                    place(row: row.number, column: i, header: entry.header, sheet: sheet),
                                    Message(
                                        zh:
                                            "\(text.quotedInChinese) 从 \(first) 至 \(last) 共 \(first.days(to: last) + 1) 天，一次谈话不会这么长；请核对日期",
                                        en:
                                            "\(text.quoted) spans \(first.days(to: last) + 1) days, \(first) to \(last), longer than any talk; check the dates"
                                    )))
                            reported.insert(path + column.key)
                            continue
                        }
                        // Days listed over more than a week are two talks or more, or a talk and another
                        // day, not the days of one (2026-03-05、2026-03-20 was one talk ending on the 20th;
                        // weekly days, 3月5日、12日 … 4月2日, one of four weeks: helper-212).
                        // (A week in all, its first and last day counted: 3月5日、12日 is eight days: helper-213.)
                        guard !listed || first.days(to: last) < 7 else {
                            problems.append(
                                Problem(
                                    place(row: row.number, column: i, header: entry.header, sheet: sheet),
                                    Message(
                                        zh:
                                            "\(text.quotedInChinese) 列出的日期前后共 \(first.days(to: last) + 1) 天，超过一周：两次谈话请各写一行；一次谈话连续多天的，写作 \(first)至\(last)",
                                        en:
                                            "\(text.quoted) lists days over \(first.days(to: last) + 1) days, more than a week: two talks take a row each; write a talk over several days as \(first)至\(last)"
                                    )))
                            reported.insert(path + column.key)
                            continue
                        }
                    }
                    record[path: column.key] = .string(first.description)
                    lastDays.append((lastDay, last, i))
                    let at = place(row: row.number, column: i, header: entry.header, sheet: sheet)
                    settled.append(
                        kind == .talks
                            ? Message(
                                zh: "\(at.zh)：多天，自 \(first) 至 \(last)（最后一天为结束日期）",
                                en: "\(at.en): several days, \(first) to \(last) (the last the day it ended)")
                            : Message(
                                zh: "\(at.zh)：自 \(first) 至 \(last)（最后一天为截止日期）",
                                en: "\(at.en): \(first) to \(last) (the last its end)"))
                    continue
                }
                // A row's name as its stored record bears it is that record's, question mark and all
                // (刘? loaded, its sheet exported and imported again): read as a name, it was refused as
                // text lost to an encoding; taken for any record, it renamed 刘䶮 (helper-109).
                if column.key == "name", let known, case .string(let name)? = storedRecords[known]?[path: "name"],
                    name == text
                {
                    record[path: "name"] = .string(text)
                    continue
                }
                if kind == .talks, column.key == "triggers", let kinds = situationsNamed(text, resolver) {
                    situations = (i, text, kinds)
                    continue
                }
                // A committee's word for the kind (县委, 镇党委) names its level too: given where the row
                // gives none, told where it gives another (helper-268: 白河县委 with 县委 and 市 stored as a
                // city's; without 层级, refused as missing).
                if kind == .organizations, column.key == "kind",
                    let levels = Self.committeeLevels.first(where: { $0.word == OfficeText.compact(text) })?.levels
                        // (党委 of a committee named by its level: 白河县委, helper-270; in its full name
                        // too, 中共白河县委员会, by its short one.)
                        ?? (saysCommittee(text)
                            ? nameColumn.flatMap { nameAt in
                                nameAt < texts.count
                                    ? Self.committeeLevels.first {
                                        OfficeText.baseName(OfficeText.nameKey(texts[nameAt]), .organizations)
                                            .hasSuffix(
                                                $0.word)
                                    }?.levels : nil
                            } : nil)
                {
                    let levelAt = columns.firstIndex { $0.column?.key == "level" }
                    let written = levelAt.map { $0 < texts.count ? texts[$0] : "" } ?? ""
                    let at = place(row: row.number, column: i, header: entry.header, sheet: sheet)
                    if shown(written).isEmpty, levels.count == 1, let level = levels.first {
                        record[path: "level"] = .string(level.rawValue)
                        settled.append(
                            Message(
                                zh: "\(at.zh)：未填层级，按 \(text.quotedInChinese) 填为 \(level.label.zh)",
                                en: "\(at.en): no level given; \(level.rawValue) was filled in by \(text.quoted)"))
                    } else if let levelAt, let levelColumn = columns[levelAt].column,
                        case .success(.string(let raw)) = value(written, levelColumn.cell, resolver, origin: origin),
                        let level = Level(rawValue: raw), !levels.contains(level)
                    {
                        let named = levels.sorted { $0.rawValue < $1.rawValue }
                        problems.append(
                            Problem(
                                place(row: row.number, column: levelAt, header: columns[levelAt].header, sheet: sheet),
                                Message(
                                    zh: "\(written.quotedInChinese) 与类别 \(text.quotedInChinese) 不符（"
                                        + named.map(\.label.zh).joined(separator: "或") + "）：请核对类别和层级",
                                    en: "\(written.quoted) disagrees with the kind \(text.quoted) ("
                                        + named.map(\.rawValue).joined(separator: " or ")
                                        + "): check the kind and the level"
                                )))
                        reported.insert(path + "level")
                    }
                }
                // 党委 alone for the kind is a local committee's, a party group's or a grassroots body's:
                // the row's name tells which (helper-267: refused, as no kind).
                if kind == .organizations, column.key == "kind", saysCommittee(text) {
                    let at = place(row: row.number, column: i, header: entry.header, sheet: sheet)
                    guard let nameColumn, nameColumn < texts.count,
                        let implied = organizationKind(named: texts[nameColumn])
                    else {
                        problems.append(
                            Problem(
                                at,
                                Message(
                                    zh: "\(text.quotedInChinese) 可以是地方党委、党组性质党委或基层党委，名称看不出是哪一种："
                                        + "请写 地方党委、党组（党委） 或 基层党组织",
                                    en: "\(text.quoted) may be a local committee, a party group (党组性质党委) or a "
                                        + "grassroots committee, and the name does not tell which: give local-committee, "
                                        + "party-group or grassroots")))
                        reported.insert(path + column.key)
                        continue
                    }
                    record[path: "kind"] = .string(implied.rawValue)
                    settled.append(
                        Message(
                            zh: "\(at.zh)：\(text.quotedInChinese) 按名称读作 \(implied.label.zh)",
                            en: "\(at.en): \(text.quoted) is read by the name as \(implied.rawValue)"))
                    continue
                }
                let transfer: CivilDate? = if case .formerParents = column.cell { transferDay(texts) } else { nil }
                let isLastDay = columns.contains(where: { $0.column?.lastDay == column.key })
                func reading(_ text: String) -> CellValue {
                    value(
                        text, column.cell, resolver, origin: origin, year: year(row), transferDay: transfer,
                        stored: { id in isStored(column.key, id) })
                }
                // A last day as written (至2026-10-10, 2026-10-10结束), refused as its day is (至2026-02-30:
                // February has 28 days; helper-257, "not a date").
                var read = reading(isLastDay ? DateText.asLastDay(text) : text)
                // A first day (2025-03-31起) where a range's last goes, as a post's end (任职截止): the
                // day after the last held, or the first of the post's next holder, may be meant
                // (helper-247: stored as the end).
                if case .success(.string(let day)) = read, DateText.saysFirstDay(text), isLastDay {
                    read = .failure(
                        Message(
                            zh: "\(text.quotedInChinese) 写的是起始日（“起”），\(entry.header) 却是最后一天：请写明最后一天（就是 \(day) 的，去掉“起”）",
                            en:
                                "\(text.quoted) is a first day (起), but \(entry.header) is a last day: give the last day "
                                + "(\(day) without 起, if it is that)"))
                }
                // 至今 where nothing runs on, but a post (a talk's end, a term's: helper-255, the one
                // dropped, the other told missing).
                // (Nor a first day: helper-256, told "required field is missing".)
                if case .success(.null) = read, !(kind == .appointments && isLastDay),
                    untilNow.contains(OfficeText.compact(text))
                {
                    read = .failure(
                        Message(
                            zh: "\(text.quotedInChinese) 不是日期，而\(entry.header)须写明一天：请填写日期",
                            en: "\(text.quoted) is no day, but \(entry.header) takes one: give the day"))
                }
                switch read {
                case .success(let value):
                    // Null is a date still running (至今): no end.
                    record[path: column.key] = value == .null ? nil : value
                    if let keptEnd, case .string(let day) = value, day != keptEnd {
                        let at = place(row: row.number, column: i, header: entry.header, sheet: sheet)
                        settled.append(
                            Message(
                                zh: "\(at.zh)：只写了一天，已存储的结束日期 \(keptEnd) 保留（表中没有谈话结束日期列；要改请加该列）",
                                en:
                                    "\(at.en): one day; the stored end, \(keptEnd), is kept (the sheet has no column for the end: add one to change it)"
                            ))
                    }
                    // An instant's day in China is not the day it writes (2026-03-05T16:00:00Z is 2026-03-06
                    // there): said, as the day stored is not the one the cell shows (helper-219: silent).
                    if case .string(let day) = value, let written = DateText.dayBeforeZone(text) {
                        let at = place(row: row.number, column: i, header: entry.header, sheet: sheet)
                        settled.append(
                            Message(
                                zh: "\(at.zh)：\(text.quotedInChinese) 按北京时间是 \(day)，不是所写时区的 \(written)：已按 \(day) 记录",
                                en:
                                    "\(at.en): \(text.quoted) is \(day) in China (UTC+8), not \(written) as written in its zone: "
                                    + "\(day) is stored"))
                    }
                    // (An id in the remark, 王伟（p-wangw2）, is the clerk's own choice.)
                    if column.cell.isPerson, case .string(let id) = value, !text.lowercased().contains(id.lowercased()),
                        resolver.namesakes(text).count > 1
                    {
                        remarked.append((i, column.key, text, id))
                    }
                    // An id no record has, told at its cell now: the store's check sees only the
                    // rows that make whole records, so the others' came to light one import later.
                    // (An organizations sheet may name the organizations it adds: the store's check.)
                    if kind != .organizations, let unknown = unknownReference(value, column.cell, lookup) {
                        // (A post no stored name is close to, 代理县委书记, passes through as an id:
                        // helper-278, told an unknown person to add.)
                        if isPostForTalkee(text, column.key) {
                            talkeeAsPost = (i, text, unknown)
                            continue
                        }
                        if let at = telling(row.number, i) {
                            problems.append(
                                Problem(place(row: at, column: i, header: entry.header, sheet: sheet), unknown))
                        }
                        reported.insert(path + column.key)
                    }
                // A post alone in a talk's talkee cell (县委书记), as a ledger of posts writes it: read
                // as a blank talkee beside that post, below (helper-254's refusal).
                case .failure(let message) where isPostForTalkee(text, column.key):
                    talkeeAsPost = (i, text, message)
                case .failure(let message):
                    if let at = telling(row.number, i) {
                        problems.append(Problem(place(row: at, column: i, header: entry.header, sheet: sheet), message))
                    }
                    reported.insert(path + column.key)
                    // The end a range in the cell would have given is not missing besides (helper-223).
                    if let lastDay = column.lastDay, !columns.contains(where: { $0.column?.key == lastDay }) {
                        reported.insert(path + lastDay)
                    }
                case .ambiguous(let ids): ambiguous.append((i, column, text, ids))
                }
            }
            // Days written to now beside an end the row gives: one of the two is wrong.
            if let position = runningAt, let last = columns[position].column?.lastDay,
                let own = columns.firstIndex(where: { $0.column?.key == last }), own < row.cells.count,
                !blanks.contains(where: { $0.key == last }), case .string(let end)? = record[path: last]
            {
                problems.append(
                    Problem(
                        place(row: row.number, column: position, header: columns[position].header, sheet: sheet),
                        Message(
                            zh: "写的是至今，\(columns[own].header) 却是 \(end)：请核对",
                            en: "says it still runs (至今), but \(columns[own].header) says \(end): check which is so")))
                reported.insert(path + last)
            }
            // A range's last day ends the record unless the row's own cell for it says another day
            // (a blank one, or one saying there is none yet, says none).
            for (key, day, position) in lastDays {
                // The row's own cell for the end saying another day, or that the post still runs (至今:
                // helper-219, the range's end was stored beside it).
                let own = columns.firstIndex(where: { $0.column?.key == key })
                var said: String?
                if own != nil, !blanks.contains(where: { $0.key == key }), case .string(let other)? = record[path: key],
                    other != day.description
                {
                    said = other
                } else if let own, own < row.cells.count, untilNow.contains(OfficeText.compact(row.cells[own])) {
                    said = row.cells[own].trimmed
                }
                guard let own, let said else {
                    record[path: key] = .string(day.description)
                    continue
                }
                problems.append(
                    Problem(
                        place(row: row.number, column: position, header: columns[position].header, sheet: sheet),
                        Message(
                            zh: "写的是至 \(day) 的多天，\(columns[own].header) 却是 \(said)：请只在一处写\(columns[own].header)",
                            en:
                                "is several days to \(day), but \(columns[own].header) says \(said): give the end in one place"
                        )))
                reported.insert(path + key)
            }
            // A kind written with its format (集体定期谈话, 定期（集体）) gives the format where no 谈话方式
            // does, and must agree with one that does (helper-132: stored as an individual talk).
            if kind == .talks, let at = columns.firstIndex(where: { $0.column?.key == "kind" }), at < row.cells.count,
                !reported.contains(path + "kind"), let implied = TalkFormat.named(besideKind: row.cells[at])
            {
                switch record[path: "format"] {
                case nil where !reported.contains(path + "format"): record[path: "format"] = .string(implied.rawValue)
                case .string(let given)? where given != implied.rawValue:
                    problems.append(
                        Problem(
                            place(row: row.number, column: at, header: columns[at].header, sheet: sheet),
                            Message(
                                zh:
                                    "写的是\(implied.label.zh)，谈话方式却是\(TalkFormat(rawValue: given)?.label.zh ?? given)：请只在一处写谈话方式",
                                en: "says \(implied.label.en), but 谈话方式 says \(given): give the format in one place")))
                    reported.insert(path + "format")
                default: break
                }
            }
            // A remark's choice among people of a name must be the one the organization and day
            // settle, where they settle one: 书记王伟 for a talk with 桐林县委 is not the 王伟 who
            // was 江州市委's secretary when another 王伟 held a post there that day.
            // The conductor a line above the header gives settles them too, as one in its column
            // (helper-121: 高新区党工委 of 海西州委 was refused as ambiguous under 开展谈话的党委：海西州委).
            // So does the one organization a title or a section's heading above the row names
            // (桐林县委2026年度监督谈话台账, 一、桐林县委: helper-272, refused as ambiguous).
            var settlingRecord = record
            if conductorColumn != nil, record[path: "conductor"] == nil {
                if let sheetConductor {
                    settlingRecord[path: "conductor"] = .string(sheetConductor.id)
                } else if let sections, sections.organizations.count == 1 {
                    settlingRecord[path: "conductor"] = .string(sections.organizations[0])
                }
            }
            for (position, key, text, chosen) in remarked {
                guard let (settlingOrganization, days) = try settling(key, kind, settlingRecord, lookup),
                    let organization = settlingOrganization,
                    let other = resolver.settle(resolver.namesakes(text), organization: organization, during: days),
                    other != chosen
                else { continue }
                let place = place(row: row.number, column: position, header: columns[position].header, sheet: sheet)
                let at = resolver.organizationName(organization).inline
                problems.append(
                    Problem(
                        place,
                        Message(
                            zh: "\(text.quotedInChinese) 按附注是 \(chosen.inline)，但在 \(at) 任职的是同名的 \(other.inline)；请填编号",
                            en:
                                "\(text.quoted) is \(chosen.inline) by its remark, but \(other.inline), of the same name, held a post in \(at); give the id"
                        )))
                reported.insert(path + key)
            }
            // Organizations first: a talkee is settled by the organization the talk was held with.
            for (position, column, text, ids) in ambiguous.filter({ !$0.column.cell.isPerson })
                + ambiguous.filter(\.column.cell.isPerson)
            {
                let place = place(row: row.number, column: position, header: columns[position].header, sheet: sheet)
                // A stored record's own reference bearing the name is the one meant: a ledger imported
                // again after a namesake was added is unchanged (helper-132: a talk's talkee moved to
                // the new 王伟, "1 replaced", and another row was refused as ambiguous).
                // (Not where the row moves the record to another organization, conductor or day, which
                // settle a name anew: helper-134.)
                if let known, let stored = storedRecords[known], case .string(let own)? = stored[path: column.key],
                    ids.contains(own),
                    ["organization", "conductor", "held"].allSatisfy({ stored[path: $0] == settlingRecord[path: $0] })
                {
                    record[path: column.key] = .string(own)
                } else if let (chosen, note) = storedPostsHolder(ids, text, record, kind, lookup) {
                    record[path: column.key] = .string(chosen)
                    settled.append(Message(zh: "\(place.zh)：\(note.zh)", en: "\(place.en): \(note.en)"))
                } else if let (organization, days) = try settling(column.key, kind, settlingRecord, lookup),
                    let (chosen, note) = resolver.settled(
                        ids, column.cell.isPerson ? .people : .organizations, text, organization: organization,
                        during: days)
                {
                    record[path: column.key] = .string(chosen)
                    settled.append(Message(zh: "\(place.zh)：\(note.zh)", en: "\(place.en): \(note.en)"))
                } else {
                    problems.append(
                        Problem(
                            place, resolver.ambiguity(text, ids, kind: column.cell.isPerson ? .people : .organizations))
                    )
                    reported.insert(path + column.key)
                }
                // (An organization settled settles its talkee: 张三 of the 城关镇党委 under 桐林县委, of
                // two, helper-272: refused as ambiguous.)
                if let settled = record[path: column.key] { settlingRecord[path: column.key] = settled }
            }
            // A transfer's day refused at its cell is told there only.
            // (Taken off first: no field of the format, whatever is told of the row.)
            let formerSince = kind == .organizations ? Sheet.firstDayWritten(&record) : nil
            if kind == .organizations, !reported.contains(path + Sheet.parentFromKey) {
                let stored = known.flatMap { storedRecords[$0] }
                // A history is given by a 原上级组织 cell the row has and does not leave blank (a mark of
                // nothing, /, 无: helper-114; the marks that part former parents alone, 、: helper-122).
                let given =
                    columns.indices.contains { columns[$0].column?.key == "formerParents" && $0 < texts.count }
                    && !blanks.contains { $0.key == "formerParents" }
                // A parent no organization bears is told unknown at its cell, not as a transfer to it.
                let unknownParent =
                    record[path: "parent"].map {
                        if case .string(let id) = $0 { !organizationIDs.contains(id) } else { false }
                    }
                    ?? false
                // (One refused at its cell is no transfer either: helper-120, a mistyped parent was
                // taken for the stored one, and the former parent told to be "the parent itself".)
                let dayGiven = record[path: Sheet.parentFromKey] != nil
                // A day given where nothing moves (the stored parent, no earlier one recorded) is
                // said, not dropped unsaid (a carried-over finding); a move of the last transfer's
                // day (`transfer`) uses it.
                if dayGiven, !given, let stored, stored[path: "parent"] == record[path: "parent"],
                    Sheet.parents(of: stored).count <= 1,
                    case .string(let day)? = record[path: Sheet.parentFromKey],
                    record[path: "established"] != .string(day)
                {
                    let position = columns.firstIndex { $0.column?.key == Sheet.parentFromKey } ?? 0
                    let at = place(row: row.number, column: position, header: columns[position].header, sheet: sheet)
                    let parent = record[path: "parent"].flatMap { if case .string(let id) = $0 { id } else { nil } }
                    // (Of one at the top, no parent named "—": helper-211.)
                    let stays =
                        parent.map { resolver.organizationName($0).inline }.map {
                            Message(zh: "上级组织仍是已存储的 \($0)", en: "the parent is the stored one, \($0)")
                        } ?? Message(zh: "本组织仍没有上级组织", en: "the organization still has no parent")
                    settled.append(
                        Message(
                            zh: "\(at.zh)：\(day) 未使用，\(stays.zh)，此前没有登记过其他上级（划转请改上级组织，或用 talks move）",
                            en:
                                "\(at.en): \(day) is not used: \(stays.en), with no earlier parent recorded (a transfer changes 上级组织, or use talks move)"
                        ))
                }
                // The stored parent from another day than its transfer's moves the transfer
                // (`transfer`), as `talks move --from` does: said, as `move` says the history it
                // leaves, once written (helper-240: told only as a record replaced).
                if dayGiven, !given, !unknownParent, let stored, stored[path: "parent"] == record[path: "parent"],
                    let since = Sheet.parentSince(stored),
                    case .string(let day)? = record[path: Sheet.parentFromKey], let from = CivilDate(day),
                    from != since,
                    case .string(let parent)? = record[path: "parent"]
                {
                    let position = columns.firstIndex { $0.column?.key == Sheet.parentFromKey } ?? 0
                    let at = place(row: row.number, column: position, header: columns[position].header, sheet: sheet)
                    let name = resolver.organizationName(parent).inline
                    corrected.append(
                        RowNote(
                            row: row.number,
                            note: Message(
                                zh: "\(at.zh)：划转到 \(name) 的日期由 \(since) 改为 \(from)（与 talks move --from 相同）",
                                en:
                                    "\(at.en): the transfer to \(name) is moved from \(since) to \(from), as talks move --from moves it"
                            )))
                }
                if unknownParent || reported.contains(path + "parent") {
                    record[path: Sheet.parentFromKey] = nil
                } else if let (problem, at) = transfer(
                    &record, stored: stored, historyGiven: given,
                    named: { id in
                        let name = resolver.organizationName(id)
                        return name == id
                            ? (id.inline, id.inline) : ("\(name.inline)（\(id.inline)）", "\(name.inline) (\(id.inline))")
                    })
                {
                    let position =
                        columns.firstIndex { $0.column?.key == at } ?? columns.firstIndex { $0.column?.key == "parent" }
                        ?? 0
                    problems.append(
                        Problem(
                            place(row: row.number, column: position, header: columns[position].header, sheet: sheet),
                            problem))
                    reported.insert(path + "parent")
                    reported.insert(path + at)
                } else {
                    // (The last former parent's end is the day's only when 原上级组织 gives none:
                    // else it is that cell's, and told there: helper-245, told at the day.)
                    if dayGiven, !given { transferDayRows.insert(row.number) }
                    let (kept, refused) =
                        given
                        ? Sheet.earlierHistory(
                            &record, stored: stored, since: formerSince,
                            named: { resolver.organizationName($0).inline }) : ([], nil)
                    let position = columns.firstIndex { $0.column?.key == "formerParents" } ?? 0
                    let at = place(row: row.number, column: position, header: columns[position].header, sheet: sheet)
                    if let refused {
                        problems.append(Problem(at, refused))
                        reported.insert(path + "formerParents")
                    }
                    // A first day with no history before it, stored or given, is no day the record can keep.
                    if given, stored == nil, let (days, since) = formerSince,
                        let eve = days.lowerBound.adding(days: -1),
                        case .array(let items)? = record[path: "formerParents"], let first = items.first,
                        // (Not before it was set up: helper-250, said taken for days it did not exist.)
                        record[path: "established"].flatMap({
                            if case .string(let day) = $0 { CivilDate(day) } else { nil }
                        })
                        .map({ $0 < days.lowerBound }) ?? true
                    {
                        let parent: String? = if case .string(let id)? = first[path: "parent"] { id } else { nil }
                        let name = parent.map { resolver.organizationName($0).inline } ?? "—"
                        settled.append(
                            Message(
                                zh:
                                    "\(at.zh)：\(since) 以前没有登记上级组织，按 \(name) 计；不是的，请在前面写明当时的上级（至 \(eve)）",
                                en:
                                    "\(at.en): no parent is recorded before \(since), so \(name) is taken for those days too; "
                                    + "if it was another, give it first (until \(eve))"))
                    }
                    // A stored history the one given rewrites is said, as it was (`rewritesHistory`;
                    // helper-122: a recorded transfer to 海西州委 was erased without a word; helper-245:
                    // a transfer's day moved, the order of two parents reversed, each without one).
                    if given, refused == nil, let stored, Sheet.rewritesHistory(record, stored: stored) {
                        let was = Sheet.historyWords(
                            Sheet.parents(of: stored).map { parent, until in
                                let id: String? = if case .string(let id)? = parent { id } else { nil }
                                return (id, until)
                            }
                        ) { id in
                            guard let id else { return ("无上级", "no parent") }
                            let name = resolver.organizationName(id).inline
                            return ("\(name)（\(id.inline)）", "\(name) (\(id.inline))")
                        }
                        corrected.append(
                            RowNote(
                                row: row.number,
                                note: Message(
                                    zh:
                                        "\(at.zh)：改写了已存储的隶属历史（原为：\(was.zh)）；若非本意，请按原有历史填写",
                                    en:
                                        "\(at.en): rewrites the stored history (it was: \(was.en)); "
                                        + "if that was not meant, give the history as it was")))
                    }
                    if !kept.isEmpty {
                        let named = kept.map(Sheet.formerParent).map { parent, until in
                            let name = parent.flatMap {
                                if case .string(let id) = $0 { resolver.organizationName(id) } else { nil }
                            }
                            return (name ?? "—", until ?? "")
                        }
                        corrected.append(
                            RowNote(
                                row: row.number,
                                note:
                                    Message(
                                        zh: "\(at.zh)：已存储的更早的原上级组织保留："
                                            + named.map { "\($0.0)（至 \($0.1)）" }.joined(separator: "；"),
                                        en: "\(at.en): the earlier former parents stored are kept: "
                                            + named.map { "\($0.0) (until \($0.1))" }.joined(separator: "; "))))
                    }
                }
            }
            let movedTalk =
                known.map { record[path: "organization"] != storedRecords[$0]?[path: "organization"] } ?? false
            // A day corrected: what was filled in for the old day (its parent, its secretary) is
            // filled in for the new one, as `talks record --replace` does; a conductor or talkee
            // given otherwise stays. Whether the conductor so filled in is another.
            var conductorRefilled = false
            if !movedTalk, let known, let stored = storedRecords[known], record[path: "held"] != stored[path: "held"],
                case .string(let organization)? = stored[path: "organization"],
                case .string(let held)? = stored[path: "held"], let day = CivilDate(held)
            {
                let filledThen = [
                    "conductor": try TalkDefaults.conductor(of: organization, on: day, in: lookup),
                    "talkee": try TalkDefaults.talkee(of: organization, on: day, in: lookup),
                ]
                for key in keptFromStored
                where filledThen[key].flatMap({ $0 }).map({ .string($0) }) == stored[path: key] {
                    record[path: key] = nil
                    if key == "conductor", case .string(let now)? = record[path: "held"], let newDay = CivilDate(now) {
                        conductorRefilled =
                            try TalkDefaults.conductor(of: organization, on: newDay, in: lookup).map { .string($0) }
                            != stored[path: "conductor"]
                    }
                }
            }
            // A supervision talk made one of a kind that fills in no talkee (任前谈话): its talkee
            // filled in, the secretary of its day, is no one's choice, as `talks record --replace`
            // has it (helper-285: kept).
            if let known, let stored = storedRecords[known], keptFromStored.contains("talkee"),
                case .string(let kind)? = record[path: "kind"], !TalkDefaults.fillsTalkee(kind: kind),
                case .string(let was)? = stored[path: "kind"], TalkDefaults.fillsTalkee(kind: was),
                case .string(let organization)? = stored[path: "organization"],
                case .string(let held)? = stored[path: "held"], let day = CivilDate(held),
                try TalkDefaults.talkee(of: organization, on: day, in: lookup).map({ .string($0) })
                    == stored[path: "talkee"]
            {
                record[path: "talkee"] = nil
            }
            // A stored talk moved to another organization, or given another conductor: the stored
            // plan item was the old pair's, the triggers the old organization's (helper-123: a
            // corrected conductor, or a day across a transfer, was refused for the plan item a blank
            // cell kept, and no cell could clear it). Dropped, and said.
            let otherConductor =
                conductorRefilled
                || known.map {
                    record[path: "conductor"] != nil
                        && record[path: "conductor"] != storedRecords[$0]?[path: "conductor"]
                } ?? false
            let dropped = ownedFromStored.sorted().filter { key in
                (movedTalk || key == "plan" && otherConductor) && record[path: key] != nil
                    && record[path: key] != .array([])
            }
            for key in dropped { record[path: key] = nil }
            if !dropped.isEmpty {
                // Named as the sheet heads them, else as the language does.
                func named(_ key: String) -> (zh: String, en: String) {
                    if let header = columns.first(where: { $0.column?.key == key })?.header { return (header, header) }
                    return (SheetColumns.of(kind).first { $0.key == key }?.zh ?? key, key)
                }
                let names = dropped.map(named)
                corrected.append(
                    RowNote(
                        row: row.number,
                        note:
                            Message(
                                zh: "第 \(row.number) 行：谈话\(movedTalk ? "改到另一谈话对象单位" : "的开展谈话的党委已改")，删除了原谈话的"
                                    + names.map(\.zh).joined(separator: "、"),
                                en:
                                    "row \(row.number): the talk \(movedTalk ? "moved to another organization" : "given another conductor"), "
                                    + "its stored \(names.map(\.en).joined(separator: ", ")) removed")))
            }
            if movedTalk {
                // The stored conductor and talkee were the old organization's: filled in anew.
                for key in keptFromStored { record[path: key] = nil }
            }
            var fromSheet = false
            if conductorColumn != nil {
                if let sheetConductor, record[path: "conductor"] == nil, !reported.contains(path + "conductor"),
                    record[path: "organization"] == .string(sheetConductor.id)
                {
                    // The committee whose talks the sheet lists is no lower-level organization of its
                    // own (helper-120: filled in, 江州市委 held a talk with itself).
                    let name = resolver.organizationName(sheetConductor.id).inline
                    let position = columns.firstIndex { $0.column?.key == "organization" } ?? 0
                    problems.append(
                        Problem(
                            place(row: row.number, column: position, header: columns[position].header, sheet: sheet),
                            Message(
                                zh: "谈话对象单位是 \(name) 本身，而表头之上第 \(sheetConductor.row) 行写明本表是 \(name) 开展的谈话："
                                    + "请核对谈话对象单位，或填写开展谈话的党委",
                                en:
                                    "the organization is \(name) itself, whose talks row \(sheetConductor.row) above the header says "
                                    + "the sheet lists: check the organization, or give the conductor")))
                    reported.formUnion([path + "organization", path + "conductor"])
                } else if let sheetConductor, record[path: "conductor"] == nil, !reported.contains(path + "conductor") {
                    record[path: "conductor"] = .string(sheetConductor.id)
                    fromSheet = true
                    if namedBy.last?.row == sheetConductor.row {
                        namedBy[namedBy.count - 1].count += 1
                    } else {
                        namedBy.append((sheetConductor.row, sheetConductor.id, 1))
                    }
                } else if let sheetConductor, case .string(let conductor)? = record[path: "conductor"],
                    conductor != sheetConductor.id
                {
                    // The sheet says whose talks it lists; a row saying another's is a mistake in one of them.
                    let (named, stated) = (
                        resolver.organizationName(conductor), resolver.organizationName(sheetConductor.id)
                    )
                    problems.append(
                        Problem(
                            place(row: row.number),
                            Message(
                                zh:
                                    "开展谈话的党委是 \(named.inline)，与表头之上第 \(sheetConductor.row) 行所写的 \(stated.inline) 不同；请改正其一",
                                en:
                                    "its conductor \(named.inline) is not \(stated.inline), given in row \(sheetConductor.row) above "
                                    + "the header; correct one of them")))
                    reported.insert(path + "conductor")
                }
            }
            if kind == .talks {
                if record[path: "kind"] == nil, headingKind ?? titleKind == nil { kindless = true }
                if record[path: "kind"] == nil, !reported.contains(path + "kind"), let named = headingKind ?? titleKind
                {
                    if headingKind == nil, let kindsNamed {
                        let label = { (raw: String) in TalkKind(rawValue: raw)?.label ?? Message(zh: raw, en: raw) }
                        let (title, tab) = (label(kindsNamed.title), label(kindsNamed.tab))
                        problems.append(
                            Problem(
                                place(row: row.number),
                                Message(
                                    zh:
                                        "未填谈话类型，而表头之上第 \(kindsNamed.row) 行的标题写的是\(title.zh)，工作表名却是\(tab.zh)；请在“谈话类型”列中填写",
                                    en:
                                        "no kind given, and the title in row \(kindsNamed.row) names \(title.en) talks, the sheet's "
                                        + "name \(tab.en) ones; give each talk's kind in a 谈话类型 column")))
                        reported.insert(path + "kind")
                    } else {
                        record[path: "kind"] = .string(named)
                        filled.kinds += 1
                    }
                }
                // A post alone in the talkee's cell says the talk was with whoever held it: the
                // organization's secretary on the day is filled in where the post may be the
                // secretary's, as for a blank talkee beside a post column (`isSecretarysPost`); a
                // stored talk's too, as the cell says whom (helper-276: the stored talkee kept).
                var postFilled: (column: Int, text: String)?
                if let (i, text, refusal) = talkeeAsPost {
                    let organization = record[path: "organization"].flatMap {
                        if case .string(let id) = $0 { id } else { nil }
                    }
                    let kind = record[path: "kind"].flatMap { if case .string(let kind) = $0 { kind } else { nil } }
                    if let organization,
                        SheetColumns.isSecretarysPost(text, of: lookup.organization(organization)?.name)
                    {
                        if TalkDefaults.fillsTalkee(kind: kind) {
                            record[path: "talkee"] = nil
                            postFilled = (i, text)
                        } else {
                            // (Not a 任前谈话's: held with the one to take the post, perhaps.)
                            problems.append(
                                Problem(
                                    place(row: row.number, column: i, header: columns[i].header, sheet: sheet),
                                    TalkDefaults.noTalkee(ofKind: kind, post: text)))
                            reported.insert(path + "talkee")
                        }
                    } else if let organization,
                        resolver.isPost(text) || NameResolver.isPlainPost(NameResolver.postKey(text))
                    {
                        // Told at its own row: a cell merged down rows of several organizations may be
                        // the secretary's of one and not another's (helper-276: told once, at the top).
                        let named = resolver.organizationName(organization).inline
                        problems.append(
                            Problem(
                                place(row: row.number, column: i, header: columns[i].header, sheet: sheet),
                                Message(
                                    zh: "\(text.quotedInChinese) 是职务，不是 \(named) 的书记：请填写被谈话人的姓名或编号",
                                    en:
                                        "\(text.quoted) is a post, not the secretary of \(named): give the talkee's name or id"
                                )))
                        reported.insert(path + "talkee")
                    } else {
                        if let at = telling(row.number, i) {
                            problems.append(
                                Problem(place(row: at, column: i, header: columns[i].header, sheet: sheet), refusal))
                        }
                        reported.insert(path + "talkee")
                    }
                }
                // A post beside the talkee's name in its cell (县委书记陈东, 王伟（书记）), as the post's
                // column is (`talkeesPostRefusal`): each post a cell so names is one of a committee's.
                if kind == .talks, !reported.contains(path + "talkee"), let i = talkeeColumn, i < texts.count,
                    case .string(let talkee)? = record[path: "talkee"],
                    let post = postBeside(talkee, in: texts[i], resolver),
                    let refusal = talkeesPostRefusal(post, of: record, lookup, resolver, besideTheName: true)
                {
                    problems.append(
                        Problem(place(row: row.number, column: i, header: columns[i].header, sheet: sheet), refusal))
                    reported.insert(path + "talkee")
                }
                // The talkee's post the row gives, where it gainsays the talkee, given or filled in
                // (`talkeesPostRefusal`).
                if kind == .talks, !reported.contains(path + "talkee"), let i = talkeePost, i < texts.count,
                    case let post = OfficeText.compact(texts[i]), !post.isEmpty, !isNoneYet(post),
                    let refusal = talkeesPostRefusal(post, of: record, lookup, resolver)
                {
                    problems.append(
                        Problem(place(row: row.number, column: i, header: columns[i].header, sheet: sheet), refusal))
                    reported.insert(path + "talkee")
                }
                if let situations {
                    let at = place(
                        row: row.number, column: situations.column, header: columns[situations.column].header,
                        sheet: sheet)
                    let (ids, refusal) = triggersOfSituations(situations.kinds, record, lookup)
                    if let refusal {
                        problems.append(Problem(at, refusal))
                        reported.insert(path + "triggers")
                    } else {
                        record[path: "triggers"] = .array(ids.map { JSONValue.string($0) })
                        settled.append(
                            Message(
                                zh:
                                    "\(at.zh)：\(situations.text.quotedInChinese) 读作该单位当日之前发现的这一情形 \(ids.joined(separator: "、"))",
                                en:
                                    "\(at.en): \(situations.text.quoted) is read as the trigger of that situation noted at the "
                                    + "organization by the day held, \(ids.joined(separator: ", "))"))
                    }
                }
                let fills = try fillDefaults(&record, lookup: lookup, reported: &reported, path: path)
                // A conductor filled in (the parent, or the line above the header's) under sections
                // naming another organization than it and the talk's own: a heading may name the
                // conductor the sheet gives no column or cell for.
                if fills.conductor || fromSheet, let sections, case .string(let conductor)? = record[path: "conductor"],
                    case .string(let organization)? = record[path: "organization"],
                    case let others = sections.organizations.filter({ $0 != organization }),
                    !others.isEmpty || !sections.levels.isEmpty, !others.contains(conductor),
                    // 一、县委 in a city's ledger: the level talked with, as 一、桐林县委 may be the talk's own.
                    !sections.levels.contains(lookup.organization(conductor)?.level ?? .other),
                    !sections.levels.contains(lookup.organization(organization)?.level ?? .other)
                {
                    let (name, given) = (
                        resolver.organizationName(conductor).inline,
                        columns.contains { $0.column?.key == "conductor" }
                    )
                    problems.append(
                        Problem(
                            place(row: row.number),
                            Message(
                                zh:
                                    "在分节 \(sections.heading.quotedInChinese) 之下，该分节所列的组织不是按谈话对象单位的上级填入的开展谈话的党委 \(name)；请\(given ? "填写" : "增加")“开展谈话的党委”\(given ? "" : "列")",
                                en:
                                    "under the section \(sections.heading.quoted), which names another organization than "
                                    + "\(name), the conductor filled in as the organization's parent; \(given ? "give its" : "add a column") 开展谈话的党委"
                            )))
                    reported.insert(path + "conductor")
                }
                // A conductor filled in (the organization's parent, or the line above the header's) that
                // cannot be the talk's is said row by row (the first 20): a line's that is not the organization's parent
                // that day (helper-218: stored without a word), or one none of whose posts the talker held
                // (helper-216: a conductor merged down several rows, saved as CSV, is in the first row
                // only; the rows below were filled in as their organizations' parents).
                // (Of a stored committee: one unknown is refused at its line, helper-220.)
                if fills.conductor || fromSheet, case .string(let conductor)? = record[path: "conductor"],
                    lookup.exists(.organizations, id: conductor),
                    case .string(let organization)? = record[path: "organization"],
                    case .string(let held)? = record[path: "held"], let day = CivilDate(held)
                {
                    let name = resolver.organizationName(conductor).inline
                    let given =
                        fills.conductor
                        ? (zh: "按谈话对象单位的上级填入的开展谈话的党委", en: "the conductor filled in as the organization's parent")
                        : (zh: "表头之上所写的开展谈话的党委", en: "the conductor given above the header")
                    if fromSheet, let parent = lookup.organization(organization)?.parent(on: day), parent != conductor {
                        let (own, above) = (
                            resolver.organizationName(organization).inline, resolver.organizationName(parent).inline
                        )
                        conductors.append(
                            Message(
                                zh: "第 \(row.number) 行：\(given.zh) \(name)，在 \(day) 不是 \(own) 的上级（其上级是 \(above)）；请核对",
                                en:
                                    "row \(row.number): \(given.en), \(name), is not \(own)'s parent on \(day) (\(above) is); "
                                    + "check the row"))
                    } else if case .string(let talker)? = record[path: "talker"], lookup.exists(.people, id: talker),
                        !lookup.appointments(of: conductor).contains(where: { $0.person == talker && $0.covers(day) })
                    {
                        let who = resolver.name(of: talker).inline
                        // (The merged cell is a likely cause only below another record: helper-219.)
                        let advice =
                            !fills.conductor
                            ? (zh: "请核对", en: "check the row")
                            : rowNumbers.isEmpty
                                ? (zh: "请填写开展谈话的党委", en: "give the conductor")
                                : (
                                    zh: "若上面几行的开展谈话的党委是合并单元格，请在本行也填写",
                                    en: "if the rows above give theirs in a merged cell, give it in this row too"
                                )
                        conductors.append(
                            Message(
                                zh: "第 \(row.number) 行：\(given.zh) \(name)，谈话人 \(who) 在 \(day) 并不在其中任职；\(advice.zh)",
                                en:
                                    "row \(row.number): \(given.en), \(name), is no committee the talker \(who) held a post in "
                                    + "on \(day); \(advice.en)"))
                    }
                }
                filled.conductors += fills.conductor ? 1 : 0
                filled.talkees += fills.talkee && postFilled == nil ? 1 : 0
                // (Who, so a changeover's day can be checked: helper-276, a note without a name, and
                // one for a row then refused.)
                if let (i, text) = postFilled, fills.talkee, case .string(let talkee)? = record[path: "talkee"] {
                    let at = place(row: row.number, column: i, header: columns[i].header, sheet: sheet)
                    let name = resolver.name(of: talkee).inline
                    settled.append(
                        Message(
                            zh: "\(at.zh)：\(text.quotedInChinese) 是职务，已填写谈话当日该单位的书记 \(name)",
                            en:
                                "\(at.en): \(text.quoted) is a post: \(name), the organization's secretary on the day held, "
                                + "is filled in as the talkee"))
                }
                filled.organizations += fills.organization ? 1 : 0
                problems += fills.problems
            }
            // A post of another committee (市委常委 in a county committee's row) is that committee's:
            // read as the row's, it made a member of the city's standing committee one of the
            // county's, and a township's secretary beside it the county's. The row's post is read of
            // the others alone, and refused when they hold none.
            if kind == .appointments, let i = columns.firstIndex(where: { $0.column?.key == "role" }), i < texts.count,
                let cell = columns[i].column?.cell, !reported.contains(path + "role"),
                case .string(let organization)? = record[path: "organization"],
                let stored = lookup.organization(organization),
                case let (elsewhere, others) = postsElsewhere(texts[i], organization: stored, resolver),
                let post = elsewhere.first
            {
                if !others.isEmpty, case .success(let role) = value(others.joined(separator: "、"), cell, resolver) {
                    record[path: "role"] = role
                } else {
                    // Refused, the post is no post of the row's: read as one, it overlapped its secretary's.
                    record[path: "role"] = nil
                    let name = resolver.organizationName(organization).inline
                    problems.append(
                        Problem(
                            place(row: row.number, column: i, header: columns[i].header, sheet: sheet),
                            Message(
                                zh: "\(post.quotedInChinese) 是另一个党委或党组的职务，不是本行的组织 \(name) 的；请记在该党委或党组名下",
                                en:
                                    "\(post.quoted) is a post of another committee or party group than the row's organization, "
                                    + "\(name); record it under that one")))
                    reported.insert(path + "role")
                }
            }
            // A plain 委员 of a committee at county level and above is of its full committee, whose
            // leadership team (Art. 7) is the standing committee (常委): stored as a member, said once
            // written (helper-226: 市委委员 was a team member without a word; helper-229: said "is
            // stored" before a refusal). A township's, a 党工委's or a
            // party group's 委员 is of its team.
            if kind == .appointments, let i = columns.firstIndex(where: { $0.column?.key == "role" }), i < texts.count,
                !reported.contains(path + "role"), case .string("member")? = record[path: "role"],
                case .string(let organization)? = record[path: "organization"],
                let stored = lookup.organization(organization), stored.kind == .localCommittee,
                [.central, .province, .city, .county].contains(stored.level),
                !OfficeText.compact(stored.name).hasSuffix("工委"),
                case let posts = Sheet.posts(texts[i]).posts.map(OfficeText.compact),
                !posts.contains(where: { $0.contains("常委") }),
                let plain = posts.first(where: { $0.hasSuffix("委员") && !Role.ofAnotherBody($0) })
            {
                let at = place(row: row.number, column: i, header: columns[i].header, sheet: sheet)
                corrected.append(
                    RowNote(
                        row: row.number,
                        note:
                            Message(
                                zh: "\(at.zh)：\(plain.quotedInChinese)按班子成员登记；县级以上地方党委的领导班子是常委会，"
                                    + "不是常委的委员不是其班子成员（第七条）：如不是常委，请删除此条任职",
                                en:
                                    "\(at.en): \(plain.quoted) is stored as a member of the leadership team; a committee at county "
                                    + "level and above has its standing committee (常委) for its team (Art. 7): if not a 常委, delete "
                                    + "this appointment")))
            }
            if known == nil { known = storedWithZeros(ids, record) }
            if known == nil, let (id, name) = paddedWithZeros(ids) {
                let (zh, en) = name.map { ("\(id)（\($0)）", "\(id) (\($0))") } ?? (id, id)
                problems.append(
                    Problem(
                        place(row: row.number),
                        Message(
                            zh: "编号 \(ids.read ?? "") 可能是已存储的 \(zh)被表格软件去掉了前导 0：要改其记录请填 \(id)；是另一条记录请换一个编号",
                            en: "the id \(ids.read ?? "") may be the stored \(en) with its leading zeros dropped by a "
                                + "spreadsheet: give \(id) to change that record, or another id for another")))
            }
            if let known, known != ids.read { record[path: "id"] = .string(known) }
            // A new record's id read without the marks around it (★T1, 【T1】 as T1) is said so: a
            // store's export holding ★T1 imported again gives T1 (helper-144, without a word).
            if known == nil, let read = ids.read, !read.isEmpty, let typed = ids.typed,
                read.unicodeScalars.count < shown(typed).unicodeScalars.count
            {
                // (The id read shown escaped, as every value in a line: a line break in it began a line
                // of its own, helper-226.) Characters that show nothing, pasted inside an id (T​3), are
                // said so: "marks around an id" named none (helper-242).
                let visible = String(
                    String.UnicodeScalarView(
                        shown(typed).unicodeScalars.filter {
                            !VisibleText.isHidden($0) && !$0.properties.isVariationSelector
                        }))
                let invisible = visible == read
                // (Neither quoted where the id read would be described: 孙丽同志身患癌症 with a zero-width
                // space in it, helper-279, quoted in full beside a refusal saying it may be confidential.)
                if isDescribedWhereUnknown(read, .id) || holdsProblemWords(read) {
                    settled.append(
                        Message(
                            zh: "第 \(row.number) 行：编号中不显示的字符或符号不算编号的一部分",
                            en:
                                "row \(row.number): characters in the id that show nothing, or marks around it, are no part of it"
                        ))
                } else {
                    settled.append(
                        Message(
                            zh: "第 \(row.number) 行：编号 \(typed.quotedInChinese) 读作 \(read.inline)"
                                + (invisible ? "（其中不显示的字符不算编号的一部分）" : "（编号外的符号不算编号的一部分）"),
                            en: "row \(row.number): the id \(typed.quoted) is read as \(read.inline) "
                                + (invisible
                                    ? "(characters in it that show nothing are no part of it)"
                                    : "(marks around an id are no part of it)")))
                }
            }
            if let known, let read = ids.read, known != read, known != ids.typed {
                settled.append(
                    Message(
                        zh: "第 \(row.number) 行：编号 \(read) 即已存储的 \(known)（表格软件去掉了前导 0）",
                        en:
                            "row \(row.number): the id \(read) is the stored \(known), its leading zeros dropped by a spreadsheet"
                    ))
            }
            // A stored name in another of its forms (王　伟, 阿卜杜拉•艾买提, 中共江州市委员会 for
            // 江州市委, without its remark) is the same name: its stored form is kept, unless the row's
            // is tidy and the stored one not (helper-114, 115: replaced, and shown so in every report).
            // Any other name of a person, new or renamed, is stored as a register keeps it (helper-116:
            // 赵　彧 was stored padded; tidied first, a stored 赵　彧 typed 赵 彧 was replaced).
            if case .string(let name)? = record[path: "name"] {
                let stored = known.flatMap { storedRecords[$0]?[path: "name"] }
                if case .string(let storedName)? = stored, name != storedName, sameName(name, storedName, kind),
                    !OfficeText.isTidy(name) || OfficeText.isTidy(storedName)
                {
                    record[path: "name"] = .string(storedName)
                } else if stored != .string(name) {
                    record[path: "name"] = .string(
                        kind == .people ? OfficeText.tidyName(name) : OfficeText.registerName(name))
                }
            }
            if let known, let stored = storedRecords[known],
                let change = anotherRecord(kind, id: known, stored: stored, row: record, resolver)
            {
                let place = place(row: row.number)
                if changingStored {
                    corrected.append(
                        RowNote(
                            row: row.number,
                            note: Message(zh: "\(place.zh)：\(change.note.zh)", en: "\(place.en): \(change.note.en)")))
                } else if let padded = storedWithZeros(ids, record) {
                    // Both 1 and 001 stored, the row 001's: the zeros a spreadsheet dropped.
                    problems.append(
                        Problem(
                            place,
                            Message(
                                zh: "\(change.problem.zh)。本行即已存储的 \(padded)，编号的前导 0 可能被表格软件去掉了：请填 \(padded)",
                                en:
                                    "\(change.problem.en). The row is the stored \(padded)'s, its id's leading zeros likely "
                                    + "dropped by a spreadsheet: give \(padded)")))
                } else {
                    problems.append(Problem(place, change.problem))
                }
            }
            // An appointment, which has no id, is known by its person, organization, post and first
            // day; a term by its organization and first day. Known, it keeps what its blank cells
            // and the columns the sheet lacks do not give, as a record with an id (a roster without
            // 任职截止 erased the end of a post, a terms sheet without 届次 the term's number); so
            // does a talk found by its id with the leading zeros put back.
            let stored = known.flatMap { storedRecords[$0] } ?? recordKey(kind, record).flatMap { storedByKey[$0] }
            if !startedFromStored, let stored, case .object(let fields) = stored {
                for (key, _) in blanks where record[path: key] == nil { record[path: key] = stored[path: key] }
                for (key, value) in fields where record[path: key] == nil && !sheetKeys.contains(key) {
                    record[path: key] = value
                }
            }
            for (key, header) in blanks
            where !keptFromStored.contains(key) && stored?[path: key] != nil && record[path: key] == stored?[path: key]
            {
                if let at = keptBlank.firstIndex(where: { $0.header == header }) {
                    keptBlank[at].rows.append(row.number)
                } else {
                    keptBlank.append((header, [row.number]))
                }
            }
            // The fields the row leaves to the stored record (a blank cell, no column), for a problem
            // with one to say so (helper-272: a stored day quoted at a blank cell).
            if let stored, case .object(let fields) = stored {
                let blankFields = Set(blanks.map { String($0.key.prefix { $0 != "." }) })
                keptStored.append(
                    Set(
                        fields.map(\.0).filter { key in
                            (blankFields.contains(key) || !sheetKeys.contains(key))
                                && record[path: key] == stored[path: key]
                        }))
            } else {
                keptStored.append([])
            }
            continued = records.count
            records.append(record.droppingEmptyObjects())
            rowNumbers.append(row.number)
        }
        // A talk's plan item or trigger of digits a spreadsheet saved without their leading zeros
        // (1 for 001) is the one stored record of those digits of the talk's conductor and
        // organization (a plan item's; a trigger's, of its organization): unknown, it was refused.
        // (Another's of those digits is no talk's: helper-108, it was counted as carried out.)
        for (key, referred, shared) in kind == .talks
            ? [("plan", RecordKind.plans, ["conductor", "organization"]), ("triggers", .triggers, ["organization"])]
            : []
        {
            guard let column = columns.firstIndex(where: { $0.column?.key == key }) else { continue }
            func ids(_ value: JSONValue?) -> [String] {
                switch value {
                case .string(let id)?: [id]
                case .array(let items)?: items.compactMap { if case .string(let id) = $0 { id } else { nil } }
                default: []
                }
            }
            let written = Set(records.flatMap { ids($0[path: key]) }.filter { !zerosPutBack($0).isEmpty })
            guard !written.isEmpty else { continue }
            let storedByID = Dictionary(
                try stored(referred, Array(written) + written.flatMap(zerosPutBack)).compactMap { record in
                    if case .string(let id)? = record[path: "id"] { (id, record) } else { nil }
                }
            ) { first, _ in first }
            for i in records.indices {
                func own(_ id: String) -> Bool {
                    storedByID[id].map { stored in shared.allSatisfy { stored[path: $0] == records[i][path: $0] } }
                        ?? false
                }
                // (The stored 1 of another committee is not the talk's own 01: helper-109.)
                func restored(_ id: String) -> String? {
                    guard !own(id) else { return nil }
                    let padded = zerosPutBack(id).filter(own)
                    return padded.count == 1 ? padded[0] : nil
                }
                let referring = ids(records[i][path: key])
                guard referring.contains(where: { restored($0) != nil }) else { continue }
                let at = place(row: rowNumbers[i], column: column, header: columns[column].header, sheet: sheet)
                for id in referring {
                    guard let padded = restored(id) else { continue }
                    settled.append(
                        Message(
                            zh: "\(at.zh)：\(id) 即已存储的 \(padded)（表格软件去掉了前导 0）",
                            en: "\(at.en): \(id) is the stored \(padded), its leading zeros dropped by a spreadsheet"))
                }
                // (1、001 is one trigger, not the same twice: helper-108.)
                var seen: Set<String> = []
                let all = referring.map { restored($0) ?? $0 }.filter { seen.insert($0).inserted }
                records[i][path: key] = key == "plan" ? .string(all[0]) : .array(all.map(JSONValue.string))
            }
        }
        problems += unreadableCells(through: .max)
        // A title, heading or tab naming a kind's words not read as one: said where talks were left
        // without a kind, or took a tab's kind under a title set aside (helper-227: a plan's title
        // above a tab 定期谈话 was taken as a ledger of talks held, without a word).
        let tookTheTab = titleKind != nil && titleKind == tabKind && filled.kinds > 0
        if kind == .talks, let setAside, kindless || tookTheTab, !columns.contains(where: { $0.column?.key == "kind" })
        {
            let (rule, ruleZh) = (
                "a ledger's title of one kind of talks held gives it (江州市委2026年度及时谈话台账), a heading of one kind "
                    + "(一、定期谈话) or the sheet's name; a plan's, an instruction, one naming two kinds or talks not held "
                    + "or kept elsewhere does not",
                "写明一种已开展谈话的台账标题（如“江州市委2026年度及时谈话台账”）、分节标题（如“一、定期谈话”）或工作表名才作为类型；"
                    + "计划、说明、写了两种谈话或尚未开展、另表填报的谈话不作为类型"
            )
            let tab = sheet?.quotedInChinese ?? ""
            notes.append(
                Message(
                    zh: "\(setAside.place.zh)\(setAside.text.quotedInChinese)不作为谈话类型读取（\(ruleZh)）"
                        + (kindless
                            ? "；请在“谈话类型”列中填写" : "；这些谈话按工作表名\(tab)取了类型，请核对是否确已开展，或在“谈话类型”列中填写"),
                    en: "\(setAside.place.en), \(setAside.text.quoted), is not read as the talks' kind (\(rule))"
                        + (kindless
                            ? "; give each talk's kind in a 谈话类型 column"
                            : "; these talks took the kind of the sheet's name, \((sheet ?? "").quoted): check they were held, "
                                + "or give each talk's kind in a 谈话类型 column")))
        }
        notes += settled.all + conductors.all
        for why in SkippedRow.allCases {
            if let numbers = skipped[why], !numbers.isEmpty { notes.append(why.note(numbers.sorted())) }
        }
        if !joined.isEmpty {
            let (zh, en) = (rowList(joined, zh: true), rowList(joined, zh: false))
            notes.append(
                Message(
                    zh: "第 \(zh) 行只填了\(joinedColumns.joined(separator: "、"))，是上一条记录的续行，已并入该记录",
                    en:
                        "\(en) with only \(joinedColumns.joined(separator: ", ")) filled joined to the record above, which they continue"
                ))
        }
        // What the rows' blanks were made (the stored value kept, 同上's, the conductor and the
        // talkee filled in) is said once the sheet is written, with the corrections: said before a
        // refusal it told of values filled in that nothing wrote (helper-197).
        var filledIn: [Message] = []
        if !keptBlank.isEmpty {
            let (zh, en) = (
                keptBlank.map { "\($0.header)（第 \(rowList($0.rows, zh: true)) 行）" }.joined(separator: "，"),
                keptBlank.map { "\($0.header) (\(rowList($0.rows, zh: false)))" }.joined(separator: ", ")
            )
            filledIn.append(
                Message(
                    zh: "空白单元格（或写“/”“无”等尚无内容的）保留了已存储的值：\(zh)",
                    en: "blank cells (or marked none yet: /, 无) kept the stored values: \(en)"))
        }
        if filled.kinds > 0 {
            filledIn.append(
                Message(
                    zh: "\(filled.kinds) 条谈话未填谈话类型，已按所在分节标题（或表格标题、工作表名）所写的类型填写",
                    en:
                        "talks without a kind: \(filled.kinds); the kind their section's heading (or the sheet's title or name) names was filled in"
                ))
        }
        if !sameAsAboveRows.isEmpty {
            let rows = Array(Set(sameAsAboveRows)).sorted()
            filledIn.append(
                Message(
                    zh: "写“同上”的单元格取上一条记录同一列的值：第 \(rowList(rows, zh: true)) 行",
                    en:
                        "cells saying 同上 (the same as above) took the value of the record above: \(rowList(rows, zh: false))"
                ))
        }
        for line in namedBy {
            let name = resolver.organizationName(line.id)
            let above = line.row < header.number
            filledIn.append(
                Message(
                    zh:
                        "\(line.count) 条\(kind == .talks ? "谈话" : "计划事项")未填开展谈话的党委，已按\(above ? "表头之上" : "")第 \(line.row) 行所写填为 \(name)",
                    en:
                        "\(kind == .talks ? "talks" : "plan items") without a conductor: \(line.count); \(name), given in row \(line.row)"
                        + "\(above ? " above the header" : ""), was filled in"))
        }
        if filled.organizations > 0 {
            filledIn.append(
                Message(
                    zh: "\(filled.organizations) 条谈话未填谈话对象单位，已按被谈话人在谈话当日任书记的单位填写",
                    en:
                        "talks without an organization: \(filled.organizations); the one the talkee was secretary of on the day held was filled in"
                ))
        }
        if filled.conductors > 0 {
            filledIn.append(
                Message(
                    zh: "\(filled.conductors) 条谈话未填开展谈话的党委，已按谈话对象单位的上级填写",
                    en: "talks without a conductor: \(filled.conductors); the organization's parent was filled in"))
        }
        if filled.talkees > 0 {
            filledIn.append(
                Message(
                    zh: "\(filled.talkees) 条谈话未填被谈话人，已按谈话当日该单位的书记填写",
                    en:
                        "talks without a talkee: \(filled.talkees); the organization's secretary on the day held was filled in"
                ))
        }
        return Reading(
            kind: kind,
            document: .object([("format", .string(Dataset.format)), (kind.rawValue, .array(records))]),
            problems: problems, notes: notes, rowCorrections: corrected, filledIn: filledIn,
            transferDayRows: transferDayRows, keptStored: keptStored,
            rowNumbers: rowNumbers, skippedRows: Set(skipped.values.joined()), columns: columns,
            reported: reported,
            sheet: sheet)
    }

    /// Reads each range merged down a column (`merged`) in the rows of `body` it spans below its
    /// first that hold a record (`records`) and have nothing in its first column: the value the
    /// sheet shows there (one conductor, or one day, for several talks), which the file keeps in
    /// the range's first cell only; a range across columns too gives it to its first column. A
    /// range beginning in the header or above it, or in a row that holds no record, gives nothing:
    /// a column's name or a total is no value of the rows below. The ranges read, for a note.
    /// `source` is given, for each cell given a value ([row, column]), the row of its range's first cell.
    static func mergedDown(
        _ body: inout [(number: Int, cells: [String])], records: [Bool], _ merged: [MergedRange],
        source: inout [[Int]: Int]
    ) -> [MergedRange] {
        let index = Dictionary(body.indices.map { (body[$0].number, $0) }) { first, _ in first }
        var spread: [MergedRange] = []
        for range in merged where range.lastRow > range.row {
            guard let first = index[range.row], records[first], range.column < body[first].cells.count else { continue }
            let value = body[first].cells[range.column]
            guard !value.trimmed.isEmpty else { continue }
            var given = false
            // The body is in row order: only its rows the range spans are visited.
            for i in body.indices[(first + 1)...].prefix(while: { body[$0].number <= range.lastRow }) where records[i] {
                if body[i].cells.count <= range.column {
                    body[i].cells += Array(repeating: "", count: range.column + 1 - body[i].cells.count)
                }
                guard body[i].cells[range.column].trimmed.isEmpty else { continue }
                body[i].cells[range.column] = value
                source[[body[i].number, range.column]] = range.row
                given = true
            }
            if given { spread.append(range) }
        }
        return spread
    }

    /// The problem of an organization's or person's id that no stored record has, as the store's
    /// own check words it (`Validator.unknown`); nil for anything else.
    static func unknownReference(_ value: JSONValue, _ cell: CellKind, _ lookup: DatasetLookup) -> Message? {
        let kind: RecordKind
        switch cell {
        case .organization: kind = .organizations
        case .person: kind = .people
        default: return nil
        }
        // An id that could be no record's (a control character in it) is the decoder's to tell.
        guard case .string(let id) = value, IDRules.problem(with: id) == nil, !lookup.exists(kind, id: id) else {
            return nil
        }
        return lookup.unknown(kind, id)
    }

    /// What names a record beyond its id, which a row giving a stored id changes only when
    /// confirmed: who held a talk with whom, of which kind and when; whose plan item for whom and
    /// which year; where a situation arose, of which kind and when. A ledger numbering its rows in
    /// 编号 (1, 2, 3 on each half-year's sheet, or renumbered when a row is put in) gave a stored
    /// talk's id to another talk, which replaced it with exit 0 and took over its confidential
    /// texts (the problems, kept from the stored record when the sheet has no column for them).
    /// A person or an organization by its name, compared as names are (`OfficeText.nameKey`: 王　伟
    /// is 王伟): a people sheet numbered 1, 2, 3 renamed the stored person 1, and every talk with
    /// that person was then another's (helper-112).
    static let identity: [RecordKind: [String]] = [
        .talks: ["conductor", "organization", "kind", "held"], .plans: ["conductor", "organization", "year"],
        .triggers: ["organization", "kind", "on"], .people: ["name"], .organizations: ["name"],
    ]

    /// Whether two names of a person or an organization are one: compared as names are
    /// (`OfficeText.nameKey`: 王　伟 is 王伟), an organization's official or everyday form
    /// (中共江州市委员会 is 江州市委: helper-114), with or without its remark.
    static func sameName(_ one: String, _ other: String, _ kind: RecordKind) -> Bool {
        let (a, b) = (
            OfficeText.baseName(OfficeText.nameKey(one), kind), OfficeText.baseName(OfficeText.nameKey(other), kind)
        )
        return a == b || OfficeText.withoutRemark(a) == b || a == OfficeText.withoutRemark(b)
    }

    /// A row whose stored id names a record told apart by `identity`: the problem when it is not
    /// confirmed (`--yes`), the note when it is; nil when it is the same record.
    static func anotherRecord(
        _ kind: RecordKind, id: String, stored: JSONValue, row: JSONValue, _ resolver: NameResolver
    ) -> (problem: Message, note: Message)? {
        // A field the row leaves out is told missing by the decoder, not as another record.
        let fields = (identity[kind] ?? []).filter { row[path: $0] != nil }
        func differs(_ field: String) -> Bool {
            guard field == "name", case .string(let was)? = stored[path: field],
                case .string(let now)? = row[path: field]
            else { return stored[path: field] != row[path: field] }
            return !sameName(was, now, kind)
        }
        guard fields.contains(where: differs) else { return nil }
        // Two organizations of one name, each with its id (helper-200: before and after shown alike).
        let alike = ["conductor", "organization"].filter { key in
            guard case .string(let was)? = stored[path: key], case .string(let now)? = row[path: key], was != now
            else { return false }
            return resolver.organizationName(was) == resolver.organizationName(now)
        }
        func described(_ record: JSONValue) -> (zh: String, en: String) {
            func text(_ key: String, _ language: Language) -> String? {
                switch record[path: key] {
                case .string(let value)? where alike.contains(key):
                    "\(resolver.organizationName(value).inline) (\(value.inline))"
                case .string(let value)? where ["conductor", "organization"].contains(key):
                    resolver.organizationName(value).inline
                // (A name in a problem's words described: 王伟强奸 renaming 王伟, helper-266.)
                case .string(let value)? where key == "name" && holdsProblemWords(value):
                    language == .zh ? Sheet.described(value).zh : Sheet.described(value).en
                // (A kind in the message's language: 定期谈话, not regular, in Chinese: helper-219.)
                case .string(let value)?:
                    SheetColumns.of(kind).first { $0.key == key }.map { cellText(.string(value), $0.cell, language) }?
                        .inline ?? value.inline
                case .number(let value)?: value
                default: nil
                }
            }
            func said(_ language: Language) -> (parties: String, details: [String]) {
                (
                    [text("name", language), text("conductor", language), text("organization", language)]
                        .compactMap { $0 }.joined(separator: " → "),
                    [
                        fields.contains("kind") ? text("kind", language) : nil,
                        text("held", language) ?? text("year", language) ?? text("on", language),
                    ].compactMap { $0 }
                )
            }
            let (zh, en) = (said(.zh), said(.en))
            return (
                zh.parties + (zh.details.isEmpty ? "" : "（\(zh.details.joined(separator: "，"))）"),
                en.parties + (en.details.isEmpty ? "" : " (\(en.details.joined(separator: ", ")))")
            )
        }
        let (was, now) = (described(stored), described(row))
        return (
            Message(
                zh: "编号 \(id.quotedInChinese) 已是另一条\(kind.singular.zh)：\(was.zh)；本行是 \(now.zh)。"
                    + "若“编号”是行号，请给每条记录一个不变的编号；确是更正同一条记录的，请加 --yes 再导入",
                en: "id \(id.quoted) is another \(kind.singular.en) already: \(was.en); this row is \(now.en). "
                    + "If 编号 numbers the rows, give each record an id of its own that does not change; to correct "
                    + "the same record, add --yes and import again"),
            Message(
                zh: "编号 \(id.quotedInChinese) 的\(kind.singular.zh)已按 --yes 更正：原为 \(was.zh)，现为 \(now.zh)",
                en: "\(kind.singular.en) \(id.quoted) corrected as --yes confirms: it was \(was.en), it is \(now.en)")
        )
    }

    /// The first day of a post's or term's days written to now (2021.6.1—至今, 2021年6月1日至今,
    /// 2021.6.1-今), nil for any other text.
    static func untilNowStart(_ text: String) -> String? {
        let compact = OfficeText.compact(text)
        guard let now = untilNow.sorted(by: { $0.count > $1.count }).first(where: compact.hasSuffix) else { return nil }
        var start = compact.dropLast(now.count)
        // (至今 holds its own 至; 今 and 现在 follow a dash or 至.)
        while let last = start.last, "-—–~～至起".contains(last) { start = start.dropLast() }
        return start.isEmpty || start.count == compact.count ? nil : String(start)
    }

    /// The kind of talk a section heading names, if it names one only (一、定期谈话, （二）及时谈话情况,
    /// 定期谈话（共1次）, 2026年度定期谈话台账): its identifier. Named in its words, a remark in brackets
    /// after them aside (一、定期谈话（不含及时谈话）, 定期谈话（附表）: helper-219); none when they say
    /// the talks are kept elsewhere (及时谈话另表填报, 及时谈话（详见另表）: helper-218).
    fileprivate static func sectionKind(_ heading: String) -> String? {
        // (Its number aside: 第一部分 is no "partly", helper-216; brackets around it all, 【定期谈话】.)
        var words = Substring(sectionWords(heading).words)
        if let open = words.first, let close = words.last, ["(": ")", "【": "】", "[": "]", "〔": "〕"][open] == close {
            words = words.dropFirst().dropLast()
        }
        guard !elsewhereWords.contains(where: words.contains) else { return nil }
        let named = withoutRemark(words)
        // Talks not held: a remark saying so (定期谈话（待开展）, （取消）), or a name of a plan of them
        // (定期谈话安排, 拟开展定期谈话): helper-224, stored as held. Not a word of it among others
        // (定期谈话（按年度计划开展）, （待整改）: helper-225, refused).
        let remarks = words[named.endIndex...].split { "()【】[]〔〕，,。".contains($0) }.map(String.init)
        guard !remarks.contains(where: notHeldRemarks.contains),
            !["计划", "安排", "计划安排"].contains(where: named.hasSuffix), !["拟", "未", "待"].contains(where: named.hasPrefix)
        else { return nil }
        let kinds = TalkKind.everydayNames.values(namedIn: String(named))
        guard kinds.count == 1 else { return nil }
        // A remark naming another kind it holds too (定期谈话台账（含及时谈话）) names none; one leaving
        // it out (（不含及时谈话）) names the first (helper-224: every row stored as regular).
        let remark = String(words[named.endIndex...])
        let others = TalkKind.everydayNames.values(namedIn: remark).filter { $0 != kinds[0] }
        guard others.isEmpty || ["不含", "不包括", "不包含", "除"].contains(where: remark.contains) else { return nil }
        return kinds[0]
    }

    /// Words saying talks are kept elsewhere.
    private static let elsewhereWords = ["另表", "另行", "另附", "见附表", "见附件", "见表", "另册"]

    /// A heading's remark saying its talks are not held (yet): planned, put off, cancelled, void. A
    /// heading, title or tab with one names no kind of talk held, as a 谈话类型 cell is refused.
    private static let notHeldRemarks: Set = [
        "待开展", "尚未开展", "未开展", "暂未开展", "没开展", "不开展", "不再开展", "拟开展", "计划", "计划中", "待定", "取消", "已取消",
        "延期", "延后", "暂缓", "暂停", "推迟", "改期", "缓谈", "免谈", "筹备中", "预计", "作废", "撤销", "未完成",
    ]

    /// `words` without the remarks in brackets at their end (定期谈话（附表）, 台账（1-6月）。).
    private static func withoutRemark(_ words: Substring) -> Substring {
        var words = words
        while let last = words.last, "。.；;，,".contains(last) { words = words.dropLast() }
        while let close = words.last, let open = [")": Character("("), "】": "【", "]": "[", "〕": "〔"][close],
            let start = words.lastIndex(of: open), start != words.startIndex
        {
            words = words[..<start]
            while let last = words.last, "。.；;，,".contains(last) { words = words.dropLast() }
        }
        return words
    }

    /// The kind of talk a ledger's title or its tab's name names (江州市委2026年度及时谈话台账, 附表1
    /// …台账（1-6月）, a tab 及时谈话, 及时谈话 (2), 2026年及时谈话): a name ending as a ledger's does
    /// (台账, 台帐, 登记表, 开展情况 …), its remarks aside, or the kind's words alone, a year before them, with no
    /// label before a colon but an attachment's (说明：…, 注：…, instructions: helper-218, 注：及时谈话
    /// 另行统计 made every row timely), no word of talks kept elsewhere, and none of talks not held
    /// (计划表, 提醒表: helper-219, planned talks stored as held); nil otherwise.
    fileprivate static func ledgerKind(_ title: String) -> String? {
        var words = Substring(OfficeText.compact(title))
        // An attachment's label before it (附表1, 附件2：).
        if let label = words.firstMatch(of: /^附[件表][0-9一二三四五六七八九十]*[:]?/) { words = words[label.range.upperBound...] }
        // (A ledger of planned talks, a plan's or a reminder's table, names none: helper-219; not one
        // of talks held mentioning a plan, 定期谈话（计划内）台账: helper-225.)
        guard !words.contains(":"), !["提醒", "拟"].contains(where: words.contains), let kind = sectionKind(String(words))
        else { return nil }
        let stem = ["表", "清单", "台账", "台帐"].reduce(withoutRemark(words)) {
            $0.hasSuffix($1) ? $0.dropLast($1.count) : $0
        }
        guard !["计划", "安排"].contains(where: stem.hasSuffix) else { return nil }
        // (Its outer brackets aside, 【定期谈话台账】, as a heading's: helper-225.)
        var name = withoutRemark(words)
        if let open = name.first, let close = name.last,
            ["(": ")", "【": "】", "[": "]", "〔": "〕", "《": "》"][open] == close
        {
            name = name.dropFirst().dropLast()
        }
        // (…开展情况, …完成情况: a report of talks held, helper-227, refused.)
        let ledger = (titleWords + ["表", "台账", "台帐", "清单", "名册", "统计", "登记", "汇总", "情况"]).contains(
            where: name.hasSuffix)
        let bare = name.replacing(/^\d{4}年度?/, with: "")
        let alone = TalkKind.allCases.contains {
            [$0.label.zh, String($0.label.zh.dropLast(2))].contains(String(bare))
        }
        return ledger || alone ? kind : nil
    }

    /// A section heading's words after its number (一、, （一）, 第一部分), compacted, and whether
    /// the number is of the first level (none, 一、, 第一部分), which ends the sections above, where a
    /// lower one (（一）) is inside them.
    fileprivate static func sectionWords(_ heading: String) -> (words: Substring, first: Bool) {
        let numerals = Set("一二三四五六七八九十")
        var text = Substring(OfficeText.compact(heading))
        if text.hasPrefix("("), let close = text.firstIndex(of: ")") {
            // (A number in brackets; words in them are the heading's own, （定期谈话）: helper-219.)
            let inside = text[text.index(after: text.startIndex)..<close]
            let numbered = !inside.isEmpty && inside.allSatisfy { numerals.contains($0) || $0.isNumber }
            return (numbered ? text[text.index(after: close)...] : text, false)
        } else if text.hasPrefix("第"), let part = text.firstIndex(of: "分"), text[..<part].hasSuffix("部") {
            return (text[text.index(after: part)...], true)
        }
        text = text.drop { numerals.contains($0) }
        if let mark = text.first, "、.".contains(mark) { text = text.dropFirst() }
        return (text, true)
    }

    /// The organization a section heading names (一、江东省委, （二）江州市委, 第一部分 海西州委,
    /// 一、海西州委开展的谈话), if it names one, or the level of committee it names by a word alone
    /// (一、省委开展的谈话, 市委书记开展的谈话); and whether the heading is of the first level (一、,
    /// 第一部分, a title), which ends the sections above, where a lower one (（一）) is inside them.
    fileprivate static func sectionOrganization(_ heading: String, _ resolver: NameResolver) -> (
        organization: String?, levels: Set<Level>, first: Bool
    ) {
        let (text, first) = sectionWords(heading)
        let organization = text.isEmpty ? nil : resolver.organization(beginning: String(text))
        let levels = organization == nil ? committeeLevels.first { text.hasPrefix($0.word) }?.levels ?? [] : []
        return (organization, levels, first)
    }

    /// Characters that show nothing: zero-width spaces and joiners, the word joiner, a byte-order mark.
    static let invisibleMarks: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]

    /// Whether a remark (备注) says its row's record was voided or entered twice (此条作废, 【作废】,
    /// 误录, 与第3行重复, 请删除, VOID), or for a talk that it was not held (未开展, 待开展): one of
    /// its clauses, a label, number or bracket around it aside, says no more than that (a talk's not
    /// being held may go on as a postponement: 未开展谈话, 未开展拟12月), and nothing in the remark
    /// says the record stands (非作废, 以本条为准, 已开展, 改为…, 误录已更正). A clause going on with what else was not done or was cancelled (未开展自查,
    /// 取消原定9月安排, 撤销原处分后谈话, 删除线误加) is no voiding (helper-129); a plan item or
    /// trigger not yet carried out (待开展, 未开展谈话) is pending, not void.
    static func voids(_ remark: String, _ kind: RecordKind) -> Bool {
        // (Control characters show nothing: 此条作废 with a BEL after it is 此条作废; helper-131.)
        let text = String(
            String.UnicodeScalarView(
                OfficeText.compact(remark).lowercased().unicodeScalars.filter {
                    $0.properties.generalCategory != .control
                }))
        let standing = [
            "已开展", "按期开展", "改于", "改为", "已谈", "补谈", "已完成", "已于", "本条有效", "以本条为准", "已更正", "已改正", "误加",
            "非作废", "非重复", "不重复", "不存在", "取消作废", "撤销作废",
        ]
        // (A question asks, it does not void: 作废？ helper-130.)
        guard !standing.contains(where: text.contains), !text.contains("?") else { return false }
        let void = [
            "作废", "作廢", "已作废", "此条作废", "本条作废", "此行作废", "该条作废", "废止", "已废止", "无效", "此条无效", "不作数", "不计入",
            "此条不算", "误录", "错录", "录错", "录错了", "录入错误", "录入有误", "登记错误", "填错", "重复", "重复录入", "重复登记", "重复填报",
            "删除", "请删除", "应删除", "已删除", "此条删除", "撤销", "已撤销", "撤回", "已撤回", "取消", "已取消", "谈话取消", "因故取消",
            "已作廢", "此條作廢", "谈话已取消", "本次谈话取消", "该谈话已取消", "取消谈话", "录入重复", "系重复录入", "void", "deleted",
            "duplicate", "dup", "cancelled", "canceled",
        ]
        // The ends of a clause that void it whatever comes before (该情形已作废, 本年度不再开展, 与上条重复).
        let voidingEnds = ["作废", "不再开展", "重复"]
        let notHeld =
            kind != .talks
            ? []
            : [
                "未开展", "暂未开展", "尚未开展", "没有开展", "未召开", "未进行", "未举行", "未谈", "没谈", "未实施", "待开展", "计划中",
                "因故未谈", "暂缓开展",
            ]
        // What may follow a word of a talk not held in its clause: how it was put off.
        let after = ["谈话", "延期", "推迟", "改期", "拟", "因"]
        let clauses = text.split { ",.;:、。，；：!！-".contains($0) }.map { clause in
            // A label, a number or a bracket before it, a remark in brackets after it: 注：, 1., 【作废】,
            // 作废（重复）, 未开展（换届）.
            clause.drop { "0123456789([【〔<《\"'".contains($0) }.prefix { !"([【〔<《)]】〕>》\"'".contains($0) }
        }
        return clauses.contains { clause in
            void.contains { clause == $0 || ($0.allSatisfy(\.isASCII) && clause.hasPrefix($0)) }
                || notHeld.contains { word in
                    clause.hasPrefix(word)
                        && (clause.count == word.count || after.contains(where: clause.dropFirst(word.count).hasPrefix))
                }
                // 谈话未开展, 本年度未开展, 因换届未开展; not 自查未开展, something else not done.
                || (kind == .talks && clause.hasSuffix("未开展")
                    && (clause.contains("谈话") || clause.hasPrefix("本年") || clause.hasPrefix("因")))
                || voidingEnds.contains { end in
                    clause.hasSuffix(end) && !["不", "非", "未"].contains(where: clause.dropLast(end.count).hasSuffix)
                        && !clause.hasPrefix("重复") && clause.count > end.count
                }
        }
    }

    /// What a cell writes for "the same as the cell above" (同上, ditto marks, also as the double
    /// prime ″ and the quotes ＂ and ” that stand for one: helper-141, helper-142, stored as an id
    /// or told as an unknown person).
    static let sameAsAbove: Set<String> = [
        "同上", "同上。", "同上述", "同上条", "〃", "″", "＂", "”", "“", "〞", "同前", "\"", "''", "仝上",
    ]

    /// The words for a committee of a level (a 市委 may be a county-level city's).
    static let committeeLevels: [(word: String, levels: Set<Level>)] = [
        ("党中央", [.central]), ("中央", [.central]), ("省委", [.province]), ("自治区党委", [.province]),
        ("市委", [.city, .county]), ("州委", [.city]), ("盟委", [.city]), ("地委", [.city]), ("县委", [.county]),
        ("区委", [.city, .county]), ("旗委", [.county]), ("乡党委", [.township]), ("镇党委", [.township]),
        ("乡镇党委", [.township]), ("街道党工委", [.township]),
    ]

    /// Whether two headers (`headerKey`s) are the days of two events, not one mistyped: both end
    /// 日期 or 时间 and what comes before, as long in both, is another word: shorter than four
    /// characters, or more than one of them other (谈话通知日期 is no 谈话结束日期, 填报日期 no 通报日期:
    /// helper-254, each suggested, and the deadlines run from the one, the other a report's day;
    /// 整改措施报高日期 is 整改措施报告日期, and 上报日期 may be either report's).
    static func isAnotherEventsDay(_ header: String, _ other: String) -> Bool {
        guard let suffix = ["日期", "时间"].first(where: header.hasSuffix),
            ["日期", "时间"].contains(where: other.hasSuffix)
        else { return false }
        let (event, otherEvent) = (Array(header.dropLast(suffix.count)), Array(other.dropLast(2)))
        guard event != otherEvent, event.count == otherEvent.count else { return false }
        return event.count < 4 || zip(event, otherEvent).filter { $0 != $1 }.count > 1
    }

    /// `talkeesPostRefusal` for a talk's row as read: its organization, or where it gives none, the
    /// one its talkee was the secretary of on the day held, if only one.
    fileprivate static func talkeesPostRefusal(
        _ post: String, of record: JSONValue, _ lookup: DatasetLookup, _ resolver: NameResolver,
        besideTheName: Bool = false
    ) -> Message? {
        let string = { (key: String) -> String? in
            if case .string(let text)? = record[path: key] { text } else { nil }
        }
        let talkee = string("talkee")
        let day = string("held").flatMap(CivilDate.init)
        guard
            let organization = string("organization")
                ?? talkee.flatMap({ talkee in
                    day.map { lookup.organizations(ledBy: talkee, on: $0) }.flatMap { $0.count == 1 ? $0[0] : nil }
                })
        else { return nil }
        return try? talkeesPostRefusal(
            post, talkee: talkee, organization: organization, held: day, kind: string("kind"), in: lookup, resolver,
            besideTheName: besideTheName)
    }

    /// The filled cells of a row (compacted) as one line where they are a foot's label alone and
    /// what follows it in the next cell (说明：| 干部选拔不规范 is 说明:干部选拔不规范), else as they are.
    fileprivate static func labelledLine(_ words: [String]) -> [String] {
        guard words.count == 2, let (label, value) = footLabel(words[0]), value?.isEmpty ?? true, isFootLabel(label)
        else { return words }
        return [label + ":" + words[1]]
    }

    /// The note of a column of remarks, the `i`th, headed `shown`: not imported.
    fileprivate static func remarksNote(_ i: Int, _ shown: String) -> Message {
        Message(
            zh: "\(CSV.columnName(i)) 列（\(shown)）是备注，不导入",
            en: "column \(CSV.columnName(i)) (\(shown)) holds remarks and is not imported")
    }

    /// The situations (情形, Art. 8) a talk's 及时谈话情形 cell names instead of triggers' ids
    /// (信访举报问题较多, （一）, 信访举报、重大案件), nil when it names anything else.
    fileprivate static func situationsNamed(_ text: String, _ resolver: NameResolver) -> [TriggerKind]? {
        let pieces = text.split { "、，,;；\n".contains($0) }.map { String($0).trimmed }.filter { !$0.isEmpty }
        let kinds = pieces.compactMap { piece -> TriggerKind? in
            guard case .success(.string(let raw)) = value(piece, .of(TriggerKind.self), resolver) else { return nil }
            return TriggerKind(rawValue: raw)
        }
        return !pieces.isEmpty && kinds.count == pieces.count ? kinds : nil
    }

    /// The stored triggers a talk's situations name: for each, the one trigger of that situation
    /// noted at the talk's organization on or before the day held (helper-269: refused as no
    /// name); a refusal naming the candidates where there is none or more than one.
    fileprivate static func triggersOfSituations(_ kinds: [TriggerKind], _ record: JSONValue, _ lookup: DatasetLookup)
        -> (ids: [String], refusal: Message?)
    {
        guard case .string(let organization)? = record[path: "organization"],
            case .string(let held)? = record[path: "held"],
            let day = CivilDate(held)
        else {
            return (
                [],
                Message(
                    zh: "写的是及时谈话的情形，不是情形的编号：请填写情形的编号（如 TR26-01）",
                    en: "gives a situation, not a trigger's id: give the trigger's id (such as TR26-01)")
            )
        }
        var ids: [String] = []
        for kind in kinds {
            let noted = lookup.dataset.triggers.filter {
                $0.organization == organization && $0.kind == kind && $0.on <= day
            }
            guard noted.count == 1 else {
                let listed = noted.map { "\($0.id.inline)（\($0.on)）" }
                return (
                    [],
                    Message(
                        zh: "写的是情形“\(kind.label.zh)”，不是情形的编号；该单位在 \(day) 之前"
                            + (noted.isEmpty ? "没有登记这一情形" : "登记了 \(noted.count) 项：\(listed.joined(separator: "、"))")
                            + "：请填写情形的编号",
                        en: "gives the situation \(kind.rawValue), not a trigger's id; the organization has "
                            + (noted.isEmpty
                                ? "no trigger of it noted by \(day)"
                                : "\(noted.count) noted by \(day): \(noted.map { "\($0.id.inline) (\($0.on))" }.joined(separator: ", "))")
                            + "; give the trigger's id")
                )
            }
            ids.append(noted[0].id)
        }
        return (ids, nil)
    }

    /// Fills in a talk's conductor and talkee as `talks record` does, when the row leaves them
    /// out and its organization and day are readable. Says what it filled, or why the talkee
    /// could not be.
    fileprivate static func fillDefaults(
        _ record: inout JSONValue, lookup: DatasetLookup, reported: inout Set<String>, path: String
    ) throws -> (conductor: Bool, talkee: Bool, organization: Bool, problems: [Problem]) {
        var filled: (conductor: Bool, talkee: Bool, organization: Bool, problems: [Problem]) = (false, false, false, [])
        // An organization left blank beside its talkee is the one the talkee was secretary of on the
        // day held, when that is one: the talkee is filled in from it the other way round (Art. 7).
        if record[path: "organization"] == nil, !reported.contains(path + "organization"),
            case .string(let talkee)? = record[path: "talkee"], case .string(let held)? = record[path: "held"],
            let day = CivilDate(held), case let led = lookup.organizations(ledBy: talkee, on: day), led.count == 1,
            // (Only one below the conductor given: 周正, the province's secretary, under 江州市委's talk
            // was filled in as its parent, helper-270.)
            record[path: "conductor"].map({ $0 == .string(lookup.organization(led[0])?.parent(on: day) ?? "") })
                != false
        {
            record[path: "organization"] = .string(led[0])
            filled.organization = true
        }
        // Without the organization or the day, the blank cells could not be filled: that fault is
        // the row's one message, not "required field is missing" for each blank.
        func unfillable() {
            for field in ["conductor", "talkee"] where record[path: field] == nil { reported.insert(path + field) }
        }
        guard case .string(let organization)? = record[path: "organization"],
            case .string(let held)? = record[path: "held"], let day = CivilDate(held)
        else {
            // A blank one is told as missing; the blanks it leaves unfilled are no faults of their own.
            unfillable()
            return filled
        }
        guard lookup.exists(.organizations, id: organization) else {
            unfillable()
            // Told at its cell already when the sheet has the column (`unknownReference`); an id
            // that could be no record's (too long, a control character) is the decoder's to tell.
            if !reported.contains(path + "organization"),
                let unknown = unknownReference(.string(organization), .organization, lookup)
            {
                filled.problems.append(Problem(path + "organization", unknown))
                reported.insert(path + "organization")
            }
            return filled
        }
        /// Fills a blank `field` with `value`, or tells `missing` there when there is none to fill.
        func fill(_ field: String, _ value: () throws -> String?, else missing: Message) throws -> Bool {
            guard record[path: field] == nil, !reported.contains(path + field) else { return false }
            if let value = try value() {
                record[path: field] = .string(value)
                return true
            }
            filled.problems.append(Problem(path + field, missing))
            reported.insert(path + field)
            return false
        }
        // Named as the clerk wrote it, its id beside (helper-238: `"gzw"` alone).
        let name = lookup.organization(organization)?.name ?? organization
        let named = (
            zh: "\(name.quotedInChinese)（\(organization.inline)）", en: "\(name.quoted) (\(organization.inline))"
        )
        // The root committee, or one not yet placed on the day, has no parent to fill in.
        filled.conductor = try fill(
            "conductor", { try TalkDefaults.conductor(of: organization, on: day, in: lookup) },
            else: Message(
                zh: "未填开展谈话的党委，且 \(named.zh) 在 \(day) 没有上级党组织可填；请填写开展谈话的党委",
                en: "no conductor given, and \(named.en) has no parent on \(day) to fill in; give the conductor"
            ))
        // (Only a supervision talk's: a 任前谈话 is held with the one to be appointed, not the
        // sitting secretary, who was filled in.)
        let kind = record[path: "kind"].flatMap { if case .string(let kind) = $0 { kind } else { nil } }
        filled.talkee = try fill(
            "talkee",
            {
                TalkDefaults.fillsTalkee(kind: kind)
                    ? try TalkDefaults.talkee(of: organization, on: day, in: lookup) : nil
            },
            else: TalkDefaults.fillsTalkee(kind: kind)
                ? Message(
                    zh: "未填被谈话人，且未登记 \(named.zh) 在 \(day) 的书记；请填写被谈话人",
                    en: "no talkee given, and no secretary of \(named.en) is recorded on \(day); give the talkee")
                : TalkDefaults.noTalkee(ofKind: kind))
        return filled
    }

    /// The organization and day that settle a name several records bear: a talk's talkee held a
    /// post in its organization, its talker in the conductor, on the day held; its organization
    /// was under the conductor that day. A conductor left blank is the one `fillDefaults` fills
    /// in, the organization's parent that day, as `talks record` settles `--talker` by it. A plan
    /// item's talker held a post in its conductor some day of the plan's year up to its deadline
    /// (the year's end when none is given); its organization was under it on the last.
    fileprivate static func settling(
        _ key: String, _ kind: RecordKind, _ record: JSONValue, _ lookup: DatasetLookup
    ) throws -> (String?, ClosedRange<CivilDate>)? {
        // A trigger's organization by the day it was noted: of namesakes, the one that existed.
        if kind == .triggers, key == "organization", case .string(let on)? = record[path: "on"], let day = CivilDate(on)
        {
            return (nil, day...day)
        }
        if kind == .plans, ["talker", "organization"].contains(key),
            case .string(let conductor)? = record[path: "conductor"],
            case .number(let year)? = record[path: "year"], let year = Int(year),
            let days = Plan.days(
                ofYear: year,
                due: record[path: "due"].flatMap { if case .string(let due) = $0 { CivilDate(due) } else { nil } })
        {
            return (conductor, days)
        }
        let organizations = ["talkee": "organization", "talker": "conductor", "organization": "conductor"]
        guard kind == .talks, let field = organizations[key], case .string(let held)? = record[path: "held"],
            let day = CivilDate(held)
        else { return nil }
        if case .string(let organization)? = record[path: field] { return (organization, day...day) }
        // An organization without its conductor: of namesakes, the one that existed on the day.
        if key == "organization" { return (nil, day...day) }
        guard key == "talker", case .string(let organization)? = record[path: "organization"] else { return nil }
        return try TalkDefaults.conductor(of: organization, on: day, in: lookup).map { ($0, day...day) }
    }

    /// Of the people of a name in a roster's row, the one whose stored post the row gives (the
    /// organization, post and first day): a roster imported again after a namesake was added
    /// (helper-112: refused, naming both); nil for another kind, a post not stored, or several.
    fileprivate static func storedPostsHolder(
        _ ids: [String], _ text: String, _ record: JSONValue, _ kind: RecordKind, _ lookup: DatasetLookup
    ) -> (id: String, note: Message)? {
        guard kind == .appointments, case .string(let organization)? = record[path: "organization"],
            case .string(let role)? = record[path: "role"], case .string(let from)? = record[path: "from"]
        else { return nil }
        let holders = Set(
            lookup.appointments(of: organization).filter {
                $0.role.rawValue == role && $0.from.description == from && ids.contains($0.person)
            }.map(\.person))
        guard holders.count == 1, let holder = holders.first else { return nil }
        return (
            holder,
            Message(
                zh: "有 \(ids.count) 人名为 \(text.quoted)，取其任职即本行的 \(holder.inline)",
                en:
                    "\(ids.count) people are named \(text.quoted); took \(holder.inline), whose stored post the row gives"
            )
        )
    }

    /// The key of the record without an id a row gives (`Appointment.recordKey`, `Term.recordKey`).
    static func recordKey(_ kind: RecordKind, _ record: JSONValue) -> String? {
        func text(_ key: String) -> String? {
            if case .string(let text)? = record[path: key] { text } else { nil }
        }
        guard let organization = text("organization"), let from = text("from") else { return nil }
        switch kind {
        case .appointments:
            guard let person = text("person"), let role = text("role") else { return nil }
            return "\(DatasetEncoder.keyComponent(person))/\(DatasetEncoder.keyComponent(organization))/\(role)/\(from)"
        case .terms: return "\(DatasetEncoder.keyComponent(organization))/\(from)"
        default: return nil
        }
    }

    /// "rows 1, 2, 5–9" / "1、2、5至9": three or more rows in a row written as a range, and at
    /// most 20 items, then how many rows more ("rows 3, 6 and 24,998 more" / "3、6 等共 25000"),
    /// so a ledger of 25,000 rows each skipped is told in one short line.
    static func rowList(_ numbers: [Int], zh: Bool) -> String {
        var runs: [ClosedRange<Int>] = []
        for number in numbers {
            if let last = runs.last, number == last.upperBound + 1 {
                runs[runs.count - 1] = last.lowerBound...number
            } else {
                runs.append(number...number)
            }
        }
        // A run of two is two rows, as it reads best.
        let items = runs.flatMap { run in
            switch run.count {
            case 1: [(text: "\(run.lowerBound)", count: 1)]
            case 2: [("\(run.lowerBound)", 1), ("\(run.upperBound)", 1)]
            default: [("\(run.lowerBound)\(zh ? "至" : "–")\(run.upperBound)", run.count)]
            }
        }
        return (zh ? "" : numbers.count == 1 ? "row " : "rows ") + Message.listed(items, zh: zh)
    }

}

extension Sheet {
    /// A note of one row of a sheet (`row`, its number as the spreadsheet shows it).
    struct RowNote: Sendable {
        let row: Int
        let note: Message
    }

    /// Notes told row by row (a name settled, a stored record corrected, a likely second record):
    /// the first 20, then one saying how many more, so a ledger of 25,000 rows is not told in
    /// 25,000 lines.
    public struct RowNotes: Sendable {
        private var told: [Message] = []
        private var more = 0

        public init() {}

        public mutating func append(_ note: Message) {
            if told.count < 20 { told.append(note) } else { more += 1 }
        }

        /// The notes kept, and how many more there were.
        public var all: [Message] {
            more == 0 ? told : told + [Message(zh: "……另有 \(more) 条同类说明", en: "… and \(more) more like these")]
        }
    }

    /// The forms of an id of digits with leading zeros (`7`: `07` … `00000007`, eight digits at
    /// most), one a spreadsheet may have saved it as (a CSV opened in Excel drops them); none for
    /// another id.
    static func zerosPutBack(_ id: String) -> [String] {
        // (042 still has a leading zero: no spreadsheet wrote it for 0042.)
        guard (1..<8).contains(id.count), id.first != "0", id.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return []
        }
        return (id.count + 1...8).map { String(repeating: "0", count: $0 - id.count) + id }
    }

    /// A row's cells with a day written in three (`parts`: the year's, month's and day's columns)
    /// as one in the first (`2026年3月5日`), the other two emptied; three empty cells stay empty.
    static func joiningDay(_ cells: [String], _ parts: [Int]) -> [String] {
        var cells = cells
        let values = parts.map { $0 < cells.count ? cells[$0].trimmed : "" }
        guard values.contains(where: { !$0.isEmpty }) else { return cells }
        for column in parts.dropFirst() where column < cells.count { cells[column] = "" }
        // 无, 未报送, / in each or some of the three: no day yet, as in one cell.
        let said = values.filter { !$0.isEmpty }
        if said.allSatisfy({ isNoneYet(OfficeText.compact($0)) || untilNow.contains(OfficeText.compact($0)) }) {
            cells[parts[0]] = said[0]
            return cells
        }
        cells[parts[0]] = zip(values, ["年", "月", "日"]).map { value, unit in
            value.isEmpty || value.hasSuffix(unit) ? value : value + unit
        }.joined()
        return cells
    }
}

/// What a sheet's rows read as.
extension Sheet {
    /// What the sheet's rows read as, and how to name the place of a problem.
    public struct Reading: Sendable {
        public let kind: RecordKind
        /// A dataset-format document of the rows, for `DatasetDecoder`.
        public let document: JSONValue
        /// Problems found in the cells themselves (an unreadable yes/no, an ambiguous name).
        public let problems: [Problem]
        /// What was read otherwise than as written, for standard error: rows above the header,
        /// blank and total rows skipped, a remarks column ignored, names settled.
        public let notes: [Message]
        /// What the rows change in stored records beyond their cells, row by row: a correction
        /// `--yes` confirms (`anotherRecord`), a moved talk's plan item and triggers dropped, a
        /// history kept or left out, a plain 委员 stored as a member. Said once the sheet is
        /// written (`corrections(leavingOut:)`), as a refused import changed nothing.
        let rowCorrections: [RowNote]
        /// The values the rows' blanks were filled in with (a conductor, a talkee, 同上's, a
        /// stored value a blank kept), each note of the whole sheet.
        let filledIn: [Message]
        /// The rows whose transfer's first day is written in a column of its own (上级组织起始日期,
        /// 划转日期): a problem with the day their last former parent ends, the day before, is shown
        /// there (helper-120: at 原上级组织, or at 上级组织, where no day was written).
        let transferDayRows: Set<Int>
        /// Each record's top-level fields its row leaves to the stored record (a blank cell, or no
        /// column for them): a problem with one says it is the stored value, and how to change it.
        let keptStored: [Set<String>]
        /// The sheet's row of each record of `document`, in its order.
        public let rowNumbers: [Int]
        /// The rows below the header skipped as holding no record (blank, a total, a foot).
        public let skippedRows: Set<Int>
        /// The header as written in the sheet, and the column it names, by position.
        let columns: [(header: String, column: SheetColumn?)]
        /// The JSON paths (`talks[0].talkee`) of the cells already reported in `problems`.
        let reported: Set<String>
        /// The workbook sheet the rows came from, which names every place (`台账!E5`); nil for CSV.
        let sheet: String?

        /// What the rows changed beyond their cells, to be said once the sheet is written: the
        /// corrections of every row but `rows` (those whose record the store already held
        /// unchanged, told when it was first written: a weekly import of the whole roster repeated
        /// each one), the first 20 and then how many more, and the values filled in.
        public func corrections(leavingOut rows: Set<Int> = []) -> [Message] {
            var told = RowNotes()
            for correction in rowCorrections where !rows.contains(correction.row) { told.append(correction.note) }
            return told.all + filledIn
        }

        /// The decoder's problems less those about a cell already reported: a refused name
        /// leaves its field out, and "required field is missing" would be a second message for
        /// the same cell.
        /// A problem is about a reported cell when its path is the cell's or lies inside it
        /// (`talks[0].measures.reported` inside `talks[0].measures`): each prefix of its path that
        /// ends before a `.` or `[` is looked up, so a sheet of 25,000 rows each with a problem is
        /// filtered in linear time, not in the square of its rows.
        public func unreported(_ problems: [Problem]) -> [Problem] {
            problems.filter { problem in
                let location = problem.location
                if reported.contains(location) { return false }
                // A history refused (原上级组织, 上级组织起始日期) leaves the parent's days unknown: what
                // is said of the parent then (a stored plan item stranded, a level not above) follows
                // from a history not written (helper-240: told twice, the second of no real change).
                if location.hasSuffix(".parent") {
                    let record = location.dropLast("parent".count)
                    if reported.contains(record + "formerParents") || reported.contains(record + Sheet.parentFromKey) {
                        return false
                    }
                }
                for index in location.indices where location[index] == "." || location[index] == "[" {
                    if reported.contains(String(location[..<index])) { return false }
                }
                return true
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
                (endsBeforeTheTransfersDay(index, field)
                    ? columns.firstIndex { $0.column?.key == Sheet.parentFromKey } : nil)
                ?? position
                ?? columns.firstIndex { entry in entry.column.map { $0.key.hasPrefix(field + ".") } ?? false }
                // A range of days' last day, at the column it was written in (谈话日期 2026年3月5日至6日).
                ?? columns.firstIndex { $0.column?.lastDay == field }
                ?? (field.hasPrefix("formerParents")
                    ? columns.firstIndex { [Sheet.parentFromKey, "parent"].contains($0.column?.key ?? "") } : nil)
            let place: CellReference.Place
            if let shown {
                place = Sheet.place(row: row, column: shown, header: columns[shown].header, sheet: sheet)
            } else if field.isEmpty {
                place = Sheet.place(row: row)
            } else {
                // (An item of a list the sheet has no column for is named by the list's: helper-122,
                // "no column triggers[0]".)
                let key = String(field.prefix { $0 != "[" })
                let header = SheetColumns.of(kind).first { $0.key == field || $0.key == key }?.zh ?? field
                place = CellReference.Place(
                    CellReference(row: row, column: nil),
                    Message(zh: "第 \(row) 行（缺少“\(header)”列）", en: "row \(row) (no column \(header))"))
            }
            return Problem(
                place,
                Message(
                    zh: rowsNamed(problem.message.zh, zh: true) + kept(index, field).zh,
                    en: rowsNamed(problem.message.en, zh: false) + kept(index, field).en))
        }

        /// What a problem at `field` of the record at `index` adds where the field is the stored
        /// record's, the row leaving it blank (a measures' day before the talk's corrected day): that
        /// it is, and how a follow-up is removed (`talks measures --clear M1`), as `record --replace` says.
        private func kept(_ index: Int, _ field: String) -> Message {
            let top = String(field.prefix { $0 != "." && $0 != "[" })
            guard index < keptStored.count, keptStored[index].contains(top) else { return Message(zh: "", en: "") }
            let id = document[path: kind.rawValue].flatMap { records -> String? in
                guard case .array(let all) = records, index < all.count, case .string(let id)? = all[index][path: "id"]
                else { return nil }
                return id
            }
            let command = ["measures": "measures", "report": "rectification", "archive": "archive"][top]
            let clear = command.flatMap { command in id.map { pasteableCommand(command, "--clear", operand: $0) } }
            return Message(
                zh: "（本行未填，是已存储的值\(clear.map { "；删除请运行 \($0)" } ?? "")）",
                en: " (the stored value: the row leaves it blank\(clear.map { "; remove it with \($0)" } ?? ""))")
        }

        /// Whether `field` of the record at `index` is the end of its last former parent, which
        /// the first day of its transfer written in its own column gave.
        private func endsBeforeTheTransfersDay(_ index: Int, _ field: String) -> Bool {
            guard transferDayRows.contains(rowNumbers[index]), case .array(let all)? = document[path: kind.rawValue],
                index < all.count, case .array(let former)? = all[index][path: "formerParents"]
            else { return false }
            return field == "formerParents[\(former.count - 1)].until"
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
}

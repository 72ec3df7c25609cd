/// Finding the header row, the kind of record it names, and the rows to skip.
extension Sheet {
    /// The form a header is compared in: width folded, without white space (`谈话对象\n单位`,
    /// `谈　话　日　期`), without a closing note in parentheses (`谈话日期（年月日）`), in lower case,
    /// with the words offices use for the same thing made one (`synonyms`).
    static func headerKey(_ text: String) -> String {
        // A header is a few words: a longer cell is none, and stays as it is (read character by
        // character, a cell of megabytes in the first rows took seconds: helper-196).
        guard text.utf8.count <= 1000 else { return text }
        var header = Substring(OfficeText.compact(text))
        // A template's marks of a column are no part of its name (helper-132): a required field's
        // star (编号*, *编号) and the column's number (1.编号, 2、谈话类型).
        // (Also ★ and ※ before it, （1） and ① numbering it, a star before its note: helper-134.)
        header = withoutLeadingMark(header)
        while header.last == "*" { header.removeLast() }
        if let first = header.unicodeScalars.first, (0x2460...0x2473).contains(first.value) {
            header = header.dropFirst()
        } else if header.first == "(", let close = header.firstIndex(of: ")"),
            header.index(after: close) != header.endIndex,
            header[header.index(after: header.startIndex)..<close].allSatisfy({ $0.isASCII && $0.isNumber })
        {
            header = header[header.index(after: close)...]
        } else if let mark = header.firstIndex(where: { ".、".contains($0) }), mark != header.startIndex,
            header[..<mark].allSatisfy({ $0.isASCII && $0.isNumber }), header.index(after: mark) != header.endIndex
        {
            header = header[header.index(after: mark)...]
        }
        // A note in brackets is left out (谈话日期（年月日）, 谈话类型【必填】), unless it turns a
        // yes-or-no column's answers round (谈话记录（未形成）, read as 谈话记录, stored 是 as made).
        for (open, close) in [("(", ")"), ("【", "】"), ("[", "]")] as [(Character, Character)]
        where header.last == close {
            guard let start = header.lastIndex(of: open), start != header.startIndex else { continue }
            let name = header[..<start]
            if !(isNegatingNote(String(header[start...])) && yesNoHeaders.contains(name.lowercased())) { header = name }
        }
        while header.last == "*" { header.removeLast() }
        let key = folded(header.lowercased())
        // A yes-or-no column asked as a question (是否提交自查报告, 是否形成谈话记录) is that column;
        // 是否 before another's name (是否存在问题, 是否指出问题) names none (helper-198: stored as a
        // problem pointed out).
        // (Also with 有 after it: 是否有谈话记录, helper-199.)
        if key.hasPrefix("是否"), case let asked = key.dropFirst(2),
            let column = [asked, asked.hasPrefix("有") ? asked.dropFirst() : asked].map(String.init).first(
                where: yesNoKeys.contains)
        {
            return column
        }
        return key
    }

    /// Words a ledger's header writes for one thing, each made the word the columns are named
    /// with, on both sides of the comparison: so every header and alias is known in each wording
    /// (整改措施报送日期 and 整改措施上报时间 for 整改措施报告日期, 被谈话人所在单位 for
    /// 被谈话人单位). No two columns of a kind are the same once made so (`noTwoColumnsAreNamedAlike`).
    static let synonyms: [(word: String, as: String)] = [
        ("报送", "报告"), ("上报", "报告"), ("呈报", "报告"), ("时间", "日期"), ("所在单位", "单位"),
        // (The day a thing was done, 实际报送日期 beside 应报送日期: helper-269, unknown.)
        ("实际", ""),
    ]

    /// Whether a header names a day due or planned, not the day a thing was done (整改措施报告日期（期限）,
    /// 应报送日期, 整改措施报送时限, 谈话日期（计划）, 归档日期（拟）): in a ledger such a column is no
    /// done day's, which `talks` works out itself (helper-269: a deadline stored as the report's day).
    static func namesADueDay(_ header: String) -> Bool {
        let compact = OfficeText.compact(header)
        // (A header's words: a line of instructions above it, 填写要求：及时谈话须注明情形, is none.)
        guard compact.count <= 24 else { return false }
        // Its words outside brackets say so (应报送日期, 整改措施报送时限), or a note in brackets is
        // such a word alone (（期限）, （计划）, （拟）); a longer note is of the format or the rules
        // (（格式要求：yyyy-mm-dd）, （按规定时限）, （截止11月30日）: helper-270, left unread).
        var words = ""
        var notes: [String] = []
        var depth = 0
        for character in compact {
            if "(（【[".contains(character) {
                depth += 1
                notes.append("")
            } else if ")）】]".contains(character) {
                depth = max(0, depth - 1)
            } else if depth > 0 {
                notes[notes.count - 1].append(character)
            } else {
                words.append(character)
            }
        }
        let due = [
            "时限", "期限", "到期", "截止", "应报", "应交", "应提交", "应完成", "应于", "应谈", "计划", "拟", "预计", "预定", "原定", "安排", "要求",
        ]
        return ["日期", "时间", "时限", "期限", "到期日", "截止日"].contains(where: words.contains)
            && due.contains(where: words.contains)
            || ["日期", "时间"].contains(where: words.hasSuffix)
                && notes.contains { due.contains($0) || $0 == "应" || $0 == "拟定" }
    }

    /// `text` with each of `synonyms`' words made its `as`, in one pass over its characters, and
    /// none when no word can begin in it: a cell of megabytes in the first rows is compared as a
    /// header (Foundation's search took seconds on one).
    private static func folded(_ text: String) -> String {
        // (所在单位 alone is the unit of the person beside it, a talkee's in a ledger: folded, it was
        // 单位, whose is not said.)
        guard text.unicodeScalars.contains(where: synonymStarts.contains), text != "所在单位" else { return text }
        var folded = ""
        var rest = Substring(text)
        next: while let first = rest.first {
            for (word, same) in synonyms where rest.hasPrefix(word) {
                folded += same
                rest = rest.dropFirst(word.count)
                continue next
            }
            folded.append(first)
            rest = rest.dropFirst()
        }
        return folded
    }

    private static let synonymStarts = Set(synonyms.compactMap { $0.word.unicodeScalars.first })

    /// The headers of the columns holding yes or no, as `headerKey` makes them before 是否 is read.
    private static let yesNoKeys: Set<String> = Set(yesNoHeaders.map(folded))

    /// The headers of the columns holding yes or no, compacted and lowercased.
    private static let yesNoHeaders: Set<String> = Set(
        RecordKind.allCases.flatMap { SheetColumns.of($0) }.filter {
            $0.cell.isYesNo
        }.flatMap(\.headers).map { OfficeText.compact($0).lowercased() })

    /// Whether a bracket's note says no and nothing else (（未形成）): a note listing the answers
    /// (（有/无）, （已形成/未形成）, （有无）) or saying how to answer (（无则填否）) leaves the column as it is.
    static func isNegatingNote(_ note: String) -> Bool {
        isNegated(note) && !["/", "或", "、", "填", "则", "如", "请", "有无", "是否"].contains { note.contains($0) }
    }

    /// Whether a header says no (未, 不, 无, 非, 没): 未如实报告 is the opposite of 如实报告, so
    /// neither is suggested for the other. 是否 asks, and says no to nothing.
    static func isNegated(_ header: String) -> Bool {
        header.replacingOccurrences(of: "是否", with: "").contains { "未不无非没".contains($0) }
    }

    /// Every header of `kind`'s columns (of every kind when nil), as `headerKey`s, with the
    /// row-number and remarks columns.
    static func knownHeaders(_ kind: RecordKind?) -> Set<String> { knownHeadersByKind[kind]! }

    /// `knownHeaders` made once: every sheet of a workbook asks, for each of its first rows.
    private static let knownHeadersByKind: [RecordKind?: Set<String>] = Dictionary(
        uniqueKeysWithValues: ([nil] + RecordKind.allCases.map { $0 }).map { kind in
            let kinds = kind.map { [$0] } ?? RecordKind.allCases
            let headers =
                kinds.flatMap { SheetColumns.of($0).flatMap(\.headers) } + SheetColumns.ignored + SheetColumns.remarks
            return (kind, Set(headers.map(headerKey)))
        })

    /// The first row that names at least two known columns, or names only known columns (rows
    /// above it are a title or a 填报单位 line); the first row when none does.
    public static func headerIndex(_ rows: [(number: Int, cells: [String])], _ kind: RecordKind?) -> Int {
        // A header of another kind than the one asked for is still the header, below a title too:
        // what it is, and where, is told of it (`--kind talks` on a people sheet named its title row).
        header(rows, kind) ?? kind.flatMap { _ in header(rows, nil) } ?? 0
    }

    /// The header: the row `headerIndex` found, read with the row below or the row above it when
    /// the two are one header of group names over column names (`twoRowHeader`). The row above is
    /// a group row when it names no column itself (基本情况 over 编号, 谈话日期 …; 整改措施 over
    /// 报告日期) and a column is named by its group there; a title or a 填报单位 line above the
    /// header names none. `at`: the header's first row; `cells`: the header of two rows, nil for one;
    /// `days`: the date columns written as three, each its year's, month's and day's columns.
    static func header(_ rows: [(number: Int, cells: [String])], at found: Int) -> (
        at: Int, cells: [String]?, days: [[Int]]
    ) {
        if found + 1 < rows.count, let below = twoRowHeader(rows[found].cells, rows[found + 1].cells) {
            return (found, below.cells, below.days)
        }
        if found > 0, let above = twoRowHeader(rows[found - 1].cells, rows[found].cells), above.byGroup {
            return (found - 1, above.cells, above.days)
        }
        return (found, nil, [])
    }

    /// The header of two rows, when the lower row names columns under group names written once
    /// in the upper (整改措施 over 报告日期 and 含思想认识, merged across them or followed by empty
    /// cells): each such column is named by its group and its name together when that is a known
    /// header (整改措施报告日期), else by its name; a name the same as the one above it (a cell
    /// merged down both rows) is that column. A date column over 年, 月 and 日, as a printed form
    /// has it (谈话日期 over three), is one column of three cells: `days` holds each such column's
    /// three, the first named by the group, the others by nothing. `byGroup`: some column is named
    /// by its group. Nil when the lower row holds anything but column names: it is the first record.
    static func twoRowHeader(_ top: [String], _ below: [String]) -> (cells: [String], byGroup: Bool, days: [[Int]])? {
        // A section's heading alone in the row, in brackets (【定期谈话】), is none of the header's
        // remarks (谈话日期 over （年月日）): helper-216, read as the second row of the header.
        let filled = below.map(\.trimmed).filter { !$0.isEmpty }
        if filled.count == 1, case let word = OfficeText.compact(filled[0]), let open = word.first,
            let close = word.last,
            ["(": ")", "【": "】", "[": "]", "〔": "〕"][open] == close, word.count > 2,
            isHeading(String(word.dropFirst().dropLast()))
        {
            return nil
        }
        let known = knownHeaders(nil)
        var cells = top + Array(repeating: "", count: max(0, below.count - top.count))
        var group = ""
        var named = false
        var byGroup = false
        var days: [[Int]] = []
        for i in cells.indices {
            let above = i < top.count ? top[i].trimmed : ""
            if !above.isEmpty { group = above }
            let name = i < below.count ? below[i].trimmed : ""
            // No column is named at length: a row of records below a header may hold megabytes.
            guard name.utf8.count <= 400 else { return nil }
            let key = headerKey(name)
            // (Not a name the header's key drops whole, 实际 under 谈话日期.)
            guard !name.isEmpty, above.isEmpty || key != headerKey(above) else { continue }
            // A template's row saying which columns to fill (*, (必填)) or numbering them (（1）)
            // names none, though 被谈话人* and 备注（1） are known headers (helper-141, helper-142: read
            // as the names under the header's).
            let compact = OfficeText.compact(name)
            // (Nor does a row's number, （一） under 序号: helper-254, read as the header's second row.)
            guard !SkippedRow.isRequirement(compact), SkippedRow.columnNumber(compact) == nil, !isRowNumber(compact)
            else { return nil }
            if let part = ["年", "月", "日"].firstIndex(of: key), dateHeaders.contains(headerKey(group)) {
                // Its year first, then its month and day, side by side.
                if part == 0 {
                    days.append([i])
                } else if days.last?.count == part, days.last?.last == i - 1 {
                    days[days.count - 1].append(i)
                } else {
                    return nil
                }
                cells[i] = part == 0 ? group : ""
                (named, byGroup) = (true, true)
                continue
            }
            // A date column over its first and last day (谈话日期 over 开始日期 and 结束日期): the first
            // is the group's column, the last its end's (谈话结束日期) (helper-132: read as a record).
            let startOrEnd: [String] =
                ["开始", "开始日期", "起", "起始", "起始日期", "自"].contains(key)
                ? [group]
                : ["结束", "结束日期", "止", "截止", "截止日期", "至"].contains(key) ? endHeader(of: group).map { [$0] } ?? [] : []
            // (谈话对象 over 单位名称: the organization talked with, 谈话对象单位; helper-254, refused.)
            let withoutNameWord =
                ["名称", "姓名"].first(where: name.hasSuffix).map { _ in [group + name.dropLast(2)] } ?? []
            // (A group of what is reported, 整改措施报送 over 实际报送日期, is its report's: helper-270,
            // an unknown column.)
            // (整改措施报送情况 too: helper-273.)
            let asked = group.hasSuffix("情况") ? String(group.dropLast(2)) : group
            let reported =
                ["报送", "报告", "上报", "提交"].first(where: asked.hasSuffix).map { _ in [String(asked.dropLast(2)) + name] }
                ?? []
            // A date column over its day planned and its day done (谈话日期 over 计划 and 实际): the
            // day done is the group's column (helper-270: the second row read as a record).
            let dated = dateHeaders.contains(headerKey(group))
            // (原定 | 实际, 计划 | 实施, 应谈日期 | 实谈日期 alike: helper-273, read as a record.)
            let done =
                dated && ["实际", "实际日期", "实际完成", "完成", "实施", "实谈", "实谈日期", "已开展", "实际开展"].contains(compact)
                ? [group] : []
            // (A day due or planned under its group, 整改措施 over 应报送日期, 谈话日期 over 计划, is
            // named by both, and left unread.)
            guard
                let chosen = ([group + name] + reported + withoutNameWord + [name] + startOrEnd + done).first(where: {
                    known.contains(headerKey($0))
                }) ?? (namesADueDay(name) || dated && namesADueDay(group + name) ? group + name : nil)
            else { return nil }
            cells[i] = chosen
            named = true
            byGroup = byGroup || chosen != name
        }
        guard days.allSatisfy({ $0.count == 3 }) else { return nil }
        return named ? (cells, byGroup, days) : nil
    }

    /// The header of the column holding the last day of the one `header` names (谈话结束日期 for
    /// 谈话日期 or 谈话时间: `SheetColumn.lastDay`), if it has one.
    static func endHeader(of header: String) -> String? {
        let key = headerKey(header)
        for kind in RecordKind.allCases {
            let columns = SheetColumns.of(kind)
            if let column = columns.first(where: { $0.headers.map(headerKey).contains(key) }), let last = column.lastDay
            {
                return columns.first { $0.key == last }?.zh
            }
        }
        return nil
    }

    /// The headers of the date columns of every kind (`headerKey`s).
    private static let dateHeaders: Set<String> = Set(
        RecordKind.allCases.flatMap { SheetColumns.of($0) }.filter {
            switch $0.cell {
            case .date, .deadline: true
            default: false
            }
        }.flatMap(\.headers).map(headerKey))

    /// Whether a row of `rows` names two columns a sheet of any kind has: a ledger's header, where
    /// a sheet of instructions may hold a lone word such as 说明 or 备注 in a row of its own.
    public static func hasHeader(_ rows: [(number: Int, cells: [String])]) -> Bool {
        header(rows, nil, least: 2) != nil
    }

    /// The first row naming `least` known columns, or naming only known ones (at least one).
    private static func header(_ rows: [(number: Int, cells: [String])], _ kind: RecordKind?, least: Int = 1)
        -> Int?
    {
        let known = knownHeaders(kind)
        return rows.firstIndex { row in
            let named = row.cells.map(headerKey).filter { !$0.isEmpty }
            let count = named.count(where: known.contains)
            return count >= 2 || (count >= least && count == named.count)
        }
    }

    /// Whether a sheet's name says it shows how to fill the ledger in rather than holds it (填报样例,
    /// 样表, 样张, 模板, 填表说明, 示例, 填报要求, 填报须知, 注意事项: helper-125, the example row of
    /// a 填报要求 sheet was imported and the ledger after it passed over).
    public static func isTemplateName(_ name: String) -> Bool {
        var compact = OfficeText.compact(name).lowercased()
        let words = [
            "样例", "样表", "样张", "样稿", "样板", "例表", "模板", "模版", "样本", "样式", "参考", "说明", "示例", "范例", "示范", "范本",
            "范文", "演示", "须知", "注意", "填报要求", "填写要求", "报送要求", "填报规范", "填报口径", "指标解释", "温馨提示", "请先阅读",
            "指南", "指引", "template", "example", "sample", "instructions", "readme",
        ]
        // A remark in brackets is of the sheet named before it: 填报样例（2026年台账）is a sample,
        // 台账（样例）too; 台账（按省委模板）is a ledger.
        let closing: [Character: Character] = [")": "(", "】": "【", "〕": "〔", "》": "《", "]": "[", ">": "<", "」": "「"]
        if let last = compact.last, let opening = closing[last], let open = compact.lastIndex(of: opening),
            open != compact.startIndex
        {
            let remark = compact[compact.index(after: open)..<compact.index(before: compact.endIndex)]
            if (words + ["例", "参考样式"]).contains(where: { word in ["", "填报", "填写"].contains { $0 + word == remark } }) {
                return true
            }
            compact = String(compact[..<open])
        }
        guard compact.contains("台账") else { return words.contains { compact.contains($0) } }
        // 填报说明及台账: a ledger with its instructions; 样例台账, 台账样表: a sample of one.
        let named = ["填报", "填写"].reduce(compact) { $0.hasPrefix($1) ? String($0.dropFirst($1.count)) : $0 }
        return !["及", "和", "与", "、"].contains(where: named.contains)
            && words.contains { named.hasPrefix($0) || named.hasSuffix($0) }
    }

    /// What a workbook's sheet holds, for choosing among its sheets: nil when no row names two
    /// known columns (`hasHeader`) of one kind of record (a 汇总 of counts by 单位 beside 序号 and 备注
    /// is none: helper-121, it was chosen and refused); else the kinds of record its header names
    /// most columns of (one, or several that tie, as `id,name` does organizations and people), how
    /// many rows below the header hold anything (a template's header has none), and whether it
    /// has every column one of those kinds requires (a 汇总 by 谈话对象单位 and 谈话类型 has not:
    /// helper-122, it was taken for the ledger after it).
    public static func ledger(_ rows: [(number: Int, cells: [String])])
        -> (kinds: [RecordKind], rowsBelow: Int, complete: Bool)?
    {
        guard let found = header(rows, nil, least: 2) else { return nil }
        let (at, grouped, _) = header(rows, at: found)
        let below = rows[(at + (grouped == nil ? 1 : 2))...].count { row in row.cells.contains { !$0.trimmed.isEmpty } }
        let headers = (grouped ?? rows[at].cells).map(headerKey)
        let best = bestKinds(headers)
        return best.count >= 2 ? (best.kinds, below, best.kinds.contains { hasRequired($0, headers) }) : nil
    }

    /// Whether `headers` (`headerKey`s) name every column a record of `kind` requires.
    private static func hasRequired(_ kind: RecordKind, _ headers: [String]) -> Bool {
        SheetColumns.of(kind).filter(\.required).allSatisfy { column in
            column.headers.map(headerKey).contains(where: headers.contains)
        }
    }

    /// The kinds of record whose columns `headers` (`headerKey`s) name most of, and how many
    /// they name; the row-number and remarks columns count for none.
    private static func bestKinds(_ headers: [String]) -> (kinds: [RecordKind], count: Int) {
        let skipped = Set((SheetColumns.ignored + SheetColumns.remarks).map(headerKey))
        let named = headers.filter { !$0.isEmpty && !skipped.contains($0) }
        let known = RecordKind.allCases.map { kind in
            (kind, named.count(where: knownHeaders(kind).contains))
        }
        let best = known.map(\.1).max() ?? 0
        return (best == 0 ? [] : known.filter { $0.1 == best }.map(\.0), best)
    }

    /// The kind asked for, else the one kind that knows the most headers (the others are then
    /// reported as unknown columns); of several, the one whose required columns are all there.
    static func kind(of headers: [String], wanted: RecordKind?, row: Int) throws(InputError) -> RecordKind {
        let skipped = Set((SheetColumns.ignored + SheetColumns.remarks).map(headerKey))
        let named = headers.filter { !$0.isEmpty && !skipped.contains($0) }
        let found = bestKinds(headers)
        if let wanted {
            // A header wholly another kind's, lacking what the kind asked for needs (helper-125:
            // a talks ledger with --kind plans was told column by column as unknown, with advice
            // to delete its key columns): said once, naming the kind it is.
            // (`id,name` names organizations' columns too; only people's are all there: helper-258.)
            let complete = found.kinds.filter { hasRequired($0, named) }
            if !hasRequired(wanted, named), complete.count == 1, let other = complete.first, other != wanted {
                throw InputError(
                    source: nil,
                    problems: [
                        Problem(
                            Sheet.place(row: row),
                            Message(
                                zh:
                                    "表头是\(other.singular.zh)表的（--kind \(other.rawValue)），不是 --kind \(wanted.rawValue) 的："
                                    + "请去掉 --kind，或改为 --kind \(other.rawValue)",
                                en: "the header is a sheet of \(other.rawValue), not of \(wanted.rawValue) (--kind "
                                    + "\(wanted.rawValue)): leave --kind out, or give --kind \(other.rawValue)"))
                    ])
            }
            return wanted
        }
        let best = found.count
        var candidates = found.kinds
        if candidates.count > 1 {
            // `id,name` fits organizations and people; only people have all their required columns.
            let complete = candidates.filter { hasRequired($0, named) }
            if complete.count == 1 { candidates = complete }
        }
        guard best > 0, candidates.count == 1 else {
            let message =
                best == 0
                // No row names a known column: no --kind helps, the sheet is not a ledger.
                ? Message(
                    zh: "找不到表头：没有一行写有已知的列名（如 编号、谈话日期、被谈话人；用户手册列出全部列名）",
                    en: "no header: no row names a known column (such as 编号, 谈话日期, 被谈话人; the user guide lists them all)"
                )
                : Message(
                    zh: "表头可以是 \(candidates.map(\.rawValue).joined(separator: "、"))，请用 --kind 指明",
                    en: "the header fits \(candidates.map(\.rawValue).joined(separator: ", ")); name one with --kind")
            throw InputError(source: nil, problems: [Problem(Sheet.place(row: row), message)])
        }
        return candidates[0]
    }
}

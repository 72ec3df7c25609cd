/// The rows of a sheet's body that hold no record, by why: each kind is skipped with one note
/// listing its rows, so a ledger imports as the office keeps it (its title rows above the header
/// are told in the header's note).
enum SkippedRow: CaseIterable {
    /// Nothing in any cell (or only spaces), or nothing but its number in a row-number column (序号)
    /// or a remark (备注), neither of which is imported: a ledger numbered in advance, down rows not
    /// yet filled in.
    case blank
    /// A total's label as the first filled cell (合计, 合　计, 合计：2, 本季度小计, 江州市委 计数:
    /// `Sheet.isTotalLabel`), and no id other than that word or a count (共2次).
    case total
    /// The example a template shows how to fill in (示例, 样例 or 例 in its first filled cell, as
    /// in its 序号): names and dates of no real talk, which were imported as one.
    case example
    /// One filled cell, and no other id, that heads what follows: a section of the table (一、定期谈话)
    /// or the title of a second ledger pasted under the first (`Sheet.isHeading`).
    case heading
    /// The table's foot, where an office signs and annotates a ledger below its records: every
    /// filled cell a label and a colon (填表人：张三, 审核人：, 注：…, 填报单位：…; `footerWords`), where a
    /// seal or signature goes (（盖章）) or that nothing follows (以下空白; `footNotes`), and no id
    /// other than its first filled cell.
    case footer
    /// The header again, as a ledger pasted together from pages or sheets repeats it: every filled
    /// cell, and at least two, the header's cell of its column, in one of the header's rows as
    /// written (a header of two rows repeats as two rows: the group names, then the names under them).
    case repeatedHeader
    /// The columns numbered 1, 2, 3 … in a row of their own, as printed forms number them.
    case columnNumbers
    /// Which columns must be filled, in a row of its own under a template's header: every filled
    /// cell, and at least two, 必填 or 选填 or a mark (★) alone (helper-112: read as a talk,
    /// refused cell by cell).
    case columnRequirements

    /// Why the row of `cells` (with `id` in the id column) holds no record, under the header of
    /// `header`'s rows (one, or two: group names over names) whose columns `numbering` number the
    /// rows (序号) and `remarks` hold remarks (备注); nil when it is a record.
    init?(_ cells: [String], id: String?, header: [[String]], numbering: Set<Int> = [], remarks: Set<Int> = []) {
        // An id written as it is (`Sheet.idAsWritten`: '合计, '无) is a record's, whatever it says,
        // its own or the first a row names (an appointment's person: helper-211, skipped as a total).
        if let id, Sheet.idAsWritten(id) != nil { return nil }
        if let first = cells.first(where: { !$0.trimmed.isEmpty }), Sheet.idAsWritten(first.trimmed) != nil {
            return nil
        }
        let filled = cells.indices.filter { !Sheet.shown(cells[$0]).isEmpty }
        // A row with a control or a reordering character (合计：U+202E金礼受收丽孙, shown 合计：孙丽收受礼金)
        // is read as written, never skipped for how it looks: refused as a record, naming the character
        // (helper-279: skipped as a total).
        if filled.contains(where: { TextLimits.controlCharacter(in: cells[$0]) != nil }) { return nil }
        guard let first = filled.first.map({ cells[$0] }) else {
            self = .blank
            return
        }
        // Each filled cell compacted once; one too long to be a label, a heading or a mark is
        // none (a record's cell may hold megabytes).
        let short = { (cell: String) in cell.utf8.count > 400 ? "" : OfficeText.compact(cell) }
        let words = filled.map { short(cells[$0]) }
        // 无 or a dash in every filled cell says as much as a blank row (a section without talks).
        if zip(filled, words).allSatisfy({ i, word in
            // (Nor do a formula's error values alone, a VLOOKUP filled down past the data: helper-134.)
            remarks.contains(i) || (numbering.contains(i) && Sheet.isRowNumber(word)) || Sheet.isFormulaError(word)
                || Sheet.noneYet.contains(word)
        }) {
            self = .blank
            return
        }
        let noOtherID = id.map { $0.isEmpty || $0 == first.trimmed } ?? true
        // No id, or one a total may hold there: how many (共2次).
        let compactID = id.map(short)
        // (Or a formula counting the rows above, in a CSV saved with its formulas: helper-143.)
        let idIsCount =
            id.map { $0.trimmed.isEmpty || Sheet.isCount(compactID ?? "") || Sheet.isCountFormula($0) } ?? true
        // A total's label may follow the row's number filled down into it (3 under 序号, 合计
        // under 编号: helper-112, read as a talk).
        let labelCell = filled.first { !(numbering.contains($0) && Sheet.isDigits(short(cells[$0]))) }.map { cells[$0] }
        let label = labelCell.map(short) ?? words[0]
        let noOtherIDThanLabel = id.map { $0.isEmpty || $0 == (labelCell ?? first).trimmed } ?? true
        if Self.isExampleMark(words[0]) || compactID.map(Self.endsWithExampleRemark) == true {
            self = .example
        } else if (noOtherIDThanLabel || idIsCount)
            // (A subtotal's label as written, its group and word apart, T26-007 计数, which the label
            // compacted, T26-007计数, is not: an id ending so is a record's, helper-206.)
            && (Sheet.isTotalLabel(label) || labelCell.map(Sheet.isSubtotalLabel) == true
                || (Sheet.isCount(label) && label.hasPrefix("共")))
            // A subtotal of Excel or WPS counted on 编号: its count there, its label beside it.
            || (idIsCount && filled.count <= 3 && filled.contains { Sheet.isSubtotalLabel(cells[$0]) })
            || filled.allSatisfy({ Sheet.isCountFormula(cells[$0]) }),
            // (Never one speaking of a matter: 合计：孙丽同志收受礼金, 小计：陈东被留置, helper-278, skipped;
            // nor one giving more than figures beside its label: 合计 | 选人用人把关不严, helper-280.)
            !words.contains(where: Sheet.speaksOfAMatter),
            zip(filled, words).allSatisfy({ i, word in
                remarks.contains(i) || numbering.contains(i) || word == label || Sheet.isFigure(word)
                    || Sheet.isSubtotalLabel(cells[i])
            })
        {
            self = .total
        } else if noOtherID, case let own = filled.filter({ !remarks.contains($0) }), own.count == 1,
            Sheet.isHeading(short(cells[own[0]])), !Sheet.isFooterLabel(short(cells[own[0]]))
        {
            // (A remark beside it, 备注 第二季度补录, leaves it a heading: helper-122, read as a talk.)
            self = .heading
        } else if filled.count == 2, numbering.contains(filled[0]), Self.isSectionNumber(words[0]),
            id.map({ $0.isEmpty || $0.trimmed == cells[filled[1]].trimmed }) ?? true,
            Sheet.isHeading(String(words[0].reversed().drop { "、.".contains($0) }.reversed()) + "、" + words[1])
        {
            // Its number under 序号, its words beside it (一 | 定期谈话): a heading as 一、定期谈话 is
            // (helper-121: read as a talk whose id was 定期谈话).
            self = .heading
        } else if case let firstCells = filled[0] <= 1,
            noOtherID || Sheet.isFooterLabel(words[0], bare: true, firstCells: firstCells),
            Sheet.isFoot(words, firstCells: firstCells)
        {
            // The id column may hold a label's value (填表人：, 张三 or 填表人, 张三 with 张三 under 编号).
            self = .footer
        } else if noOtherID, filled.count == 1, filled[0] <= 1, Sheet.isLeftForThePen(words[0]) {
            // A label alone in the row's first cells, its value left for the pen (经办人, 备注 merged
            // across the row: helper-238, each refused as a talk without its fields).
            self = .footer
        } else if filled.count >= 2,
            header.contains(where: { written in
                filled.allSatisfy { $0 < written.count && Sheet.headerKey(cells[$0]) == Sheet.headerKey(written[$0]) }
            })
        {
            self = .repeatedHeader
        } else if filled.count <= header.map(\.count).max() ?? 0,
            case let numbers = words.drop(while: { "甲乙丙丁".contains($0) }).map(Self.columnNumber), numbers.count >= 3,
            numbers.allSatisfy({ $0 != nil }),
            zip(numbers, numbers.dropFirst()).allSatisfy({ $1 == $0.map { $0 + 1 } })
        {
            // 1, 2, 3 … under the header: the columns numbered, as forms number them (statistical
            // reports 甲, 乙 first, then 1, 2 …; 栏1, （1）, ①).
            self = .columnNumbers
        } else if case let own = zip(filled, words).filter({ i, _ in !remarks.contains(i) }).map(\.1),
            own.count >= 2 && Self.areRequirements(own)
                || noOtherID && own.count == 1 && filled[0] <= 1
                    && Self.requirementNotes.contains(where: own[0].contains)
                // (A date's form alone, under its column: 年-月-日, helper-216, read as a record.)
                || own.count == 1 && Self.isDateFormHint(own[0])
        {
            // (A remark beside it, 请勿删除 under 备注, leaves it the template's: helper-141. So does a
            // label before it, 填写要求 or 是否必填, and a note alone in the row's first cells saying
            // which columns to fill, 带★为必填项: helper-142, each read as a talk. One in a list's
            // column further on continues the record above.)
            self = .columnRequirements
        } else {
            return nil
        }
    }

    /// A section's number alone, as a heading puts it under 序号: 一, 一、, （一）, 1, 1.
    static func isSectionNumber(_ word: String) -> Bool {
        var rest = Substring(word)
        if rest.hasPrefix("("), rest.hasSuffix(")") { rest = rest.dropFirst().dropLast() }
        while let last = rest.last, "、.".contains(last) { rest = rest.dropLast() }
        return !rest.isEmpty && (rest.allSatisfy { "一二三四五六七八九十".contains($0) } || Sheet.isDigits(String(rest)))
    }

    /// Whether a cell (compacted) says whether its column must be filled: 必填, 选填, the
    /// template's mark of a required column alone (★, *, ※: helper-135, read as a talk), or
    /// both, in brackets or not (★必填, *必填, (必填), 【选填】: helper-141, read as a talk).
    /// Also with a hint of the form after it (必填（yyyy-mm-dd）, 必填，格式：2026-01-01, 是/否), or a
    /// mark of another shape alone (▲, ●: helper-142, helper-143, read as a talk).
    static func isRequirement(_ word: String) -> Bool {
        let rest = word.lowercased().filter { !requirementMarks.contains($0) }
        return rest.isEmpty
            ? !word.isEmpty
            : requirementWords.contains(where: rest.hasPrefix) || isYesNoHint(rest) || isDateFormHint(rest)
    }

    /// Whether a cell (compacted) shows the form of a date, as a template writes it under a date's
    /// column: 年-月-日, 年.月.日, xxxx年xx月xx日, XXXX-XX-XX, yyyy-mm-dd, yyyy年m月d日, 格式：yyyy-mm-dd,
    /// （年月日） (helper-216: each read as a record whose date was no date).
    static func isDateFormHint(_ word: String) -> Bool {
        word.lowercased().wholeMatch(of: dateForm) != nil
    }

    /// A date's form in words or placeholders, a label and brackets perhaps around it (lower-cased).
    nonisolated(unsafe) private static let dateForm =
        /(格式[:为]?|如[:]?)?[(\[【]?(年|y{2,4}|x{2,4})[-\/.年]?(月|m{1,2}|x{1,2})[-\/.月]?(日|d{1,2}|x{1,2})日?[)\]】]?/

    /// A hint that a column takes yes or no (是/否, 是或否, √/×).
    static func isYesNoHint(_ word: String) -> Bool {
        let parts = word.split { "/／或、".contains($0) }
        return parts.count >= 2 && parts.allSatisfy { ["是", "否", "有", "无", "√", "×"].contains(String($0)) }
    }

    /// Whether a row's cells (compacted, its remarks left out) say which columns to fill: each a
    /// requirement; or, after a label saying so (填写要求, 是否必填), one at least, the others the
    /// columns' instructions (逐条列明), or each a yes or no (是否必填 over 是 and 否).
    static func areRequirements(_ cells: [String]) -> Bool {
        guard let first = cells.first, requirementLabels.contains(first) else { return cells.allSatisfy(isRequirement) }
        let rest = cells.dropFirst()
        return rest.contains(where: isRequirement) || rest.allSatisfy { ["是", "否"].contains($0) }
    }

    /// What a template writes under its header to say whether a column must be filled.
    static let requirementWords: Set<String> = [
        "必填", "选填", "可选", "非必填", "可不填", "必须填写", "可以不填", "不必填", "required", "optional",
    ]
    /// What a template's row of requirements may say first, in its 序号 or first column.
    static let requirementLabels: Set<String> = ["是否必填", "填写要求", "填报要求", "说明", "要求", "必填项", "填写说明"]
    /// What a note alone under the header says of the columns to fill (带★为必填项, 红色字段为必填).
    static let requirementNotes = ["必填", "选填", "必须填写", "不得为空", "不能为空"]
    /// The marks of a required column, and the brackets around its word, as compacted.
    static let requirementMarks: Set<Character> = [
        "★", "☆", "*", "※", "✱", "✳", "▲", "△", "●", "○", "◆", "◇", "(", ")", "[", "]", "【", "】", "〔", "〕",
    ]

    /// Whether a cell (compacted) marks a template's example: 示例, 【示例】, （例）, 示例1, 填报示例：,
    /// 如：, 例如, 范例, 样本, Example.
    static func isExampleMark(_ word: String) -> Bool {
        var mark = Substring(word.lowercased())
        if let open = mark.first, "([【〔".contains(open), let close = mark.last, ")]】〕".contains(close) {
            mark = mark.dropFirst().dropLast()
        }
        if let colon = mark.firstIndex(of: ":") { mark = mark[..<colon] }
        // 示例行（请删除）: its remark.
        if mark.last == ")", let open = mark.lastIndex(of: "("), open != mark.startIndex { mark = mark[..<open] }
        mark = mark.prefix { !($0.isASCII && $0.isNumber) }
        for prefix in ["填表", "填报", "填写"] where mark.hasPrefix(prefix) && mark.count > prefix.count {
            mark = mark.dropFirst(prefix.count)
        }
        if mark.hasSuffix("行"), mark.count > 2 { mark = mark.dropLast() }
        return [
            "示例", "样例", "例", "举例", "范例", "如", "例如", "例子", "样本", "示范", "范本", "样表", "样", "模板", "演示", "参考",
            "example", "sample", "e.g.", "eg",
        ].contains(String(mark))
    }

    /// Whether an id (compacted) ends with a remark marking the row an example (T2026-001（示例）):
    /// a problem's text may end so (违规发放津补贴（例）) and is a record's.
    static func endsWithExampleRemark(_ word: String) -> Bool {
        guard let close = word.last, ")]】〕".contains(close),
            let open = word.lastIndex(where: { "([【〔".contains($0) }), open != word.startIndex
        else { return false }
        return isExampleMark(String(word[open...]))
    }

    /// The number of a column as a form numbers it (a cell compacted): 3, 栏3, 第3栏, (3), ③, 3.,
    /// 3、 (helper-135: 1., 2. … under the header was read as a record).
    static func columnNumber(_ word: String) -> Int? {
        if let last = word.last, ".、".contains(last), word.count > 1 { return columnNumber(String(word.dropLast())) }
        if let scalar = word.unicodeScalars.first, word.unicodeScalars.count == 1,
            (0x2460...0x2473).contains(scalar.value)
        {
            return Int(scalar.value - 0x2460) + 1
        }
        var digits = Substring(word)
        for (open, close) in [("栏", ""), ("第", "栏"), ("(", ")")] where digits.hasPrefix(open) && digits.hasSuffix(close)
        {
            digits = digits.dropFirst(open.count).dropLast(close.count)
            break
        }
        return Sheet.isDigits(String(digits)) && digits.count <= 3 ? Int(digits) : nil
    }

    /// The note telling the rows `numbers` skipped.
    func note(_ numbers: [Int]) -> Message {
        let (zh, en) = (Sheet.rowList(numbers, zh: true), Sheet.rowList(numbers, zh: false))
        return switch self {
        case .blank: Message(zh: "空行已跳过：第 \(zh) 行", en: "blank \(en) skipped")
        case .total: Message(zh: "合计行已跳过：第 \(zh) 行", en: "total \(en) skipped")
        case .example: Message(zh: "填表示例行已跳过：第 \(zh) 行", en: "example \(en) of the template skipped")
        case .heading: Message(zh: "表中的标题、分节行已跳过：第 \(zh) 行", en: "title or section heading \(en) skipped")
        case .footer: Message(zh: "表尾的填表人、说明等行已跳过：第 \(zh) 行", en: "footer \(en) (filled in by, notes) skipped")
        case .repeatedHeader: Message(zh: "重复的表头行已跳过：第 \(zh) 行", en: "repeated header \(en) skipped")
        case .columnNumbers: Message(zh: "列序号行已跳过：第 \(zh) 行", en: "\(en) numbering the columns skipped")
        case .columnRequirements:
            Message(
                zh: "填写要求行（必填、选填、年-月-日）已跳过：第 \(zh) 行",
                en: "\(en) saying how to fill the columns (必填, 选填, 年-月-日) skipped")
        }
    }
}

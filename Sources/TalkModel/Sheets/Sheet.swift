/// Records as the sheets an office keeps in Excel or WPS, and sheets back as records.
///
/// A row becomes a record of the dataset format (the column's key path says where each cell goes)
/// and then goes through the same decoder and validator as `talks load`, so a sheet is held to
/// the same rules as a document. Problems are reported by row and column as the spreadsheet
/// shows them.
public enum Sheet {
    /// A cell a workbook's reader could not read (a formula saved without its result, a date
    /// serial that is no day): `read` tells it at its place with the sheet's other problems, as a
    /// CSV's bad cells are told, and reads it as no value that could be reported again.
    public struct UnreadableCell: Sendable {
        public let row: Int
        public let column: Int
        public let message: Message

        public init(row: Int, column: Int, message: Message) {
            (self.row, self.column, self.message) = (row, column, message)
        }
    }

    /// A workbook's range of cells merged down over several rows (`C5:C8`, perhaps across columns
    /// too), rows from 1 and columns from 0: the file keeps its value in its first cell only, and
    /// `read` reads it in each row of the body it spans that holds a record.
    public struct MergedRange: Sendable, Equatable {
        public let row: Int
        public let column: Int
        public let lastRow: Int
        public let lastColumn: Int

        public init(row: Int, column: Int, lastRow: Int, lastColumn: Int) {
            (self.row, self.column, self.lastRow, self.lastColumn) = (row, column, lastRow, lastColumn)
        }

        /// `C5:C8`, as Excel names the range.
        var reference: String {
            "\(CSV.columnName(column))\(row):\(CSV.columnName(lastColumn))\(lastRow)"
        }
    }

    // MARK: Writing

    /// A header row and a row per record, each made when it is read. With `language` zh the headers and enumerated values
    /// are Chinese; with en they are the dataset format's identifiers. Either imports back. Dates
    /// and whole numbers are typed cells, so a workbook holds them as dates and numbers.
    public static func table(
        _ kind: RecordKind, _ dataset: Dataset, language: Language, confidential: Bool
    ) -> SheetTable {
        let columns = SheetColumns.of(kind).filter { $0.written && (confidential || !$0.confidential) }
        let paths = columns.map { $0.key.split(separator: ".").map(String.init) }
        return SheetTable(
            name: language == .zh ? kind.singular.zh : kind.rawValue,
            header: columns.map { language == .zh ? $0.zh : $0.key },
            count: kind.record.count(in: dataset)
        ) { i in
            let record = kind.record.json(at: i, in: dataset)
            return zip(columns, paths).map { column, path in
                record[keys: path].map { cell($0, column.cell, language) } ?? .empty
            }
        }
    }

    static func cell(_ value: JSONValue, _ cell: CellKind, _ language: Language) -> SheetCell {
        switch (value, cell) {
        case (.string(let text), .date), (.string(let text), .deadline):
            CivilDate(text).map(SheetCell.date) ?? .text(text)
        case (.number(let text), .integer): Int(text).map(SheetCell.number) ?? .text(text)
        default: .text(cellText(value, cell, language))
        }
    }

    static func cellText(_ value: JSONValue, _ cell: CellKind, _ language: Language) -> String {
        switch (value, cell) {
        case (.bool(let flag), _): return language == .zh ? (flag ? "是" : "否") : (flag ? "true" : "false")
        case (.string(let raw), .vocabulary(let raws, let labels, _)) where language == .zh:
            return raws.firstIndex(of: raw).map { labels[$0][0] } ?? raw
        case (_, .posts(let element)): return cellText(value, element, language)
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
        case (.string(let text), .text): return writtenAsIs(text)
        case (.string(let text), let cell) where cell.isOneID: return idWrittenAsIs(text)
        case (.string(let text), _), (.number(let text), _): return text
        default: return ""
        }
    }

    // MARK: Reading

    /// Where a cell is: `row 5, column E (谈话日期)`, or in a workbook's `sheet` as Excel names it
    /// (`台账!E5（谈话日期）`).
    static func place(row: Int, column: Int, header: String, sheet: String?) -> CellReference.Place {
        let letter = CSV.columnName(column)
        let (zh, en) = header.isEmpty ? ("", "") : ("（\(header)）", " (\(header))")
        let cell = CellReference(row: row, column: column)
        if let sheet {
            let named = reference(toSheet: sheet)
            return CellReference.Place(
                cell, Message(zh: "\(named)!\(letter)\(row)\(zh)", en: "\(named)!\(letter)\(row)\(en)"))
        }
        return CellReference.Place(
            cell, Message(zh: "第 \(row) 行 \(letter) 列\(zh)", en: "row \(row), column \(letter)\(en)"))
    }

    /// A sheet's name as a cell's reference begins with it, before its `!`: as written where it is
    /// letters and digits (台账, Sheet1), else in single quotes, each of its own doubled, as Excel
    /// writes `'7-12月'!H2` (helper-255: a name beginning with a digit was run into the file's).
    public static func reference(toSheet name: String) -> String {
        // (Nor a name Excel would take for a cell, R1C1 or a truth value: A1, XFD1, R1C1, TRUE.)
        let letters = name.prefix { $0.isASCII && $0.isLetter }
        let cellLike =
            (1...3).contains(letters.count) && name.count > letters.count
            && name.dropFirst(letters.count).allSatisfy(\.isNumber)
            || ["TRUE", "FALSE"].contains(name.uppercased())
            || name.uppercased().hasPrefix("R") && name.dropFirst().allSatisfy { $0.isNumber || "Cc".contains($0) }
        let plain =
            !cellLike && name.first.map { !$0.isNumber } == true
            && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        return plain ? name : "'" + name.replacing("'", with: "''") + "'"
    }

    /// Where a row is: `row 5`.
    static func place(row: Int) -> CellReference.Place {
        CellReference.Place(CellReference(row: row, column: nil), Message(zh: "第 \(row) 行", en: "row \(row)"))
    }

    /// The rows of a sheet's text: comma-separated, or tab- or semicolon-separated when that is
    /// what the header is made of (a sheet saved as "Unicode text" and named `.csv`; a CSV of an
    /// Excel set to a European list separator).
    /// Each separator is tried whether or not the others read: a quoted cell is a syntax error
    /// read with commas when tabs separate the cells (helper-132: a tab-separated sheet with its first
    /// column quoted was refused). Where none reads a known column and one fails, the error is the
    /// one of the separator the first line holds most of.
    public static func rows(of text: String) throws(CSV.SyntaxError) -> [(number: Int, cells: [String])] {
        var formulas: [UnreadableCell] = []
        return try rows(of: text, formulas: &formulas)
    }

    /// The rows, and in `formulas` the cells of the separator read that hold formulas (`CSV.rows`).
    public static func rows(of text: String, formulas: inout [UnreadableCell]) throws(CSV.SyntaxError) -> [(
        number: Int, cells: [String]
    )] {
        func score(_ rows: [(number: Int, cells: [String])]) -> Int {
            guard !rows.isEmpty else { return 0 }
            return rows[headerIndex(rows, nil)].cells.count { knownHeaders(nil).contains(headerKey($0)) }
        }
        let firstLine = text.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }
        var best: (rows: [(number: Int, cells: [String])], score: Int, formulas: [UnreadableCell])?
        var failed: (error: CSV.SyntaxError, count: Int)?
        for separator: Unicode.Scalar in [",", "\t", ";"]
        where separator == "," || text.unicodeScalars.contains(separator) {
            do throws(CSV.SyntaxError) {
                var cells: [UnreadableCell] = []
                let rows = try CSV.rows(text, separator: separator, formulas: &cells)
                if case let found = score(rows), found > best?.score ?? -1 { best = (rows, found, cells) }
            } catch {
                let count = firstLine.count { $0 == separator }
                if count > failed?.count ?? -1 { failed = (error, count) }
            }
        }
        // A reading that finds no known column is no better than a syntax error of another.
        if let best, best.score > 0 || failed == nil {
            formulas = best.formulas
            return best.rows
        }
        throw failed!.error
    }

    /// The words of a total row (`SkippedRow.total`).
    static let totalWords = ["合计", "总计", "小计", "共计", "累计", "汇总", "总数", "计数", "求和", "人数"]

    /// Whether a row's first filled cell (compacted, `OfficeText.compact`) labels a total: a total
    /// word, alone (合计), with a colon (合计：2) or ending the label (本季度小计; 江州市委 计数 and
    /// 江州市委 汇总, which the 分类汇总 of Excel and WPS write under each group, 总计数 under all),
    /// or the English of Excel's (Total, Grand Total, Jiangzhou Count). Not a record's id ending
    /// so (P-合计, T26-合计, checksum, @SUM(1+1) as `talks export` writes it: helper-206, skipped
    /// as a total): before a Chinese total word no Latin letter, before an English one nothing or
    /// another word (the capital that begins it, as a space compacted away leaves it).
    static func isTotalLabel(_ word: String) -> Bool {
        // A formula is no label (=SUBTOTAL(3;A2:A9) under 编号 of a talk's row: helper-142, the
        // talk was skipped as a total): a CSV saved with its formulas is refused (`isFormula`).
        guard !word.hasPrefix("=") else { return false }
        // The label before what it totals: 本季度小计：2, 合计（2次）, 共计2次; a count and nothing else
        // (合计：选人用人把关不严 is a problem's line: helper-280, skipped as a total).
        var word = Substring(word)
        var totalled: String?
        if let end = word.firstIndex(where: { ":(".contains($0) }), end != word.startIndex {
            totalled = String(word[word.index(after: end)...].filter { $0 != ")" })
            word = word[..<end]
        }
        while let last = word.last, (last.isASCII && last.isNumber) || "次件个人条项".contains(last) {
            word = word.dropLast()
        }
        guard !word.hasPrefix("@") else { return false }
        let english = word.lowercased()
        let labelled =
            totalWords.contains { total in
                word.hasSuffix(total) && !word.dropLast(total.count).contains { $0.isASCII && $0.isLetter }
            }
            || ["total", "count", "sum"].contains { total in
                guard english.hasSuffix(total) else { return false }
                let start = word.index(word.endIndex, offsetBy: -total.count)
                return start == word.startIndex || word[start].isUppercase && word[word.index(before: start)].isLetter
            }
        return labelled && totalled.map(isFigure) ?? labelled
    }

    /// Whether a cell (compacted) holds what a total's row gives beside its label: nothing, a count
    /// or a unit (2, 共2次, 人次), a number or a share (1.5, 1,200, 85%), a formula counting rows,
    /// nothing to give (无, —), a total's label again (merged across its cells), a day, a span or
    /// a part of the year (截至2026年11月30日, 2026-09-16至2026-11-30, 2026年第三季度), a kind of
    /// talk (定期谈话), a body's name (江州市委) or what was counted (指出问题2个); never other words
    /// (选人用人把关不严, 好人主义, 心脏病: helper-280, helper-281, skipped with the total).
    static func isFigure(_ word: String) -> Bool {
        if word.isEmpty || isCount(word) || countUnits.contains(word)
            || word.contains(where: \.isNumber) && word.allSatisfy({ $0.isNumber || ".,%".contains($0) })
            || isCountFormula(word) || noneYet.contains(word) || isTotalLabel(word)
        {
            return true
        }
        guard word.count <= 30, !holdsFaultWords(word), !speaksOfAMatter(word) else { return false }
        let asOf = ["截至", "截止"].first(where: word.hasPrefix).map { String(word.dropFirst($0.count)) } ?? word
        let span = asOf.split { "至到—–~～".contains($0) }.map(String.init)
        return DateText.isDay(asOf) || isPeriod(asOf) || span.count == 2 && span.allSatisfy(DateText.isDay)
            || ["定期谈话", "及时谈话", "定期", "及时", "监督谈话"].contains(word) || isOffice(word)
            || saysOnlyCounts(word)
    }

    /// Whether a cell is a formula counting or summing rows (=SUBTOTAL(3;B2:B9), =COUNTA(A:A),
    /// =SUM(…)), as a total row of a CSV saved with its formulas holds.
    static func isCountFormula(_ text: String) -> Bool {
        let text = text.trimmed.uppercased()
        guard text.hasPrefix("="), let open = text.firstIndex(of: "(") else { return false }
        return ["SUBTOTAL", "COUNT", "COUNTA", "COUNTIF", "COUNTIFS", "SUM", "SUMIF", "SUMIFS", "AGGREGATE"].contains(
            text[text.index(after: text.startIndex)..<open].trimmingCharacters(in: .whitespaces))
    }

    /// What a ledger counts in (2人次, 3件): a count's unit, and a unit alone (单位：人次).
    static let countUnits: Set<String> = ["次", "人次", "件", "个", "人", "条", "项"]

    /// Whether an id cell (compacted) holds a count, as a total row may: 2, 共2次, 3人次.
    static func isCount(_ word: String) -> Bool {
        var rest = Substring(word)
        if rest.hasPrefix("共") { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty
            && (rest.count == digits.count || countUnits.contains(String(rest.dropFirst(digits.count))))
    }

    /// The words that mark a lone cell as a heading inside a table (`SkippedRow.heading`): a title
    /// repeated where two ledgers were pasted together.
    static let titleWords = ["台账", "登记表", "统计表", "一览表", "汇总表", "情况表", "明细表"]

    /// Whether a lone cell (compacted) is a heading: a title (`titleWords`) or a section of the
    /// table numbered as official documents number them (一、定期谈话; （一）; 第一部分).
    static func isHeading(_ word: String) -> Bool {
        // (Never one speaking of a problem or a person: 二、违规发放津贴补贴 is a record's line,
        // helper-248, dropped as a heading.)
        if speaksOfAMatter(word) { return false }
        if numberedSection(word) != nil { return true }
        // A section named by the kind of talk alone (定期谈话, 及时谈话), perhaps with its count
        // (定期谈话（共1次）) or numbered in digits (1.定期谈话, 2、及时谈话).
        var named = word.hasSuffix(")") ? String(word.prefix { $0 != "(" }) : word
        let digits = named.prefix { $0.isASCII && $0.isNumber }
        if (1...2).contains(digits.count), let mark = named.dropFirst(digits.count).first, ".、".contains(mark) {
            named = String(named.dropFirst(digits.count + 1))
        }
        if titleWords.contains(where: word.contains) || ["定期谈话", "及时谈话", "定期", "及时"].contains(named) { return true }
        // A table continued on the next page, a part of the year, a section with nothing in it, a
        // section of talks in words of its own (市委开展的谈话).
        let han = word.unicodeScalars.count { (0x4E00...0x9FFF).contains($0.value) }
        // (续表1, a table's second page numbered: helper-250, refused as a talk.)
        // (Or its months in brackets, 续表（2026年4月）: helper-251, read as a talk.)
        let rest = word.dropFirst(2)
        let continued =
            word.hasPrefix("续表")
            && (rest.allSatisfy { $0.isASCII && $0.isNumber } || rest.hasPrefix("(") && rest.hasSuffix(")"))
        return ["续上表", "(续)", "(续表)", "接上表", "无", "暂无", "(无)"].contains(word) || continued || isPeriod(word)
            || word.hasPrefix("本年度未") || word.hasPrefix("本年未") || word.hasPrefix("未开展")
            // A few words, not a sentence naming who talked with whom (…与…开展定期谈话: a record).
            || (word.contains("谈话") && (4...12).contains(han) && !word.contains { $0.isASCII && $0.isNumber }
                && !isNumberedNote(word) && !word.contains { "与同和跟对向".contains($0) })
    }

    /// Whether a cell (compacted) names a part of a year, as a ledger in sections by it does:
    /// 2026年上半年, 下半年, 第一季度, 第1季度, 2026年1-6月, 3月份, 一月, 1月至6月; a remark in brackets
    /// after it (第一季度（1-3月）) is no part of it.
    static func isPeriod(_ word: String) -> Bool {
        var rest = Substring(word)
        if rest.hasSuffix(")"), let open = rest.lastIndex(of: "("), open > rest.startIndex { rest = rest[..<open] }
        // (A year in numerals digit by digit, 二〇二六年第二季度, its 〇 typed as the letter O too: the
        // forty-ninth session, helper-255, read as a talk; a year alone, 2026年度, heads its part.)
        let year = rest.prefix { $0.isASCII && $0.isNumber || "〇零一二三四五六七八九Oo○".contains($0) }
        if year.count == 4, year.contains(where: \.isNumber), rest.dropFirst(4).hasPrefix("年") {
            rest = rest.dropFirst(5)
            if rest.hasPrefix("度") { rest = rest.dropFirst() }
            if rest.isEmpty { return true }
        }
        if ["上半年", "下半年", "全年"].contains(String(rest)) { return true }
        // 第一季度, 一季度, 第1季度: a quarter's number, in digits or numerals (helper-121: 第1季度
        // was read as a record, 第一季度 as a section of talks of no one kind).
        if rest.hasSuffix("季度") {
            let number = rest.dropLast(2).drop { $0 == "第" }
            return DateText.number(String(number)).map { (1...4).contains($0.value) } ?? false
        }
        // 3月, 3月份, 一月, 1-6月, 1月至6月, 1—6月: numbers of months and what joins them.
        guard rest.hasSuffix("月") || rest.hasSuffix("月份") else { return false }
        let months = rest.split { "-~至到—–月份".contains($0) }
        return (1...2).contains(months.count)
            && months.allSatisfy { DateText.number(String($0)).map { (1...12).contains($0.value) } ?? false }
    }

    /// Whether the filled cells of a row under the columns of lists, right under a record
    /// (compacted), are a foot's (`SkippedRow.footer`) and no more lines of the record's lists: a
    /// label left for the pen (经办人, 签字：, 日期：), a label of who made, checked or signed the
    /// ledger and what such a label is followed by (`isLedgerLine`: 填表人：张三, 填表日期：2026年11月30日,
    /// alone or its value in the next cell), where the seal goes, a page's number, that nothing
    /// follows (`isFootNote`), or a total's label and colon (合计：2). A label that may head a
    /// record's line (负责人：陈东, 日期：2026年12月31日 in 整改要求, 时间：2025年以来…) is the record's:
    /// helper-244, each was dropped as the foot; a foot written so is joined, and said so.
    static func isFootUnderRecord(_ words: [String]) -> Bool {
        // (A sentence counting, 全年共开展谈话仅1次。, under the lists is a problem pointed out.)
        // (A note's label, 注：1.本表由办公室汇总, is the foot's when it speaks of the table; of
        // anything else, the record's line: `isNoteLabel`.)
        words.allSatisfy { word in
            isLeftForThePen(word) || isLedgerLine(word) || (isFootNote(word) && !isCountSentence(word))
                || totalWords.contains(where: { word.hasPrefix($0 + ":") }) && isTotalLabel(word)
                || footLabel(word).map { label, value in
                    // (Numbered, 注：1.本表由办公室汇总; of anything else, the record's: helper-246.)
                    noteLabels.contains(label)
                        && value.map { isAboutTheTable(String($0.drop { $0.isNumber || ".、．()".contains($0) })) }
                            ?? false
                } ?? false
        } || isLabelAndValue(words, label: isLedgerLabel)
    }

    /// Whether the filled cells of a row under a foot's row (compacted) go on with it: as under a
    /// record (`isFootUnderRecord`), or any foot's label and what a foot gives after it (负责人：王五,
    /// 日期：2026年11月30日), a day alone, the name written under a label left for the pen
    /// (`afterThePen`: 经办人, then 张三). Anything else there is refused, not dropped (helper-243).
    static func isFootGoingOn(_ words: [String], afterThePen: Bool) -> Bool {
        words.allSatisfy { word in
            isFootUnderRecord([word]) || DateText.isDay(word) || afterThePen && isNameAlone(word)
                || footLabel(word).map { isFootLabel($0.label) && $0.value.map(isFootValue) ?? false } ?? false
        } || isLabelAndValue(words, label: isFootLabel)
    }

    /// A cell's label and what follows its colon (nil without one): 填表人：张三 is 填表人 and 张三;
    /// the label without a mark before it (★注), its number (注1) or where it is signed (（签字）).
    static func footLabel(_ word: String) -> (label: String, value: Substring?)? {
        let colon = word.firstIndex(of: ":")
        var label = withoutLeadingMark(word[..<(colon ?? word.endIndex)])
        if label.last == ")", let open = label.lastIndex(of: "("), open > label.startIndex { label = label[..<open] }
        while let last = label.last, last.isASCII, last.isNumber { label = label.dropLast() }
        guard !label.isEmpty else { return nil }
        return (String(label), colon.map { word[word.index(after: $0)...] })
    }

    /// Whether a cell (compacted) is a label left for the pen: a foot's label alone, or with its
    /// colon and nothing after it (经办人, 签字：, 日期：).
    static func isLeftForThePen(_ word: String) -> Bool {
        // (Or a day's blanks, 日期：____年__月__日: helper-283, joined to a record under the lists.)
        guard let (label, value) = footLabel(word),
            value.map({ ["", "年月日"].contains($0.filter { $0 != "_" }) }) ?? true
        else { return false }
        return isFootLabel(label)
    }

    /// Whether a cell (compacted) is a label of who made, checked or signed the ledger, or when,
    /// and what follows such a label (`isFootValue`): 填表人：张三, 审核人：李四（办公室主任）, 联系电话：
    /// 0791-8888888, 填表日期：2026年11月30日.
    static func isLedgerLine(_ word: String) -> Bool {
        guard let (label, value) = footLabel(word), let value, isLedgerLabel(label) else { return false }
        return isFootValue(value)
    }

    /// Whether the cells are labels each followed by its value in the next cell (填表人：| 张三,
    /// 审核人 | 李四), each label one `accepted` takes and each value one a foot gives.
    private static func isLabelAndValue(_ words: [String], label accepted: (String) -> Bool) -> Bool {
        guard words.count >= 2, words.count.isMultiple(of: 2) else { return false }
        return stride(from: 0, to: words.count, by: 2).allSatisfy { i in
            guard let (label, value) = footLabel(words[i]), value?.isEmpty ?? true, accepted(label) else {
                return false
            }
            return isFootValue(Substring(words[i + 1]))
        }
    }

    /// Whether a label is any foot's (`footerWords`, `signOffWords`, `isLedgerLabel`).
    static func isFootLabel(_ label: String) -> Bool {
        footerLabels.contains(label) || signOffLabels.contains(label) || isLedgerLabel(label)
    }

    /// Whether a label is of who made, checked or signed the ledger, or when (`ledgerLabels`; one
    /// signing, 单位负责人签字, 主管领导签名; a day of making it, 制表时间, 审核日期), never a line of a
    /// record's lists.
    static func isLedgerLabel(_ label: String) -> Bool {
        if ledgerLabels.contains(label) { return true }
        if ["签字", "签名", "签章", "盖章"].contains(where: label.hasSuffix) { return true }
        guard ["日期", "时间"].contains(where: label.hasSuffix) else { return false }
        return ["制表", "填表", "填报", "审核", "复核", "打印", "导出", "报送", "统计", "签字", "签发", "审定", "编制"].contains(
            where: label.hasPrefix)
    }

    /// The labels of a note (注：…, 说明：…).
    static let noteLabels: Set<String> = ["注", "说明", "备注", "附注", "填表说明", "填报说明"]

    /// Who made, checked or signed a ledger, and how to reach them.
    private static let ledgerLabels: Set<String> = [
        "统计时段", "审核意见",
        "填表人", "填报人", "制表人", "制表", "填表", "填报", "审核人", "审核", "复核", "复核人", "审定", "审批人", "审批", "批准",
        "批准人", "经办人", "经办", "统计人", "录入", "录入人", "登记人", "打印人", "校对", "校对人", "校核", "校核人", "核稿", "核稿人",
        "核对人", "审签", "签发", "签发人", "填报单位", "填表单位", "报送单位", "制表单位", "联系人", "联系电话", "办公电话", "联系方式",
        "手机", "传真", "电子邮箱", "邮箱",
    ]

    /// Whether a foot's value (compacted) is a day, or a span or part of the year in figures
    /// (2026年11月, 2026年1-11月, 2026年度).
    private static func isDayOrPart(_ text: String) -> Bool {
        DateText.isDay(text)
            || text.contains(where: \.isNumber)
                && text.allSatisfy({ $0.isNumber || "年月日号至到-—–~～./份度上下半季第全起止".contains($0) })
    }

    /// Whether a text (compacted) is what follows a foot's label: nothing, a name or names (张三、
    /// 李四), an office (江州市委办公室, 办公厅秘书处), a day or a part of a year (2026年11月30日,
    /// 2026年1—11月), a telephone number or a mail address, where the seal goes ((盖章)); a name with
    /// its post in brackets (李四（办公室主任）); or so, then another label and its value
    /// (张三联系电话:0791-8888888). Nothing that says more: 严重失职, 王五（被立案审查）, 兼任县委
    /// (helper-244: each dropped as a foot's name, a post, an office).
    static func isFootValue(_ value: Substring) -> Bool {
        // (Never a problem's words or a person's matter, 白条, 金条, 收受礼金, whatever else they look
        // like: helper-246.)
        if speaksOfAMatter(String(value)) || ["白条", "金条"].contains(where: value.contains) { return false }
        func given(_ text: String) -> Bool {
            // (Nothing given, or approval: 联系电话：无, 审核意见：同意; a day, a number, an address.)
            // (Or what a table counts in, 单位：人次.)
            // (A day left for the pen, ____年__月__日; units listed, 人次、个.)
            if text.isEmpty || noneYet.contains(text) || ["同意", "已审核", "已核"].contains(text) || isFootNote(text)
                || ["年月日", "年月"].contains(text.filter { $0 != "_" })
                || text.split(separator: "、").allSatisfy({
                    countUnits.contains(String($0)) || ["人数", "次数"].contains($0)
                })
                || isDayOrPart(text) || isOffice(text) || text.utf8.count <= 60 && text.allSatisfy(\.isASCII)
            {
                return true
            }
            // Telephone numbers, each perhaps with a word of where (8888888（办）、13800138000（手机）).
            if text.contains(where: \.isNumber), case let numbers = withoutPhoneRemarks(text),
                numbers.split(separator: "、").allSatisfy({ $0.allSatisfy { $0.isASCII } })
            {
                return true
            }
            // An address (江州市人民路1号).
            if text.contains(where: \.isNumber), ["号", "路", "街", "楼", "室", "巷", "弄"].contains(where: text.hasSuffix),
                !holdsFaultWords(text)
            {
                return true
            }
            let withoutTitle = text.hasSuffix("同志") ? String(text.dropLast(2)) : text
            if withoutTitle.split(whereSeparator: { "、,，".contains($0) }).allSatisfy({ isNameAlone(String($0)) }) {
                return true
            }
            // A name after its post (办公室主任李四) or before it (李四办公室副主任), or a telephone
            // number after it (张三13800000000).
            if (2...3).contains(where: { length in
                text.count > length
                    && (isNameAlone(String(text.suffix(length))) && isPostTitle(String(text.dropLast(length)))
                        || isNameAlone(String(text.prefix(length))) && isPostTitle(String(text.dropFirst(length))))
            }) {
                return true
            }
            // A name with the day it signed (张三2026年12月1日), an office with its month (江东省委办公厅
            // 2026年11月).
            if let digit = text.firstIndex(where: { $0.isASCII && $0.isNumber }), digit > text.startIndex,
                isDayOrPart(String(text[digit...])), given(String(text[..<digit]).trimmed)
            {
                return true
            }
            let head = text.prefix { !$0.isASCII }
            return !head.isEmpty && head.count < text.count && text[head.endIndex...].allSatisfy(\.isASCII)
                && given(String(head))
        }
        // A post's or an office's remark in brackets (李四（办公室主任）, 江州市委办公室（盖章）).
        func withRemark(_ part: Substring) -> Bool {
            guard part.last == ")", let open = part.lastIndex(of: "("), open > part.startIndex else {
                return given(String(part))
            }
            let remark = String(part[part.index(after: open)..<part.index(before: part.endIndex)])
            // (Or a telephone number, 张三（13800000000）.)
            // (Posts listed, 办公室副主任、四级调研员.)
            return given(String(part[..<open]))
                && (remark.split(separator: "、").allSatisfy({ isPostTitle(String($0)) }) || isOffice(remark)
                    || isFootNote("(" + remark + ")")
                    || !remark.isEmpty && remark.count <= 30 && remark.allSatisfy(\.isASCII))
        }
        // (Whole first: a time's colon, 2026-11-30 10:22, parts no labels.)
        if given(String(value)) { return true }
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        return parts.indices.allSatisfy { i in
            var part = parts[i]
            if i < parts.count - 1 {
                guard let label = footLabels.first(where: { part.hasSuffix($0) }) else { return false }
                part = part.dropLast(label.count)
            }
            return withRemark(part)
        }
    }

    /// A text without the words of where a telephone is, in brackets after its number
    /// (8888888(办) is 8888888); any other remark is kept.
    private static func withoutPhoneRemarks(_ text: String) -> String {
        ["办", "宅", "家", "手机", "办公", "办公室", "座机", "传真", "移动", "值班", "固话", "固定电话"].reduce(text) {
            $0.replacing("(" + $1 + ")", with: "")
        }
    }

    /// Whether a text (compacted) is an office's name as a foot gives it: an office's word (办公室,
    /// 秘书处, 组织部, 委办) after nothing, after another office (办公厅秘书处) or after a body of a
    /// place (江州市委办公室, 中共江东省委办公厅), or such a body alone (江州市委). Never after other
    /// words, whatever they are (好人主义办公室, 脱离群众办公室: helper-284, skipped as the foot), nor
    /// saying what it did (违规设立办事处, 长期软弱涣散的村党委: helper-244, each dropped as the foot).
    static func isOffice(_ text: String) -> Bool {
        let name = text.hasPrefix("中共") ? text.dropFirst(2) : Substring(text)
        // (A stored organization's own name, as stored: 江东省国资委党委（党组性质党委）, helper-285, refused.)
        let stored = StoredNames.current.organizations
        if stored.contains(text) || stored.contains(String(name)) { return true }
        guard (2...20).contains(text.count), !text.contains(where: { "的未不没无缺差违超乱兼多".contains($0) }) else {
            return false
        }
        if isPlaceBody(name) { return true }
        guard let word = officeWords.first(where: name.hasSuffix) else { return false }
        let before = name.dropLast(word.count)
        return before.isEmpty || isPlaceBody(before) || isOffice(String(before))
    }

    /// The words an office's name ends in, longest first: its own (办公厅, 秘书处), a department's
    /// (组织部), or one character after a body (县委办, 市委组).
    private static let officeWords = [
        "巡察工作领导小组办公室", "直属机关工委", "纪检监察组", "干部监督科", "干部监督处", "干部监督股", "干部监督室", "干部股", "机关工委", "机关党委", "老干部局", "办公厅",
        "办公室", "秘书处", "秘书科", "秘书股", "督查室", "督查处",
        "督查科", "综合处", "综合科", "综合股", "组织部", "宣传部",
        "统战部", "政法委", "机要局", "机要室", "干部科", "干部处", "人事处", "人事科", "信访局", "信访办", "信访室", "党建办", "党政办", "综合办", "党群办",
        "巡察办", "保密办", "党校", "编办", "委办", "办", "处", "科", "室", "股", "部", "厅", "局", "司", "院", "组",
    ]

    /// Whether a text is a body of a place as an office's name begins with one: a place's name
    /// (`isPlaceName`), then its committee, government or other body (江州市委, 江东省人民政府,
    /// 桐林县纪委, 江东省国资委党委), or the place itself (江州市).
    static func isPlaceBody(_ text: Substring) -> Bool {
        guard let body = placeBodies.first(where: text.hasSuffix) else { return false }
        // (Or a committee's own body after it: 桐林县委机构编制委员会.)
        let before = text.dropLast(body.count)
        return isPlaceName(before) || isPlaceBody(before)
    }

    /// Whether a text is a place's name as an office's or a post's begins with one (`isPlaceShaped`),
    /// and, while a sheet is read against a store, every level of it a place of the store's
    /// organizations (`StoredNames`): 打麻将县委办公室 is no office, whatever its shape (helper-285,
    /// dropped as the foot).
    static func isPlaceName(_ text: Substring) -> Bool {
        guard let levels = placeLevels(text) else { return false }
        let places = StoredNames.current.places
        return places.isEmpty || levels.allSatisfy { $0.isEmpty || places.contains(String($0)) }
    }

    /// Whether a text is shaped as a place's name, levels perhaps before it (江东, 江州市, 江州市桐林县,
    /// 江东省国资委, 乌鲁木齐市, 延边朝鲜族自治州): of ideographs, each level's name four of them at most
    /// (an autonomous one's ten), no fault's or matter's words (脱离群众县, 好人主义).
    static func isPlaceShaped(_ text: Substring) -> Bool { placeLevels(text) != nil }

    /// The names of a place's levels, without their words (江州市桐林县: 江州, 桐林); nil for a text
    /// not shaped as a place's name.
    fileprivate static func placeLevels(_ text: Substring) -> [Substring]? {
        guard text.count <= 20, text.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }),
            !text.contains("主义"), !holdsFaultWords(String(text)), !speaksOfAMatter(String(text))
        else { return nil }
        var (rest, levels) = (text, [Substring]())
        while !rest.isEmpty {
            let level = rest.firstIndex(where: { "省市县区州旗乡镇盟".contains($0) })
            let name = rest[..<(level ?? rest.endIndex)]
            guard name.count <= (name.hasSuffix("自治") ? 10 : 4) else { return nil }
            levels.append(name)
            rest = level.map { rest[rest.index(after: $0)...] } ?? ""
        }
        return levels
    }

    /// How a body of a place ends, longest first.
    static let placeBodies = [
        "纪律检查委员会", "机构编制委员会", "人大常委会", "人民检察院", "人民法院", "人民政府", "纪委监委", "委员会", "党工委", "检察院", "政府", "政协", "纪委", "监委",
        "法院", "省委", "市委",
        "州委", "县委", "区委", "旗委", "盟委", "地委", "工委", "党委", "党组", "街道", "委", "省", "市", "县", "区", "州", "旗", "乡", "镇",
    ]

    /// Whether a text (compacted) is a post a foot names its signer by (办公室主任, 科长, 秘书).
    /// Before the title, only an office or a rank (办公室副主任, 四级调研员; 好人主义主任 is a fault's
    /// words: helper-282, skipped as the foot).
    private static func isPostTitle(_ text: String) -> Bool {
        guard
            let title = [
                "秘书长", "调研员", "主任", "科长", "处长", "部长", "局长", "厅长", "秘书", "书记", "干部", "科员", "同志", "主席", "组长", "委员",
                "专员", "常委", "股长", "县长", "市长", "区长", "镇长", "乡长",
            ].first(where: text.hasSuffix), text.count <= 10
        else { return false }
        var before = text.dropLast(title.count)
        if before.hasSuffix("副") { before = before.dropLast() }
        if before.hasSuffix("常务") { before = before.dropLast(2) }
        return before.isEmpty || isOffice(String(before))
            || ["一级", "二级", "三级", "四级", "正", "高级", "副", "主任", "一级主任", "二级主任", "三级主任", "四级主任"].contains(String(before))
    }

    /// The labels of a foot, longest first (负责人签字 before 签字).
    private static let footLabels = (footerWords + signOffWords).sorted { $0.count > $1.count }

    /// Whether a cell (compacted) is a person's name alone as a foot signs one: two or three
    /// ideographs beginning with a common surname (`surnames`), three or four with a compound one
    /// (欧阳), or names of ideographs joined by a middle dot (阿卜杜拉·艾买提). A short line of a
    /// record's list (落实不力, 严重失职: helper-244, dropped as a name) is none; a name of a rarer
    /// surname is not taken for the foot's, and a line so refused is told, never dropped. Nor is a
    /// name with a character of a matter after it (孙丽病, 张三贪: helper-285, a signer).
    static func isNameAlone(_ text: String) -> Bool {
        let parts = text.split(separator: "·", omittingEmptySubsequences: false)
        let ideographs = { (part: Substring) in part.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
        }
        guard parts.count == 1 else {
            return parts.count <= 4 && parts.allSatisfy { !$0.isEmpty && $0.count <= 6 && ideographs($0) }
        }
        guard (2...4).contains(text.count), ideographs(parts[0]), let first = text.first, let last = text.last,
            text.count == 2 || !"病癌伤亡死贪赌嫖毒罪逃瘫疯残".contains(last)
        else { return false }
        return compoundSurnames.contains(where: text.hasPrefix)
            ? text.count >= 3 : text.count <= 3 && surnames.contains(first)
    }

    /// The commonest Chinese surnames (some two hundred, most of the population's), less those
    /// that mostly begin other words (全, 时, 成, 原, 明).
    static let surnames = Set(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿兰焦俞左柳甘祝包宁符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍喻祁蒲滕屈饶牟艾尤穆农卓古缪简车项芦麦褚娄窦戚岑景宫费卜冷晏卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝鞠惠荆冀郁胥栗楚鄢谌奚粟冼蔺楼闻厉仝阚帅屠朴廉禹漆巴卿狄晋芮扈晁阙浦鹿邸雍辜裘亓邰赫杭况逯茹诸嵇湛揭尉檀昝衣师连班"
    )

    /// Surnames of two characters.
    static let compoundSurnames = [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "端木", "长孙", "宇文", "独孤",
    ]

    /// Whether a cell labels a subtotal as Excel's and WPS's 分类汇总 write it beside the count,
    /// the group and the word apart (江州市委 计数, Jiangzhou Count), or a total's word alone: a
    /// text ending so without the space (信息汇总) is a record's.
    static func isSubtotalLabel(_ text: String) -> Bool {
        let trimmed = text.trimmed
        let words = trimmed.split(whereSeparator: \.isWhitespace)
        guard let last = words.last.map({ String($0).lowercased() }) else { return false }
        return (words.count == 1 && (totalWords + ["总计数"]).contains(trimmed))
            || (words.count > 1 && (totalWords + ["total", "count", "sum"]).contains(last))
    }

    /// The labels that begin a row of a ledger's foot (`SkippedRow.footer`): who filled it in, checked it or
    /// answers for it, when, and the notes on it.
    static let footerWords = [
        "填表人", "填报人", "制表人", "制表", "审核人", "审核", "复核", "审定", "审批人", "负责人", "负责人签字", "签字",
        "审核意见", "单位负责人", "主要负责人", "分管负责人", "分管领导", "主管领导", "科室负责人", "监印人", "统计员", "填写人", "编制人",
        "数据截至", "地址", "单位地址", "通讯地址", "邮编", "邮政编码", "联系人", "经办人", "统计人", "联系电话", "电话", "填表日期",
        "填报日期", "制表日期", "报送日期", "填报单位", "填表单位", "报送单位", "制表单位", "单位", "填表说明", "注", "备注",
        "说明", "附注", "联系方式", "手机", "办公电话", "传真", "电子邮箱", "邮箱", "填报时间", "填表时间", "报送时间", "统计时间",
        "统计截止日期", "截止日期", "统计时段", "填报说明", "分管领导签字", "领导签字", "主要领导签字", "领导审签", "审签",
        "签发", "签发人", "核稿", "校对", "打印日期", "打印时间", "导出日期", "导出时间",
    ]

    /// The labels of who checked, approved or signed a ledger, and when: a foot's only in the
    /// row's first cells (`isFooterLabel`'s `firstCells`), as a line of a record's list may begin
    /// so (时间：2025年以来…, 部门负责人：履职不力: helper-239, dropped as the foot). (Each was
    /// stored as a person under a people sheet's 编号 and 姓名, or refused as a talk: helper-238.)
    static let signOffWords = [
        "复核人", "校核", "校核人", "校对人", "核稿人", "核对", "核对人", "审批", "批准", "批准人", "经办", "录入", "录入人", "登记人",
        "打印人", "部门负责人", "办公室主任", "主要负责同志", "主要负责同志签字", "签名", "盖章", "日期", "时间", "附",
    ]

    /// Whether a cell (compacted) is a note's label and a colon (注：…, 说明：…), which may also
    /// head a line of a record's list.
    /// One about the table itself (注：本表由办公室汇总) is the foot's.
    static func isNoteLabel(_ word: String) -> Bool {
        let word = withoutLeadingMark(word)
        return ["注", "说明", "备注", "附注"].contains { word.hasPrefix($0 + ":") }
            && !["本表", "此表", "该表"].contains {
                word.contains($0)
            }
    }

    /// Whether a cell of a ledger's foot (compacted, `OfficeText.compact`) is a label and a colon,
    /// or with `bare`, a label alone in its cell, its value in the next (填表人 | 张三).
    /// With `firstCells`, the word stands in the row's first cells, where `signOffWords` are labels too.
    static func isFooterLabel(_ word: String, bare: Bool = false, firstCells: Bool = false) -> Bool {
        // (注1：, 说明2： number the notes; 填报单位（盖章）： says where the seal goes: `footLabel`.)
        guard let (label, value) = footLabel(word), value != nil || bare else { return false }
        // (Or one of who made, checked or signed it, or when, 填表人签名, 统计日期: helper-280, refused.)
        return footerLabels.contains(label) || isLedgerLabel(label) || firstCells && signOffLabels.contains(label)
    }

    /// `footerWords` and `signOffWords` looked up whole (every row of a ledger is asked whether it is the foot's).
    private static let footerLabels = Set(footerWords)
    private static let signOffLabels = Set(signOffWords)

    /// A word without the marks a template or a note sets it off by (★注：, ※说明：, *编号: helper-134,
    /// helper-135), for a header and a foot alike.
    static func withoutLeadingMark(_ word: some StringProtocol) -> Substring {
        Substring(word).drop { "★☆▲△*※●○■□◆◇".contains($0) }
    }

    /// Whether the filled cells of a row (compacted) are a ledger's foot: labels and colons, each
    /// perhaps with its value in the next cell (填表人： 张三), or labels without a colon and their
    /// values, each in a cell of its own (填表人 | 张三 | 审核人 | 李四: helper-197, read as a
    /// record), where the seal goes, alone or after who seals (江东省委办公厅（盖章）), that nothing
    /// follows, and the day it was made.
    static func isFoot(_ words: [String], firstCells: Bool = false) -> Bool {
        var labelled = false
        var afterLabel = false
        // A label without its colon is one only before its value (填表人 alone may be a record's id).
        var bareAwaitingValue = false
        // Whether the last label is a note's (注, 说明, 备注), which takes a sentence; any other takes
        // what a foot gives (`isFootValue`): 分管领导：未认真审核项目资金 is a problem pointed out
        // under its label, not who answers for the ledger (dropped as the foot).
        var afterNote = false
        // Whether the last word was a label's value: a signer's post may follow in the next cell
        // (审核人：李四 | 办公室副主任).
        var afterValue = false
        for word in words {
            let valueBefore = afterValue
            afterValue = false
            if valueBefore, isPostTitle(word) { continue }
            if isFooterLabel(word, bare: !afterLabel, firstCells: firstCells) {
                guard let (label, value) = footLabel(word) else { return false }
                afterNote = noteLabels.contains(label)
                if let value, !value.isEmpty, !afterNote, !isFootValue(value) { return false }
                afterValue = value.map { !$0.isEmpty } ?? false
                labelled = true
                bareAwaitingValue = !isFooterLabel(word, firstCells: firstCells)
                afterLabel = word.hasSuffix(":") || bareAwaitingValue
            } else if isFootNote(word) {
                // (Also a label's value: 备注 | 本表由办公厅填报, helper-238, refused as a talk.)
                labelled = true
                afterLabel = false
                bareAwaitingValue = false
            } else if afterLabel
                // (A note's words in the cell after its label asked as in one cell: 说明：| 干部选拔不规范,
                // helper-280, dropped as the foot.)
                ? (afterNote ? !speaksOfAMatter("注:" + word) : isFootValue(Substring(word)))
                    || isLeftForThePen(word)
                : DateText.isDay(word)
            {
                // (Another label left for the pen after one: 经办人 | 审核人.)
                afterValue = afterLabel && !afterNote
                afterLabel = false
                bareAwaitingValue = false
            } else {
                return false
            }
        }
        // The day it was made, alone in a row under the table.
        guard labelled && !bareAwaitingValue || (words.count == 1 && DateText.isDay(words[0])) else { return false }
        // Never one speaking of a problem or a person: 说明：孙丽同志的问题已移交纪委 under 编号,
        // helper-247, dropped as the foot. (Asked last, of a row shaped as a foot: asked first of
        // every row, it was four fifths of a ledger's import, the fifty-fourth session.)
        return !words.contains(where: speaksOfAMatter)
    }

    /// Whether a cell (compacted) numbers a printed page: 第1页, 第1页共2页, 共2页, 第1/2页, -1-.
    static func isPageNumber(_ word: String) -> Bool {
        // Each number as one #: 第12页共30页 reads 第#页共#页.
        // (In Chinese numerals too: 第一页.)
        let shape = word.reduce(into: "") { shape, character in
            let digit = character.isASCII && character.isNumber || "一二三四五六七八九十〇零".contains(character)
            if !digit || shape.last != "#" { shape.append(digit ? "#" : character) }
        }
        return [
            "第#页", "第#页共#页", "第#页,共#页", "第#页/共#页", "第#页(共#页)", "共#页第#页", "共#页", "第#/#页", "#/#页", "#/#", "-#-",
            "—#—", "–#–",
            // What Excel and WPS print in English: Page 1 of 2.
            "page#", "page#of#", "page#/#",
        ].contains(shape.lowercased())
    }

    /// Whether a cell (compacted) signs a ledger as an office does, by its name, over its seal,
    /// perhaps with the day: 江东省委办公厅, 中共江州市委办公室, 江东省委办公厅2026年11月30日.
    static func isSignature(_ word: String) -> Bool {
        ["办公厅", "办公室"].contains { office in
            guard let end = word.ranges(of: office).last?.upperBound, word[..<end].count > office.count
            else { return false }
            let day = word[end...]
            // (An office's name before it, not words: 好人主义办公室, helper-284, skipped as the foot.)
            return (day.isEmpty || DateText.isDay(String(day))) && isOffice(String(word[..<end]))
        }
    }

    /// A word without the dashes a document sets its closing words off by (——以下空白——, …以下空白…).
    static func withoutDashes(_ word: String) -> Substring {
        let dash = { (character: Character) in
            "─━~～…".contains(character)
                || character.unicodeScalars.count == 1 && OfficeText.hyphens.contains(character.unicodeScalars.first!)
        }
        var rest = Substring(word).drop(while: dash)
        while let last = rest.last, dash(last) { rest = rest.dropLast() }
        return rest
    }

    /// Whether what stands before a seal's or a signature's mark is a foot's: nothing, what a foot
    /// gives (江东省委办公厅, 李四), or a foot's label and that (填报单位：江州市委办公室, 单位负责人签字：).
    private static func isSealed(_ before: Substring) -> Bool {
        before.isEmpty || isFootValue(before)
            || footLabel(String(before)).map {
                isFootLabel($0.label) && ($0.value.map { $0.isEmpty || isFootValue($0) } ?? true)
            }
                ?? false
    }

    /// Whether a cell (compacted) is a foot's note: a `footNotes` one (set off by dashes or not), alone or after who seals
    /// (江东省委办公厅（盖章）), a page's number, the office signing (`isSignature`).
    static func isFootNote(_ word: String) -> Bool {
        // (Set off by dashes as a document ends its text, ——以下空白——: helper-238, refused as a talk.)
        let shaped =
            footNotes.contains(String(withoutDashes(word)))
            // (After what a foot gives only, or nothing: 填报单位：脱离群众（盖章）, helper-286, dropped.)
            || footNotes.contains { seal in
                seal.hasPrefix("(") && word.hasSuffix(seal) && isSealed(word.dropLast(seal.count))
            }
            || isPageNumber(word) || isSignature(word)
            // 以上共3条: how many records the table holds.
            || (word.hasPrefix("以上") && isCount(String(word.dropFirst(2))) && word.dropFirst(2).hasPrefix("共"))
            // 本年度共开展谈话3次: the same in a sentence, perhaps as of a day (截至2026年11月30日，共开展谈话1次。),
            // saying nothing of a fault (本表共1条记录，主体责任落实不到位: helper-280, dropped).
            || isCountSentence(word) && saysOnlyCounts(word)
            || isAboutTheTable(word)
        // (The words asked last, of a cell shaped as a note: `isFoot`.)
        return shaped && !speaksOfAMatter(word)
    }

    /// Whether a cell (compacted) is a note on the table itself, with or without a mark or label
    /// before it: the table named and then how it is filled, sent or read (本表由各单位填报, 本台账
    /// 所列, 注 本表中…, *此表一式两份), or what its figures are as of (以上数据截至…, 表中日期以…为准).
    /// Never a record's problem (helper-125: one under 指出的问题 was joined to the last talk as its
    /// problem, one under 编号 read as a talk); a problem about some table says what was wrong with
    /// it (本表反映的信访问题未及时处理: helper-127, dropped as the foot).
    /// One speaking of a person, a problem, a clue or what is to be rectified is no note on the
    /// table (本表共1条记录，孙丽同志收受礼金; 本表所列整改事项限30日内完成: helper-247, dropped as the foot).
    static func isAboutTheTable(_ word: String) -> Bool {
        // (Numbered too, 1.本表由各单位填报: helper-251, joined to the record above as its problem.)
        let note = (numberedNote(word) ?? Substring(word)).drop { "注*※＊:".contains($0) }
        // An instruction to those filling it in (请于每月5日前报送, 不得迟报漏报, 如有疑问请联系…: helper-252,
        // refused as a talk).
        let shaped: Bool
        if ["请", "不得", "如有", "以上数据", "表中日期", "表中数据"].contains(where: note.hasPrefix) {
            shaped = true
        } else if let table = ["本台账", "此台账", "本表", "此表", "该表"].first(where: note.hasPrefix),
            case let rest = note.dropFirst(table.count), !rest.hasPrefix("共") || saysOnlyCounts(String(note))
        {
            // (Its count says nothing more: 本表共1条记录，好人主义, helper-281, dropped.)
            shaped = [
                "由", "所列", "所填", "填", "中", "内", "一式", "共", "各", "数据", "为", "请", "须", "应", "按", "问题栏", "仅", "截至", "截止",
                "于", "报送",
            ]
            .contains(where: rest.hasPrefix)
        } else {
            shaped = false
        }
        // (Nor of a fault: 1.本表数据失实, helper-252, dropped as the foot. Asked last: `isFoot`.)
        return shaped && !speaksOfAMatter(word) && !holdsFaultWords(word)
            && !["整改", "线索", "问题:"].contains(where: word.contains)
    }

    /// Whether a numbered line or a section's name (compacted) speaks of the table, as a foot's notes
    /// and a ledger's sections do: how it is filled, sent or read (1.本表由各单位填报, （3）谈话类型填定期
    /// 或及时, 2.日期格式为…), or a part of it (及时谈话, 市委, 2026年第一季度, 续表, 无). Under the last
    /// record, a numbered line saying neither may be the record's (2、落实不到位: helper-248, dropped).
    static func speaksOfTheTable(_ word: String) -> Bool {
        // (Never of a fault, nor of a person: 2、统计数据报送不及时, 2、干部档案台账不规范, helper-249;
        // 说明：孙丽同志的问题已移交纪委, helper-250, each dropped.)
        if holdsFaultWords(word) || speaksOfAMatter(word) { return false }
        let named = numberedSection(word) ?? numberedNote(word) ?? Substring(word)
        return [
            "本表", "此表", "表中", "该表", "上表", "附表", "表内", "填", "报送", "栏", "格式", "注明", "统计", "汇总", "截至", "截止", "一式",
        ].contains(where: named.contains) || titleWords.contains(where: named.hasSuffix) || namesASection(word)
    }

    /// Whether a numbered line (compacted) names a section of a ledger after its number: its talks
    /// (二、及时谈话情况, （二）约谈), a body (2、海西州委), a part of the year, or nothing (无); never a
    /// fault or a person.
    static func namesASection(_ word: String) -> Bool {
        guard let named = numberedSection(word) ?? numberedNote(word), !holdsFaultWords(word), !speaksOfAMatter(word)
        else { return false }
        let plain = named.hasSuffix(")") ? named.prefix { $0 != "(" } : named
        // (Or the post of those talked with, （一）县委书记, （二）县长, 二、县委班子成员: helper-251,
        // helper-252, refused between records; talks ending it, 2.谈话记录简单 is a problem's, helper-252.)
        return plain.isEmpty || ["谈话", "谈话情况", "谈"].contains(where: plain.hasSuffix)
            || ["委", "党组", "单位", "部门", "书记", "一把手", "负责人", "长", "成员", "班子"].contains(where: plain.hasSuffix)
            || ["定期", "及时", "无", "暂无", "其他", "其它"].contains(String(plain)) || plain.hasPrefix("续")
            || isPeriod(String(plain))
    }

    /// The longest line, in UTF-8 bytes, a foot's note or a section's heading is asked about: a longer
    /// one is taken to speak of a fault (`holdsFaultWords`), never the foot's.
    static let longestFootLine = 1_000

    /// Whether a line (compacted) says something was not done or done wrong, as a problem does
    /// (落实不到位, 报送不及时, 填报不实, 未按要求填写, 存在瑕疵) and a foot's note or a section's name
    /// does not: an instruction (请…, 不得…, …的，予以通报) and its own negatives (勿, 无需, 不含) aside.
    static func holdsFaultWords(_ word: String) -> Bool {
        // A foot's note or a heading is a line: one of megabytes is asked nothing, and is no foot's
        // (helper-253: 注： and 250,000 letters took 45 s).
        guard word.utf8.count <= longestFootLine else { return true }
        // An instruction speaks of faults only to say what to do about them (请于每月5日前报送，报送不及时
        // 的予以通报; 整改不到位的，请在备注栏注明; 填写不规范的将退回重填: helper-251, refused).
        // (Not 请示, 请托, 请客, 请假: a problem's words, 重大事项未请示报告, helper-251.)
        let asked = ["请示", "请托", "请客", "请吃", "请假"].reduce(word) { $0.replacing($1, with: "") }
        if ["请", "不得", "予以", "将退回", "按规定移交", "避免", "注明"].contains(where: asked.contains) || asked.contains("的,") {
            return false
        }
        var text = word
        for instruction in [
            "不要", "勿", "无需", "不需", "不必", "不用", "不可", "不能", "不超过", "不少于", "不含", "不包括", "不填", "不涉及", "未开展的", "不定期",
        ] {
            text = text.replacing(instruction, with: "")
        }
        return [
            "未", "不", "没有", "缺", "漏", "迟", "违", "虚", "假", "错", "乱", "差", "弱", "松", "软", "滞后", "超标", "超支", "隐瞒", "拖延",
            "敷衍",
            "失", "存在", "瑕疵", "隐患", "短板", "走过场", "流于形式", "形式主义", "官僚主义", "马虎", "雷同", "空泛", "照搬", "走样", "倒置",
            "突出", "瞒", "应付", "随意", "粗糙", "淡化", "弱化", "虚化", "缺位", "懈怠", "懒政", "不力", "偏离", "脱节", "打折扣",
            "搞变通", "一言堂", "团团伙伙", "圈子", "生疏", "淡薄", "淡漠", "较低", "偏低", "较少", "偏少", "过少", "沟通少", "次数少",
        ].contains(where: text.contains)
    }

    /// What follows a section's number as official documents write it (一、, (一), 第一部分), nil for
    /// a line not so numbered.
    static func numberedSection(_ word: String) -> Substring? {
        let numerals = Set("一二三四五六七八九十")
        let numbered = word.prefix { numerals.contains($0) }
        if !numbered.isEmpty, let mark = word.dropFirst(numbered.count).first, "、.".contains(mark) {
            return word.dropFirst(numbered.count + 1)
        }
        let bracketed = word.dropFirst().prefix { numerals.contains($0) }
        if word.hasPrefix("("), !bracketed.isEmpty, word.dropFirst(1 + bracketed.count).first == ")" {
            return word.dropFirst(2 + bracketed.count)
        }
        if word.hasPrefix("第"), word.dropFirst().first.map(numerals.contains) == true, let part = word.range(of: "部分") {
            return word[part.upperBound...]
        }
        return nil
    }

    /// Whether a cell (compacted) speaks of a matter a foot never does: a problem's words
    /// (`holdsProblemWords`: 收受礼金), a person as 同志 (孙丽同志; not 主要负责同志, who signs), or a
    /// fault in a note's words (注：1.选人用人把关不严, 说明：报送材料走过场: helper-250, dropped as the
    /// foot).
    static func speaksOfAMatter(_ word: String) -> Bool {
        if holdsProblemWords(word) || word.contains("同志") && !word.contains("负责同志") { return true }
        // A case handed on to the discipline bodies, or someone's health (2.谈话中发现的问题已移交纪委,
        // 2.身体状况欠佳: helper-278, dropped as the foot's numbered notes).
        if matters.occur(in: word) { return true }
        // A note's words say how the table is filled, sent or read, or nothing (注：宗旨意识淡薄, 说明：班子
        // 成员之间沟通少: helper-252, dropped as the foot, as no fault's words were listed).
        guard let (label, value) = footLabel(word), noteLabels.contains(label), let value, !value.isEmpty else {
            return false
        }
        let said = String(value)
        return !isNoneYet(said) && !isAboutTheTable(said) && !speaksOfTheTable(said) && !saysHowToFill(said)
    }

    /// Words of a matter no foot speaks of beside a problem's (`speaksOfAMatter`).
    private static let matters = Words([
        "移交纪", "移送纪", "移交监委", "移送监委", "移交司法", "移送司法", "立案", "留置", "身体状况", "健康状况", "病情", "患病", "生病", "住院",
        // (Illnesses by name, shaped as a name may be: 审核人：高血压, helper-281, the foot's.)
        "高血压", "心脏病", "糖尿病", "癌", "肿瘤", "抑郁", "中风", "脑梗", "病假", "病休",
    ])

    /// Whether a note (compacted) tells those filling the table in what to do (须如实填写, 应逐条列明,
    /// 按实际开展日期填写, 以谈话记录为准) rather than what was found.
    static func saysHowToFill(_ word: String) -> Bool {
        !holdsFaultWords(word)
            && ["请", "须", "应", "按", "为准", "如有", "不得", "填", "报", "一式", "截至", "截止"].contains(where: word.contains)
    }

    /// Whether a cell (compacted) says how many records the table holds in a sentence: 本年度共开展
    /// 谈话3次, 共计3次, 截至2026年11月30日，共开展谈话1次。
    static func isCountSentence(_ word: String) -> Bool {
        // A sentence, not a record's cell: a word of totals (共, 累计, 已开展) and a number counted
        // (1次, 3人次, 1条, 1个), as 2026年共开展监督谈话1人次, 本表共1条记录, 截止目前，已开展谈话1次，覆盖1个单位。
        // (以上共3条, the table's own count, is the foot's wherever it stands: `isFootNote`.)
        guard word.count <= 60, !word.hasPrefix("以上"), ["共", "累计", "已开展"].contains(where: word.contains) else {
            return false
        }
        let characters = Array(word)
        return characters.indices.contains { i in
            characters[i].isASCII && characters[i].isNumber && i + 1 < characters.count
                && "次人条项件个".contains(characters[i + 1])
        }
    }

    /// Whether a sentence (compacted) says how many and as of when, and nothing more: each of its
    /// clauses a count (本表共1条记录, 覆盖1个单位) or a day (截至2026年11月30日), no remark in
    /// brackets (本表共1条记录，好人主义 or （作风漂浮） after it: helper-281, dropped as the foot).
    static func saysOnlyCounts(_ word: String) -> Bool {
        guard !word.contains("("), !holdsFaultWords(word) else { return false }
        return word.split { "，,。；;、".contains($0) }.allSatisfy { clause in
            if clause.hasPrefix("截至") || clause.hasPrefix("截止") || DateText.isDay(String(clause)) { return true }
            // Who filled it in, after the count (本表共1条记录，填表人：张三).
            if isLedgerLine(String(clause)) { return true }
            // A number counted, and around it only the words of counting talks and records (其中好人主义1人
            // counts a fault: helper-282, skipped with the total).
            var rest = Substring(clause)
            if let year = rest.firstRange(of: "年"), rest[..<year.lowerBound].allSatisfy(\.isNumber) {
                rest = rest[year.upperBound...]
            }
            guard let digits = rest.firstIndex(where: \.isNumber) else { return false }
            let after = rest[digits...].drop(while: \.isNumber)
            guard let unit = after.first, "次人条项件个名".contains(unit) else { return false }
            var words = rest[..<digits] + after
            while !words.isEmpty {
                guard let word = countingWords.first(where: { words.hasPrefix($0) }) else { return false }
                words = words.dropFirst(word.count)
            }
            return true
        }
    }

    /// The words a sentence counting talks and records is made of (本表共1条记录, 已开展谈话1次,
    /// 覆盖1个单位, 指出问题2个), longest first.
    private static let countingWords = [
        "本台账", "人次", "本表", "此表", "以上", "共计", "累计", "合计", "小计", "总计", "开展", "监督", "谈话", "定期", "及时", "覆盖", "涉及",
        "单位", "记录", "其中", "目前", "全年", "年度", "本年", "指出", "问题", "发现", "提出", "整改", "要求", "对象", "书记", "组织", "党组织",
        "下级", "一把手", "共", "已", "条", "次", "人", "个", "件", "项", "名", "度", "为", "有", "数",
    ].sorted { $0.count > $1.count }

    /// Whether a cell (compacted) is a numbered line of prose (1.本表由各单位填报, （2）谈话日期按…,
    /// ①…): numbered as notes are, then four Chinese characters or more. Under the last record it is
    /// a note of the foot, labelled or not.
    static func isNumberedNote(_ word: String) -> Bool {
        // (A foot's note never speaks of a problem or a person: 2、违规发放津贴补贴 under a record is its
        // line, helper-248, dropped as the foot.)
        guard let rest = numberedNote(word), !speaksOfAMatter(word) else { return false }
        return rest.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count >= 4
    }

    /// What follows a note's number (1. 2、 3) (4) ①), nil for a line not so numbered.
    static func numberedNote(_ word: String) -> Substring? {
        var rest = Substring(word)
        if let first = rest.unicodeScalars.first, (0x2460...0x2473).contains(first.value) { return rest.dropFirst() }
        let bracketed = rest.hasPrefix("(")
        if bracketed { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return nil }
        rest = rest.dropFirst(digits.count)
        guard let mark = rest.first, bracketed ? mark == ")" : ".、)".contains(mark) else { return nil }
        return rest.dropFirst()
    }

    /// What a foot's cell may hold on its own, as it reads compacted: where the seal or signature
    /// goes (（盖章） and the like), or that nothing follows (以下空白, （以下无正文）).
    static let footNotes: Set<String> = Set(
        [
            "盖章", "签字", "签名", "公章", "签章", "印", "印章", "章", "单位盖章", "单位公章", "签字盖章", "盖章处", "签字处", "签章处", "以下空白",
            "以下无正文", "以下无内容", "此页无正文", "本页无正文", "此表一式两份", "本表一式两份", "此表一式三份", "本表一式三份", "一式两份", "一式三份",
        ]
        .flatMap { ["(\($0))", "【\($0)】", "[\($0)]", $0] } + ["(完)", "(全文完)"])

}

extension CellKind {
    /// Whether the cell gives its own record's name, a person's or an organization's.
    var isNameOfItsRecord: Bool {
        switch self {
        case .personName, .organizationName: true
        default: false
        }
    }

    var isPerson: Bool {
        if case .person = self { true } else { false }
    }

    var isDeadline: Bool {
        if case .deadline = self { true } else { false }
    }

    var isDate: Bool {
        if case .date = self { true } else { false }
    }

    /// The Chinese characters a refused value of the cell may hold and still be quoted
    /// (`Sheet.withholding`): a day's, for a date, a deadline or a year; none, for a number or
    /// a word of a vocabulary, yes or no, or a list of them, whose refusal quotes only two
    /// characters (待定) or none (`regulr`) and lists the values it takes. A vocabulary's own
    /// characters were allowed first, but its labels are long (（一）信访举报问题较多) and a short
    /// problem is written with the same words (信访问题多, 整改不力: helper-198, quoted). Nil for
    /// a cell that takes any text or names a record.
    var writtenWith: Set<Unicode.Scalar>? {
        switch self {
        case .date, .deadline, .year: Set(Sheet.dayWords.unicodeScalars)
        case .integer, .vocabulary, .yesNo, .list: []
        default: nil
        }
    }

    var isYesNo: Bool {
        if case .yesNo = self { true } else { false }
    }
}

extension String {
    /// Without white space at either end. From the ends inward, and the string itself when there
    /// is none: reversing it twice walked every character of every cell, a minute for a cell of
    /// ten megabytes in a debug build.
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return first == startIndex && index(after: last) == endIndex ? self : String(self[first...last])
    }
}

extension JSONValue {
    /// The value at a dotted key path of nested objects; setting nil removes the member.
    subscript(path path: String) -> JSONValue? {
        get { self[keys: path.split(separator: ".").map(String.init)] }
        set {
            let keys = path.split(separator: ".").map(String.init)
            self = setting(keys[...], newValue)
        }
    }

    /// The value at a key path already split into its keys (a sheet of every talk splits each
    /// column's path once, not once a cell).
    subscript(keys keys: [String]) -> JSONValue? {
        var current: JSONValue? = self
        for key in keys {
            guard case .object(let members)? = current else { return nil }
            // Names of another length are passed over without comparing their text.
            current = members.first { $0.key.utf8.count == key.utf8.count && $0.key == key }?.value
        }
        return current
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

/// The store's organizations a sheet is read against, for what a foot or a cell names by them:
/// their names, and the names of their places' levels (江东省委: 江东; 江州市桐林县委: 江州, 桐林).
/// Set while a sheet is read (`Sheet.read`); outside one, empty, and a place is asked its shape alone.
struct StoredNames: Sendable {
    /// The organizations' names, compacted (`OfficeText.compact`).
    var organizations: Set<String> = []
    var places: Set<String> = []

    @TaskLocal static var current = StoredNames()

    init() {}

    init(_ organizations: [Organization]) {
        for organization in organizations {
            let name = OfficeText.compact(organization.name)
            self.organizations.insert(name)
            var bare = Substring(OfficeText.withoutRemark(name) ?? name)
            if bare.hasPrefix("中共") { bare = bare.dropFirst(2) }
            if let body = Sheet.placeBodies.first(where: bare.hasSuffix) { bare = bare.dropLast(body.count) }
            places.formUnion(Sheet.placeLevels(bare)?.map(String.init) ?? [])
        }
    }
}

import TalkModel

extension WorkbookReader {
    /// The cells of one worksheet part (§18.3.1.80 `sheetData`, §18.3.1.55 `mergeCells`).
    final class CellReader {
        let sheet: String
        let shared: [String]
        let styles: NumberStyles
        let date1904: Bool
        var rows: [Int: [Int: String]] = [:]
        /// The cells holding a value in a font struck through (删除线), as `[row, column]`.
        var struck: Set<[Int]> = []
        /// The rows hidden (§18.3.1.73 `row`, `hidden`), by hand or by a filter.
        var hidden: Set<Int> = []
        /// The cells whose value could not be read, in the sheet's order: each is told, not only the first.
        var unreadable: [Sheet.UnreadableCell] = []
        /// The sheet's merged ranges (§18.3.1.55), rows and columns from 1 and 0.
        var merged: [(row: Int, first: Int, lastRow: Int, last: Int)] = []
        // The cell being read.
        var row = 0
        var column = -1
        var type = "n"
        var style = 0
        var value = ""
        var inline = ""
        /// Whether the cell has a `<v>` (its value, or a formula's cached result) and an `<f>`.
        var valued = false
        var formula = false
        /// The element whose text is being read (`v` or `t`), and whether it is inside a phonetic
        /// guide (`rPh`, §18.4.6), whose text is not the cell's.
        var reading: String?
        var phonetic = false
        /// Whether a run (§18.4.4 `r`) of the inline string with text is struck through (`rPr`,
        /// `strike`), and whether the one being read is.
        var runsStruck = false
        var (runStruck, runText) = (false, "")

        init(sheet: String, shared: [String], styles: NumberStyles, date1904: Bool) {
            (self.sheet, self.shared, self.styles, self.date1904) = (sheet, shared, styles, date1904)
        }

        func place(_ row: Int, _ column: Int) -> String { "\(sheet)!\(CSV.columnName(column))\(row)" }

        func read(_ bytes: [UInt8], part: String) throws -> [(number: Int, cells: [String])] {
            try XMLPart.parse(
                bytes, part: part,
                start: { [self] element, attributes in try start(element, attributes) },
                text: { [self] text in
                    switch reading {
                    case "v": value += text
                    case "t":
                        inline += text
                        runText += text
                    default: break
                    }
                },
                end: { [self] element in try end(element) })
            clearCovered()
            return lines()
        }

        /// Empties every cell a merged range covers but its first, as Excel, WPS and LibreOffice
        /// show them: the range shows its first cell's value alone. LibreOffice and WPS keep what
        /// the covered cells held before the merge (a date under a merged one, a stale 整改情况
        /// beside a merged 整改措施); read, that hidden value took the place of the one shown.
        /// A covered cell that could not be read is no problem either: nothing of it is shown.
        private func clearCovered() {
            guard !merged.isEmpty else { return }
            let numbers = rows.keys.sorted()
            for range in merged {
                // The rows with cells that the range spans, from the first found by halving: a
                // range may span the whole sheet, and a sheet may have thousands of ranges.
                var low = 0
                var high = numbers.count
                while low < high {
                    let middle = (low + high) / 2
                    if numbers[middle] < range.row { low = middle + 1 } else { high = middle }
                }
                for number in numbers[low...].prefix(while: { $0 <= range.lastRow }) {
                    // A row another range emptied is gone already: ranges may overlap in a damaged file.
                    guard var cells = rows[number] else { continue }
                    cells = cells.filter { column, _ in
                        !(range.first...range.last).contains(column) || (number, column) == (range.row, range.first)
                    }
                    rows[number] = cells.isEmpty ? nil : cells
                }
            }
            unreadable.removeAll { cell in
                merged.contains { range in
                    (range.row...range.lastRow).contains(cell.row) && (range.first...range.last).contains(cell.column)
                        && (cell.row, cell.column) != (range.row, range.first)
                }
            }
        }

        private func start(_ element: String, _ attributes: [String: String]) throws(Failure) {
            switch element {
            case "row":
                let number = attributes["r"].flatMap(Int.init) ?? row + 1
                guard (1...WorkbookReader.rowLimit).contains(number), number > row else {
                    throw Failure(
                        problem: Problem(
                            "\(sheet)!\(attributes["r"] ?? "")",
                            Message(zh: "行号无效或未按顺序", en: "has a row number out of range or out of order")))
                }
                row = number
                column = -1
                // Hidden, or of no height (helper-134: a row shrunk to nothing was imported).
                // (Under a point high, as good as none: helper-135, 0.1.)
                if ["1", "true"].contains(attributes["hidden"])
                    || attributes["ht"].flatMap(Double.init).map({ (0..<1).contains($0) }) == true
                {
                    hidden.insert(number)
                }
            case "c":
                if let reference = attributes["r"] {
                    guard let (r, c) = WorkbookReader.cellReference(reference), r == row, c > column else {
                        throw Failure(
                            problem: Problem(
                                "\(sheet)!\(reference.shortened)",
                                Message(zh: "单元格引用无效或不在所在行", en: "is not a valid cell reference in its row")))
                    }
                    column = c
                } else {
                    column += 1
                }
                guard column < WorkbookReader.columnLimit else {
                    throw Failure(
                        problem: Problem(place(row, column), Message(zh: "超出 XFD 列", en: "lies beyond column XFD")))
                }
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap(Int.init) ?? 0
                value = ""
                inline = ""
                (valued, formula, runsStruck) = (false, false, false)
            case "f": formula = true
            case "v", "t":
                guard !phonetic else { break }
                reading = element
                if element == "v" { valued = true }
            case "rPh": phonetic = true
            case "r": (runStruck, runText) = (false, "")
            case "strike": runStruck = !["0", "false"].contains(attributes["val"] ?? "true")
            case "mergeCell":
                if let reference = attributes["ref"], let colon = reference.firstIndex(of: ":"),
                    let (r1, c1) = WorkbookReader.cellReference(String(reference[..<colon])),
                    let (r2, c2) = WorkbookReader.cellReference(String(reference[reference.index(after: colon)...])),
                    r2 >= r1, c2 >= c1, r2 > r1 || c2 > c1
                {
                    merged.append((r1, c1, r2, c2))
                }
            default: break
            }
        }

        private func end(_ element: String) throws(Failure) {
            switch element {
            case "v", "t": reading = nil
            case "rPh": phonetic = false
            case "r" where runText.contains(where: { !$0.isWhitespace }):
                runsStruck = runsStruck || runStruck
            case "c":
                do throws(Failure) {
                    if formula, !valued || (value.isEmpty && type != "str") { throw uncalculated() }
                    // A text cell's apostrophe before text a spreadsheet would run is the one a CSV
                    // of talks put there (`CSV.inert`), kept as text by the spreadsheet that opened
                    // it and saved it as a workbook; one before an apostrophe, `Workbook`'s own.
                    let read = try cellText()
                    let text = ["s", "inlineStr", "str"].contains(type) ? CSV.imported(read) : read
                    if !text.isEmpty {
                        rows[row, default: [:]][column] = text
                        if styles.struck.contains(style)
                            || type == "s" && Int(value).map(styles.struckStrings.contains) == true
                            || type == "inlineStr" && runsStruck
                        {
                            struck.insert([row, column])
                        }
                    }
                } catch {
                    // The rest of the sheet is still read, so its every problem is told in one run.
                    unreadable.append(Sheet.UnreadableCell(row: row, column: column, message: error.problem.message))
                }
            default: break
            }
        }

        private func cellText() throws(Failure) -> String {
            switch type {
            case "s":
                guard let index = Int(value), shared.indices.contains(index) else {
                    throw Failure(
                        problem: Problem(
                            place(row, column),
                            Message(
                                zh: "共享字符串编号 \(value.quoted) 不存在",
                                en: "names shared string \(value.quoted), which does not exist")))
                }
                return try shownText(shared[index])
            case "inlineStr": return try shownText(XString.decoded(inline))
            case "str": return try shownText(XString.decoded(value))
            case "e": return value
            case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
            // An ISO 8601 date-time (§18.17.4): its day, in China when a zone is written, as a text
            // cell's is (`DateText`).
            case "d": return (try? DateText.parse(value).description) ?? String(value.prefix(10))
            default:
                guard !value.isEmpty else { return "" }
                guard let number = Double(value) else {
                    throw Failure(
                        problem: Problem(
                            place(row, column),
                            Message(zh: "数值 \(value.quoted) 无法读取", en: "holds \(value.quoted), which is not a number")))
                }
                if styles.days.contains(style) {
                    // A formula's 0 for a cell it refers to that is empty (shown 1900/1/0, or
                    // nothing): no day, as a 0 typed in a CSV's date column.
                    if number == 0, !styles.times.contains(style) { return "0" }
                    if styles.times.contains(style), number >= 0,
                        number < 1 || styles.clocks.contains(style) && number < 3_000_000
                    {
                        return clock(number)
                    }
                    guard let date = WorkbookReader.date(serial: number, date1904: date1904) else {
                        // Day 60 of the 1900 system is the one that never was; others lie outside Excel's days.
                        // A fraction of a day alone is a time cell (14:30) without its date.
                        // (Any number may be there, an ID card's 18 digits, 1E+300, NaN: no clock of it unless a time.)
                        let why =
                            number > 0 && number < 1
                            ? Message(
                                zh: "只有时刻 \(clock(number))，没有日期", en: "a time of day, \(clock(number)), without its day"
                            )
                            : !date1904 && number >= 60 && number < 61
                                ? Message(zh: "1900 年 2 月 29 日并不存在", en: "there was no 29 February 1900")
                                : Message(zh: "Excel 的日期在 1900 年至 9999 年之间", en: "Excel's days run from 1900 to 9999")
                        throw Failure(
                            problem: Problem(
                                place(row, column),
                                Message(
                                    zh: "日期序号 \(value) 不对应任何日期（\(why.zh)）",
                                    en: "date serial \(value) is no day (\(why.en))")))
                    }
                    // A year typed into a cell formatted as a date is that many days from 1900: 2026 is
                    // shown 1905-07-18, a day of no ledger: given as the year typed, which a 年度 column
                    // reads and a date column refuses (helper-132, helper-134).
                    if number == number.rounded(), (1900...2100).contains(number) { return String(Int(number)) }
                    if styles.years.contains(style) { return "\(date.year)年" }
                    return styles.months.contains(style) ? "\(date.year)年\(date.month)月" : date.description
                }
                let whole = number == number.rounded() && abs(number) < 1e15
                // A padding format's other sections show a negative number or zero otherwise (`"T"000;"T-"000;"Z"`),
                // and `#` shows no zero.
                let padded = styles.padded[style]
                let shownOtherwise =
                    !whole || number < 0 || number == 0 && (padded?.code.contains(";") == true || padded?.digits == 0)
                if let code = styles.unread[style] ?? (shownOtherwise ? padded?.code : nil) {
                    throw Failure(
                        problem: Problem(
                            place(row, column),
                            Message(
                                zh: "数值 \(value) 经数字格式 \(code.quoted) 显示为另一文本，导入无法照所见读取；"
                                    + "请将该单元格设为文本格式，照所见重新输入",
                                en: "holds the number \(value), which its number format \(code.quoted) shows as "
                                    + "another text, not read here; format the cell as text and type what it shows")))
                }
                // Whole numbers as Excel shows them in General format: 12, not 12.0.
                if whole {
                    return number >= 0
                        ? styles.padded[style]?.text(Int(number)) ?? String(Int(number)) : String(Int(number))
                }
                return value
            }
        }

        /// A text cell as its format shows it (`"T26-"@`: 001 shows T26-001); an empty one shows
        /// nothing. One its format hides (`;;;`, or shows other text instead) is refused.
        private func shownText(_ text: String) throws(Failure) -> String {
            guard let format = styles.text[style], !text.isEmpty else { return text }
            guard let shown = format.shown(text) else {
                throw Failure(
                    problem: Problem(
                        place(row, column),
                        Message(
                            zh: "文本 \(text.quoted) 被数字格式 \(format.code.quoted) 隐藏或换成别的文字显示，导入无法照所见读取；"
                                + "请将该单元格设为文本格式，照所见重新输入",
                            en: "holds the text \(text.quoted), which its number format \(format.code.quoted) hides or "
                                + "shows as another; format the cell as text and type what it shows")))
            }
            return shown
        }

        /// The time of day a serial's fraction is (0.6041666667: 14:30), as `h:mm` shows it; the
        /// serial a finite number of at most a few million days.
        private func clock(_ serial: Double) -> String {
            let minutes = Int((serial.truncatingRemainder(dividingBy: 1) * 24 * 60).rounded()) % (24 * 60)
            return "\(minutes / 60):\(minutes % 60 < 10 ? "0" : "")\(minutes % 60)"
        }

        /// A formula without its result (§18.3.1.40): a workbook written by a program that never
        /// calculated it. Formulas are never run here, and reading the cell as empty would say
        /// that a field was missing when it was not.
        private func uncalculated() -> Failure {
            Failure(
                problem: Problem(
                    place(row, column),
                    Message(
                        zh: "单元格含公式，但文件中没有保存其计算结果（生成文件的程序未计算公式）；"
                            + "请用 Excel 或 WPS 打开并保存后再导入，或将公式复制后“选择性粘贴为数值”",
                        en: "holds a formula whose result was never saved in the file (the program that wrote it "
                            + "did not calculate it); open the workbook in Excel or WPS and save it, then import "
                            + "again, or paste the formulas as values")))
        }

        /// The rows in order, each as many cells as it reaches; a title merged across the columns is
        /// its first cell's, read as a CSV's title is (helper-216: emptied, a merged line naming the
        /// sheet's committee, 开展谈话的党委：江东省委, was not read, and the talks were stored as the
        /// organizations' parents').
        ///
        /// A range merged down a column keeps its value in its first cell only (`clearCovered`):
        /// which rows it is read in is for `Sheet.read` to say, which knows the header and the rows
        /// that hold no record (`mergedDown`).
        private func lines() -> [(number: Int, cells: [String])] {
            rows.keys.sorted().map { number in
                let cells = rows[number]!
                let width = (cells.keys.max() ?? -1) + 1
                return (number, (0..<width).map { cells[$0] ?? "" })
            }
        }

        /// The columns of each row whose values are struck through, as an office voids a row (删除线),
        /// for `Sheet.read` to tell which rows are struck.
        var struckCells: [Int: Set<Int>] {
            Dictionary(grouping: struck.filter { rows[$0[0]]?[$0[1]] != nil }, by: { $0[0] }).mapValues {
                Set($0.map { $0[1] })
            }
        }

        /// The ranges merged down over several rows, for `Sheet.read` to read their value in each.
        var mergedDown: [Sheet.MergedRange] {
            merged.filter { $0.lastRow > $0.row }.sorted { ($0.row, $0.first) < ($1.row, $1.first) }.map {
                Sheet.MergedRange(row: $0.row, column: $0.first, lastRow: $0.lastRow, lastColumn: $0.last)
            }
        }
    }
}

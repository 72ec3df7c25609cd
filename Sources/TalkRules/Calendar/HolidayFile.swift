import TalkModel

/// Reads a `*.holidays` file: one year of the State Council notice.
///
///     year 2026
///     notice "国务院办公厅关于2026年部分节假日安排的通知" "State Council notice on the 2026 holidays"
///     holiday "春节" "Spring Festival" 2026-02-15 to 2026-02-23
///     workday "春节" "Spring Festival" 2026-02-14
enum HolidayFile {
    struct Year {
        let year: Int
        let notice: Message
        let holidays: [(CivilDate, Message)]
        let workdays: [(CivilDate, Message)]
        /// Where its `year` is written, for a problem with the year as a whole.
        let offset: Int
    }

    static func parse(_ source: SourceFile) -> (Year?, [Problem]) {
        let (tokens, lexProblems) = Lexer.tokens(of: source)
        var problems = lexProblems
        var index = 0
        var year: Int?
        var yearToken: Token?
        var notice: Message?
        var holidays: [(CivilDate, Message)] = []
        var workdays: [(CivilDate, Message)] = []
        var seen: Set<CivilDate> = []

        // One problem a place: a word the lexer refused (`2027-01-0x`) is not also "expected a date".
        func fail(_ token: Token, _ zh: String, _ en: String) {
            let problem = source.problem(at: token.offset, Message(zh: zh, en: en))
            if !problems.contains(where: { $0.source == problem.source }) { problems.append(problem) }
        }
        func next() -> Token {
            defer { index = min(index + 1, tokens.count - 1) }
            return tokens[index]
        }
        func string() -> String? {
            let token = next()
            if case .string(let text) = token.kind { return text }
            fail(token, "此处应为带引号的名称", "expected a quoted name, found \(token.shown)")
            return nil
        }
        // The rest of a statement told wrong, up to the next: each of its words is no statement of
        // its own (helper-148: `to` after a date refused was told as an unknown statement).
        func skipStatement() {
            while tokens[index].kind != .end,
                !["year", "notice", "holiday", "workday"].contains(tokens[index].name ?? "")
            {
                _ = next()
            }
        }
        /// `worked`: a workday's date, which a day off of the notice cannot be.
        func date(worked: Bool = false) -> (CivilDate, Token)? {
            let token = next()
            guard case .date(let date) = token.kind else {
                fail(token, "此处应为日期", "expected a date, found \(token.shown)")
                return nil
            }
            if let year, date.year != year {
                fail(token, "日期不在 \(year) 年", "this date is not in \(year)")
                return nil
            }
            if !seen.insert(date).inserted {
                // (A day off named a worked day was told as listed twice: helper-232.)
                if worked, let off = holidays.first(where: { $0.0 == date }) {
                    fail(
                        token, "\(date) 是本通知\(off.1.zh)的放假日，不是调休上班日（调休上班日是照常上班的周末）",
                        "\(date) is a day off of \(off.1.en) in this notice, not a worked weekend day")
                } else {
                    fail(token, "\(date) 已出现过", "\(date) is listed twice")
                }
                return nil
            }
            return (date, token)
        }

        while tokens[index].kind != .end {
            let word = next()
            switch word.name {
            case "year":
                let token = next()
                guard case .number(let number) = token.kind, CivilDate.validYears.contains(number) else {
                    fail(token, "此处应为年份", "expected a year, found \(token.shown)")
                    continue
                }
                if year != nil { fail(word, "year 只能出现一次", "year is given twice") }
                year = number
                yearToken = token
                // A file named for another year (cn-2027.holidays holding 2028, cn-2028-v2, cn-2028（更正）)
                // is a slip of one of them: its year is the four digits ending it, else the first four
                // standing alone outside brackets (国办发明电〔2025〕7号 is a notice's number: helper-134,
                // helper-135), full-width or not.
                let named = OfficeText.widthFolded(
                    source.name.split(separator: "/").last.map(String.init) ?? source.name)
                // A year ending the name is its year (notice-2025-11-04-for-2026: helper-136).
                let trimmed = String(named.reversed().drop { $0.isWhitespace }.reversed())
                let stem =
                    trimmed.lowercased().hasSuffix(".holidays") ? String(trimmed.dropLast(".holidays".count)) : trimmed
                let ending = String(stem.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())
                var (depth, run, fileYear): (Int, String, String?) = (0, "", ending.count == 4 ? ending : nil)
                for character in named + "." where fileYear == nil {
                    if character.isASCII && character.isNumber {
                        run.append(character)
                        continue
                    }
                    if depth == 0, run.count == 4 { fileYear = run }
                    run = ""
                    if "(（〔[【".contains(character) { depth += 1 }
                    if ")）〕]】".contains(character) { depth = max(0, depth - 1) }
                }
                if let other = fileYear, Int(other) != number {
                    fail(token, "文件名是 \(other) 年的，内容却是 \(number) 年", "the file is named for \(other), not \(number)")
                }
            case "notice":
                // (A second notice was taken without a word, the first lost: helper-142.)
                if notice != nil { fail(word, "notice 只能出现一次", "notice is given twice") }
                guard let zh = string(), let en = string() else { continue }
                notice = Message(zh: zh, en: en)
            case "holiday", "workday":
                guard year != nil else {
                    fail(word, "先写 year", "the file must begin with `year YYYY`")
                    continue
                }
                guard let zh = string(), let en = string(), let (first, _) = date(worked: word.name == "workday") else {
                    skipStatement()
                    continue
                }
                let name = Message(zh: zh, en: en)
                if word.name == "workday" {
                    if first.weekday < 6 {
                        fail(tokens[index - 1], "\(first) 不是周末，无需调休上班", "\(first) is not a weekend day")
                    }
                    workdays.append((first, name))
                    continue
                }
                var last = first
                if tokens[index].name == "to" {
                    _ = next()
                    // (A range of one day, 2026-06-19 to 2026-06-19, lists it once: helper-135.)
                    seen.remove(first)
                    guard let (end, token) = date() else {
                        skipStatement()
                        continue
                    }
                    guard first <= end, first.days(to: end) < 31 else {
                        fail(
                            token, "假期结束日不能早于开始日，且在一个月内",
                            "a holiday must not end before it begins, and lasts a month at most")
                        continue
                    }
                    last = end
                }
                var day = first
                while day <= last {
                    seen.insert(day)
                    holidays.append((day, name))
                    guard let next = day.adding(days: 1) else { break }
                    day = next
                }
            default:
                fail(
                    word, "不认识 \(word.shown)（可用 year、notice、holiday、workday）",
                    "unknown statement \(word.shown) (year, notice, holiday, workday)")
                skipStatement()
            }
        }
        guard let year else {
            if problems.isEmpty { fail(tokens[0], "缺少 year", "the file has no `year`") }
            return (nil, problems)
        }
        // A year's file stands for the State Council notice whole (a later pack's replaces an
        // earlier one), and every notice gives the statutory days off: a file without them is a
        // regional holiday alone, or a notice mistyped (helper-133: a pack's file of 壮族三月三
        // left 2026 without 国庆 and 春节, and due dates fell on them).
        let given = Set(holidays.map(\.0))
        let lacking = StatutoryHolidays.days(in: year).filter { !given.contains($0.date) }
        if problems.isEmpty, let yearToken, !lacking.isEmpty {
            let listed = lacking.map { "\($0.date)（\($0.name.zh)）" }.joined(separator: "、")
            let listedEn = lacking.map { "\($0.date) (\($0.name.en))" }.joined(separator: ", ")
            fail(
                yearToken,
                "缺少《全国年节及纪念日放假办法》第二条规定的假日 \(listed)：一年的文件代替国务院办公厅的整个通知，"
                    + "地方增加的假日请与通知的全部安排写在同一个文件中",
                "lacks the statutory days off of Art. 2 of 全国年节及纪念日放假办法, \(listedEn): a year's file stands for "
                    + "the State Council notice whole, so a regional holiday goes in a copy of the whole notice")
        }
        return (
            Year(
                year: year, notice: notice ?? Message(zh: "\(year) 年节假日安排", en: "\(year) public holidays"),
                holidays: holidays, workdays: workdays, offset: yearToken?.offset ?? 0), problems
        )
    }
}

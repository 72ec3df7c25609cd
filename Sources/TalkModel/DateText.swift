/// Dates as people write them, read into a `CivilDate`; the one reader for sheet cells and
/// command-line flags. Documents stay strict `YYYY-MM-DD` (`CivilDate.init(_:)`).
public enum DateText {
    /// A text that is not a date, with the reason and the forms that are accepted.
    public struct Unreadable: Error, Sendable {
        public let message: Message
    }

    /// The forms `parse` accepts, for messages and help.
    public static let accepted = Message(
        zh: "可写 2026-03-05、2026/3/5、2026.3.5、20260305、2026年3月5日（或 5号）、二〇二六年三月五日，其后可带时刻、星期（只取日期）",
        en:
            "write 2026-03-05, 2026/3/5, 2026.3.5, 20260305, 2026年3月5日 (or 5号) or 二〇二六年三月五日; a time of day or a weekday may follow (the day is kept)"
    )

    /// What a deadline may be written as besides, for its messages and help.
    public static let deadlineForms = Message(
        zh: "完成时限还可写 2026年6月底、2026年底、2026年6月30日前、2026年上半年、2026年第三季度、年内",
        en: "a deadline may also be 2026年6月底, 2026年底, 2026年6月30日前, 2026年上半年, 2026年第三季度 or 年内")

    /// Reads `2026-03-05`, `2026/3/5`, `2026.3.5`, `20260305` (ISO 8601's basic form),
    /// `2026年3月5日`, `2026年3月5号`, `2026 年 3 月 5 日`, `二〇二六年三月十五日` (and 廿/卅 days), with
    /// full-width digits or any dash, after Excel's text mark (`'2026-03-05`), and the month's
    /// English name (`5-Mar-2026`, `Mar 5, 2026`); a time of day and a weekday may follow, as Excel, WPS and other systems
    /// write a date-time cell or a long date (`2026/3/5 14:30`, `2026年3月5日 星期四`,
    /// `2026-03-05T09:00:00`, `2026年3月5日下午2时30分`): the day is kept, as a workbook's date-time
    /// cell is read. A weekday that is not the date's is refused (one of the two is mistyped). A
    /// time with a zone (`2026-03-05T16:00:00Z`, `+00:00`) is an instant: its day is the day in
    /// China (UTC+8, which keeps no summer time), 2026-03-06 there.
    ///
    /// Refused: a date without a year (`3月5日`) or with a two-digit one (`26.3.5`, `5-Mar-26`), or
    /// with the year last (`3/5/2026`), which could mean several days; several days
    /// (`2026年3月5日至6日`: `days` reads them).
    ///
    /// A `deadline` (a plan item's 完成时限) may also be a month's end (`2026年6月底`, `6月末`: its
    /// last day) or a day with 前 after it (`2026年6月30日前`: by that day); the day of something
    /// done may not, as it says no day.
    ///
    /// A deadline of a `year` may leave the year out (`6月30日前`, `12/31`, `9月底`: a plan's 完成时限
    /// beside its 年度).
    public static func parse(_ text: String, deadline: Bool = false, year: Int? = nil) throws(Unreadable) -> CivilDate {
        if deadline, let end = periodEnd(text, year: year) { return end }
        do { return try parse(text, deadline: deadline) } catch {
            if let past = pastTheMonth(text) { throw past }
            if let remarked = withRemark(text, deadline: deadline) { throw remarked }
            guard deadline, let year, let dated = inYear(text, year) else { throw error }
            // Still refused, it is told in its year (2026年6月31日 has no day 31), unless it is no
            // date in its year either: then as it was typed.
            do { return try parse(dated, deadline: true) } catch let refusal {
                throw refusal.message.en == notADate(dated).message.en ? error : refusal
            }
        }
    }

    /// A date with a remark after it that says no time of day (2026-10-09（补录）, 2026年10月9日（拟）,
    /// 2026-10-09补录, 2026年10月9日 待核实), perhaps beside one (（上午，补录）), or before it
    /// (补录2026-09-16): refused, naming the date, since a remark may say the day is no day held
    /// (拟, 待定, 推迟); told as no date at all, the date in it went unseen (helper-247). The remark
    /// is not quoted: a cell's words slid over from the column beside may be confidential.
    private static func withRemark(_ text: String, deadline: Bool) -> Unreadable? {
        let trimmed = text.trimmed
        guard trimmed.utf8.count <= 128 else { return nil }
        /// Whether a piece of a remark is words alone, none of a time of day, a weekday or a day's
        /// (those are told as such).
        func isWords(_ piece: some StringProtocol) -> Bool {
            // (The how-manieth, 第一次, 第2轮: helper-254, told as no date.)
            if piece.count > 2, piece.hasPrefix("第"), ["次", "轮", "批"].contains(where: piece.contains) {
                return piece.unicodeScalars.allSatisfy { Sheet.isChinese($0) || ("0"..."9").contains($0) }
            }
            return !piece.isEmpty && piece.unicodeScalars.allSatisfy(Sheet.isChinese)
                && !piece.contains(where: { "星期周礼拜午晚夜时点分秒至到一二三四五六七八九十日天".contains($0) })
        }
        func remarked(_ day: CivilDate, before: Bool) -> Unreadable {
            Unreadable(
                message: before
                    ? Message(
                        zh: "\(text.quotedInChinese) 是日期 \(day) 前加了备注：请只写日期，备注写在备注列",
                        en: "\(text.quoted) is the date \(day) with a remark before it: give the date alone, and the "
                            + "remark in a 备注 column")
                    : Message(
                        zh: "\(text.quotedInChinese) 是日期 \(day) 后加了备注：请只写日期，备注写在备注列",
                        en: "\(text.quoted) is the date \(day) with a remark after it: give the date alone, and the "
                            + "remark in a 备注 column"))
        }
        // Words before the date (补录2026-09-16, （补录）2026-09-16, 补录：2026-09-16).
        if let digit = trimmed.firstIndex(where: { $0.isASCII && $0.isNumber }), digit > trimmed.startIndex,
            isWords(trimmed[..<digit].filter { !$0.isWhitespace && !"()（）[]【】［］〔〕:：".contains($0) }),
            let day = try? parse(String(trimmed[digit...]), deadline: deadline)
        {
            return remarked(day, before: true)
        }
        // Where the remark may begin: a bracket, a space or an ideograph after a digit, 日 or 号.
        let starts = trimmed.indices.filter { i in
            guard i > trimmed.startIndex else { return false }
            let (before, at) = (trimmed[trimmed.index(before: i)], trimmed[i])
            return (before.isNumber || "日号".contains(before))
                && ("(（[【［〔".contains(at) || at.isWhitespace || at.unicodeScalars.first.map(Sheet.isChinese) == true)
        }
        for start in starts.reversed() {
            // Words alone, or beside a time of day that the date takes (（上午，补录）).
            let pieces = trimmed[start...].filter { !"()（）[]【】［］〔〕".contains($0) }.split {
                "，,、；;".contains($0) || $0.isWhitespace
            }
            let said = pieces.filter { !isWords($0) }.joined(separator: " ")
            guard pieces.contains(where: isWords),
                let day = try? parse(String(trimmed[..<start]) + (said.isEmpty ? "" : " " + said), deadline: deadline)
            else { continue }
            return remarked(day, before: false)
        }
        return nil
    }

    /// Several days whose last is one its month lacks (2026年4月30日至31日, 2026.4.30-4.31), told as
    /// a single such day is (helper-121: told as no date, listing the very form written).
    private static func pastTheMonth(_ text: String) -> Unreadable? {
        let folded = OfficeText.compact(text).replacing("—", with: "-").replacing("–", with: "-")
        guard folded.utf8.count <= 64,
            let mark = folded.firstIndex(where: { rangeMarks.contains($0) && $0 != "、" }), mark > folded.startIndex,
            let first = try? parse(String(folded[..<mark]), deadline: false)
        else { return nil }
        // The end as a day (31, 31日) or a month and day (4.31, 4月31日), in the first day's year.
        let numbers = folded[folded.index(after: mark)...].split { !$0.isNumber }.compactMap { Int($0) }
        let (month, day) =
            switch numbers.count {
            case 1: (first.month, numbers[0])
            case 2: (numbers[0], numbers[1])
            default: (0, 0)
            }
        guard (1...12).contains(month), day > CivilDate.daysIn(month: month, year: first.year), day <= 31 else {
            return nil
        }
        return Unreadable(
            message: Message(
                zh:
                    "\(text.quoted) 不是日期（\(first.year)年\(month)月只有 \(CivilDate.daysIn(month: month, year: first.year)) 天）",
                en: "\(text.quoted) is not a date (\(first.year)-\(month < 10 ? "0" : "")\(month) has "
                    + "\(CivilDate.daysIn(month: month, year: first.year)) days)"))
    }

    /// The last day of a part of a year a deadline names (年内, 2027年内, 上半年, 下半年, 第三季度,
    /// 三季度末, Q3), in the year written or `year` (a plan's 年度): nil for any other text
    /// (helper-216: each refused, 年底前 and 6月底 taken).
    private static func periodEnd(_ text: String, year: Int?) -> CivilDate? {
        guard text.utf8.count <= 64, let match = OfficeText.compact(text).wholeMatch(of: periodWords) else {
            return nil
        }
        let written = match.output.year.flatMap { Int($0) }
        guard let year = written ?? year, (1000...9999).contains(year) else { return nil }
        let month: Int
        switch match.output.part {
        case "上半年": month = 6
        // (内 after the year written: 2027年内, 2027年度内.)
        case "内" where written != nil, "年内", "年度内", "下半年": month = 12
        case "内": return nil
        default:
            let quarter = match.output.part.last { $0 != "季" && $0 != "度" }
            guard let quarter, let index = "一二三四1234".firstIndex(of: quarter) else { return nil }
            month = ("一二三四1234".distance(from: "一二三四1234".startIndex, to: index) % 4 + 1) * 3
        }
        return CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))
    }

    /// A part of a year, its year perhaps before it, and words saying by its end after it.
    nonisolated(unsafe) private static let periodWords =
        /(?:(?<year>\d{4})年度?)?(?<part>年内|年度内|内|上半年|下半年|第?[一二三四1-4]季度|[Qq][1-4])(?:末|内|底|前|结束前|完成)*/

    /// `text` with `year` before it, when it is a month and day without one.
    private static func inYear(_ text: String, _ year: Int) -> String? {
        let folded = OfficeText.compact(text)
        // 年底, 年底前: the plan's year's end.
        if ["年底", "年末"].contains(where: folded.hasPrefix) { return "\(year)\(folded)" }
        guard (1000...9999).contains(year), let first = folded.first, first.isNumber, !folded.contains("年"),
            folded.prefix(while: { $0.isASCII && $0.isNumber }).count <= 2
        else { return nil }
        if folded.contains("月") { return "\(year)年\(folded)" }
        return folded.first(where: { "/-.".contains($0) }).map { "\(year)\($0)\(folded)" }
    }

    private static func parse(_ text: String, deadline: Bool) throws(Unreadable) -> CivilDate {
        // A date with a weekday and a range of hours is some forty characters: a cell of megabytes
        // is refused as it is, not folded and read (seconds for each).
        guard text.utf8.count <= 256 else {
            let count = text.count
            throw Unreadable(
                message: Message(
                    zh: "长 \(count) 个字符，不是日期；\(accepted.zh)",
                    en: "is \(count) characters long, not a date; \(accepted.en)"))
        }
        let folded = withoutClosingWords(written(text), deadline: deadline)
        do { return try single(folded, text, deadline: deadline) } catch {
            guard let (first, last, _) = days(folded, text) else { throw rangeFault(folded, text) ?? error }
            // 2026年3月5日至5日: one day.
            if first == last { return first }
            throw Unreadable(
                message: saysFirstDay(text)
                    ? Message(
                        zh: "\(text.quotedInChinese) 是 \(first) 至 \(last)，最后一天之后却写了“起”：请核对（多天的写作 \(first) 至 \(last)）",
                        en:
                            "\(text.quoted) runs \(first) to \(last), yet its last day is marked 起 (a first day): check it "
                            + "(several days are written \(first) to \(last))")
                    : first < last
                        ? Message(
                            zh: "\(text.quoted) 是 \(first) 至 \(last) 多天，请只写一天",
                            en: "\(text.quoted) is more than one day (\(first) to \(last)); give one day")
                        : Message(
                            zh: "\(text.quoted) 的结束日 \(last) 早于开始日 \(first)；请核对日期",
                            en: "\(text.quoted) ends on \(last), before it begins on \(first); check the dates"))
        }
    }

    /// The day of a text that is one day, perhaps with a time of day and a weekday after it, or
    /// (`weekdayFirst`) one weekday before it.
    private static func single(_ folded: String, _ text: String, deadline: Bool, weekdayFirst: Bool = true)
        throws(Unreadable) -> CivilDate
    {
        let onlyADate: Unreadable
        do { return try date(folded, text, deadline: deadline) } catch { onlyADate = error }
        // Thursday, March 5, 2026 (星期四，2026年3月5日): the weekday first, as Excel's long date in
        // English writes it; a space or comma after it, so 二〇二六 is no Tuesday.
        var scanner = Scanner(Array(folded)[...])
        if weekdayFirst, let weekday = scanner.weekday(afterSpace: true), let mark = scanner.rest.first,
            " ,".contains(mark),
            case let rest = String(scanner.rest.drop { " ,".contains($0) }),
            let day = try? single(rest, text, deadline: deadline, weekdayFirst: false)
        {
            guard weekday == day.weekday else { throw wrongWeekday(day, weekday, text) }
            return day
        }
        guard let (datePart, suffix) = split(folded) else { throw onlyADate }
        let day = try zoned(try date(datePart, text, deadline: deadline), suffix.time, text)
        // The weekday of the day stored: after a zone, the day in China.
        if let weekday = suffix.weekday, weekday != day.weekday { throw wrongWeekday(day, weekday, text) }
        return day
    }

    /// `text` names `day` with another weekday than its own: one of the two is mistyped.
    private static func wrongWeekday(_ day: CivilDate, _ weekday: Int, _ text: String) -> Unreadable {
        let names = ["一", "二", "三", "四", "五", "六", "日"]
        let english = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return Unreadable(
            message: Message(
                zh: "\(text.quoted) 中的 \(day.chinese) 是星期\(names[day.weekday - 1])，不是星期\(names[weekday - 1])；请核对日期",
                en:
                    "\(text.quoted) names \(day), a \(english[day.weekday - 1]), not a \(english[weekday - 1]); check the date"
            ))
    }

    /// Whether `text` is a time of day or a range of hours alone (`14:30`, `下午2时`, `9:00-11:30`),
    /// as a column beside the day's holds it (谈话时间 beside 谈话日期).
    public static func isTimeOfDay(_ text: String) -> Bool {
        guard text.utf8.count <= 64 else { return false }
        let suffix = suffix(Array(written(text))[...])
        return suffix?.time != nil && suffix?.weekday == nil
    }

    /// What joins the days of a range (`2026年3月5日至6日`, `2026.3.5-3.6`, `2026/3/5～3/6`), or lists
    /// the days of one talk (`2026年3月5日、6日`, `2026年3月5日和6日`).
    private static let rangeMarks: Set<Character> = ["至", "到", "~", "～", "〜", "-", "、", "；", ";", "，", ",", "和", "及"]
    /// The marks that list days rather than join the first and last (a comma too, as a sentence
    /// lists them: 2026年4月9日，10日, helper-238).
    private static let listMarks: Set<Character> = ["、", "；", ";", "，", ",", "和", "及"]

    /// The first and last day of a range of days written in one text (`2026年3月5日至6日`,
    /// `2026.3.5-3.6`, `2026/3/5～2026/3/6`, `2026年3月5日（星期四）至6日（星期五）`), the later day's
    /// year and month as the first's where it leaves them out (its year the next where its month
    /// comes before the first's: `2025年12月31日至1月1日`); nil for anything else, a single day
    /// among them. The last day may be the first (one day) or before it: the caller tells it.
    /// `listed`: the days are listed (`2026年9月16日、17日`), not a range's first and last.
    public static func days(_ text: String) -> (first: CivilDate, last: CivilDate, listed: Bool)? {
        // (A last day marked as a first, 2024.1.1—2026.3.31起, ends no range: helper-249, its 起
        // dropped, it was stored as the end.)
        guard text.utf8.count <= 256, !saysFirstDay(text) else { return nil }
        let folded = withoutClosingWords(written(text), deadline: false)
        // One day is no range, and is told at once: each place of a mark in it (2026-03-05) would
        // be tried as the end of a first day, and a day is what most cells hold.
        if (try? single(folded, text, deadline: false)) != nil { return nil }
        return days(folded, text)
    }

    /// Whether `text` is one day, as `parse` reads it: told at once for a text without a year
    /// (four digits or numerals running, as every day `parse` reads writes it) or beginning as an
    /// id does, which is most of the cells a sheet asks about to tell a ledger's foot from its records.
    public static func isDay(_ text: String) -> Bool {
        // An id's letter before its digits (T2026-001) begins no date (Mar 5, 2026 has a word).
        let head = text.unicodeScalars.prefix(2).map { $0 }
        if head.count == 2, head[0].properties.isAlphabetic, head[0].isASCII, ("0"..."9").contains(head[1]) {
            return false
        }
        var run = 0
        for scalar in text.unicodeScalars {
            run = yearDigits.contains(scalar) ? run + 1 : 0
            if run == 4 { return (try? parse(text)) != nil }
        }
        return false
    }

    /// What a year is written in: digits, full-width digits, numerals in Chinese.
    private static let yearDigits = Set("0123456789０１２３４５６７８９〇零一二三四五六七八九".unicodeScalars)

    private static func days(_ folded: String, _ text: String) -> (first: CivilDate, last: CivilDate, listed: Bool)? {
        let characters = Array(folded)
        // Two days with their weekdays and hours are some fifty characters; each place is tried.
        guard characters.count <= 64 else { return nil }
        for (i, character) in characters.enumerated() where rangeMarks.contains(character) {
            // 2026年3月5日起至6日: the 起 of its first day.
            let before = withoutClosingWords(String(characters[..<i]).trimmed, deadline: false)
            guard let first = try? single(before, text, deadline: false) else { continue }
            // After a time of day, a number alone is the end of a range of hours (9:00-25:00); after
            // a comma, as likely an hour (2026年4月9日，14 for 14时: helper-239, ended the 14th).
            let onlyADay = (try? date(before, text, deadline: false)) != nil && character != "," && character != "，"
            let after = Array(String(characters[(i + 1)...]).trimmed)
            // Days listed (2026年9月16日、17日、18日; 2026.9.16、9.17、9.18): each after the one
            // before, the last the end (helper-132: three were "not a date").
            if listMarks.contains(character), case let items = after.split(whereSeparator: listMarks.contains),
                items.count > 1
            {
                var last: CivilDate? = first
                for item in items {
                    guard let previous = last else { break }
                    last = laterDay(String(item).trimmed, after: previous, text, bare: onlyADay).flatMap {
                        $0 > previous ? $0 : nil
                    }
                }
                if let last { return (first, last, true) }
            }
            // The later day as written, then what may follow it (下午, （星期五）).
            for end in stride(from: after.count, through: 1, by: -1) {
                guard let last = laterDay(String(after[..<end]), after: first, text, bare: onlyADay) else { continue }
                // A day's number runs on into no other digits (25:00 is no day 2 at 5:00).
                let rest = after[end...]
                if let next = rest.first, next.isNumber || next == ":", after[end - 1].isNumber { continue }
                // (Two days listed, 2026-03-05、2026-03-20, are listed.)
                let listed = listMarks.contains(character)
                if rest.allSatisfy({ $0 == " " }) { return (first, last, listed) }
                if let suffix = suffix(rest), suffix.time?.zoneOffset == nil,
                    suffix.weekday == nil || suffix.weekday == last.weekday
                {
                    return (first, last, listed)
                }
            }
        }
        return nil
    }

    /// The day `text` names after `first` in a range: a whole date, a month and day (`3月6日`,
    /// `3.6`) or a day (`6日`, and where `bare`, `6`) of the first's year and month.
    private static func laterDay(_ text: String, after first: CivilDate, _ whole: String, bare: Bool) -> CivilDate? {
        if let day = try? date(text, whole, deadline: false) { return day }
        let compact = OfficeText.compact(text)
        if let parts = numbers(compact), parts.count == 2, parts.allSatisfy({ $0.digits <= 2 }) {
            let year = parts[0].value < first.month ? first.year + 1 : first.year
            return CivilDate(year: year, month: parts[0].value, day: parts[1].value)
        }
        let marked = ["日", "号"].contains(where: compact.hasSuffix)
        guard marked || bare, let part = number(marked ? String(compact.dropLast()) : compact), part.digits <= 2
        else { return nil }
        return CivilDate(year: first.year, month: first.month, day: part.value)
    }

    /// Why a range of days is no date when its first day is what is wrong (`3月5日至6日` has no
    /// year), or its last day's weekday (`2026年3月5日至6日（星期四）`: helper-254, told as no date);
    /// nil when it is neither.
    private static func rangeFault(_ folded: String, _ text: String) -> Unreadable? {
        let characters = Array(folded)
        guard let i = characters.firstIndex(where: rangeMarks.contains), i > 0 else { return nil }
        let first: CivilDate
        do {
            first = try single(String(characters[..<i]).trimmed, text, deadline: false)
        } catch {
            return error.message.en == notADate(text).message.en ? nil : error
        }
        let after = Array(String(characters[(i + 1)...]).trimmed)
        for end in stride(from: after.count, through: 1, by: -1) {
            guard let last = laterDay(String(after[..<end]), after: first, text, bare: true),
                let weekday = suffix(after[end...])?.weekday, weekday != last.weekday
            else { continue }
            return wrongWeekday(last, weekday, text)
        }
        return nil
    }

    /// A text as a date is compared: width folded and trimmed, every dash a hyphen (a word
    /// processor's en dash, `2026–03–05`), without the apostrophe Excel keeps a text behind
    /// (`'2026-03-05`).
    private static func written(_ text: String) -> String {
        // A Chinese dash between two days is two em dashes (——, 破折号): one mark (helper-223: "not a date").
        // (By hand, as the brackets below: a regular expression is compiled anew at each use, and was
        // most of a ledger's import.)
        var folded = String.UnicodeScalarView()
        for scalar in OfficeText.widthFolded(text).unicodeScalars {
            let mark = OfficeText.hyphens.contains(scalar) ? "-" : scalar
            if mark == "-", folded.last == "-" { continue }
            folded.append(mark)
        }
        var trimmed = String(folded).trimmed
        // Excel's text formula (="2026/3/5"), as a CSV keeps a text from being read as a number.
        if trimmed.hasPrefix("=\""), trimmed.hasSuffix("\""), trimmed.count > 3 {
            trimmed = String(trimmed.dropFirst(2).dropLast()).trimmed
        }
        // 二O二六年: the letter O typed for 〇 beside Chinese numerals (helper-224: not a date).
        if trimmed.contains(where: { $0 == "O" || $0 == "o" }) {
            let characters = Array(trimmed)
            let numeral = { (i: Int) in i >= 0 && i < characters.count && "〇○零一二三四五六七八九".contains(characters[i]) }
            trimmed = String(
                characters.indices.map { i in
                    (characters[i] == "O" || characters[i] == "o") && (numeral(i - 1) || numeral(i + 1))
                        ? "〇" : characters[i]
                })
        }
        // 2026。3。5: an input method's full stop for the dot between numbers.
        if trimmed.contains("。") {
            let characters = Array(trimmed)
            trimmed = String(
                characters.indices.map { i in
                    characters[i] == "。" && i > 0 && i + 1 < characters.count && characters[i - 1].isNumber
                        && characters[i + 1].isNumber ? "." : characters[i]
                })
        }
        // (（ 星期四 ）: spaces inside the brackets, helper-216, refused.)
        if trimmed.contains(where: { $0 == "(" || $0 == ")" }) {
            var kept: [Character] = []
            for character in trimmed {
                if character.isWhitespace, kept.last == "(" { continue }
                if character == ")" { while kept.last?.isWhitespace == true { kept.removeLast() } }
                kept.append(character)
            }
            trimmed = String(kept)
        }
        return trimmed.hasPrefix("'") ? String(trimmed.dropFirst()).trimmed : trimmed
    }

    /// The day `text` writes where its zone moves it to another in China (`2026-03-05T16:00:00Z`:
    /// 2026-03-05, which is 2026-03-06 there), for a note that the day stored is not the one shown;
    /// nil for any other text, a date or not.
    public static func dayBeforeZone(_ text: String) -> CivilDate? {
        // A zone is a `Z` or `+`, or a `-` after an instant's `T` or a time's colon: a text with
        // none of them, nearly every day a ledger writes and the time Excel writes after it
        // (2026/3/5 0:00: helper-239, three times as slow), is not read twice more.
        var (zoned, afterTime) = (false, false)
        for byte in OfficeText.widthFolded(text).utf8 where !zoned {
            zoned =
                byte | 0x20 == UInt8(ascii: "z") || byte == UInt8(ascii: "+") || afterTime && byte == UInt8(ascii: "-")
            afterTime = afterTime || byte == UInt8(ascii: ":") || byte | 0x20 == UInt8(ascii: "t")
        }
        guard zoned else { return nil }
        guard text.utf8.count <= 256, let inChina = try? parse(text),
            case let folded = withoutClosingWords(written(text), deadline: false),
            let (datePart, suffix) = split(folded), suffix.time?.zoneOffset != nil,
            let written = try? date(datePart, text, deadline: false), written != inChina
        else { return nil }
        return written
    }

    /// The day in China of `day` at `time`: `day` itself unless a zone is written.
    private static func zoned(_ day: CivilDate, _ time: TimeOfDay?, _ text: String) throws(Unreadable) -> CivilDate {
        guard let time else { return day }
        guard let minutes = time.minutes else {
            throw Unreadable(
                message: Message(
                    zh: "\(text.quoted) 的时刻 \(time.written) 不是一天中的时刻；\(accepted.zh)",
                    en: "\(text.quoted) has \(time.written), which is no time of day; \(accepted.en)"))
        }
        guard let offset = time.zoneOffset else { return day }
        // The instant's minutes in China, from the day written: past midnight there is the next day.
        let china = minutes - offset + 8 * 60
        return day.adding(days: china >= 24 * 60 ? 1 : china < 0 ? -1 : 0) ?? day
    }

    /// The date of a text that is only a date.
    private static func date(_ datePart: String, _ text: String, deadline: Bool) throws(Unreadable) -> CivilDate {
        // Digits apart are not one number: 2026-03-05 10 is no day 510.
        let characters = Array(datePart)
        for (i, character) in characters.enumerated() where character.isASCII && character.isNumber {
            let next = characters[(i + 1)...].drop { $0 == " " }
            if next.count < characters.count - i - 1, let after = next.first, after.isASCII, after.isNumber {
                throw notADate(text)
            }
        }
        var compact = OfficeText.compact(datePart)
        // 2026年6月底 (月末): the month's last day, as a plan's deadline is often written.
        let monthEnd = ["月底", "月末"].contains { compact.hasSuffix($0) }
        if monthEnd, !deadline {
            throw Unreadable(
                message: Message(
                    zh: "\(text.quoted) 没有写明是哪一天（月底只用于完成时限）；\(accepted.zh)",
                    en: "\(text.quoted) says no day (a month's end is for a deadline only); \(accepted.en)"))
        }
        if monthEnd { compact.removeLast() }
        // 2026年底 (年末, 2026年年底): the year's last day.
        if let end = ["年年底", "年年末", "年底", "年末"].first(where: { compact.hasSuffix($0) }) {
            let year = compact.dropLast(end.count)
            guard deadline else {
                throw Unreadable(
                    message: Message(
                        zh: "\(text.quoted) 没有写明是哪一天（年底只用于完成时限）；\(accepted.zh)",
                        en: "\(text.quoted) says no day (a year's end is for a deadline only); \(accepted.en)"))
            }
            if year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }),
                let date = CivilDate(year: Int(year)!, month: 12, day: 31)
            {
                // (0206年底 is a year mistyped, as 0206-12-31 is: helper-122, read as the year 206.)
                guard year.first != "0" else {
                    throw Unreadable(
                        message: Message(
                            zh: "\(text.quoted) 没有完整的四位年份；\(accepted.zh)",
                            en: "\(text.quoted) has no full four-digit year; \(accepted.en)"))
                }
                return date
            }
        }
        guard var parts = compactNumbers(compact) ?? numbers(compact) ?? monthNamed(datePart) else {
            throw notADate(text)
        }
        if monthEnd, parts.count == 2, parts[0].digits == 4, (1...12).contains(parts[1].value) {
            parts.append((CivilDate.daysIn(month: parts[1].value, year: parts[0].value), 2))
        }
        if parts.count == 3, parts[0].digits <= 2, parts[2].digits == 4 {
            // One number too large for a month (16/09/2026) tells the day: the refusal names the
            // date it would be (helper-132: "unclear"), as a day last is the form to write.
            if parts[1].digits <= 2, (parts[0].value > 12) != (parts[1].value > 12),
                case let (day, month) = parts[0].value > 12 ? (parts[0], parts[1]) : (parts[1], parts[0]),
                let date = CivilDate(year: parts[2].value, month: month.value, day: day.value)
            {
                throw Unreadable(
                    message: Message(
                        zh: "\(text.quoted) 把年份写在最后；若是 \(date)，请年份在前写作 \(date)；\(accepted.zh)",
                        en:
                            "\(text.quoted) puts the year last; if it is \(date), write the year first (\(date)); \(accepted.en)"
                    ))
            }
            throw Unreadable(
                message: Message(
                    zh: "\(text.quoted) 把年份写在最后，月、日的次序不明；请年份在前：\(accepted.zh)",
                    en:
                        "\(text.quoted) puts the year last, which leaves the month and the day unclear; put the year first: \(accepted.en)"
                ))
        }
        // (A year written with a leading zero, 0206, is a year mistyped as two digits are: helper-120,
        // 0206-09-16 was stored, and the talk out of every rule's reach.)
        if (parts.count == 2 && parts[0].digits <= 2)
            || (parts.count == 3
                && (parts[0].digits < 4 || (1..<1000).contains(parts[0].value)
                    // (The year 0000 of a real month and day too: helper-124, told "0-08 has 31 days".)
                    || parts[0].value == 0 && (1...12).contains(parts[1].value) && parts[2].value >= 1))
        {
            // (Four digits with zeros before the year's, 0001, name the year mistyped: helper-217, told
            // it had no four digits.)
            let zeros = parts.count == 3 && parts[0].digits == 4
            throw Unreadable(
                message: zeros
                    ? Message(
                        zh: "\(text.quoted) 的年份 \(parts[0].value) 前面补了 0，不是完整的四位年份，多半是输错了；\(accepted.zh)",
                        en: "\(text.quoted) has the year \(parts[0].value) with zeros before it, no full four-digit "
                            + "year: most likely mistyped; \(accepted.en)")
                    : Message(
                        zh: "\(text.quoted) 没有完整的四位年份；\(accepted.zh)",
                        en: "\(text.quoted) has no full four-digit year; \(accepted.en)"))
        }
        // A month alone (2021.06, 2021年6月), as a cadre's roster dates a post: the day is asked for,
        // never guessed (helper-114: told only "not a date").
        if parts.count == 2, parts[0].digits == 4, (1...12).contains(parts[1].value) {
            throw Unreadable(
                message: Message(
                    zh: "\(text.quoted) 不是日期：只写到月，没有日，请写明哪一天（如 \(parts[0].value)年\(parts[1].value)月15日）；\(accepted.zh)",
                    en:
                        "\(text.quoted) is not a date: it gives a month but no day; give the day (such as \(parts[0].value)-\(parts[1].value < 10 ? "0" : "")\(parts[1].value)-15); \(accepted.en)"
                ))
        }
        guard parts.count == 3, parts[0].digits == 4 else { throw notADate(text) }
        let (year, month, day) = (parts[0].value, parts[1].value, parts[2].value)
        guard let date = CivilDate(year: year, month: month, day: day) else {
            let why =
                !(1...12).contains(month)
                ? Message(zh: "没有 \(month) 月", en: "there is no month \(month)")
                : day == 0
                    ? Message(zh: "没有 0 日", en: "there is no day 0")
                    : Message(
                        zh: "\(year)年\(month)月只有 \(CivilDate.daysIn(month: month, year: year)) 天",
                        en:
                            "\(year)-\(month < 10 ? "0" : "")\(month) has \(CivilDate.daysIn(month: month, year: year)) days"
                    )
            throw Unreadable(
                message: Message(zh: "\(text) 不是有效日期（\(why.zh)）", en: "\(text) is not a date (\(why.en))"))
        }
        return date
    }

    /// Whether a date is written as a first day, 起 or 开始 after its day (`2025-03-31起`,
    /// `2025年3月31日开始`), which a column of a last day cannot take.
    public static func saysFirstDay(_ text: String) -> Bool {
        var text = Substring(OfficeText.compact(text))
        while let last = text.last, "。.，,；;、".contains(last) { text = text.dropLast() }
        return ["起", "开始"].contains { word in
            text.hasSuffix(word) && text.dropLast(word.count).last.map { $0.isNumber || "日号".contains($0) } == true
        }
    }

    /// A last day without the words saying it is one, as a post's or a talk's end is written where
    /// its first day stands beside it: opening it (`至2026-10-10`, `到2026年6月30日`, `截至2026.6.30`,
    /// `止于…`) or closing it (`2026-10-10结束`, `2026年6月30日截止`: the forty-ninth session, refused
    /// as no date and as a date with a remark); any other text, 至今 among them, as it is.
    public static func asLastDay(_ text: String) -> String {
        var day = Substring(text.trimmed)
        for word in ["截止到", "截止至", "截至", "截止", "止于", "至", "到", "止"] where day.hasPrefix(word) {
            let rest = day.dropFirst(word.count).drop(while: \.isWhitespace)
            if rest.first?.isNumber == true {
                day = rest
                break
            }
        }
        while let last = day.last, "。.，,".contains(last) { day = day.dropLast() }
        // (After a time of day too, 2026年9月17日下午结束: helper-255, not a date.)
        for word in ["结束", "截止"] where day.hasSuffix(word) && day.count > word.count {
            day = day.dropLast(word.count)
            break
        }
        // (A day's digits left, or none taken: 至今结束 says no day, and is no post still held:
        // helper-257, a stored end was cleared.)
        return day == text.trimmed || !day.contains(where: \.isNumber) ? text : String(day)
    }

    /// The text without what may close a written date and says nothing of its day: a full stop
    /// or comma (`2026.3.5.`, `2026年3月5日。`), 起 of a first day (`2026年9月1日起`, as a transfer or
    /// an appointment is dated; a deadline is no first day), 止 of a last day (`2026年6月30日止`, as
    /// a post's or a term's end is written: helper-112, refused); of a `deadline`, 前
    /// (`2026年6月30日前`, "by 30 June", as a deadline is written).
    private static func withoutClosingWords(_ text: String, deadline: Bool) -> String {
        var text = Substring(text)
        while let last = text.last, "。.，,；;、".contains(last) { text = text.dropLast() }
        // (A space before it, 2024.1.1 起, and 自 opening it, 自2024年1月1日起: helper-249, each told as
        // a date with a remark.)
        func closed(by word: String) -> Substring? {
            guard text.hasSuffix(word) else { return nil }
            var before = text.dropLast(word.count)
            while let last = before.last, last.isWhitespace { before = before.dropLast() }
            guard let last = before.last, last.isNumber || "日号".contains(last) else { return nil }
            return before
        }
        for word in ["起", "开始"] where !deadline {
            if let before = closed(by: word) {
                text = before.hasPrefix("自") ? before.dropFirst().drop(while: \.isWhitespace) : before
            }
        }
        for word in ["为止", "截止", "止"] { if let before = closed(by: word) { text = before } }
        for word in ["以前", "之前", "前"] where deadline && text.hasSuffix(word) {
            let before = text.dropLast(word.count)
            if let last = before.last, last.isNumber || "日号底末".contains(last) { return String(before) }
        }
        return String(text)
    }

    /// `5-Mar-2026`, `Mar 5, 2026`, `5 September 2026`: the month by its English name (or its first
    /// three letters or more), as Excel writes a date in English; the year the number of four digits.
    /// With none (`5-Mar-26`) the numbers are given as they are, for the missing year to be told.
    private static func monthNamed(_ text: String) -> [(value: Int, digits: Int)]? {
        let words = text.split { " -/,.".contains($0) }
        guard (2...3).contains(words.count) else { return nil }
        let months = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        var month: Int?
        var numbers: [(value: Int, digits: Int)] = []
        for word in words {
            let lower = word.lowercased()
            if month == nil, lower.count >= 3, let index = months.firstIndex(where: { $0.hasPrefix(lower) }) {
                month = index + 1
            } else if word.count <= 4, word.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(word) {
                numbers.append((value, word.count))
            } else {
                return nil
            }
        }
        guard let month, numbers.count == words.count - 1 else { return nil }
        // 5-Mar: the day and the month, for the missing year to be told.
        guard numbers.count == 2 else { return [(month, 2), numbers[0]] }
        let (year, day) = numbers[0].digits == 4 ? (numbers[0], numbers[1]) : (numbers[1], numbers[0])
        return [year, (month, 2), day]
    }

    /// `20260305`: eight digits, the year first (ISO 8601's basic form).
    private static func compactNumbers(_ text: String) -> [(value: Int, digits: Int)]? {
        guard text.utf8.count == 8, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let number = Int(text)
        else { return nil }
        return [(number / 10000, 4), (number / 100 % 100, 2), (number % 100, 2)]
    }

    /// How a text that is not a date is reported in a document (`YYYY-MM-DD` only).
    public static func notADate(_ text: String) -> Message {
        let shaped =
            text.utf8.count == 10
            && text.utf8.enumerated().allSatisfy { i, byte in
                i == 4 || i == 7 ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            }
        return shaped
            ? Message(zh: "\(text) 不是有效日期", en: "\(text) is not a date")
            : Message(zh: "\(text.quoted) 不是日期，应为 YYYY-MM-DD", en: "\(text.quoted) is not a date; expected YYYY-MM-DD")
    }

    private static func notADate(_ text: String) -> Unreadable {
        Unreadable(
            message: Message(
                zh: "\(text.quoted) 不是日期；\(accepted.zh)", en: "\(text.quoted) is not a date; \(accepted.en)"))
    }

    /// What may follow a date: a weekday and a time of day, in either order.
    struct Suffix {
        /// ISO weekday, 1 = Monday … 7 = Sunday.
        var weekday: Int?
        var time: TimeOfDay?
    }

    /// A time of day as written after a date: `14:30`, `9:05:00.000`, `下午2时30分`, `2:30 PM`,
    /// `十点半`, `上午` alone, a range (`9:00-11:30`, `9时至11时`), an instant with its zone
    /// (`T16:00:00Z`, `08:00:00+08:00`).
    struct TimeOfDay {
        var written = ""
        /// Nil for a part of the day alone (`上午`).
        var hour: Int?
        var minute = 0
        var second = 0
        /// 下午, 晚上, PM: the afternoon's hours; 上午, 凌晨, AM: the morning's.
        var afternoon: Bool?
        /// Minutes east of UTC, when a zone is written.
        var zoneOffset: Int?
        /// Seconds were written (`09:00:00`).
        var withSeconds = false
        /// A range of times is written whose end is no time of day (9:00-25:00).
        var endIsNone = false

        /// Minutes since midnight, or nil for no time of a day (25:00, an end that is none).
        var minutes: Int? {
            guard !endIsNone else { return nil }
            guard let hour else { return 0 }
            guard (0...59).contains(minute), (0...60).contains(second) else { return nil }
            switch afternoon {
            case nil: return (0...23).contains(hour) ? hour * 60 + minute : nil
            // 下午14:30, as notices write it: the hour already the afternoon's.
            case true?:
                return (1...12).contains(hour)
                    ? (hour % 12 + 12) * 60 + minute : (13...23).contains(hour) ? hour * 60 + minute : nil
            case false?: return (0...12).contains(hour) ? hour % 12 * 60 + minute : nil
            }
        }
    }

    /// The text split where a weekday or time of day begins after the date, if one does. The
    /// longest a date with both is written in is some forty characters: a longer text is not tried
    /// at every place (a cell of megabytes would be tried at each of its characters).
    private static func split(_ text: String) -> (String, Suffix)? {
        guard text.utf8.count <= 120 else { return nil }
        let characters = Array(text)
        // The first place after which a suffix and before which a date are written; else the
        // first suffix, so the date before it is told what is wrong with it. The date is asked
        // first: reading a suffix at every place (a time, a part of the day, a weekday, in words of
        // either language) made a date with a time three times as slow to read (helper-239).
        let places = characters.indices.dropFirst().filter { start in
            // A number is not cut in two: 2026年3月14:30 is no 1st at 4:30, 2026/3/19:30 no 1st at 9:30.
            !(characters[start - 1].isNumber && characters[start].isNumber)
        }
        func date(before start: Int) -> String {
            var date = characters[..<start]
            // A dash before the time after a whole day (2026/3/5-14:30, 2026年3月5日-10时); after
            // 2026年3月13 it may join hours (13-14时) to a month without its day.
            while let last = date.last,
                " T,".contains(last)
                    || (last == "-" && (!date.contains("年") || date.dropLast().last.map { "日号".contains($0) } == true))
            {
                date.removeLast()
            }
            return String(date)
        }
        for start in places {
            let written = date(before: start)
            guard (try? Self.date(written, text, deadline: true)) != nil, let suffix = suffix(characters[start...])
            else { continue }
            return (written, suffix)
        }
        return places.lazy.compactMap { start in suffix(characters[start...]).map { (date(before: start), $0) } }.first
    }

    /// A weekday and a time of day in either order, each at most once, or nil.
    private static func suffix(_ text: ArraySlice<Character>) -> Suffix? {
        var scanner = Scanner(text)
        var suffix = Suffix()
        var any = false
        while true {
            let spaced = scanner.skipSpaces()
            if scanner.atEnd { return any ? suffix : nil }
            // A time first: 四点 is four o'clock, 四 alone (Excel's short weekday) Thursday.
            if suffix.time == nil, let time = scanner.time(afterDate: !any) ?? scanner.bracketedTime() {
                suffix.time = time
            } else if suffix.time?.zoneOffset == nil, scanner.anotherSession() {
                // 9:00-12:00、14:00-17:00, 上午、下午: the day's other session; the day is kept.
            } else if suffix.weekday == nil, let weekday = scanner.weekday(afterSpace: spaced) {
                suffix.weekday = weekday
            } else {
                return nil
            }
            any = true
        }
    }

    /// Reads the words after a date, one at a time, from the front.
    private struct Scanner {
        var rest: ArraySlice<Character>
        init(_ text: ArraySlice<Character>) { rest = text }

        var atEnd: Bool { rest.isEmpty }

        /// Whether there were any.
        @discardableResult mutating func skipSpaces() -> Bool {
            let spaced = rest.first == " "
            while rest.first == " " { rest.removeFirst() }
            return spaced
        }

        /// Takes `word` if the text goes on with it (letters in either case).
        mutating func take(_ word: String) -> Bool {
            var count = 0
            for (character, written) in zip(rest, word) {
                guard Self.sameLetter(character, written) else { return false }
                count += 1
            }
            guard count == word.count else { return false }
            rest.removeFirst(count)
            return true
        }

        /// Whether two characters are one letter in either case (`T` and `t`). ASCII without
        /// `lowercased()`, which makes a string of each: the scanner asks it of every word it
        /// tries at every place, most of them unequal at their first character.
        private static func sameLetter(_ a: Character, _ b: Character) -> Bool {
            if a == b { return true }
            if let x = a.asciiValue, let y = b.asciiValue {
                return x | 0x20 == y | 0x20 && (0x61...0x7A).contains(x | 0x20)
            }
            return a.lowercased() == b.lowercased()
        }

        mutating func take(oneOf words: [String]) -> String? { words.first { take($0) } }

        /// Up to `maximumDigits` ASCII digits, or a number in Chinese numerals (十, 二十三, 两).
        mutating func number(maximumDigits: Int = 2) -> Int? {
            var value = 0
            var digits = 0
            while digits < maximumDigits, let first = rest.first, first.isASCII, let digit = first.wholeNumberValue {
                value = value * 10 + digit
                digits += 1
                rest.removeFirst()
            }
            if digits > 0 { return value }
            let numerals = rest.prefix { "〇○零一二两三四五六七八九十廿".contains($0) }
            guard !numerals.isEmpty,
                let read = DateText.number(String(numerals.map { $0 == "两" ? "二" : $0 })), read.digits <= 2
            else { return nil }
            rest.removeFirst(numerals.count)
            return read.value
        }

        /// `星期四`, `周四`, `礼拜天`, `星期4`, `（星期四）`, and Excel's short form `四`, `（四）`.
        mutating func weekday(afterSpace: Bool) -> Int? {
            let saved = rest
            let bracketed = take("(")
            // Thursday, Thu: as Excel writes a long date in English.
            let english = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            for (index, name) in english.enumerated() {
                for written in [name, String(name.prefix(4)), String(name.prefix(3))] where take(written) {
                    if rest.first?.isLetter != true, !bracketed || take(")") { return index + 1 }
                    rest = saved
                    _ = take("(")
                }
            }
            let named = take(oneOf: ["星期", "礼拜", "周"]) != nil
            let digit = { (day: Character) in
                day.isASCII ? day.wholeNumberValue.flatMap { (1...7).contains($0) ? $0 : nil } : nil
            }
            // 日 alone only in brackets or after a space: 2026年3月5日下午 is no Sunday's afternoon
            // of "2026年3月5".
            guard let day = rest.first,
                let weekday = Array("一二三四五六").firstIndex(of: day).map({ $0 + 1 })
                    ?? ((named || bracketed || afterSpace) && day == "日" ? 7 : nil)
                    ?? (named ? (day == "天" ? 7 : digit(day)) : nil)
            else {
                rest = saved
                return nil
            }
            rest.removeFirst()
            // The part of the day may share its bracket (（周四上午）, （星期四 下午）: helper-238).
            if bracketed {
                skipSpaces()
                _ = Self.periods.first { take($0.0) }
                skipSpaces()
            }
            if bracketed, !take(")") {
                rest = saved
                return nil
            }
            return weekday
        }

        /// The parts of a day, the longest first; each with whether it is the afternoon's.
        static let periods: [(String, Bool)] = [
            ("上、下午", false), ("上下午", false), ("上午", false), ("下午", true), ("中午", true), ("晚上", true), ("凌晨", false),
            ("早上", false),
            ("早晨", false), ("清晨", false), ("傍晚", true), ("晚间", true), ("夜间", true), ("夜里", true),
            ("午后", true), ("上半天", false), ("下半天", true), ("全天", false), ("深夜", true), ("晚", true), ("夜", true),
            ("早", false), ("AM", false),
            ("PM", true),
        ]

        /// A time of day, a range of them or a part of the day: nil (and nothing taken) for
        /// anything else. A zone west of UTC only after a `T` and seconds or a two-digit hour, as
        /// ISO 8601 writes an instant: `9:00-11:30`, `9:00:00-11:30` and `T9:00-11:30` are ranges,
        /// never 9:00 at UTC−11:30.
        mutating func time(afterDate: Bool) -> TimeOfDay? {
            let saved = rest
            let start = rest.startIndex
            let instant = afterDate && take("T")
            if !instant, let hours = hourRange() { return hours }
            guard var time = clock(alone: !instant) else {
                rest = saved
                return nil
            }
            // West of UTC only with seconds too (T09:00:00-05:00), or where it could be no range of
            // hours, ending before it begins (T20:00-05:00): T9:00-11:30 and T09:00-11:30 are ranges.
            let beforeZone = rest
            var offset = zone(minusToo: instant)
            // A zone after the seconds and a space, as `date` and many systems write an instant
            // (2026-03-05 00:00:00 +0800: helper-216, refused), ending the text.
            if offset == nil, time.withSeconds, rest.first == " " {
                skipSpaces()
                if let sign = rest.first, "+-".contains(sign), let spaced = zone(minusToo: true), rest.isEmpty {
                    offset = spaced
                } else {
                    rest = beforeZone
                }
            }
            if let west = offset, west < 0, !time.withSeconds, -west > (time.minutes ?? 0) {
                (offset, rest) = (nil, beforeZone)
            } else if let west = offset, west < 0, !time.withSeconds,
                !saved.dropFirst().prefix(2).allSatisfy({ $0.isASCII && $0.isNumber })
            {
                (offset, rest) = (nil, beforeZone)
            }
            if let offset {
                time.zoneOffset = offset
            } else {
                let beforeRange = rest
                skipSpaces()
                if take(oneOf: ["-", "–", "—", "~", "至", "到"]) != nil {
                    skipSpaces()
                    guard let end = clock(alone: false), end.hour != nil else {
                        rest = saved
                        return nil
                    }
                    time.endIsNone = end.minutes == nil
                } else {
                    rest = beforeRange
                }
            }
            time.written = String(saved[start..<rest.startIndex]).trimmed
            return time
        }

        /// Another session of the day after a list's mark (`、14:00-17:00`, `，下午`), taken; or false
        /// and nothing taken.
        mutating func anotherSession() -> Bool {
            let saved = rest
            guard take(oneOf: ["、", ",", ";"]) != nil else { return false }
            skipSpaces()
            if let time = time(afterDate: false), time.zoneOffset == nil, time.minutes != nil { return true }
            rest = saved
            return false
        }

        /// A time of day in brackets (`（上午）`, `（14:30）`), perhaps with the day's other sessions
        /// (`（上午、下午）`, `（9:00-12:00、14:00-17:00）`: helper-249, refused), or nil and nothing taken.
        mutating func bracketedTime() -> TimeOfDay? {
            let saved = rest
            guard take("(") else { return nil }
            skipSpaces()
            if let time = time(afterDate: false) {
                skipSpaces()
                while time.zoneOffset == nil, anotherSession() { skipSpaces() }
                if take(")") { return time }
            }
            rest = saved
            return nil
        }

        /// Hours written once for both ends of a range (`9-11时`, `下午3-5点`, `上午9至11点`): the
        /// start's hour and part of the day; nil (and nothing taken) for anything else.
        private mutating func hourRange() -> TimeOfDay? {
            let saved = rest
            var time = TimeOfDay()
            if let period = Self.periods.first(where: { take($0.0) }) {
                time.afternoon = period.1
                skipSpaces()
            }
            guard let hour = number(), take(oneOf: ["-", "~", "至", "到"]) != nil, let end = number(),
                take(oneOf: ["时", "点"]) != nil
            else {
                rest = saved
                return nil
            }
            time.hour = hour
            var last = time
            last.hour = end
            time.endIsNone = last.minutes == nil
            time.written = String(saved[saved.startIndex..<rest.startIndex])
            return time
        }

        /// `14:30`, `14:30:00.000`, `下午2时30分`, `十点半`, `10时许`, `2:30 PM`; a part of the day
        /// alone (`上午`) when `alone`.
        private mutating func clock(alone: Bool) -> TimeOfDay? {
            let saved = rest
            var time = TimeOfDay()
            // The time in China, said so (北京时间 14:30, 14:30（北京时间）): the day as written.
            if take("北京时间") { skipSpaces() }
            if let period = Self.periods.first(where: { take($0.0) }) {
                time.afternoon = period.1
                skipSpaces()
            }
            guard let hour = number() else {
                guard alone, time.afternoon != nil else {
                    rest = saved
                    return nil
                }
                return time
            }
            time.hour = hour
            if take(":") {
                guard rest.first?.isASCII == true, let minute = number() else {
                    rest = saved
                    return nil
                }
                time.minute = minute
                if take(":") {
                    guard let second = number() else {
                        rest = saved
                        return nil
                    }
                    time.second = second
                    time.withSeconds = true
                    if take(".") { _ = number(maximumDigits: 9) }
                }
            } else if take(oneOf: ["时", "点"]) != nil {
                if take("半") {
                    time.minute = 30
                } else if let minute = number() {
                    guard take("分") else {
                        rest = saved
                        return nil
                    }
                    time.minute = minute
                    if let second = number() {
                        guard take("秒") else {
                            rest = saved
                            return nil
                        }
                        time.second = second
                    }
                } else {
                    _ = take("整")
                }
            } else {
                rest = saved
                return nil
            }
            _ = take(oneOf: ["许", "左右"])
            let beforeChina = rest
            skipSpaces()
            if take(oneOf: ["(北京时间)", "北京时间"]) == nil { rest = beforeChina }
            let beforePeriod = rest
            skipSpaces()
            // (After it as Excel writes AM and PM in Chinese, 2:30 下午: helper-254, not a date.)
            if time.afternoon == nil, let period = take(oneOf: ["AM", "PM", "A.M.", "P.M.", "A.M", "P.M", "上午", "下午"]) {
                time.afternoon = ["PM", "P.M.", "P.M", "下午"].contains(period)
            } else {
                rest = beforePeriod
            }
            return time
        }

        /// `Z`, `+08:00`, `+0800`, `+08`, and with `minusToo` `-05:00`: minutes east of UTC, nil (and
        /// nothing taken) for anything else, a zone of more than 14 hours or 59 minutes among them.
        private mutating func zone(minusToo: Bool) -> Int? {
            if take("Z") { return 0 }
            let saved = rest
            guard let sign = take(oneOf: minusToo ? ["+", "-"] : ["+"]), let hours = digits(2), hours <= 14 else {
                rest = saved
                return nil
            }
            _ = take(":")
            let minutes = digits(2) ?? 0
            guard minutes <= 59 else {
                rest = saved
                return nil
            }
            return (sign == "+" ? 1 : -1) * (hours * 60 + minutes)
        }

        /// Exactly `count` ASCII digits.
        private mutating func digits(_ count: Int) -> Int? {
            let taken = rest.prefix(count)
            guard taken.count == count, taken.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(String(taken))
            else { return nil }
            rest.removeFirst(count)
            return value
        }
    }

    /// The numbers of a date without white space, if it is numbers between separators
    /// (`-`, `/`, `.` alike, or 年 月 and an optional closing 日 or 号), with how many digits each
    /// was written with. `3月5日` gives two numbers, so the caller can say the year is missing.
    private static func numbers(_ text: String) -> [(value: Int, digits: Int)]? {
        var parts: [(value: Int, digits: Int)] = []
        var separators: [Character] = []
        var token = ""
        func close() -> Bool {
            guard !token.isEmpty, let number = number(token) else { return false }
            parts.append(number)
            token = ""
            return true
        }
        for character in text {
            if "-/.年月日号".contains(character) {
                guard close() else { return nil }
                separators.append(character)
            } else {
                token.append(character)
            }
        }
        if !token.isEmpty { guard close() else { return nil } }
        let written = String(separators)
        let chinese = ["年月", "年月日", "年月号", "月日", "月号"]
        let plain = ["--", "//", "..", "-", "/", "."]
        guard chinese.contains(written) || plain.contains(written) else { return nil }
        return parts
    }

    /// A year written in Chinese numerals, digit by digit (`二〇二六`), as a 年度 may be; nil for
    /// anything else.
    public static func chineseYear(_ text: String) -> Int? {
        guard let (value, digits) = number(text), digits == 4, !text.contains(where: \.isASCII) else { return nil }
        return value
    }

    /// `2026` (4 digits), `03`, or Chinese numerals: `二〇二六` digit by digit, `十五`, `二十一`, `廿一`.
    static func number(_ token: String) -> (value: Int, digits: Int)? {
        if token.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard token.count <= 4, let value = Int(token) else { return nil }
            return (value, token.count)
        }
        let digits: [Character: Int] = [
            "〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        ]
        let tens: [Character: Int] = ["十": 1, "廿": 2, "卅": 3]
        let characters = Array(token)
        if characters.allSatisfy({ digits[$0] != nil }) {
            // (Or a month or day written digit by digit, as the year is: 〇四月〇九日, helper-238;
            // 一〇月一〇日, helper-239.)
            guard characters.count == 4 || characters.count <= 2 else { return nil }
            return (characters.reduce(0) { $0 * 10 + digits[$1]! }, characters.count)
        }
        // 十, 十五, 二十, 二十一, 廿一, 卅: at most a digit, a tens sign, a digit.
        guard let sign = characters.firstIndex(where: { tens[$0] != nil }), sign <= 1 else { return nil }
        let before = characters[..<sign]
        let after = characters[(sign + 1)...]
        guard after.count <= 1, before.allSatisfy({ digits[$0] != nil }), after.allSatisfy({ digits[$0] != nil }),
            before.isEmpty || characters[sign] == "十"
        else { return nil }
        let ten = before.first.map { digits[$0]! } ?? tens[characters[sign]]!
        return (ten * 10 + (after.first.map { digits[$0]! } ?? 0), 2)
    }
}

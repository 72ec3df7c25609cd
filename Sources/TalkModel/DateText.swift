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

    /// Reads `2026-03-05`, `2026/3/5`, `2026.3.5`, `20260305` (ISO 8601's basic form),
    /// `2026年3月5日`, `2026年3月5号`, `2026 年 3 月 5 日`, `二〇二六年三月十五日` (and 廿/卅 days), with
    /// full-width digits; a time of day and a weekday may follow, as Excel, WPS and other systems
    /// write a date-time cell or a long date (`2026/3/5 14:30`, `2026年3月5日 星期四`,
    /// `2026-03-05T09:00:00`, `2026年3月5日下午2时30分`): the day is kept, as a workbook's date-time
    /// cell is read. A weekday that is not the date's is refused (one of the two is mistyped). A
    /// time with a zone (`2026-03-05T16:00:00Z`, `+00:00`) is an instant: its day is the day in
    /// China (UTC+8, which keeps no summer time), 2026-03-06 there.
    ///
    /// Refused: a date without a year (`3月5日`) or with a two-digit one (`26.3.5`), or with the year
    /// last (`3/5/2026`), which could mean several days.
    public static func parse(_ text: String) throws(Unreadable) -> CivilDate {
        let folded = OfficeText.widthFolded(text).trimmed
        let onlyADate: Unreadable
        do { return try date(folded, text) } catch { onlyADate = error }
        guard let (datePart, suffix) = split(folded) else { throw onlyADate }
        let day = try date(datePart, text)
        if let weekday = suffix.weekday, weekday != day.weekday {
            let names = ["一", "二", "三", "四", "五", "六", "日"]
            let english = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            throw Unreadable(
                message: Message(
                    zh: "\(text.quoted) 中的 \(day.chinese) 是星期\(names[day.weekday - 1])，不是星期\(names[weekday - 1])；请核对日期",
                    en:
                        "\(text.quoted) names \(day), a \(english[day.weekday - 1]), not a \(english[weekday - 1]); check the date"
                ))
        }
        guard let time = suffix.time else { return day }
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
    private static func date(_ datePart: String, _ text: String) throws(Unreadable) -> CivilDate {
        let compact = OfficeText.compact(datePart)
        guard let parts = compactNumbers(compact) ?? numbers(compact) else { throw notADate(text) }
        if parts.count == 3, parts[0].digits <= 2, parts[2].digits == 4 {
            throw Unreadable(
                message: Message(
                    zh: "\(text.quoted) 把年份写在最后，月、日的次序不明；请年份在前：\(accepted.zh)",
                    en:
                        "\(text.quoted) puts the year last, which leaves the month and the day unclear; put the year first: \(accepted.en)"
                ))
        }
        if (parts.count == 2 && parts[0].digits <= 2) || (parts.count == 3 && parts[0].digits < 4) {
            throw Unreadable(
                message: Message(
                    zh: "\(text.quoted) 没有完整的四位年份；\(accepted.zh)",
                    en: "\(text.quoted) has no full four-digit year; \(accepted.en)"))
        }
        guard parts.count == 3, parts[0].digits == 4 else { throw notADate(text) }
        guard let date = CivilDate(year: parts[0].value, month: parts[1].value, day: parts[2].value) else {
            throw Unreadable(message: Message(zh: "\(text) 不是有效日期", en: "\(text) is not a date"))
        }
        return date
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
    /// `16:00:00Z`, `08:00+08:00`.
    struct TimeOfDay {
        var written: String
        var hour: Int
        var minute = 0
        var second = 0
        /// 下午, 晚上, PM: the afternoon's hours; 上午, 凌晨, AM: the morning's.
        var afternoon: Bool?
        /// Minutes east of UTC, when a zone is written.
        var zoneOffset: Int?

        /// Minutes since midnight, or nil for no time of a day (25:00, 14:30 PM).
        var minutes: Int? {
            guard (0...59).contains(minute), (0...60).contains(second) else { return nil }
            switch afternoon {
            case nil: return (0...23).contains(hour) ? hour * 60 + minute : nil
            case true?: return (1...12).contains(hour) ? (hour % 12 + 12) * 60 + minute : nil
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
        for start in characters.indices.dropFirst() {
            guard let suffix = suffix(characters[start...]) else { continue }
            var date = characters[..<start]
            while let last = date.last, last == " " || last == "T" || last == "," { date.removeLast() }
            return (String(date), suffix)
        }
        return nil
    }

    /// A weekday and a time of day in either order, each at most once, or nil.
    private static func suffix(_ text: ArraySlice<Character>) -> Suffix? {
        var scanner = Scanner(text)
        var suffix = Suffix()
        var any = false
        while true {
            scanner.skipSpaces()
            if scanner.atEnd { return any ? suffix : nil }
            if suffix.weekday == nil, let weekday = scanner.weekday() {
                suffix.weekday = weekday
            } else if suffix.time == nil, let time = scanner.time(afterDate: !any) {
                suffix.time = time
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

        mutating func skipSpaces() {
            while rest.first == " " { rest.removeFirst() }
        }

        /// Takes `word` if the text goes on with it (letters in either case).
        mutating func take(_ word: String) -> Bool {
            let word = Array(word.lowercased())
            guard rest.count >= word.count, zip(rest, word).allSatisfy({ $0.lowercased() == String($1) }) else {
                return false
            }
            rest.removeFirst(word.count)
            return true
        }

        mutating func take(oneOf words: [String]) -> String? { words.first { take($0) } }

        /// One or two ASCII digits.
        mutating func number(maximumDigits: Int = 2) -> Int? {
            var value = 0
            var digits = 0
            while digits < maximumDigits, let first = rest.first, first.isASCII, let digit = first.wholeNumberValue {
                value = value * 10 + digit
                digits += 1
                rest.removeFirst()
            }
            return digits > 0 ? value : nil
        }

        /// `星期四`, `周四`, `礼拜天`, `（星期四）`.
        mutating func weekday() -> Int? {
            let saved = rest
            let bracketed = take("(")
            guard take(oneOf: ["星期", "礼拜", "周"]) != nil, let day = rest.first,
                let weekday = Array("一二三四五六日").firstIndex(of: day).map({ $0 + 1 }) ?? (day == "天" ? 7 : nil)
            else {
                rest = saved
                return nil
            }
            rest.removeFirst()
            if bracketed, !take(")") {
                rest = saved
                return nil
            }
            return weekday
        }

        /// `14:30`, `14:30:00.000`, `T16:00:00Z`, `下午2时30分`, `2点`, `2:30 PM`: nil (and nothing
        /// taken) for anything else.
        mutating func time(afterDate: Bool) -> TimeOfDay? {
            let saved = rest
            let start = rest.startIndex
            if afterDate { _ = take("T") }
            var afternoon: Bool?
            if let period = take(oneOf: ["上午", "下午", "中午", "晚上", "凌晨", "早上", "AM", "PM"]) {
                afternoon = !["上午", "凌晨", "早上", "AM"].contains(period)
                skipSpaces()
            }
            guard let hour = number() else {
                rest = saved
                return nil
            }
            var time = TimeOfDay(written: "", hour: hour, afternoon: afternoon)
            if take(":") {
                guard let minute = number() else {
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
                    if take(".") { _ = number(maximumDigits: 9) }
                }
            } else if take(oneOf: ["时", "点"]) != nil {
                if let minute = number() {
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
            skipSpaces()
            if time.afternoon == nil, let period = take(oneOf: ["AM", "PM"]) { time.afternoon = period == "PM" }
            if take("Z") {
                time.zoneOffset = 0
            } else if let sign = take(oneOf: ["+", "-"]) {
                guard let hours = number(), hours <= 14 else {
                    rest = saved
                    return nil
                }
                _ = take(":")
                let minutes = number() ?? 0
                time.zoneOffset = (sign == "+" ? 1 : -1) * (hours * 60 + minutes)
            }
            time.written = String(saved[start..<rest.startIndex]).trimmed
            return time
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

    /// `2026` (4 digits), `03`, or Chinese numerals: `二〇二六` digit by digit, `十五`, `二十一`, `廿一`.
    private static func number(_ token: String) -> (value: Int, digits: Int)? {
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
            guard characters.count == 4 || characters.count == 1 else { return nil }
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

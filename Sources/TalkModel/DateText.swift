/// Dates as people write them, read into a `CivilDate`; the one reader for sheet cells and
/// command-line flags. Documents stay strict `YYYY-MM-DD` (`CivilDate.init(_:)`).
public enum DateText {
    /// A text that is not a date, with the reason and the forms that are accepted.
    public struct Unreadable: Error, Sendable {
        public let message: Message
    }

    /// The forms `parse` accepts, for messages and help.
    public static let accepted = Message(
        zh: "可写 2026-03-05、2026/3/5、2026.3.5、2026年3月5日（或 5号）、二〇二六年三月五日，可带 0:00 时刻",
        en: "write 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日 (or 5号) or 二〇二六年三月五日, a 0:00 time may follow")

    /// Reads `2026-03-05`, `2026/3/5`, `2026.3.5`, `2026年3月5日`, `2026年3月5号`, `2026 年 3 月 5 日`,
    /// `二〇二六年三月十五日` (and 廿/卅 days), with full-width digits, and with a midnight time
    /// after it (`2026/3/5 0:00`, `2026-03-05T00:00:00`), as Excel and other systems write a date.
    ///
    /// Refused: a date without a year (`3月5日`) or with a two-digit one (`26.3.5`), which could
    /// mean several days; and a time other than midnight, which may be an instant in another
    /// zone whose day is not the day written.
    public static func parse(_ text: String) throws(Unreadable) -> CivilDate {
        let folded = OfficeText.widthFolded(text).trimmed
        let (datePart, time) = splitTime(folded)
        if let time, !isMidnight(time) {
            throw Unreadable(
                message: Message(
                    zh: "\(text.quoted) 带有时刻 \(time)，请只写日期（\(accepted.zh)）",
                    en: "\(text.quoted) has a time of day (\(time)); give the day only (\(accepted.en))"))
        }
        guard let parts = numbers(OfficeText.compact(datePart)) else { throw notADate(text) }
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

    /// `2026/3/5 0:00` → ("2026/3/5", "0:00"); the time is the last word with a colon, after a
    /// space or a `T`.
    private static func splitTime(_ text: String) -> (String, String?) {
        guard let colon = text.firstIndex(of: ":") else { return (text, nil) }
        var start = colon
        while start > text.startIndex, text[text.index(before: start)].isASCII,
            text[text.index(before: start)].isNumber
        {
            start = text.index(before: start)
        }
        guard start > text.startIndex else { return (text, nil) }
        let separator = text.index(before: start)
        guard text[separator] == " " || text[separator] == "T" else { return (text, nil) }
        return (String(text[..<separator]), String(text[start...]))
    }

    /// `0:00`, `00:00:00`, `00:00:00.000`.
    private static func isMidnight(_ time: String) -> Bool {
        let fields = time.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count) else { return false }
        return fields.allSatisfy { field in
            !field.isEmpty && field.allSatisfy { $0 == "0" || $0 == "." } && field.first != "."
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

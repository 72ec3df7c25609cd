import Foundation
import Synchronization
import TalkModel

/// The days off that 《全国年节及纪念日放假办法》 Art. 2 (as amended by the State Council on
/// 2024-11-10, in force 2025-01-01) gives all citizens: 元旦 (01-01), 春节 (除夕 to 正月初三),
/// 清明节 (the day of the 清明 solar term), 劳动节 (05-01, 05-02), 端午节 (lunar 5/5), 中秋节
/// (lunar 8/15) and 国庆节 (10-01 to 10-03).
///
/// They are law, so a year whose State Council notice is not loaded still has them. What only
/// the notice can say (bridging days, 补假 for a holiday on a weekend, 调休上班) is never derived.
public enum StatutoryHolidays {
    /// The years computed: from the amendment's entry into force (earlier years had other days
    /// off) to 2099, the span for which the tests hold an independent table of the lunar
    /// festivals and the 清明 day is known (`qingming`). Outside it a year without a notice has
    /// weekends only.
    public static let years = 2025...2099

    /// One statutory day off: the festival and how its date was found.
    public struct Day: Sendable {
        public let date: CivilDate
        public let name: Message
        /// "公历 1月1日", "农历正月初一", "清明节气（节气表）" …
        public let basis: Message
    }

    /// The day of the 清明 solar term in April (Beijing time), 2025–2050: the Sun's apparent
    /// longitude reaches 15°. Computed from the VSOP87 solar theory at UTC+8 (no instant lies
    /// within 30 minutes of midnight); the tests check it against the 寿星 formula and the
    /// 2025–2026 notices.
    static let qingmingDay: [Int] = [
        4, 5, 5, 4, 4, 5, 5, 4, 4, 5,  // 2025–2034
        5, 4, 4, 5, 5, 4, 4, 4, 5, 4,  // 2035–2044
        4, 4, 5, 4, 4, 4,  // 2045–2050
    ]

    /// The day in April of the 清明 solar term: the table where it reaches, else the 寿星 formula
    /// for the 21st century, [Y × 0.2422 + 4.81] − [Y / 4] (Y the year's last two digits), which
    /// agrees with every day of the table (a test checks it).
    static func qingming(_ year: Int) -> Int {
        let index = year - years.lowerBound
        if qingmingDay.indices.contains(index) { return qingmingDay[index] }
        let y = year % 100
        return Int(Double(y) * 0.2422 + 4.81) - y / 4
    }

    /// The statutory days off of `year` in date order; empty outside `years`.
    public static func days(in year: Int) -> [Day] { computed(year)?.days ?? [] }

    /// The festival of a statutory day off, or nil.
    static func name(of date: CivilDate) -> Message? { computed(date.year)?.names[date.dayNumber] }

    /// A year's days off, and the festival of each by day number. 中秋 can fall on 国庆
    /// (2031-10-01): one day off with both names, never an extra day (only a notice can add one).
    private struct Year: Sendable {
        let days: [Day]
        let names: [Int: Message]

        init(_ year: Int) {
            days = StatutoryHolidays.compute(year)
            names = Dictionary(
                days.map { ($0.date.dayNumber, $0.name) },
                uniquingKeysWith: { Message(zh: $0.zh + "、" + $1.zh, en: $0.en + ", " + $1.en) })
        }
    }

    /// Each year computed when first asked for: a command meets two or three years, and the
    /// lunar dates of all 75 took a sixth of a small store's `check`.
    private static let computedYears = Mutex<[Int: Year]>([:])

    private static func computed(_ year: Int) -> Year? {
        guard years.contains(year) else { return nil }
        if let known = computedYears.withLock({ $0[year] }) { return known }
        let made = Year(year)
        computedYears.withLock { $0[year] = made }
        return made
    }

    private static func compute(_ year: Int) -> [Day] {
        var days: [Day] = []
        func add(_ date: CivilDate?, _ name: Message, _ basis: Message) {
            if let date { days.append(Day(date: date, name: name, basis: basis)) }
        }
        func gregorian(_ month: Int, _ day: Int, _ name: Message) {
            add(
                CivilDate(year: year, month: month, day: day), name,
                Message(zh: "公历 \(month)月\(day)日", en: "Gregorian \(month)/\(day)"))
        }
        let newYear = lunar(year, month: 1, day: 1)
        let springFestival = Message(zh: "春节", en: "Spring Festival")
        // 除夕 is the day before 正月初一, whether the 12th month has 29 or 30 days.
        add(
            newYear?.adding(days: -1), springFestival,
            Message(zh: "农历除夕（腊月最后一日）", en: "lunar New Year's Eve (last day of the 12th month)"))
        for (offset, zh) in ["初一", "初二", "初三"].enumerated() {
            add(
                newYear?.adding(days: offset), springFestival,
                Message(zh: "农历正月\(zh)", en: "lunar 1st month, day \(offset + 1)"))
        }
        gregorian(1, 1, Message(zh: "元旦", en: "New Year's Day"))
        add(
            CivilDate(year: year, month: 4, day: qingming(year)),
            Message(zh: "清明节", en: "Qingming Festival"),
            year - years.lowerBound < qingmingDay.count
                ? Message(zh: "清明节气（节气表）", en: "Qingming solar term (table)")
                : Message(zh: "清明节气（寿星公式）", en: "Qingming solar term (寿星 formula)"))
        for day in [1, 2] { gregorian(5, day, Message(zh: "劳动节", en: "Labour Day")) }
        add(
            lunar(year, month: 5, day: 5), Message(zh: "端午节", en: "Dragon Boat Festival"),
            Message(zh: "农历五月初五", en: "lunar 5th month, day 5"))
        for day in 1...3 { gregorian(10, day, Message(zh: "国庆节", en: "National Day")) }
        add(
            lunar(year, month: 8, day: 15), Message(zh: "中秋节", en: "Mid-Autumn Festival"),
            Message(zh: "农历八月十五", en: "lunar 8th month, day 15"))
        // In the order added among days of one date, so 2031-10-01 reads "国庆节、中秋节" as notices write it.
        return days.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// Foundation's Chinese and Gregorian calendars at Beijing time, made once.
    private static let calendars: (chinese: Calendar, western: Calendar) = {
        let beijing = TimeZone(secondsFromGMT: 8 * 3600)!
        var chinese = Calendar(identifier: .chinese)
        var western = Calendar(identifier: .gregorian)
        chinese.timeZone = beijing
        western.timeZone = beijing
        return (chinese, western)
    }()

    /// The Gregorian day of a lunar date in the lunar year that begins in Gregorian `year` (never
    /// a leap month), from Foundation's Chinese calendar at Beijing time.
    private static func lunar(_ year: Int, month: Int, day: Int) -> CivilDate? {
        let (chinese, western) = calendars
        // 正月初一 falls between Jan 21 and Feb 20, so July 1 is always in the lunar year wanted.
        guard let midYear = western.date(from: DateComponents(year: year, month: 7, day: 1)) else { return nil }
        var wanted = chinese.dateComponents([.era, .year], from: midYear)
        wanted.month = month
        wanted.day = day
        wanted.isLeapMonth = false
        guard let instant = chinese.date(from: wanted) else { return nil }
        let found = western.dateComponents([.year, .month, .day], from: instant)
        return found.year.flatMap { y in
            found.month.flatMap { m in found.day.flatMap { CivilDate(year: y, month: m, day: $0) } }
        }
    }
}

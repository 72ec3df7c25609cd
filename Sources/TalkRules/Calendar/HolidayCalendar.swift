import TalkModel

/// Official public holidays and adjusted working days (调休上班), one State Council notice a year.
///
/// The notice's bridging days and worked weekends cannot be computed, so they are data in `Rules/`
/// (`*.holidays`). A year without a notice falls back to the statutory days off of
/// 《全国年节及纪念日放假办法》 Art. 2 and the weekends (`StatutoryHolidays`); every date computed
/// in such a year is provisional (`spec/deadlines.md`, "Holiday data").
public struct HolidayCalendar: Sendable {
    /// Years with loaded data, and the notice each came from.
    public private(set) var years: [Int: Message] = [:]
    private var holidays: [Int: Message] = [:]
    private var workdays: [Int: Message] = [:]

    public init() {}

    /// Why a day is a rest day, or nil for a working day.
    public enum RestDay: Equatable, Sendable {
        case weekend
        case holiday(Message)
    }

    /// Where a year's rest days come from.
    public enum Source: Equatable, Sendable {
        /// The State Council notice loaded for the year.
        case notice(Message)
        /// No notice: the statutory days of 放假办法 Art. 2, and weekends.
        case statutory
        /// No notice and outside `StatutoryHolidays.years`: weekends only.
        case weekendsOnly
    }

    public func hasData(for year: Int) -> Bool { years[year] != nil }

    public func source(for year: Int) -> Source {
        if let notice = years[year] { return .notice(notice) }
        return StatutoryHolidays.years.contains(year) ? .statutory : .weekendsOnly
    }

    public func restDay(_ date: CivilDate) -> RestDay? {
        let day = date.dayNumber
        if hasData(for: date.year) {
            if let name = holidays[day] { return .holiday(name) }
            if workdays[day] != nil { return nil }
        } else if let name = StatutoryHolidays.name(of: date) {
            return .holiday(name)
        }
        return date.weekday >= 6 ? .weekend : nil
    }

    /// The adjusted working day's holiday, when `date` is a weekend day worked instead.
    public func adjustedWorkday(_ date: CivilDate) -> Message? { workdays[date.dayNumber] }

    /// One named day of a year's calendar: a holiday or a worked weekend day, and its source.
    public struct Day: Sendable {
        public let date: CivilDate
        public let name: Message
        /// The notice, or "statutory (放假办法 Art. 2), computed: lunar 正月初一".
        public let basis: Message
    }

    /// A year's rest days as `talks rules calendar` shows them.
    public struct Year: Sendable {
        public let year: Int
        public let source: Source
        /// Every holiday day off, in date order.
        public let holidays: [Day]
        /// Weekend days worked in lieu of a holiday (only from a notice).
        public let workdays: [Day]
        /// Saturdays and Sundays that are neither holidays nor worked.
        public let weekendRestDays: Int
        /// The file of a later pack that took an earlier one's place for the year.
        public let replacement: Replacement?
    }

    /// The rest days of `year`, nil for a year a date cannot have.
    public func year(_ year: Int) -> Year? {
        guard let first = CivilDate(year: year, month: 1, day: 1) else { return nil }
        let source = source(for: year)
        var named: [Day] = []
        var worked: [Day] = []
        if case .notice(let notice) = source {
            let basis = Message(zh: "放假通知：\(notice.zh)", en: "notice: \(notice.en)")
            func days(_ table: [Int: Message]) -> [Day] {
                table.compactMap { number, name in
                    CivilDate(dayNumber: number).flatMap {
                        $0.year == year ? Day(date: $0, name: name, basis: basis) : nil
                    }
                }.sorted { $0.date < $1.date }
            }
            named = days(holidays)
            worked = days(workdays)
        } else {
            named = StatutoryHolidays.days(in: year).map { day in
                Day(
                    date: day.date, name: day.name,
                    basis: Message(
                        zh: "法定（《全国年节及纪念日放假办法》第二条），推算：\(day.basis.zh)",
                        en: "statutory (Art. 2 of 全国年节及纪念日放假办法), computed: \(day.basis.en)"))
            }
        }
        var weekendRestDays = 0
        var day = first
        while day.year == year {
            if restDay(day) == .weekend { weekendRestDays += 1 }
            guard let next = day.adding(days: 1) else { break }
            day = next
        }
        return Year(
            year: year, source: source, holidays: named, workdays: worked, weekendRestDays: weekendRestDays,
            replacement: replacements[year])
    }

    /// The note said once per command when dates fell in `years` without a notice: they follow the
    /// statutory fallback and are provisional. Nil when `years` is empty. `forOperator` adds how
    /// to load the notice once published: for whoever runs talks, not for a report's readers.
    public static func provisionalNote(_ years: [Int], forOperator: Bool = true) -> Message? {
        guard !years.isEmpty else { return nil }
        func list(_ years: [Int], _ separator: String) -> String { years.map(String.init).joined(separator: separator) }
        let range = "\(StatutoryHolidays.years.lowerBound)–\(StatutoryHolidays.years.upperBound)"
        let outside = years.filter { !StatutoryHolidays.years.contains($0) }
        var zh =
            "注意：未载入 \(list(years, "、")) 年的国务院放假通知，落在这些年份的期限为暂定："
            + "按《全国年节及纪念日放假办法》第二条的法定假日和周末顺延，不含只有通知才能规定的调休和补假"
        var en =
            "note: no State Council holiday notice is loaded for \(list(years, ", ")), so due dates there are "
            + "provisional: they move off the statutory days of Art. 2 of 全国年节及纪念日放假办法 and weekends, "
            + "without the bridging and worked days only a notice can set"
        if !outside.isEmpty {
            zh += "（\(list(outside, "、")) 年超出法定假日推算范围 \(range) 年，只按周末）"
            en += " (\(list(outside, ", ")): outside the computed years \(range), weekends only)"
        }
        guard forOperator else { return Message(zh: zh + "。", en: en + ".") }
        zh += "。通知发布后，把该年的 .holidays 文件放入 Rules/ 或地方规则包即可，可用 talks rules calendar 年份 核对。"
        en +=
            ". When the notice is published, add its .holidays file to Rules/ or a local pack; check it with talks rules calendar YEAR."
        return Message(zh: zh, en: en)
    }

    /// A year's file that replaced another pack's (a corrected notice, a region's own days off),
    /// its pack in force from `from` (nil: from the beginning): said wherever the year is named,
    /// as nothing else shows it (helper-232: a local pack's 2026 file took the national notice's
    /// place without a word).
    public struct Replacement: Sendable {
        /// The file read, as given (a path).
        public let file: String
        public let from: CivilDate?
        /// The file it took the place of.
        public let replaced: String

        /// The replacement in a clause: `pk/cn-2026.holidays, from 2027-06-01, in place of Rules/cn-2026.holidays`.
        public var described: Message {
            let (file, replaced) = (file.inline, replaced.inline)
            return Message(
                zh: "\(file) \(from.map { "自 \($0) 起" } ?? "")取代 \(replaced)",
                en: "\(file)\(from.map { ", from \($0)," } ?? "") in place of \(replaced)")
        }
    }
    public private(set) var replacements: [Int: Replacement] = [:]
    /// The file each year's notice was read from.
    private var files: [Int: String] = [:]

    /// The file a year's notice was read from, as given (a path); nil for a year without one.
    public func file(of year: Int) -> String? { files[year] }

    /// Sets one year's notice (`parsed`) read from `file` of a pack in force from `effective`; a later
    /// pack's file for the same year replaces the earlier one (`replacements`, which names the
    /// year's first file: the one in force before any replaced it).
    mutating func set(_ parsed: HolidayFile.Year, from file: String, effective: CivilDate?) {
        let (year, notice, holidays, workdays) = (parsed.year, parsed.notice, parsed.holidays, parsed.workdays)
        if let earlier = files[year] {
            replacements[year] = Replacement(
                file: file, from: effective, replaced: replacements[year]?.replaced ?? earlier)
        }
        files[year] = file
        if years[year] != nil {
            self.holidays = self.holidays.filter { CivilDate(dayNumber: $0.key)?.year != year }
            self.workdays = self.workdays.filter { CivilDate(dayNumber: $0.key)?.year != year }
        }
        years[year] = notice
        for (date, name) in holidays { self.holidays[date.dayNumber] = name }
        for (date, name) in workdays { self.workdays[date.dayNumber] = name }
    }
}

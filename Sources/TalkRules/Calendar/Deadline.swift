import TalkModel

/// The last day of a period that runs from a day, with the steps that led to it, so a finding can
/// show its arithmetic ("谈话结束 2026-01-15；+1个月 = 2026-02-15（星期日，春节）→ 顺延至 2026-02-24").
public struct Deadline: Equatable, Sendable {
    public let start: CivilDate
    public let period: Period
    /// `start` + `period`: the same day-of-month, clamped (Civil Code Art. 202); for working days, the counted day.
    public let plain: CivilDate
    /// Why `plain` is not the deadline: it is a rest day (Art. 203). Nil when no move was made.
    public let restDay: HolidayCalendar.RestDay?
    /// Set when `plain` is a weekend day worked instead of a holiday, so it does not move.
    public let adjustedWorkday: Message?
    public let due: CivilDate
    /// The holidays the move passed over after `plain`'s own rest day, in order (a Sunday before
    /// 劳动节): named, so the reader sees why it went past the Monday (helper-228: unnamed).
    public let holidaysPassed: [Message]
    /// Years whose rest days the arithmetic read with no State Council notice loaded: it used the
    /// statutory fallback of 放假办法 Art. 2 there, which the notice may change.
    public let yearsWithoutData: [Int]
    /// Set when `plain` is a rest day left where it is, as the pack's `calendar = plain` says: the
    /// explanation says why a Saturday is the due date (helper-232: said nothing).
    public let restDayKept: HolidayCalendar.RestDay?

    /// The due date may still move when the missing notice is published: later for a bridging
    /// day, earlier for a worked weekend (`spec/deadlines.md`, "Holiday data").
    public var isProvisional: Bool { !yearsWithoutData.isEmpty }
}

/// Period arithmetic under a rule pack's `calendar` setting and the loaded holiday data.
public struct DeadlineCalendar: Sendable {
    public let holidays: HolidayCalendar
    /// `civil-code`: a last day that is a rest day moves to the next working day (Art. 203); `plain`: no move.
    public let movesOffRestDays: Bool

    public init(holidays: HolidayCalendar, movesOffRestDays: Bool) {
        self.holidays = holidays
        self.movesOffRestDays = movesOffRestDays
    }

    /// `date` + `period` with no move: months clamp to month end, working days are counted one by one.
    public func adding(_ period: Period, to date: CivilDate) -> CivilDate? {
        var missing = Set<Int>()
        return adding(period, to: date, missing: &missing)
    }

    private func adding(_ period: Period, to date: CivilDate, missing: inout Set<Int>) -> CivilDate? {
        switch period.unit {
        case .days: return date.adding(days: period.count)
        case .months: return date.adding(months: period.count)
        case .years: return date.adding(months: period.count * 12)
        case .workingDays:
            // Counting starts the day after (Civil Code Art. 201); the day reached is the deadline.
            var day = date
            var counted = 0
            while counted < period.count {
                guard let next = day.adding(days: 1) else { return nil }
                day = next
                if !holidays.hasData(for: day.year) { missing.insert(day.year) }
                if holidays.restDay(day) == nil { counted += 1 }
            }
            return day
        }
    }

    /// The last day of `period` running from `start`, moved off a rest day when the calendar says so.
    /// Nil only past year 9999.
    public func deadline(_ period: Period, from start: CivilDate) -> Deadline? {
        var missing = Set<Int>()
        guard let plain = adding(period, to: start, missing: &missing) else { return nil }
        var due = plain
        var restDay: HolidayCalendar.RestDay?
        var passed: [Message] = []
        // A counted working day is never a rest day; only month, year and day periods move (deadlines.md rule 4).
        if movesOffRestDays && period.unit != .workingDays {
            if !holidays.hasData(for: plain.year) { missing.insert(plain.year) }
            restDay = holidays.restDay(plain)
            while let rest = holidays.restDay(due) {
                if case .holiday(let name) = rest, !passed.contains(name), restDay != rest { passed.append(name) }
                guard let next = due.adding(days: 1) else { return nil }
                due = next
                if !holidays.hasData(for: due.year) { missing.insert(due.year) }
            }
        }
        return Deadline(
            start: start, period: period, plain: plain, restDay: restDay,
            adjustedWorkday: movesOffRestDays ? holidays.adjustedWorkday(plain) : nil, due: due,
            holidaysPassed: passed, yearsWithoutData: missing.sorted(),
            restDayKept: movesOffRestDays || period.unit == .workingDays ? nil : holidays.restDay(plain))
    }
}

extension CivilDate {
    /// 星期一 … 星期日 / Mon … Sun.
    public var weekdayName: Message {
        let zh = ["一", "二", "三", "四", "五", "六", "日"][weekday - 1]
        let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday - 1]
        return Message(zh: "星期" + zh, en: en)
    }
}

extension Deadline {
    /// One line of arithmetic: `谈话结束 2026-01-15；+1个月 = 2026-02-15（星期日，春节）→ 顺延至 2026-02-24`.
    public func explanation(startLabel: Message) -> Message {
        func line(_ language: Language) -> String {
            let zh = language == .zh
            var text =
                "\(startLabel.text(language)) \(start)\(zh ? "；" : "; ")+\(period.label.text(language)) = \(plain)"
            var notes = [plain.weekdayName.text(language)]
            if period.unit == .workingDays {
                notes.append(zh ? "逐个工作日计算" : "counting working days")
            } else if let adjustedWorkday {
                notes.append(zh ? "\(adjustedWorkday.zh)调休上班" : "a working day in lieu of \(adjustedWorkday.en)")
            } else if case .holiday(let name) = restDay ?? restDayKept {
                notes.append(name.text(language))
            }
            text += zh ? "（\(notes.joined(separator: "，"))）" : " (\(notes.joined(separator: ", ")))"
            if restDay != nil {
                text += zh ? "→ 顺延至 \(due)（\(due.weekdayName.zh)）" : " → moved to \(due) (\(due.weekdayName.en))"
                if !holidaysPassed.isEmpty {
                    text +=
                        zh
                        ? "，跨过\(holidaysPassed.map(\.zh).joined(separator: "、"))"
                        : ", past \(holidaysPassed.map(\.en).joined(separator: ", "))"
                }
            } else if adjustedWorkday != nil {
                text += zh ? "，不顺延" : ", no move"
            } else if restDayKept != nil {
                text += zh ? "，不顺延（规则包设定 calendar = plain）" : ", not moved (the packs set calendar = plain)"
            }
            return text
        }
        return Message(zh: line(.zh), en: line(.en))
    }
}

extension Deadline {
    /// Why the due date is provisional, for `explain`: which years lack their notice and what was
    /// used instead. Nil when it is not.
    public var provisionalLine: Message? {
        guard isProvisional else { return nil }
        func years(_ separator: String) -> String { yearsWithoutData.map(String.init).joined(separator: separator) }
        let statutory = yearsWithoutData.allSatisfy(StatutoryHolidays.years.contains)
        return Message(
            zh: "\(due) 为暂定日期：未载入 \(years("、")) 年的国务院放假通知，"
                + (statutory
                    ? "按《全国年节及纪念日放假办法》第二条的法定假日和周末推算；通知可能增加调休或补假"
                    : "且超出法定假日推算范围（\(StatutoryHolidays.years.lowerBound)–\(StatutoryHolidays.years.upperBound) 年），只按周末推算"),
            en: "\(due) is provisional: no State Council holiday notice is loaded for \(years(", ")); "
                + (statutory
                    ? "computed from the statutory days of Art. 2 of 全国年节及纪念日放假办法 and weekends, which the notice may adjust"
                    : "outside the computed statutory years (\(StatutoryHolidays.years.lowerBound)–\(StatutoryHolidays.years.upperBound)), only weekends were considered")
        )
    }
}

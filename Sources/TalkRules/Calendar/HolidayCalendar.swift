import TalkModel

/// Official public holidays and adjusted working days (调休上班), one State Council notice a year.
///
/// They cannot be computed, so they are data in `Rules/` (`*.holidays`). For a year without data
/// only Saturdays and Sundays are rest days, and every date computed in that year says so.
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

    public func hasData(for year: Int) -> Bool { years[year] != nil }

    public func restDay(_ date: CivilDate) -> RestDay? {
        let day = date.dayNumber
        if let name = holidays[day] { return .holiday(name) }
        if workdays[day] != nil { return nil }
        return date.weekday >= 6 ? .weekend : nil
    }

    /// The adjusted working day's holiday, when `date` is a weekend day worked instead.
    public func adjustedWorkday(_ date: CivilDate) -> Message? { workdays[date.dayNumber] }

    /// Sets one year's notice; a later pack's file for the same year replaces the earlier one (a corrected notice).
    mutating func set(year: Int, notice: Message, holidays: [(CivilDate, Message)], workdays: [(CivilDate, Message)]) {
        if years[year] != nil {
            self.holidays = self.holidays.filter { CivilDate(dayNumber: $0.key)?.year != year }
            self.workdays = self.workdays.filter { CivilDate(dayNumber: $0.key)?.year != year }
        }
        years[year] = notice
        for (date, name) in holidays { self.holidays[date.dayNumber] = name }
        for (date, name) in workdays { self.workdays[date.dayNumber] = name }
    }
}

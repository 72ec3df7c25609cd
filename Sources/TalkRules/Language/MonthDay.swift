import TalkModel

/// A day of the year without a year: `03-31`.
public struct MonthDay: Hashable, Sendable, CustomStringConvertible {
    public let month: Int
    public let day: Int

    public init?(month: Int, day: Int) {
        // Any day that exists in some year: 02-29 is allowed and clamps in other years.
        guard (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: 2000)).contains(day) else {
            return nil
        }
        self.month = month
        self.day = day
    }

    public var description: String {
        (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }

    /// This day in `year`; 02-29 becomes 02-28 in a common year.
    public func inYear(_ year: Int) -> CivilDate? {
        guard CivilDate.validYears.contains(year) else { return nil }
        return CivilDate(year: year, month: month, day: min(day, CivilDate.daysIn(month: month, year: year)))
    }
}

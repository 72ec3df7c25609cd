import Foundation
import TalkModel
import Testing

@Suite struct CivilDateTests {
    @Test(arguments: ["2026-03-10", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])
    func parsesRealDays(_ text: String) throws {
        let date = try #require(CivilDate(text))
        #expect(date.description == text)
    }

    @Test(arguments: [
        "2026-02-30", "2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0000-00-00",
        "0000-01-01", "2026-1-01", "26-01-01", "2026/01/01", "2026-01-01T00:00", "", " 2026-01-01",
    ])
    func refusesImpossibleOrMalformedDays(_ text: String) {
        #expect(CivilDate(text) == nil)
    }

    @Test(arguments: [
        ("2026-01-31", 1, "2026-02-28"), ("2026-01-31", 2, "2026-03-31"), ("2024-01-31", 1, "2024-02-29"),
        ("2026-03-10", 1, "2026-04-10"), ("2026-07-01", 3, "2026-10-01"), ("2026-11-30", 3, "2027-02-28"),
        ("2026-03-31", 1, "2026-04-30"), ("2026-05-15", -5, "2025-12-15"), ("2026-08-31", 12, "2027-08-31"),
    ])
    func addsMonthsClampingToMonthEnd(_ start: String, _ months: Int, _ expected: String) {
        #expect(CivilDate(start)!.adding(months: months)!.description == expected)
    }

    /// Every day of every year's first and last months, and of four whole years, written as
    /// `String(format:)` writes it and read back.
    @Test func everyYearIsWrittenWithFourDigitsAndReadBack() throws {
        for year in CivilDate.validYears {
            for month in (2024...2027).contains(year) ? Array(1...12) : [1, 12] {
                for day in 1...CivilDate.daysIn(month: month, year: year) {
                    let date = try #require(CivilDate(year: year, month: month, day: day))
                    let text = String(format: "%04d-%02d-%02d", year, month, day)
                    if date.description != text || CivilDate(text) != date {
                        Issue.record("\(text): written \(date.description)")
                        return
                    }
                }
            }
        }
    }

    @Test func monthAdditionIsNeverChained() {
        let jan31 = CivilDate("2026-01-31")!
        #expect(jan31.adding(months: 1)!.adding(months: 1)!.description == "2026-03-28")
        #expect(jan31.adding(months: 2)!.description == "2026-03-31")
    }

    @Test func dayNumbersRoundTripOverFourCenturies() {
        var date = CivilDate("1900-01-01")!
        let start = date.dayNumber
        for offset in 0..<(400 * 366) {
            let next = CivilDate(dayNumber: start + offset)!
            #expect(next.dayNumber == start + offset)
            if offset > 0 { #expect(date < next) }
            date = next
        }
        #expect(CivilDate("1970-01-01")!.dayNumber == 0)
    }

    @Test(arguments: [("2026-02-15", 7), ("2026-04-10", 5), ("2026-02-28", 6), ("1970-01-01", 4), ("2000-01-01", 6)])
    func knowsTheWeekday(_ text: String, _ weekday: Int) {
        #expect(CivilDate(text)!.weekday == weekday)
    }

    @Test func countsDaysBetween() {
        #expect(CivilDate("2026-04-10")!.days(to: CivilDate("2026-11-21")!) == 225)
        #expect(CivilDate("2026-03-01")!.adding(days: -1)!.description == "2026-02-28")
        #expect(CivilDate("9999-12-31")!.adding(days: 1) == nil)
    }
}

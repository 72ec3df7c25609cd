import Foundation
import TalkModel
import TestSupport
import Testing

@testable import TalkRules

/// The national pack as shipped, read from `Rules/`.
func nationalPack(extra: [PackSource] = []) throws -> RuleSet {
    let folder = Fixture.root + "/Rules"
    func read(_ name: String) -> (String, [UInt8]) {
        (folder + "/" + name, Array(FileManager.default.contents(atPath: folder + "/" + name)!))
    }
    let national = PackSource(
        path: folder, rules: read("cn-national-2026.rules"),
        holidays: [read("cn-2025.holidays"), read("cn-2026.holidays")], isFolder: true)
    return try RuleSet.load([national] + extra)
}

func date(_ text: String) -> CivilDate { CivilDate(text)! }

@Suite struct CalendarTests {
    /// Every worked example of spec/deadlines.md: talk ended, period, plain result, due.
    @Test(arguments: [
        ("2026-03-10", 1, "2026-04-10", "2026-04-10"),
        ("2026-01-31", 1, "2026-02-28", "2026-02-28"),
        ("2026-01-15", 1, "2026-02-15", "2026-02-24"),
        ("2026-07-01", 3, "2026-10-01", "2026-10-08"),
        ("2026-07-10", 3, "2026-10-10", "2026-10-10"),
        ("2026-03-31", 1, "2026-04-30", "2026-04-30"),
    ])
    func workedExamplesOfTheSpec(_ ended: String, _ months: Int, _ plain: String, _ due: String) throws {
        let calendar = try nationalPack().calendar
        let deadline = try #require(calendar.deadline(Period(months, .months), from: date(ended)))
        #expect(deadline.plain == date(plain))
        #expect(deadline.due == date(due))
        #expect(deadline.yearsWithoutData.isEmpty)
    }

    @Test func explanationShowsTheHolidayAndTheMove() throws {
        let calendar = try nationalPack().calendar
        let deadline = try #require(calendar.deadline(Period(1, .months), from: date("2026-01-15")))
        let line = deadline.explanation(startLabel: Message(zh: "谈话结束", en: "talk ended")).zh
        #expect(line == "谈话结束 2026-01-15；+1个月 = 2026-02-15（星期日，春节）→ 顺延至 2026-02-24（星期二）")
        let adjusted = try #require(calendar.deadline(Period(1, .months), from: date("2026-01-31")))
        #expect(adjusted.explanation(startLabel: Message(zh: "谈话结束", en: "talk ended")).zh.hasSuffix("春节调休上班），不顺延"))
    }

    /// The official 2026 table of spec/deadlines.md, written out here independently of `Rules/`.
    static let official2026: (off: Set<String>, worked: Set<String>) = {
        var off = Set<String>()
        for (from, to) in [
            ("01-01", "01-03"), ("02-15", "02-23"), ("04-04", "04-06"), ("05-01", "05-05"), ("06-19", "06-21"),
            ("09-25", "09-27"), ("10-01", "10-07"),
        ] {
            var day = date("2026-" + from)
            while day <= date("2026-" + to) {
                off.insert(day.description)
                day = day.adding(days: 1)!
            }
        }
        return (off, ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"])
    }()

    static func isRestDay(_ day: CivilDate) -> Bool {
        official2026.off.contains(day.description)
            || (day.weekday >= 6 && !official2026.worked.contains(day.description))
    }

    /// For every talk ending in 2026 and both periods of Art. 11: the plain day is the Civil Code's
    /// corresponding day (clamped), the due day is a working day, and every day skipped is a rest day.
    @Test func everyDayOf2026AgreesWithTheCivilCodeAndTheOfficialTable() throws {
        let calendar = try nationalPack().calendar
        var day = date("2026-01-01")
        var checked = 0
        while day.year == 2026 {
            for months in [1, 3] {
                let deadline = try #require(calendar.deadline(Period(months, .months), from: day))
                let targetMonth = (day.month - 1 + months) % 12 + 1
                let targetYear = day.year + (day.month - 1 + months) / 12
                let lastDay = CivilDate.daysIn(month: targetMonth, year: targetYear)
                #expect(deadline.plain == CivilDate(year: targetYear, month: targetMonth, day: min(day.day, lastDay)))
                if deadline.due.year == 2026 {
                    #expect(!Self.isRestDay(deadline.due), "\(day) + \(months) → \(deadline.due)")
                    var skipped = deadline.plain
                    while skipped < deadline.due {
                        #expect(Self.isRestDay(skipped), "\(day) + \(months): \(skipped) is a working day")
                        skipped = skipped.adding(days: 1)!
                    }
                }
                checked += 1
            }
            day = day.adding(days: 1)!
        }
        #expect(checked == 730)
    }

    @Test func workingDaysCountFromTheNextDayAndSkipHolidays() throws {
        let calendar = try nationalPack().calendar
        // 2026-09-30 (Wed): 10-01…10-07 are off; 10-08, 10-09 and the worked Saturday 10-10 count.
        let deadline = try #require(calendar.deadline(Period(3, .workingDays), from: date("2026-09-30")))
        #expect(deadline.due == date("2026-10-10"))
        // The fourth skips Sunday 10-11; a counted day is never moved.
        let longer = try #require(calendar.deadline(Period(4, .workingDays), from: date("2026-09-30")))
        #expect(longer.due == date("2026-10-12"))
        #expect(longer.restDay == nil)
    }

    @Test func aYearWithoutDataMovesOffWeekendsAndSaysSo() throws {
        let calendar = try nationalPack().calendar
        // 2027-02-06 is a Saturday; no 2027 notice is loaded.
        let deadline = try #require(calendar.deadline(Period(1, .months), from: date("2027-01-06")))
        #expect(deadline.due == date("2027-02-08"))
        #expect(deadline.yearsWithoutData == [2027])
        #expect(deadline.explanation(startLabel: Message(zh: "谈话结束", en: "talk ended")).en.contains("no holiday data"))
    }

    @Test func thePlainCalendarDoesNotMove() {
        let calendar = DeadlineCalendar(holidays: HolidayCalendar(), movesOffRestDays: false)
        #expect(calendar.deadline(Period(1, .months), from: date("2026-01-15"))?.due == date("2026-02-15"))
        #expect(calendar.adding(Period(1, .months), to: date("2026-01-31")) == date("2026-02-28"))
        #expect(calendar.adding(Period(2, .months), to: date("2026-01-31")) == date("2026-03-31"))
    }
}

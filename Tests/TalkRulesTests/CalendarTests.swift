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
        #expect(deadline.yearsWithoutData.isEmpty && !deadline.isProvisional)
    }

    @Test func explanationShowsTheHolidayAndTheMove() throws {
        let calendar = try nationalPack().calendar
        let deadline = try #require(calendar.deadline(Period(1, .months), from: date("2026-01-15")))
        let line = deadline.explanation(startLabel: Message(zh: "谈话结束", en: "talk ended")).zh
        #expect(line == "谈话结束 2026-01-15；+1个月 = 2026-02-15（星期日，春节）→ 顺延至 2026-02-24（星期二）")
        let adjusted = try #require(calendar.deadline(Period(1, .months), from: date("2026-01-31")))
        #expect(adjusted.explanation(startLabel: Message(zh: "谈话结束", en: "talk ended")).zh.hasSuffix("春节调休上班），不顺延"))
        // A weekend day before a holiday names the holiday it moved past (helper-228: "→ moved to
        // 2028-05-03" past Monday unexplained).
        let chained = try #require(calendar.deadline(Period(3, .months), from: date("2028-01-31")))
        let explained = chained.explanation(startLabel: Message(zh: "谈话结束", en: "talk ended"))
        #expect(
            explained.en.hasSuffix("= 2028-04-30 (Sun) → moved to 2028-05-03 (Wed), past Labour Day"), "\(explained.en)"
        )
        #expect(explained.zh.hasSuffix("→ 顺延至 2028-05-03（星期三），跨过劳动节"), "\(explained.zh)")
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

    /// The 2027 worked examples of spec/deadlines.md: no 2027 notice is loaded, so the statutory
    /// days of 放假办法 Art. 2 and the weekends are the rest days, and every due date is provisional.
    @Test(arguments: [
        ("2026-12-01", 1, "2027-01-01", "2027-01-04"),  // 元旦 (Fri), then the weekend
        ("2026-11-08", 3, "2027-02-08", "2027-02-09"),  // 正月初三 (Mon)
        ("2026-12-09", 6, "2027-06-09", "2027-06-10"),  // 端午 (Wed), a local pack's 6 months
        ("2026-12-15", 1, "2027-01-15", "2027-01-15"),  // an ordinary Friday, still provisional
    ])
    func workedExamplesOf2027WithoutANotice(_ ended: String, _ months: Int, _ plain: String, _ due: String) throws {
        let calendar = try nationalPack().calendar
        let deadline = try #require(calendar.deadline(Period(months, .months), from: date(ended)))
        #expect(deadline.plain == date(plain))
        #expect(deadline.due == date(due))
        #expect(deadline.isProvisional)
        #expect(deadline.yearsWithoutData == [2027])
        let line = try #require(deadline.provisionalLine)
        #expect(line.zh.contains("未载入 2027 年的国务院放假通知") && line.zh.contains("第二条"))
        #expect(line.en.contains("no State Council holiday notice is loaded for 2027"))
    }

    /// 2026 has its notice: no due date in 2026 is provisional, whichever day it lands on.
    @Test func noDueDateIn2026IsProvisional() throws {
        let calendar = try nationalPack().calendar
        var day = date("2025-12-31")
        var checked = 0
        while day < date("2026-12-31") {
            for period in [Period(1, .days), Period(1, .workingDays)] {
                let deadline = try #require(calendar.deadline(period, from: day))
                if deadline.due.year == 2026 {
                    #expect(!deadline.isProvisional, "\(day) + \(period)")
                    checked += 1
                }
            }
            day = day.adding(days: 1)!
        }
        #expect(checked > 600)
        // The last days of 2026 reach into 2027 and are provisional there.
        #expect(calendar.deadline(Period(1, .workingDays), from: date("2026-12-31"))?.isProvisional == true)
    }

    /// 春节 (除夕 = 正月初一 − 1), 端午 and 中秋 of 2025–2099 (month-day of 除夕, 端午, 中秋), written
    /// out here independently of Foundation's Chinese calendar, which computes them. Taken from the
    /// tables of the `lunardate` Python package (a table-driven conversion whose data its authors
    /// derive from the Hong Kong Observatory's Gregorian–lunar tables); its 2025 and 2026 dates
    /// agree with those years' State Council notices.
    static let lunarFestivals: [Int: (eve: String, dragonBoat: String, midAutumn: String)] = [
        2025: ("01-28", "05-31", "10-06"), 2026: ("02-16", "06-19", "09-25"), 2027: ("02-05", "06-09", "09-15"),
        2028: ("01-25", "05-28", "10-03"), 2029: ("02-12", "06-16", "09-22"), 2030: ("02-02", "06-05", "09-12"),
        2031: ("01-22", "06-24", "10-01"), 2032: ("02-10", "06-12", "09-19"), 2033: ("01-30", "06-01", "09-08"),
        2034: ("02-18", "06-20", "09-27"), 2035: ("02-07", "06-10", "09-16"), 2036: ("01-27", "05-30", "10-04"),
        2037: ("02-14", "06-18", "09-24"), 2038: ("02-03", "06-07", "09-13"), 2039: ("01-23", "05-27", "10-02"),
        2040: ("02-11", "06-14", "09-20"), 2041: ("01-31", "06-03", "09-10"), 2042: ("01-21", "06-22", "09-28"),
        2043: ("02-09", "06-11", "09-17"), 2044: ("01-29", "05-31", "10-05"), 2045: ("02-16", "06-19", "09-25"),
        2046: ("02-05", "06-08", "09-15"), 2047: ("01-25", "05-29", "10-04"), 2048: ("02-13", "06-15", "09-22"),
        2049: ("02-01", "06-04", "09-11"), 2050: ("01-22", "06-23", "09-30"),
        2051: ("02-10", "06-13", "09-19"), 2052: ("01-31", "06-01", "09-07"), 2053: ("02-18", "06-20", "09-26"),
        2054: ("02-07", "06-10", "09-16"), 2055: ("01-27", "05-30", "10-05"), 2056: ("02-14", "06-17", "09-24"),
        2057: ("02-03", "06-06", "09-13"), 2058: ("01-23", "06-25", "10-02"), 2059: ("02-11", "06-14", "09-21"),
        2060: ("02-01", "06-03", "09-09"), 2061: ("01-20", "06-22", "09-28"), 2062: ("02-08", "06-11", "09-17"),
        2063: ("01-28", "06-01", "10-06"), 2064: ("02-16", "06-19", "09-25"), 2065: ("02-04", "06-08", "09-15"),
        2066: ("01-25", "05-28", "10-03"), 2067: ("02-13", "06-16", "09-23"), 2068: ("02-02", "06-04", "09-11"),
        2069: ("01-22", "06-23", "09-29"), 2070: ("02-10", "06-13", "09-19"), 2071: ("01-30", "06-02", "09-08"),
        2072: ("02-18", "06-20", "09-26"), 2073: ("02-06", "06-10", "09-16"), 2074: ("01-26", "05-30", "10-05"),
        2075: ("02-14", "06-17", "09-24"), 2076: ("02-04", "06-06", "09-12"), 2077: ("01-23", "06-24", "10-01"),
        2078: ("02-11", "06-14", "09-20"), 2079: ("02-01", "06-04", "09-10"), 2080: ("01-21", "06-22", "09-28"),
        2081: ("02-08", "06-11", "09-17"), 2082: ("01-28", "06-01", "10-06"), 2083: ("02-16", "06-19", "09-26"),
        2084: ("02-05", "06-07", "09-14"), 2085: ("01-25", "05-27", "10-03"), 2086: ("02-13", "06-15", "09-22"),
        2087: ("02-02", "06-05", "09-11"), 2088: ("01-23", "06-23", "09-29"), 2089: ("02-09", "06-13", "09-18"),
        2090: ("01-29", "06-02", "09-08"), 2091: ("02-17", "06-21", "09-27"), 2092: ("02-06", "06-09", "09-16"),
        2093: ("01-26", "05-29", "10-05"), 2094: ("02-14", "06-17", "09-24"), 2095: ("02-04", "06-06", "09-13"),
        2096: ("01-24", "06-24", "09-30"), 2097: ("02-11", "06-14", "09-20"), 2098: ("01-31", "06-04", "09-09"),
        2099: ("01-20", "06-23", "09-29"),
    ]

    static func statutory(_ year: Int, _ zh: String) -> [String] {
        StatutoryHolidays.days(in: year).filter { $0.name.zh == zh }.map { $0.date.description }
    }

    @Test func lunarHolidaysAgreeWithThePublishedTables() {
        #expect(Set(Self.lunarFestivals.keys) == Set(StatutoryHolidays.years))
        for (year, festivals) in Self.lunarFestivals {
            let eve = date("\(year)-\(festivals.eve)")
            let spring = (0..<4).map { eve.adding(days: $0)!.description }
            #expect(Self.statutory(year, "春节") == spring, "\(year)")
            #expect(Self.statutory(year, "端午节") == ["\(year)-\(festivals.dragonBoat)"], "\(year)")
            #expect(Self.statutory(year, "中秋节") == ["\(year)-\(festivals.midAutumn)"], "\(year)")
        }
    }

    /// The 清明 table against the 寿星 formula for the 21st century, [Y × 0.2422 + 4.81] − [Y / 4]
    /// (Y = year mod 100), an independent approximation of the solar term.
    @Test func qingmingTableAgreesWithTheSolarTermFormula() {
        for year in StatutoryHolidays.years {
            let y = Double(year % 100)
            let day = Int(y * 0.2422 + 4.81) - (year % 100) / 4
            #expect(Self.statutory(year, "清明节") == ["\(year)-04-0\(day)"], "\(year)")
        }
    }

    /// Every statutory day of 2025 and 2026 is a day off in that year's notice: the computation
    /// reads Art. 2 as the State Council does.
    @Test func statutoryDaysAreDaysOffInTheNotices() throws {
        let holidays = try nationalPack().holidays
        for year in [2025, 2026] {
            let days = StatutoryHolidays.days(in: year)
            #expect(days.count == 13)
            for day in days {
                guard case .holiday = holidays.restDay(day.date) else {
                    Issue.record("\(day.date) (\(day.name.zh)) is not off in the \(year) notice")
                    continue
                }
            }
        }
    }

    /// 中秋 on 国庆 (2031-10-01) is one day off with both names: no extra day is invented.
    @Test func aFestivalOnAnotherIsOneDayOff() {
        let calendar = HolidayCalendar()
        #expect(
            calendar.restDay(date("2031-10-01"))
                == .holiday(Message(zh: "国庆节、中秋节", en: "National Day, Mid-Autumn Festival")))
        #expect(calendar.restDay(date("2031-10-04")) == .weekend)  // a Saturday
        #expect(calendar.restDay(date("2031-10-06")) == nil)  // Monday: 补假 only from a notice
        #expect(calendar.year(2031)?.holidays.count == 13)
    }

    /// Beyond the computed years only weekends are rest days; the date is provisional and says so.
    /// No year makes the calendar crash.
    @Test func yearsOutsideTheTableAreWeekendsOnly() throws {
        let calendar = try nationalPack().calendar
        let deadline = try #require(calendar.deadline(Period(1, .months), from: date("2099-12-01")))
        #expect(deadline.due == date("2100-01-01"))  // a Friday: no 元旦 computed past the tables
        #expect(deadline.isProvisional)
        #expect(try #require(deadline.provisionalLine).en.contains("only weekends"))
        #expect(calendar.holidays.source(for: 2100) == .weekendsOnly)
        #expect(calendar.holidays.source(for: 2024) == .weekendsOnly)
        #expect(calendar.holidays.source(for: 2027) == .statutory)
        // Past the 清明 table the statutory days go on (the 寿星 formula gives 清明): 2051-01-01 is 元旦.
        #expect(calendar.holidays.source(for: 2051) == .statutory)
        #expect(calendar.holidays.year(2051)?.holidays.contains { $0.date == date("2051-01-01") } == true)
        for year in [1, 2024, 2100, 9999] { #expect(calendar.holidays.year(year)?.holidays.isEmpty == true) }
        #expect(calendar.deadline(Period(1, .months), from: date("9999-12-01")) == nil)
    }

    /// `rules calendar`'s view of a year: a notice's days with their notice, or the statutory days.
    @Test func aYearListsItsRestDaysAndWhereEachCameFrom() throws {
        let holidays = try nationalPack().holidays
        let notice = try #require(holidays.year(2026))
        #expect(notice.holidays.count == 33 && notice.workdays.count == 6)
        #expect(notice.holidays.allSatisfy { $0.basis.zh.hasPrefix("放假通知：国务院办公厅") })
        let statutory = try #require(holidays.year(2027))
        #expect(statutory.source == .statutory && statutory.workdays.isEmpty)
        #expect(
            statutory.holidays.map(\.date.description).prefix(5) == [
                "2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08",
            ])
        #expect(
            statutory.holidays[2].basis.en == "statutory (Art. 2 of 全国年节及纪念日放假办法), computed: lunar 1st month, day 1")
        // 104 Saturdays and Sundays, less 02-06, 02-07, 05-01, 05-02, 10-02 and 10-03, which are holidays.
        #expect(statutory.weekendRestDays == 98)
    }

    @Test func thePlainCalendarDoesNotMove() {
        let calendar = DeadlineCalendar(holidays: HolidayCalendar(), movesOffRestDays: false)
        #expect(calendar.deadline(Period(1, .months), from: date("2026-01-15"))?.due == date("2026-02-15"))
        #expect(calendar.adding(Period(1, .months), to: date("2026-01-31")) == date("2026-02-28"))
        #expect(calendar.adding(Period(2, .months), to: date("2026-01-31")) == date("2026-03-31"))
    }
}

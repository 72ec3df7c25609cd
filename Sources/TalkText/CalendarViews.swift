import TalkModel
import TalkRules

/// One year's rest days and where each came from (`talks rules calendar YEAR`): to check a new
/// notice's `.holidays` file, or to see what a year without one falls back to.
public enum CalendarViews {
    /// What the year's rest days rest on, in one sentence.
    static func source(_ year: HolidayCalendar.Year) -> Message {
        let range = "\(StatutoryHolidays.years.lowerBound)–\(StatutoryHolidays.years.upperBound)"
        switch year.source {
        case .notice(let notice):
            guard let replacement = year.replacement?.described else {
                return Message(zh: "国务院放假通知：\(notice.zh)", en: "State Council notice: \(notice.en)")
            }
            return Message(
                zh: "国务院放假通知：\(notice.zh)（\(replacement.zh)）",
                en: "State Council notice: \(notice.en) (\(replacement.en))")
        case .statutory:
            return Message(
                zh: "未载入放假通知，按《全国年节及纪念日放假办法》第二条推算法定假日，另加周末；调休、补假只能来自通知；落在本年的期限为暂定",
                en: "no notice loaded: the statutory days of Art. 2 of 全国年节及纪念日放假办法, computed, and weekends; "
                    + "bridging days, substitute days and worked weekends come only from a notice; due dates in this year are provisional"
            )
        case .weekendsOnly:
            return Message(
                zh: "未载入放假通知，且不在法定假日推算范围（\(range) 年）内：只有周末；落在本年的期限为暂定",
                en:
                    "no notice loaded and outside the computed statutory years (\(range)): weekends only; due dates in this year are provisional"
            )
        }
    }

    public static func table(_ year: HolidayCalendar.Year, _ language: Language) -> String {
        let zh = language == .zh
        var out = zh ? "\(year.year) 年的休息日\n" : "Rest days of \(year.year)\n"
        out += (zh ? "依据：" : "Source: ") + source(year).text(language) + "\n"
        out +=
            zh
            ? "周末：\(year.weekendRestDays) 个星期六、星期日休息（不含下列节假日和调休上班日）\n"
            : "Weekends: \(year.weekendRestDays) Saturdays and Sundays off (besides the days below and the worked weekends)\n"
        func table(_ title: Message, _ days: [HolidayCalendar.Day]) -> String {
            let text = "\n" + title.text(language) + "\n"
            guard !days.isEmpty else { return text + (zh ? "  无\n" : "  none\n") }
            var table = TextTable(headers: zh ? ["日期", "星期", "节日", "来源"] : ["date", "weekday", "holiday", "source"])
            for day in days {
                table.append([
                    day.date.description, day.date.weekdayName.text(language), day.name.text(language),
                    day.basis.text(language),
                ])
            }
            return text + table.render()
        }
        // Two festivals on one day (中秋 on 国庆) are listed twice but are one day off.
        let off = Set(year.holidays.map(\.date)).count
        out += table(Message(zh: "节假日（\(off) 天）：", en: "Holidays (\(off) days):"), year.holidays)
        out += table(Message(zh: "调休上班的周末：", en: "Weekend days worked:"), year.workdays)
        return out
    }

    public static func json(_ year: HolidayCalendar.Year, _ language: Language) -> String {
        func days(_ days: [HolidayCalendar.Day]) -> JSONValue {
            .array(
                days.map {
                    .object([
                        ("date", .string($0.date.description)), ("name", .string($0.name.text(language))),
                        ("source", .string($0.basis.text(language))),
                    ])
                })
        }
        let kind: String
        switch year.source {
        case .notice: kind = "notice"
        case .statutory: kind = "statutory"
        case .weekendsOnly: kind = "weekends-only"
        }
        var members: [(key: String, value: JSONValue)] = [
            ("year", .number(String(year.year))), ("source", .string(kind)),
            ("note", .string(source(year).text(language))),
        ]
        if kind != "notice" { members.append(("provisional", .bool(true))) }
        members += [
            ("weekendRestDays", .number(String(year.weekendRestDays))), ("holidays", days(year.holidays)),
            ("workdays", days(year.workdays)),
        ]
        return JSONWriter.document(members)
    }
}

import Foundation
import TestSupport
import Testing

/// A year without its State Council notice (2027): due dates follow the statutory days of
/// 放假办法 Art. 2 and are marked provisional everywhere they are shown; a notice file ends that.
@Suite struct ProvisionalDeadlineTests {
    /// The sample plus a talk ending 2026-12-01: + 1 month = 2027-01-01 (元旦) → 2027-01-04.
    func workspace() throws -> Workspace {
        let w = try Workspace()
        let recorded = try w.run(
            "record", "--id", "T-NY", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held",
            "2026-12-01", "--yes")  // a day that may be after today, wherever the clock stands
        #expect(recorded.status == 0, "\(recorded.stderr)")
        return w
    }

    func measures(_ run: Run) throws -> [String: Any] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        return try #require(
            findings.first {
                $0["rule"] as? String == "measures-deadline"
                    && ($0["subject"] as? [String: Any])?["id"] as? String == "T-NY"
            })
    }

    @Test func aDueDateIn2027IsProvisionalInJSONTablesExplainAndOneNote() throws {
        let w = try workspace()
        let json = try w.run("check", "--as-of", "2027-01-05", "--format", "json")
        let finding = try measures(json)
        #expect(finding["due"] as? String == "2027-01-04")
        #expect(finding["provisional"] as? Bool == true)
        // Only when true: a 2026 due date has no provisional member.
        #expect(json.stdout.contains(#""due": "2026-10-15", "done""#))
        #expect(json.stderr.components(separatedBy: "note:").count == 2, "\(json.stderr)")
        #expect(json.stderr.contains("no State Council holiday notice is loaded for 2027"))
        #expect(json.stderr.contains("Art. 2 of 全国年节及纪念日放假办法"))

        let table = try w.run("--lang", "zh", "overdue", "--as-of", "2027-01-05")
        #expect(table.stdout.contains("2027-01-04 暂定"))
        #expect(table.stderr.components(separatedBy: "注意：").count == 2)
        #expect(table.stderr.contains("未载入 2027 年的国务院放假通知"))

        let explain = try w.run("--lang", "en", "explain", "T-NY", "--as-of", "2027-01-05")
        #expect(explain.stdout.contains("+1 month = 2027-01-01 (Fri, New Year's Day) → moved to 2027-01-04 (Mon)"))
        #expect(
            explain.stdout.contains("2027-01-04 is provisional: no State Council holiday notice is loaded for 2027"))

        let report = try w.run(
            "report", "annual", "--conductor", "jd", "--year", "2026", "--as-of", "2027-01-05", "--format", "json")
        #expect(report.stdout.contains(#""due": "2027-01-04", "provisional": true"#))
        let markdown = try w.run(
            "--lang", "zh", "report", "annual", "--conductor", "jd", "--year", "2026", "--as-of", "2027-01-05")
        #expect(markdown.stdout.contains("2027-01-04 暂定"))
        // The report says the dates are provisional, not how the operator loads a notice: it goes
        // to a superior.
        #expect(markdown.stdout.contains("未载入 2027 年的国务院放假通知") && !markdown.stdout.contains("talks rules calendar"))
        let copy = try w.run(
            "--lang", "zh", "export", "--for", "organization", "--conductor", "jd", "--year", "2026", "--as-of",
            "2027-01-05", "--format", "csv")
        // The held date, the day the statuses were computed on, then the provisional due date, a date
        // as the column's others are; whether it is provisional is a column of its own (helper-222:
        // "2027-01-04 暂定", text among a workbook's date cells).
        let lines = copy.stdout.components(separatedBy: "\r\n")
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false)
        let row = try #require(lines.first { $0.contains("2026-12-01,2027-01-05,2027-01-04,") }, "\(copy.stdout)")
            .split(separator: ",", omittingEmptySubsequences: false)
        let marked = try #require(header.firstIndex(of: "整改措施应报日期暂定"))
        #expect(row[marked] == "暂定" && !copy.stdout.contains("2027-01-04 暂定"), "\(row)")
        // Its JSON says so beside the date, and both say it once on standard error (helper-217:
        // the JSON said nothing, nor did standard error).
        let copyJSON = try w.run(
            "export", "--for", "organization", "--conductor", "jd", "--year", "2026", "--as-of", "2027-01-05")
        #expect(
            copyJSON.stdout.contains(#""measuresDue": "2027-01-04""#)
                && copyJSON.stdout.contains(#""measuresProvisional": true"#))
        #expect(copyJSON.stderr.contains("no State Council holiday notice is loaded for 2027"), "\(copyJSON.stderr)")
        #expect(copy.stderr.contains("未载入 2027 年的国务院放假通知"), "\(copy.stderr)")
    }

    /// A notice of 2027 as a local pack would give it: every statutory day off among its days.
    static let notice2027 = """
        year 2027
        notice "测试通知" "test notice"
        holiday "元旦" "New Year's Day" 2027-01-01 to 2027-01-03
        holiday "春节" "Spring Festival" 2027-02-05 to 2027-02-12
        workday "春节" "Spring Festival" 2027-02-20
        holiday "清明节" "Qingming Festival" 2027-04-03 to 2027-04-05
        holiday "劳动节" "Labour Day" 2027-05-01 to 2027-05-05
        holiday "端午节" "Dragon Boat Festival" 2027-06-09
        holiday "中秋节" "Mid-Autumn Festival" 2027-09-15
        holiday "国庆节" "National Day" 2027-10-01 to 2027-10-07

        """

    /// Adding the year's notice file (here in a local pack) is all it takes: the date is final.
    @Test func aNoticeFileEndsTheFallback() throws {
        let w = try workspace()
        let pack = w.folder + "/pack"
        try FileManager.default.createDirectory(atPath: pack, withIntermediateDirectories: true)
        _ = w.file("pack/local.rules", "pack local-2027 { version \"1\" }\n")
        _ = w.file(
            "pack/cn-2027.holidays",
            Self.notice2027)
        let run = try w.run("check", "--rules", pack, "--as-of", "2027-01-05", "--format", "json")
        #expect(try measures(run)["due"] as? String == "2027-01-04")
        #expect(!run.stdout.contains("provisional"))
        #expect(run.stderr.isEmpty, "\(run.stderr)")

        let calendar = try w.run("rules", "calendar", "2027", "--rules", pack, "--format", "json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(calendar.stdout.utf8)) as? [String: Any])
        #expect(json["source"] as? String == "notice")
        #expect(json["provisional"] == nil)
        #expect((json["holidays"] as? [Any])?.count == 28 && (json["workdays"] as? [Any])?.count == 1)
    }

    /// A work list with no provisional due date listed gives no note, though the engine computed
    /// due dates in 2027 for items not listed: an empty list said the dates of 2027 were provisional.
    @Test func aWorkListWithoutProvisionalItemsGivesNoNote() throws {
        let w = try Workspace()
        let empty = try w.run("--lang", "en", "overdue", "--as-of", "2026-11-21", "--organization", "gov")
        #expect(empty.stdout.contains("Nothing is overdue or due soon") && empty.stderr.isEmpty, "\(empty.stderr)")
        // The whole list lists no provisional date either, nor does `check`, which judged dates of
        // 2027 it does not show (helper-148: it gave the note, which the spec ties to a finding).
        let all = try w.run("--lang", "en", "overdue", "--as-of", "2026-11-21")
        #expect(!all.stdout.contains("provisional") && all.stderr.isEmpty, "\(all.stderr)")
        let check = try w.run("--lang", "en", "check", "--as-of", "2026-11-21")
        #expect(!check.stdout.contains("provisional") && !check.stderr.contains("notice is loaded"), "\(check.stderr)")
    }

    /// The years the note names are those of the dates and messages shown: a year only the
    /// message of a met outcome reaches (shown nowhere) is not named, by `check` or by the report;
    /// the report's open items due in 2027 name that year, though `check`, which shows none of
    /// them, does not (helper-148: it named the years of every date judged).
    @Test func theReportNamesTheYearsCheckNames() throws {
        let w = try Workspace()
        let rules = w.file(
            "far.rules",
            """
            pack far { version "1" }
            rule far-message {
              article "细则" quote "示例" subject talk
              requires talk.record or not talk.record
              severity notice
              message zh "{deadline(talk.ended, 3 years)}" en "{deadline(talk.ended, 3 years)}"
            }
            """)
        let check = try w.run("--lang", "en", "check", "--as-of", "2026-11-21", "--rules", rules)
        #expect(!check.stderr.contains("notice is loaded"), "\(check.stderr)")
        let report = try w.run(
            "--lang", "en", "report", "annual", "--conductor", "jd", "--year", "2026", "--as-of", "2026-11-21",
            "--rules", rules)
        #expect(report.stdout.contains("notice is loaded for 2027, so"), "\(report.stdout)")
        #expect(!report.stdout.contains("2029") && !report.stderr.contains("2029"))
    }

    /// A year only a finding's message reaches is named by every document that writes the finding,
    /// as by `check`: the roll-up's tables show no message, but the note names its years as
    /// `check`'s does (and 2027, the year of the reports' open items, which `check` does not show).
    /// The pack, without a date, takes effect with the national measures: its rule judges the talks
    /// held from 2026 (2029), not those of 2025 (2028).
    @Test func everyDocumentNamesTheYearsOfTheMessagesItsFindingsHave() throws {
        let w = try Workspace()
        let rules = w.file(
            "later.rules",
            """
            pack later { version "1" }
            rule later-note {
              article "细则" quote "示例" subject talk
              requires talk.held < 2000-01-01
              severity notice
              message zh "复查日 {deadline(talk.held, 3 years)}" en "review by {deadline(talk.held, 3 years)}"
            }
            """)
        let check = try w.run("--lang", "en", "check", "--as-of", "2026-11-21", "--rules", rules)
        #expect(check.stderr.contains("loaded for 2029, so"), "\(check.stderr)")
        for (report, format) in [("rollup", "markdown"), ("rollup", "html"), ("annual", "markdown")] {
            let run = try w.run(
                "--lang", "en", "report", report, report == "rollup" ? "--under" : "--conductor", "jd", "--year",
                "2026", "--format", format, "--as-of", "2026-11-21", "--rules", rules)
            #expect(
                run.status == 0 && run.stderr.contains("loaded for 2027, 2029, so"),
                "\(report) \(format): \(run.stderr)")
        }
    }

    /// A fixed due date is never provisional, even on the day another rule of the same subject
    /// computed, provisionally, whichever of the two is judged first (an outside review: the
    /// subject's computed dates leaked into the rules judged after it).
    @Test func aFixedDateIsNotProvisionalWhateverAnotherRuleComputed() throws {
        let w = try Workspace()
        for (computed, fixed) in [("a-computed", "b-fixed"), ("z-computed", "b-fixed")] {
            let rules = w.file(
                "\(computed).rules",
                """
                pack order-\(computed) { version "1" }
                rule \(computed) {
                  article "细则一" quote "示例" subject talk
                  applies talk.kind = regular
                  due     deadline(date(2028, 02-28), 1 days)
                  done    null
                  severity notice
                  message zh "计算" en "computed"
                }
                rule \(fixed) {
                  article "细则二" quote "示例" subject talk
                  applies talk.kind = regular
                  due     date(2028, 02-29)
                  done    null
                  severity notice
                  message zh "固定" en "fixed"
                }
                """)
            let run = try w.run("check", "--as-of", "2028-03-10", "--format", "json", "--rules", rules)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let findings = try #require(json["findings"] as? [[String: Any]])
            let ofComputed = findings.filter { $0["rule"] as? String == computed }
            let ofFixed = findings.filter { $0["rule"] as? String == fixed }
            #expect(!ofComputed.isEmpty && ofComputed.count == ofFixed.count, "\(computed)")
            #expect(
                ofComputed.allSatisfy { $0["due"] as? String == "2028-02-29" && $0["provisional"] as? Bool == true })
            #expect(
                ofFixed.allSatisfy { $0["due"] as? String == "2028-02-29" && $0["provisional"] == nil }, "\(computed)")
        }
    }

    @Test func rulesCalendarListsTheStatutoryDaysAndTheirSource() throws {
        let w = try Workspace(loaded: false)
        let zh = try w.run("--lang", "zh", "rules", "calendar", "2027")
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(zh.stdout.contains("周末：98 个星期六、星期日休息"))
        #expect(zh.stdout.contains("2027-02-06  星期六  春节    法定（《全国年节及纪念日放假办法》第二条），推算：农历正月初一"))
        let json = try w.run("rules", "calendar", "2027", "--format", "json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["source"] as? String == "statutory" && document["provisional"] as? Bool == true)
        let days = try #require(document["holidays"] as? [[String: Any]])
        #expect(days.map { $0["date"] as? String ?? "" }.contains("2027-06-09"))
        #expect(days.count == 13)
        for bad in [["rules", "calendar"], ["rules", "calendar", "20x7"], ["rules", "calendar", "0"]] {
            #expect(try talks(["--db", w.db] + bad).status == 64, "\(bad)")
        }
    }
}

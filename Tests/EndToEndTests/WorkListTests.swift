import Foundation
import TalkModel
import TestSupport
import Testing

/// `talks overdue` as the office's work list: each committee once, who and what per row, filters,
/// 120 columns, and the same items as an iCalendar file a real parser reads.
@Suite struct WorkListTests {
    /// `--conductor C --organization O` with O not below C lists nothing, and says why: "nothing
    /// is overdue" alone read as if all were done. With `--below`, a committee further down is below.
    @Test func filtersThatCanMatchNothingSaySo() throws {
        let w = try Workspace()
        let apart = try w.run(
            "--lang", "en", "overdue", "--as-of", "2026-11-21", "--conductor", "jz", "--organization", "ap")
        #expect(apart.status == 0 && apart.stdout.contains("Nothing is overdue or due soon"), "\(apart.stdout)")
        #expect(
            apart.stderr.contains(
                "note: on 2026-11-21 ap is not below jz; its committee is jd; the two filters together may list nothing: drop one"
            ), "\(apart.stderr)")
        let further = try w.run(
            "--lang", "en", "overdue", "--as-of", "2026-11-21", "--conductor", "jd", "--below", "--organization",
            "jz-st")
        #expect(!further.stderr.contains("is not below"), "\(further.stderr)")
    }

    static let asOf = ["--as-of", "2026-11-21"]

    /// The listed findings as (conductor, organization, rule, subject, status, due).
    func items(_ w: Workspace, _ arguments: String...) throws -> [[String: String]] {
        let run = try w.run(["overdue", "--format", "json"] + Self.asOf + arguments)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return try #require(json["findings"] as? [[String: Any]]).map { finding in
            [
                "conductor": finding["conductor"] as? String ?? "",
                "organization": finding["organization"] as? String ?? "",
                "rule": finding["rule"] as! String, "subject": (finding["subject"] as! [String: Any])["id"] as! String,
                "status": finding["status"] as! String, "due": finding["due"] as! String,
                "severity": finding["severity"] as? String ?? "", "message": finding["message"] as? String ?? "",
            ]
        }
    }

    /// A local pack of one deadline rule, `id`, on the regular talks: due 2026-06-01, done as `done` says.
    func deadlinePack(_ w: Workspace, _ id: String, done: String) -> String {
        w.file(
            "\(id).rules",
            Fixture.tutorialPack.header + """
                rule \(id) {
                  article  "省细则第六条"
                  quote    "定期报告"
                  subject  talk
                  applies  talk.kind = regular
                  due      date(2026, 06-01)
                  done     \(done)
                  severity notice
                  message  zh "未报告" en "not reported"
                }
                """)
    }

    /// `overdue` reads of each talk only the lists its deadline rules read: a local deadline rule
    /// that reads who took part gets them read, so only the two regular talks since its pack without
    /// discipline inspection are overdue, not all twelve.
    @Test func aLocalDeadlineRuleGetsTheListsItReads() throws {
        let w = try Workspace()
        let pack = deadlinePack(
            w, "di-report", done: "if discipline-inspection in talk.participants then talk.ended else null")
        let flagged = Set(try items(w, "--rules", pack).filter { $0["rule"] == "di-report" }.map { $0["subject"]! })
        #expect(flagged == ["T2026-006", "T2026-011"], "\(flagged)")
    }

    /// A `done` a rule computes after the as-of day has not happened yet (`Docs/deadlines.md`): the
    /// deadline is overdue, never late or met (helper-284: every talk late, the work list empty).
    @Test func aDoneDayAfterAsOfIsNotDoneYet() throws {
        let w = try Workspace()
        let pack = deadlinePack(w, "later-report", done: "date(2027, 01-01)")
        let listed = try items(w, "--rules", pack).filter { $0["rule"] == "later-report" }
        #expect(!listed.isEmpty && listed.allSatisfy { $0["status"] == "overdue" }, "\(listed)")
        let check = try w.run(["check", "--format", "json", "--rules", pack] + Self.asOf)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let statuses = Set(
            try #require(json["findings"] as? [[String: Any]]).filter { $0["rule"] as? String == "later-report" }.map {
                $0["status"] as! String
            })
        #expect(statuses == ["overdue"], "\(statuses)")
    }

    @Test func eachCommitteeOnceItsItemsMostOverdueFirst() throws {
        let w = try Workspace()
        let items = try items(w)
        #expect(!items.isEmpty)
        let conductors = items.map { $0["conductor"]! }
        // Grouped: once a committee's items end, it does not come back.
        let runs = zip(conductors, conductors.dropFirst()).filter { $0 != $1 }.map(\.1)
        #expect(Set(runs).count == runs.count && !runs.contains(conductors[0]), "\(conductors)")
        for conductor in Set(conductors) {
            let dues = items.filter { $0["conductor"] == conductor }.map { $0["due"]! }
            #expect(dues == dues.sorted(), "\(conductor)")
        }
        #expect(items.allSatisfy { ["overdue", "due-soon"].contains($0["status"]!) })

        let table = try w.run(["--lang", "zh", "overdue"] + Self.asOf).stdout
        #expect(table.components(separatedBy: "\n江东省委（jd）：").count == 2, "\(table)")
        #expect(table.contains("江东省委（jd）：违规 8，警示 11；已逾期 18 项，即将到期 1 项"), "\(table)")
        // Who and what: the organization, the talkee, the item in Chinese, the days, the talk.
        let row = try #require(table.split(separator: "\n").first { $0.contains("T2026-003") })
        for part in ["青阳市委", "叶青松", "整改措施报告", "2026-10-15", "已逾期 37 天"] {
            #expect(row.contains(part), "\(row)")
        }
        #expect(!table.contains("measures-deadline"))
        // The archive's advisory is said once, under the tables.
        #expect(table.components(separatedBy: "参考期限").count == 3, "\(table)")
    }

    @Test(arguments: ["zh", "en"]) func overdueAndCheckFitOneHundredTwentyColumns(_ language: String) throws {
        let w = try Workspace()
        for command in ["overdue", "check", "coverage"] {
            let run = try w.run(["--lang", language, command] + Self.asOf)
            let widest = run.stdout.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
            #expect(widest <= 120, "\(command) is \(widest) columns wide")
        }
    }

    @Test func filtersKeepOneCommitteeTheOnesBelowItOrOneOrganization() throws {
        let w = try Workspace()
        let all = try items(w)
        let jd = try items(w, "--conductor", "jd")
        #expect(!jd.isEmpty && jd.allSatisfy { $0["conductor"] == "jd" })
        let below = try items(w, "--conductor", "jd", "--below")
        #expect(below.count == all.count && Set(below.map { $0["conductor"]! }).count > 1)
        let np = try items(w, "--organization", "np")
        #expect(!np.isEmpty && np.allSatisfy { $0["organization"] == "np" })
        #expect(np.count == all.count { $0["organization"] == "np" })
        #expect(try w.run(["overdue", "--below"] + Self.asOf).status == 64)
        #expect(try w.run(["overdue", "--conductor", "nowhere"] + Self.asOf).status == 2)
    }

    /// `--within DAYS` takes the pack's due-soon window's place (`spec/cli.md`): what is due within
    /// DAYS is due soon, a finding with a severity and a message, as the window makes it
    /// (helper-264: listed as `open`, of no severity, against "whose status is overdue or due-soon").
    @Test func withinListsTheItemsDueInThatManyDaysAsDueSoon() throws {
        let w = try Workspace()
        let month = try items(w, "--within", "30")
        // (The pack's window is 7 days: 2026-11-28.)
        #expect(month.contains { $0["status"] == "due-soon" && $0["due"]! > "2026-11-28" })
        #expect(
            month.allSatisfy { $0["status"] == "overdue" || $0["status"] == "due-soon" && $0["due"]! <= "2026-12-21" })
        #expect(month.allSatisfy { $0["severity"] != "" && $0["message"] != "" }, "\(month)")
        #expect(
            month.filter { $0["status"] == "overdue" }.count
                == (try items(w)).filter { $0["status"] == "overdue" }.count)
        let today = try items(w, "--within", "0")
        #expect(today.allSatisfy { $0["status"] == "overdue" || $0["due"]! == "2026-11-21" })
        // A due-soon item's severity is a grade lower than its rule's, however far its due date.
        let rules = try w.run("rules", "list", "--format", "json").stdout
        let severities =
            try #require(
                try JSONSerialization.jsonObject(with: Data(rules.utf8)) as? [String: Any])["rules"] as? [[String: Any]]
        let lowered = ["violation": "warning", "warning": "notice", "notice": "notice"]
        // (The rules of one severity; term-coverage chooses its own by the term's end.)
        let fixed = ["measures-deadline", "report-deadline", "plan-deadline", "timely-followup", "archive"]
        #expect(month.contains { $0["status"] == "due-soon" && fixed.contains($0["rule"]!) })
        for item in month where item["status"] == "due-soon" && fixed.contains(item["rule"]!) {
            let rule = try #require(severities?.first { $0["id"] as? String == item["rule"] })
            #expect(item["severity"] == lowered[rule["severity"] as! String], "\(item)")
        }
    }

    /// The table's count line counts what every other format names: overdue and due soon, those
    /// `--within` adds among the latter.
    @Test(arguments: ["zh", "en"]) func theCountLineCountsEachStatusAsTheOtherFormatsName(_ language: String) throws {
        let w = try Workspace()
        let listed = try items(w, "--within", "60")
        #expect(listed.contains { $0["status"] == "overdue" } && listed.contains { $0["status"] == "due-soon" })
        let table = try w.run(["--lang", language, "overdue", "--within", "60"] + Self.asOf).stdout
        for conductor in Set(listed.map { $0["conductor"]! }) {
            let own = listed.filter { $0["conductor"] == conductor }
            let (overdue, soon) = (own.count { $0["status"] == "overdue" }, own.count { $0["status"] == "due-soon" })
            #expect(overdue + soon == own.count)
            let figures = language == "zh" ? "已逾期 \(overdue) 项，即将到期 \(soon) 项" : "\(overdue) overdue, \(soon) due soon"
            let line = try #require(table.split(separator: "\n").first { $0.contains("（\(conductor)）") })
            #expect(line.hasSuffix(figures), "\(line)")
        }
    }

    /// The work list is `check`'s deadline findings overdue or due soon, no more and no fewer:
    /// it skips the due dates of what is done (met or late, never listed), and lists the same
    /// items, each with the same dates, severity and message.
    @Test func theWorkListIsChecksUndoneDeadlines() throws {
        let w = try Workspace()
        func findings(_ arguments: [String]) throws -> [[String]] {
            let run = try w.run(arguments + ["--format", "json"] + Self.asOf)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            return try #require(json["findings"] as? [[String: Any]]).map { finding in
                ["rule", "status", "due", "message", "severity"].map { finding[$0] as? String ?? "" }
                    + [(finding["subject"] as! [String: Any])["id"] as! String]
            }
        }
        let checked = try findings(["check"])
        #expect(checked.contains { $0[1] == "late" }, "the sample has deadlines done late")
        let undone = checked.filter { ["overdue", "due-soon"].contains($0[1]) }
        #expect(!undone.isEmpty)
        let listed = try findings(["overdue"])
        #expect(listed.count == undone.count && Set(listed) == Set(undone), "\(listed)")
    }

    /// Only JSON shows explanations, so only it has its items explained: with and without
    /// `--within`, its items are explained, and the sheet lists the same items with the same
    /// messages.
    @Test func everyFormatListsTheSameItemsAndOnlyJSONExplainsThem() throws {
        let w = try Workspace()
        for within in [[], ["--within", "30"]] {
            let run = try w.run(["overdue", "--format", "json"] + Self.asOf + within)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let findings = try #require(json["findings"] as? [[String: Any]])
            #expect(!findings.isEmpty)
            #expect(findings.allSatisfy { !(($0["explanation"] as? [String]) ?? []).isEmpty }, "\(within)")
            let fromJSON = findings.map { finding in
                [
                    finding["rule"] as! String, (finding["subject"] as! [String: Any])["id"] as! String,
                    finding["message"] as! String,
                ]
            }
            let csv = try w.run(["overdue", "--format", "csv"] + Self.asOf + within)
            let rows = try CSV.rows(csv.stdout).dropFirst().map { [$0.cells[0], $0.cells[5], $0.cells[12]] }
            #expect(rows == fromJSON, "\(within)")
        }
    }

    /// Python's icalendar reads the file; each item is one all-day event on its due date with a
    /// UID made of rule, subject and conductor, and no line is longer than 75 octets.
    @Test func theCalendarOpensInARealParserWithOneEventPerItem() throws {
        let w = try Workspace()
        let items = try items(w, "--within", "40")
        let run = try w.run(["--lang", "zh", "overdue", "--format", "ics", "--within", "40"] + Self.asOf)
        #expect(run.status == 1, "\(run.stderr)")
        let again = try w.run(["--lang", "zh", "overdue", "--format", "ics", "--within", "40"] + Self.asOf)
        #expect(again.output == run.output)
        let bytes = [UInt8](run.output)
        #expect(!bytes.isEmpty)
        // CRLF everywhere, and folded at 75 octets.
        let lines = run.output.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { $0.last == UInt8(ascii: "\r") && $0.count - 1 <= 75 })
        #expect(!run.stdout.contains("示例：") && !run.stdout.contains("叶青松"))
        let file = w.file("work.ics", run.stdout)
        let parsed = try python(
            """
            import sys, icalendar
            calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            for event in calendar.walk('VEVENT'):
                print(event['UID'], event['DTSTART'].dt.isoformat(), event['SUMMARY'], sep='\\t')
            """, [file])
        let events = parsed.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(events.count == items.count)
        #expect(Set(events.map { $0[0] }).count == events.count)
        for (event, item) in zip(events, items) {
            // (The conductor in it, as two committees' stores may number their talks alike: helper-217.)
            #expect(event[0] == "\(item["rule"]!).\(item["subject"]!)@\(item["conductor"]!).talks")
            #expect(event[1] == item["due"]!)
        }
        let measures = try #require(events.first { $0[0] == "measures-deadline.T2026-003@jd.talks" })
        #expect(measures[2] == "整改措施报告：青阳市委")
    }

    /// A work list with nothing due is still a calendar a strict reader opens: RFC 5545 §3.6 asks
    /// a component at least, the time zone of China's days (helper-232: an empty VCALENDAR).
    @Test func aCalendarWithNothingDueHasItsTimeZone() throws {
        let w = try Workspace()
        let run = try w.run("overdue", "--format", "ics", "--as-of", "2026-01-01")
        #expect(run.status == 0, "\(run.stderr)")
        let file = w.file("empty.ics", run.stdout)
        let parsed = try python(
            """
            import sys, icalendar
            calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            print(' '.join(c.name for c in calendar.subcomponents), len(calendar.walk('VEVENT')))
            """, [file])
        #expect(parsed.trimmingCharacters(in: .whitespacesAndNewlines) == "VTIMEZONE 0", "\(parsed)")
    }

    /// A local rule names its item with `label`; without one, its id stands in.
    @Test func aLocalRuleHasItsOwnLabelOrItsId() throws {
        let w = try Workspace()
        func pack(_ label: String) -> String {
            w.file(
                "local\(label.isEmpty ? "-bare" : "").rules",
                """
                pack local { version "1" }
                rule di-copy {
                  article  "第十二条"
                  quote    "抄送本级纪律检查机关"
                  \(label)
                  subject  talk
                  applies  talk.kind = regular
                  due      deadline(talk.ended, 10 days)
                  done     talk.archive.archived
                  severity warning
                  message  zh "谈话后应抄送纪检机关" en "copy the talk to discipline inspection"
                }

                """)
        }
        let labelled = try w.run(
            ["--lang", "zh", "overdue", "--rules", pack(#"label    zh "纪检抄送" en "copy to DI""#)] + Self.asOf)
        #expect(labelled.stdout.contains("纪检抄送"), "\(labelled.stderr)")
        let bare = try w.run(["--lang", "zh", "overdue", "--rules", pack("")] + Self.asOf)
        #expect(bare.stdout.contains("di-copy"), "\(bare.stderr)")
    }

    /// Coverage says how long the term has left, and a plan item done with the predecessor does
    /// not count as planned for the new top leader (the work-list issue), while the finding's
    /// `planned` is the year's plan item, as the catalogue defines it.
    @Test func coverageCountsTheDaysLeftAndNoPlanFulfilledWithThePredecessor() throws {
        let w = try Workspace()
        let run = try w.run(["coverage", "--conductor", "jd", "--format", "json"] + Self.asOf)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let conductor = try #require((json["conductors"] as? [[String: Any]])?.first)
        #expect(conductor["daysToTermEnd"] as? Int == 49)
        let gaps = try #require(conductor["gaps"] as? [[String: Any]])
        let lc = try #require(gaps.first { $0["organization"] as? String == "lc" })
        #expect(lc["planned"] is NSNull && lc["lastRegularTalk"] as? String == "T2026-013")
        // The finding itself names the year's plan item, as the catalogue defines `planned`
        // (helper-126: it was null, against spec/rules-catalogue.md).
        let check = try w.run(["check", "--format", "json"] + Self.asOf).stdout
        let findings = try #require(
            (try JSONSerialization.jsonObject(with: Data(check.utf8)) as? [String: Any])?["findings"]
                as? [[String: Any]])
        let finding = try #require(
            findings.first {
                $0["rule"] as? String == "term-coverage" && ($0["subject"] as? [String: Any])?["id"] as? String == "lc"
            })
        #expect(finding["planned"] as? String == "P2026-02", "\(finding)")
        let table = try w.run(["--lang", "zh", "coverage"] + Self.asOf).stdout
        #expect(table.contains("距届满 49 天"), "\(table)")
    }

    /// The explanation names what a record's list lacks where a rule needs a member of it, not
    /// where any of several would do (helper-128: both alternatives were told lacking).
    @Test func anExplanationSaysWhatAListLacksUnlessAnyWouldDo() throws {
        let w = try Workspace()
        func lacking(_ requires: String) throws -> [String] {
            let pack = w.file(
                "p.rules",
                """
                pack p { version "1" }
                rule copies {
                  article  "细则第一条"
                  quote    "示例"
                  subject  talk
                  requires \(requires)
                  severity notice
                  message  zh "参与部门不全" en "departments missing"
                }

                """)
            let run = try w.run(["--lang", "en", "check", "--format", "json", "--rules", pack] + Self.asOf)
            let lines = run.stdout.split(separator: "\"").filter { $0.hasPrefix("departments taking part, lacking") }
            return lines.map(String.init)
        }
        #expect(try lacking("audit in talk.participants").contains("departments taking part, lacking: audit"))
        #expect(try lacking("audit in talk.participants or inspection-tour in talk.participants").isEmpty)
    }

    /// A committee with no lower-level organizations is told so (it was a title alone).
    @Test func coverageOfACommitteeWithNoneBelowSaysSo() throws {
        let w = try Workspace()
        let lower = "ap"  // 安平市委: no organization below it in the sample
        let en = try w.run(["coverage", "--conductor", lower] + Self.asOf)
        #expect(en.status == 0 && en.stdout.contains("has no lower-level organizations on 2026-11-21"), "\(en.stdout)")
        let zh = try w.run(["--lang", "zh", "coverage", "--conductor", lower] + Self.asOf)
        #expect(zh.stdout.contains("没有下一级党组织，没有需要覆盖的“一把手”"), "\(zh.stdout)")
    }
}

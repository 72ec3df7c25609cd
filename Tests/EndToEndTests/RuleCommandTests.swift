import Foundation
import TalkModel
import TestSupport
import Testing

@Suite struct RuleCommandTests {
    @Test func checkPrintsTheSpecJSONAndExitsOneOnViolations() throws {
        let w = try Workspace()
        let run = try w.run("check", "--as-of", "2026-11-21", "--format", "json")
        #expect(run.status == 1, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["asOf"] as? String == "2026-11-21")
        let packs = try #require(json["packs"] as? [[String: Any]])
        #expect(packs.first?["id"] as? String == "cn-national-2026")
        #expect((packs.first?["sha256"] as? String)?.count == 64)
        let findings = try #require(json["findings"] as? [[String: Any]])
        let measures = try #require(
            findings.first {
                $0["rule"] as? String == "measures-deadline"
                    && ($0["subject"] as? [String: Any])?["id"] as? String == "T2026-003"
            })
        #expect(measures["status"] as? String == "overdue")
        #expect(measures["due"] as? String == "2026-10-15")
        #expect(measures["days"] as? Int == 37)
        #expect(measures.keys.contains("done"))
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary["violation"] == findings.count { $0["severity"] as? String == "violation" })
        // No finding leaks a confidential text of the sample (Art. 16).
        #expect(!run.stdout.contains("示例："))
    }

    @Test func theSameStoreRulesAndDateGiveTheSameBytes() throws {
        let w = try Workspace()
        for format in ["table", "json", "csv"] {
            let first = try w.run("check", "--as-of", "2026-09-01", "--format", format)
            let second = try w.run("check", "--as-of", "2026-09-01", "--format", format)
            #expect(first.stdout == second.stdout && !first.stdout.isEmpty, "\(format)")
        }
    }

    /// A folder pack's digest is that of its content: what `sha256sum` of its files in name order, piped to
    /// `sha256sum`, prints in the folder (Docs/rules-language.md), wherever the folder lies. (It named each file by its full path, so the
    /// same rules gave another digest, and another `check` output, from another checkout.)
    @Test func aPacksDigestIsOfItsContentWhereverItLies() throws {
        let w = try Workspace()
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixture.root + "/Rules")
            .filter { $0.hasSuffix(".rules") || $0.hasSuffix(".holidays") }.sorted()
        let manifest = try names.map { name in
            let bytes = try Data(contentsOf: URL(fileURLWithPath: Fixture.root + "/Rules/" + name))
            return SHA256.hex(Array(bytes)) + "  " + name + "\n"
        }.joined()
        let copy = w.folder + "/elsewhere/Rules"
        try FileManager.default.createDirectory(atPath: w.folder + "/elsewhere", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixture.root + "/Rules", toPath: copy)
        for folder in [Fixture.root + "/Rules", copy] {
            let run = try w.run(["rules", "list", "--format", "json"], environment: ["TALKS_RULES": folder])
            let json = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
            let packs = try #require(json["packs"] as? [[String: Any]])
            #expect(packs.first?["sha256"] as? String == SHA256.hex(Array(manifest.utf8)), "\(folder)")
        }
    }

    @Test func overdueListsOnlyPendingDeadlinesMostOverdueFirst() throws {
        let w = try Workspace()
        let run = try w.run("overdue", "--as-of", "2026-11-21", "--format", "csv")
        let rows = run.stdout.split(separator: "\r\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { ["overdue", "due-soon"].contains(String($0[3])) })
        // Each committee's items are most overdue first (WorkListTests: each committee once).
        for conductor in Set(rows.map { $0[6] }) {
            let dues = rows.filter { $0[6] == conductor }.map { String($0[8]) }
            #expect(dues == dues.sorted())
        }
    }

    @Test func coverageShowsGapsAndWhetherThisYearsPlanCoversThem() throws {
        let w = try Workspace()
        let run = try w.run("coverage", "--as-of", "2026-11-21", "--conductor", "jd", "--format", "json")
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let conductor = try #require((json["conductors"] as? [[String: Any]])?.first)
        #expect(conductor["id"] as? String == "jd")
        let gaps = try #require(conductor["gaps"] as? [[String: Any]])
        #expect(conductor["organizations"] as? Int == (conductor["covered"] as? Int ?? -1) + gaps.count)
        #expect(gaps.contains { $0["organization"] as? String == "lc" && $0["topLeader"] as? String == "p-pan" })
        // The coverage view and check agree: every gap is a term-coverage finding.
        let check = try w.run("check", "--as-of", "2026-11-21", "--format", "csv")
        for gap in gaps {
            #expect(
                check.stdout.contains(
                    "term-coverage,第五条第二款,warning,not-met,organization,\(gap["organization"] as! String),jd"))
        }
    }

    /// A committee with a lower level but no term containing the day: its figures are no figures
    /// (null, not 0 of 0, beside the roll-up's lowerLevel 1), and a sheet of gaps, which has no row
    /// of it, says why on standard error (helper-217: 0, and left out without a word).
    @Test func aCommitteeWithoutATermHasNoCoverageFigures() throws {
        let w = try Workspace()
        let json = try w.run("coverage", "--as-of", "2026-11-21", "--format", "json")
        #expect(
            json.stdout.contains(
                #"{"id": "cn", "name": "长宁区委", "term": null, "daysToTermEnd": null, "organizations": null, "covered": null, "gaps": []}"#
            ), "\(json.stdout)")
        let rollup = try w.run(
            "report", "rollup", "--under", "jd", "--year", "2026", "--as-of", "2026-11-21", "--format", "json")
        #expect(
            rollup.stdout.contains(#""coverage": {"term": null, "organizations": null, "covered": null, "gaps": []}"#))
        let csv = try w.run("coverage", "--as-of", "2026-11-21", "--format", "csv")
        #expect(
            csv.stderr.contains(
                "note: no term of 长宁区委（cn） contains 2026-11-21, so its coverage is not judged and the sheet has no row of it"
            ),
            "\(csv.stderr)")
    }

    @Test func explainShowsEveryRuleWithTheDateArithmetic() throws {
        let w = try Workspace()
        let run = try w.run("--lang", "zh", "explain", "T2026-003", "--as-of", "2026-11-21")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("measures-deadline"))
        #expect(run.stdout.contains("谈话结束 2026-09-15；+1个月 = 2026-10-15"))
        #expect(run.stdout.contains("✓ 符合"))
        #expect(run.stdout.contains("talker-leadership"))
        let unknown = try w.run("explain", "T2026-999")
        #expect(unknown.status == 2 && unknown.stderr.contains("T2026-"))
        // Asked about a day before it was held, a talk naming a plan item says that the rules shown
        // are the plan item's (helper-217: they read as the talk's verdicts).
        let before = try w.run("explain", "CN-T2026-001", "--as-of", "2026-09-20")
        #expect(
            before.stdout.contains(
                "This talk had not been held by 2026-09-20, so none of its own rules judges it; below are the rules of "
                    + "the plan item or triggers it names."), "\(before.stdout)")
        #expect(!run.stdout.contains("尚未举行"))
    }

    /// A rule's message states the problem, so `explain` gives it only for a finding. It gave it for
    /// every outcome: T2026-003, a regular talk, read "regular talks are not supervision talks and
    /// count toward nothing" under out-of-scope met, "the planned regular talk … was not held by its
    /// deadline" under plan-deadline met, and the open rectification report its deadline's sentence.
    @Test(arguments: ["zh", "en"])
    func explainStatesARulesMessageOnlyForAFinding(_ language: String) throws {
        let w = try Workspace()
        let zh = language == "zh"
        let explain = ["--lang", language, "explain", "T2026-003", "--as-of", "2026-11-21"]
        let json = try w.run(explain + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: json.output) as? [String: Any])
        let rules = try #require(document["rules"] as? [[String: Any]])
        func outcome(_ rule: String) -> [String: Any]? { rules.first { $0["rule"] as? String == rule } }
        // Met, open and not applicable: no finding, so no severity and no message (null, not left out).
        for (rule, status) in [
            ("out-of-scope", "met"), ("plan-deadline", "met"), ("talkee-top-leader", "met"),
            ("report-deadline", "open"), ("archive", "not-applicable"),
        ] {
            let found = try #require(outcome(rule), "\(rule)")
            #expect(found["status"] as? String == status, "\(rule)")
            #expect(found["severity"] is NSNull && found["message"] is NSNull, "\(rule): \(found)")
        }
        #expect(rules.allSatisfy { ($0["severity"] is NSNull) == ($0["message"] is NSNull) }, "\(rules)")
        // A finding keeps its message.
        let measures = try #require(outcome("measures-deadline"))
        #expect(measures["status"] as? String == "overdue")
        #expect(
            measures["message"] as? String
                == (zh
                    ? "被谈话人应在谈话结束后1个月内报送整改措施"
                    : "the talkee must report rectification measures within 1 month after the talk ends"))

        let table = try w.run(explain)
        #expect(table.status == 0, "\(table.stderr)")
        for wrong in zh
            ? ["定期谈话不属于监督谈话", "应在完成时限内完成", "不是青阳市委", "3个月内报告整改情况"]
            : [
                "regular talks are not supervision talks", "must be held by the plan item's deadline",
                "was not the top leader",
                "within 3 months after the talk ends",
            ]
        {
            #expect(!table.stdout.contains(wrong) && !json.stdout.contains(wrong), "\(wrong)")
        }
        #expect(table.stdout.contains(zh ? "被谈话人应在谈话结束后1个月内报送整改措施" : "within 1 month after the talk ends"))
        // The open deadline still shows its arithmetic: the facts and dates are true.
        #expect(
            table.stdout.contains(zh ? "截至2026年11月21日尚未完成，2026年12月15日到期" : "not done by 2026-11-21, due 2026-12-15"))

        // Where out-of-scope is a finding (an admonishment talk: info), its message is the fact.
        let admonishment = try w.run(["--lang", language, "explain", "T2026-021", "--as-of", "2026-11-21"])
        #expect(admonishment.stdout.contains(zh ? "诫勉谈话不属于监督谈话" : "admonishment talks are not supervision talks"))
    }

    @Test func aLocalPackOfFifteenWorkingDaysMovesTheDueDates() throws {
        let w = try Workspace()
        let pack = w.file(
            "province.rules", "pack province { version \"2026\" }\nset measures-period = 15 working days\n")
        let national = try w.run("explain", "T2026-003", "--as-of", "2026-11-21", "--format", "json")
        let local = try w.run("explain", "T2026-003", "--as-of", "2026-11-21", "--format", "json", "--rules", pack)
        // Ended 2026-09-15: counting skips Mid-Autumn (09-25) and National Day (10-01…07) and counts
        // the worked Sundays and Saturdays 09-20 and 10-10, so the 15th working day is 2026-10-12.
        #expect(national.stdout.contains("\"due\": \"2026-10-15\""))
        #expect(local.stdout.contains("\"due\": \"2026-10-12\""), "\(local.stdout)")
        #expect(local.stdout.contains("\"id\": \"province\""))
        let listed = try w.run("rules", "list", "--rules", pack)
        #expect(listed.stdout.contains("15 working days"))
    }

    @Test func theTutorialsRuleFires() throws {
        let w = try Workspace()
        let tutorial = Fixture.tutorialPack
        let pack = w.file("tutorial.rules", tutorial.header + tutorial.rule)
        let run = try w.run("check", "--as-of", "2026-11-21", "--format", "csv", "--rules", pack)
        #expect(run.stdout.contains("di-takes-part,省细则第六条,warning,not-met,talk,"))
    }

    @Test func aBrokenRuleFileGivesFileLineColumnAndExitTwo() throws {
        let w = try Workspace()
        let pack = w.file("broken.rules", "pack broken { version \"1\" }\nset measures-period = 15 working dayz\n")
        let run = try w.run("check", "--rules", pack)
        #expect(run.status == 2)
        #expect(run.stderr.contains("broken.rules:2:"), "\(run.stderr)")
        #expect(run.stderr.contains("^"))
        let lint = try w.run("rules", "lint", pack)
        #expect(lint.status == 2)
    }

    /// A rule comparing a field with a value of another vocabulary (`talk.kind = petitions`, a
    /// trigger kind) linted clean and never applied (found by an outside review): `rules lint`
    /// and every command loading the pack refuse it at its place, in the reader's language.
    @Test(arguments: [
        (
            "en",
            "\"petitions\" is not a value of talk kind, so comparing it with one never holds; it is a value of trigger kind; the values of talk kind are regular, timely, clue-disposal, appointment, admonishment"
        ),
        (
            "zh",
            "\"petitions\" 不是谈话类型的值，与谈话类型比较永不成立；它是情形类别的值；谈话类型的值为 regular、timely、clue-disposal、appointment、admonishment"
        ),
    ])
    func aFieldComparedWithAnotherVocabularysValueIsRefused(language: String, message: String) throws {
        let w = try Workspace()
        let pack = w.file(
            "petitions.rules",
            """
            pack petitions { version "1" }
            rule petitions-talk {
              article "细则第一条"
              quote   "示例"
              subject talk
              applies talk.kind = petitions
              requires talk.record
              severity warning
              message zh "x" en "x"
            }

            """)
        for words in [
            ["rules", "lint", pack], ["check", "--rules", pack], ["explain", "T2026-003", "--rules", pack],
        ] {
            let run = try w.run(["--lang", language] + words)
            #expect(run.status == 2, "\(words)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.hasPrefix("talks: \(pack):6:23: \(message)\n"), "\(words): \(run.stderr)")
        }
    }

    /// A malformed date or number is quoted as it was written, at its place, once: not cut where
    /// its digits end (`"2027-01-0"`), with its tail read as another word.
    /// A year's file stands for the State Council notice whole: one without the statutory days off
    /// (a regional holiday alone) is refused, naming them, and so is one named for another year
    /// (helper-133: a pack's 壮族三月三 left 2026 without 国庆, and a due date fell on 10-01).
    @Test func aHolidayFileWithoutTheStatutoryDaysOrOfAnotherYearIsRefused() throws {
        let w = try Workspace(loaded: false)
        try FileManager.default.createDirectory(atPath: w.folder + "/gx", withIntermediateDirectories: true)
        _ = w.file("gx/gx.rules", "pack gx { version \"1\" }\n")
        _ = w.file(
            "gx/gx-2026.holidays",
            "year 2026\nnotice \"广西\" \"Guangxi\"\nholiday \"壮族三月三\" \"Sanyuesan\" 2026-04-20 to 2026-04-21\n")
        let regional = try w.run("rules", "lint", w.folder + "/gx")
        #expect(regional.status == 2, "\(regional.stderr)")
        #expect(
            regional.stderr.contains("gx-2026.holidays:1:6: lacks the statutory days off of Art. 2")
                && regional.stderr.contains("2026-10-01 (National Day)"), "\(regional.stderr)")
        #expect(try w.run("check", "--rules", w.folder + "/gx").status == 2)
        try FileManager.default.removeItem(atPath: w.folder + "/gx/gx-2026.holidays")
        _ = w.file("gx/cn-2028.holidays", ProvisionalDeadlineTests.notice2027)
        let named = try w.run("rules", "lint", w.folder + "/gx")
        #expect(named.status == 2 && named.stderr.contains("the file is named for 2028, not 2027"), "\(named.stderr)")
        // Only a year ending the name is its year: a notice's number is not (helper-134).
        try FileManager.default.removeItem(atPath: w.folder + "/gx/cn-2028.holidays")
        let notice = try String(contentsOfFile: Fixture.root + "/Rules/cn-2026.holidays", encoding: .utf8)
        _ = w.file("gx/国办发明电〔2025〕7号.holidays", notice)
        let numbered = try w.run("rules", "lint", w.folder + "/gx")
        #expect(numbered.status == 0, "\(numbered.stderr)")
        // A year ending its stem before a mark is its year (cn-2028-v2, helper-135); a notice saved
        // as .holidays.txt is refused by its name, not passed over; a range of one day lists it once.
        try FileManager.default.removeItem(atPath: w.folder + "/gx/国办发明电〔2025〕7号.holidays")
        // A second notice was taken without a word, the first lost (helper-142).
        _ = w.file("gx/cn-2026.holidays", notice + "\nnotice \"另一通知\" \"another notice\"\n")
        let twice = try w.run("rules", "lint", w.folder + "/gx")
        #expect(twice.status == 2 && twice.stderr.contains("notice is given twice"), "\(twice.stderr)")
        try FileManager.default.removeItem(atPath: w.folder + "/gx/cn-2026.holidays")
        _ = w.file("gx/cn-2028-v2.holidays", notice)
        #expect(try w.run("rules", "lint", w.folder + "/gx").stderr.contains("named for 2028, not 2026"))
        try FileManager.default.removeItem(atPath: w.folder + "/gx/cn-2028-v2.holidays")
        _ = w.file("gx/cn-2026.holidays.txt", notice)
        let txt = try w.run("rules", "lint", w.folder + "/gx")
        #expect(txt.status == 2 && txt.stderr.contains("a holiday file's name ends in .holidays"), "\(txt.stderr)")
        try FileManager.default.removeItem(atPath: w.folder + "/gx/cn-2026.holidays.txt")
        // A backup beside it is passed over, as a rule file's is; a year ending the name is its
        // year, a date before it none (helper-136).
        // A notice named in capitals is read, and judged, as one named in lower case (helper-137: passed over).
        _ = w.file("gx/cn-2026.HOLIDAYS", "year 2026\nholiday \"元旦\" \"New Year's Day\" 2026-01-01\n")
        let capitals = try w.run("rules", "lint", w.folder + "/gx")
        #expect(
            capitals.status == 2 && capitals.stderr.contains("cn-2026.HOLIDAYS:1:6: lacks the statutory days"),
            "\(capitals.stderr)")
        try FileManager.default.removeItem(atPath: w.folder + "/gx/cn-2026.HOLIDAYS")
        _ = w.file("gx/cn-2026.holidays.bak", notice)
        _ = w.file("gx/notice-2025-11-04-for-2026.holidays", notice)
        #expect(try w.run("rules", "lint", w.folder + "/gx").status == 0)
        try FileManager.default.removeItem(atPath: w.folder + "/gx/cn-2026.holidays.bak")
        try FileManager.default.removeItem(atPath: w.folder + "/gx/notice-2025-11-04-for-2026.holidays")
        _ = w.file(
            "gx/cn-2026.holidays",
            notice.replacing(
                "2026-06-19 to 2026-06-21",
                with: "2026-06-19 to 2026-06-19\nholiday \"端午节\" \"Dragon Boat Festival\" 2026-06-20 to 2026-06-21"))
        let one = try w.run("rules", "lint", w.folder + "/gx")
        #expect(one.status == 0, "\(one.stderr)")
    }

    @Test func aMalformedDateIsQuotedWholeInHolidayAndRuleFiles() throws {
        let w = try Workspace(loaded: false)
        try FileManager.default.createDirectory(atPath: w.folder + "/pack", withIntermediateDirectories: true)
        _ = w.file("pack/local.rules", "pack local { version \"1\" }\nset effective = 2026-01-0x\n")
        _ = w.file(
            "pack/cn-2027.holidays",
            "year 2027\nholiday \"元旦\" \"New Year's Day\" 2027-01-0x\nworkday \"春节\" \"Spring Festival\" 2027/02/20\n"
                + "holiday \"清明节\" \"Qingming\" 2027.4.5 to 2027-04-06\n")
        let run = try w.run("rules", "lint", w.folder + "/pack")
        #expect(run.status == 2)
        for line in [
            "cn-2027.holidays:2:31: \"2027-01-0x\" is not a date",
            "cn-2027.holidays:3:32: \"2027/02/20\" is not a date",
            "cn-2027.holidays:4:26: \"2027.4.5\" is not a date", "local.rules:2:17: \"2026-01-0x\" is not a date",
        ] {
            #expect(run.stderr.contains(line), "\(line) in \(run.stderr)")
        }
        for wrong in [
            "\"2027-01-0\"", "\"2026-01-0\"", "found 0", "found 2027", "statement x", "statement \"x\"", "\"/\"",
        ] {
            #expect(!run.stderr.contains(wrong), "\(wrong) in \(run.stderr)")
        }
    }

    @Test func theExampleLocalPacksLint() throws {
        let folder = Fixture.root + "/Rules/examples"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".rules") }
        #expect(!files.isEmpty)
        for file in files {
            let run = try talks(["rules", "lint", folder + "/" + file])
            #expect(run.status == 0, "\(file): \(run.stderr)")
        }
    }

    @Test func theRuleScenariosPass() throws {
        let w = try Workspace(loaded: false)
        let run = try w.run("rules", "test")
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("0 failed"))
    }

    /// Each pack's scenarios run under it and the packs before it: the national ones pass beside a
    /// province's pack that changes the national period (helper-206: three failed under the
    /// shipped example), and the province's own run under both.
    @Test func eachPacksScenariosRunUnderThePacksUpToIt() throws {
        let w = try Workspace(loaded: false)
        let example = Fixture.root + "/Rules/examples/province-working-days.rules"
        let beside = try w.run("rules", "test", "--rules", example)
        #expect(beside.status == 0 && beside.stdout.contains("0 failed"), "\(beside.stdout)")
        // A pack's file where a scenario belongs is told so (helper-207: "expected a JSON value").
        let file = try w.run("rules", "test", example)
        #expect(file.status == 2 && file.stderr.contains("this is a rule file, not a scenario"), "\(file.stderr)")
        // A province's folder with a scenario of its own period: 15 working days from 2026-06-01
        // (the Dragon Boat Festival on the way), not the national month (2026-07-10).
        let folder = w.folder + "/province"
        try FileManager.default.createDirectory(atPath: folder + "/scenarios", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: example, toPath: folder + "/province.rules")
        try FileManager.default.copyItem(
            atPath: Fixture.root + "/Rules/scenarios/base.json", toPath: folder + "/scenarios/base.json")
        _ = w.file(
            "province/scenarios/period.json",
            """
            {"base": "base.json", "rules": ["measures-deadline"], "cases": [{"name": "15 working days", "asOf": "2026-07-01",
              "dataset": {"talks": [{"id": "T1", "conductor": "p", "kind": "regular", "organization": "c",
                "talkee": "c-sec", "talker": "p-sec", "held": "2026-06-10"}]},
              "expect": [{"rule": "measures-deadline", "subject": "T1", "status": "due-soon", "severity": "warning",
                          "due": "2026-07-02"}]}]}
            """)
        let own = try w.run("rules", "test", "--rules", folder)
        #expect(own.status == 0 && own.stdout.contains("78 run, 78 passed"), "\(own.stdout)\(own.stderr)")
        // Named alone, a pack's folder is a pack for its own scenarios (helper-208: "not in force").
        let named = try w.run("rules", "test", folder)
        #expect(named.status == 0 && named.stdout.contains("1 run, 1 passed"), "\(named.stdout)\(named.stderr)")
    }

    @Test func aFailingScenarioShowsExpectedAgainstActual() throws {
        let w = try Workspace(loaded: false)
        _ = w.file(
            "base.json", try String(contentsOfFile: Fixture.root + "/Rules/scenarios/base.json", encoding: .utf8))
        let scenario = w.file(
            "wrong.json",
            """
            {"base": "base.json", "rules": ["measures-deadline"], "cases": [{"name": "wrong due", "asOf": "2026-04-11",
              "dataset": {"talks": [{"id": "T1", "conductor": "p", "kind": "regular", "organization": "c", "talkee": "c-sec", "talker": "p-sec", "held": "2026-03-10"}]},
              "expect": [{"subject": "T1", "status": "overdue", "due": "2026-04-11"}]}]}
            """)
        let run = try w.run("rules", "test", scenario)
        #expect(run.status == 1)
        #expect(run.stdout.contains("expected:") && run.stdout.contains("due=2026-04-10"))
        // Named through a link and `..`, the scenario's base is looked for where the kernel finds
        // the scenario, not where the path's text would put it.
        try FileManager.default.createDirectory(atPath: w.folder + "/x/inner", withIntermediateDirectories: true)
        #expect(symlink(w.folder + "/x/inner", w.folder + "/link") == 0)
        for name in ["base.json", "wrong.json"] {
            try FileManager.default.moveItem(atPath: w.folder + "/" + name, toPath: w.folder + "/x/" + name)
        }
        let linked = try w.run("rules", "test", w.folder + "/link/../wrong.json")
        #expect(linked.status == 1, "\(linked.stderr)")
        #expect(linked.stdout.contains("due=2026-04-10"))
    }
}

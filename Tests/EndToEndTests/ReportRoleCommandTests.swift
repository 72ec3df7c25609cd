import Foundation
import TestSupport
import Testing

/// Rules play roles in the reports (`report` clauses, `Docs/rules-language.md` "Report roles"):
/// every command that loads a pack refuses a role on the wrong rule, and the reports read one rule
/// per role, or say that none is in force.
@Suite struct ReportRoleCommandTests {
    static let asOf = ["--as-of", "2026-12-31"]
    static let header = "pack p1 { version \"1\" effective 2026-06-01 title \"t\" }\n"

    /// A talk deadline rule, like the national `measures-deadline`, playing `roles`.
    static func talkDeadline(_ head: String, report roles: String) -> String {
        """
        \(head) {
          report   \(roles)
          article  "x"
          quote    "y"
          subject  talk
          applies  talk.kind in supervision-kinds
          due      deadline(talk.ended, measures-period)
          done     talk.measures.reported
          severity violation
          message  zh "m" en "m"
        }

        """
    }

    private func json(_ run: Run) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any], "\(run.stderr)")
    }

    @Test(arguments: [
        // A role on a rule of another subject (F1), a tally on a condition rule (F2), a second rule
        // for a role one rule plays (F3).
        (talkDeadline("rule x1", report: "plan"), "report plan` needs a rule whose subject is plan"),
        (talkDeadline("rule x1", report: "coverage"), "report coverage` needs a rule whose subject is organization"),
        (
            "replace rule timely-followup {\n  article \"a\"\n  quote \"q\"\n  subject trigger\n  report trigger\n  requires true\n  severity notice\n  message zh \"m\" en \"m\"\n}\n",
            "report trigger` counts deadlines"
        ),
        (talkDeadline("rule x1", report: "measures"), "report measures` is already played by rule measures-deadline"),
    ])
    func everyCommandThatLoadsThePackRefusesItAtTheRole(_ rule: String, _ message: String) throws {
        let w = try Workspace()
        let file = w.file("local.rules", Self.header + rule)
        let before = try w.export()
        for command in [
            ["rules", "lint", file], ["check", "--rules", file] + Self.asOf,
            ["report", "annual", "--conductor", "jd", "--year", "2026", "--rules", file] + Self.asOf,
            ["coverage", "--rules", file] + Self.asOf,
            ["export", "--for", "discipline-inspection", "--conductor", "jd", "--rules", file] + Self.asOf,
        ] {
            let run = try w.run(command)
            #expect(run.status == 2, "\(command): \(run.stderr)")
            #expect(run.stderr.contains("local.rules:"), "\(command): \(run.stderr)")
            #expect(run.stderr.contains(message), "\(command): \(run.stderr)")
        }
        #expect(try w.export() == before)
    }

    @Test func theAnnualReportAndTheDisciplineInspectionCopyReadTheSameMeasuresRule() throws {
        let w = try Workspace()
        // The province's own measures rule from June, the national one switched off then.
        let file = w.file(
            "local.rules",
            Self.header + "disable measures-deadline\n" + Self.talkDeadline("rule x1", report: "measures"))
        let rules = ["--rules", file] + Self.asOf
        let report = try json(
            w.run(["report", "annual", "--conductor", "jd", "--year", "2026", "--format", "json"] + rules))
        let copy = try json(
            w.run(
                ["export", "--for", "discipline-inspection", "--conductor", "jd", "--year", "2026", "--format", "json"]
                    + rules))
        let rows = try #require(copy["talks"] as? [[String: Any]])
        let measures = try #require(report["measures"] as? [String: Any]).compactMapValues { $0 as? Int }
        func copied(_ statuses: String...) -> Int {
            rows.count { statuses.contains($0["measuresStatus"] as? String ?? "") }
        }
        #expect(measures["onTime"] == copied("met"))
        #expect(measures["late"] == copied("late"))
        #expect(measures["overdue"] == copied("overdue"))
        #expect(measures["open"] == copied("open", "due-soon"))
        // Each talk counted once: no more outcomes than talks.
        let talks = try #require(report["talks"] as? [String: Any])
        let held = (talks["regular"] as? Int ?? 0) + (talks["timely"] as? Int ?? 0)
        let counted = ["onTime", "late", "overdue", "open", "undated"].reduce(0) { $0 + (measures[$1] ?? 0) }
        #expect(counted > 0 && counted <= held, "\(measures) for \(held) talks")
    }

    @Test func withoutACoverageRuleTheReportsSaySoInsteadOfGivingZeros() throws {
        let w = try Workspace()
        let file = w.file("local.rules", Self.header + "disable term-coverage\n")
        let rules = ["--rules", file] + Self.asOf
        let coverage = try w.run(["coverage"] + rules)
        #expect(coverage.status == 0, "\(coverage.stderr)")
        #expect(coverage.stdout.contains("No coverage rule is in force on 2026-12-31"), "\(coverage.stdout)")
        #expect(!coverage.stdout.contains(" covered, "), "\(coverage.stdout)")
        let zh = try w.run(["--lang", "zh", "coverage"] + rules).stdout
        #expect(zh.contains("截至2026年12月31日没有生效的覆盖规则"), "\(zh)")
        #expect(!zh.contains("应覆盖"), "\(zh)")
        let asJSON = try json(w.run(["coverage", "--format", "json"] + rules))
        #expect(asJSON["ruleInForce"] as? Bool == false)
        #expect((asJSON["conductors"] as? [Any])?.isEmpty == true)

        let annual = ["report", "annual", "--conductor", "jd", "--year", "2026"] + rules
        let chinese = try w.run(["--lang", "zh"] + annual).stdout
        #expect(chinese.contains("没有生效的覆盖规则"), "\(chinese)")
        #expect(!chinese.contains("覆盖率"), "\(chinese)")
        let english = try w.run(["--lang", "en"] + annual).stdout
        #expect(english.contains("No coverage rule is in force"), "\(english)")
        let figures = try json(w.run(annual + ["--format", "json"]))
        #expect(figures["coverageRuleInForce"] as? Bool == false)
        #expect(figures["coverage"] is NSNull)

        // Before the pack takes effect the national rule judges coverage as ever.
        let before = try json(w.run("coverage", "--format", "json", "--rules", file, "--as-of", "2026-05-31"))
        #expect(before["ruleInForce"] as? Bool == true)
        #expect((before["conductors"] as? [Any])?.isEmpty == false)

        // Before the national pack takes effect (2026-01-30) no coverage rule is in force: nothing is
        // judged, and no figure given (helper-133: "0 of 0 covered", and 0 top leaders in the report).
        let early = try json(w.run("coverage", "--format", "json", "--as-of", "2026-01-29"))
        #expect(early["ruleInForce"] as? Bool == false && (early["conductors"] as? [Any])?.isEmpty == true)
        let sheet = try w.run("--lang", "en", "coverage", "--format", "csv", "--as-of", "2026-01-29")
        #expect(sheet.stderr.contains("No coverage rule is in force on 2026-01-29"), "\(sheet.stderr)")
        let earlyReport = try w.run(
            "--lang", "en", "report", "annual", "--conductor", "jd", "--year", "2026", "--as-of", "2026-01-29")
        #expect(earlyReport.stdout.contains("No coverage rule is in force on 2026-01-29"), "\(earlyReport.stdout)")
        #expect(!earlyReport.stdout.contains("0 of 0"))
    }

    /// A plan item with a deadline that a pack's `plan-deadline` does not judge is 不适用 (not
    /// applicable) in the report, counted apart: it was told 未定时限 (no deadline), though it has one.
    @Test func aPlanItemTheRuleLeavesOutIsNotApplicableNotUndated() throws {
        let w = try Workspace(loaded: false)
        #expect(try w.run("load", Fixture.root + "/Tests/Cases/office-sheets/fc00-base.json").status == 0)
        let file = w.file(
            "narrow.rules",
            """
            pack narrow { version "1" effective 2026-01-01 }
            replace rule plan-deadline {
              report   plan
              article  "第五条第二款"
              quote    "明确工作分工和完成时限"
              subject  plan
              applies  plan.due != null and plan.due < 2026-12-01
              due      plan.due
              done     min([t.ended for t in talks(plan: plan) where t.ended <= as-of])
              severity violation
              message  zh "m" en "m"
            }

            """)
        let report = try w.run(
            "--lang", "zh", "report", "annual", "--conductor", "jz", "--year", "2026", "--as-of", "2027-01-10",
            "--rules",
            file)
        #expect(report.stdout.contains("| 桐林县委 | 李华 | 2026-12-31 | — | 不适用 |"), "\(report.stdout)\(report.stderr)")
        #expect(report.stdout.contains("不适用1项"), "\(report.stdout)")
        #expect(!report.stdout.contains("未定"), "\(report.stdout)")
        let json = try json(
            w.run(
                "report", "annual", "--conductor", "jz", "--year", "2026", "--as-of", "2027-01-10", "--format", "json",
                "--rules", file))
        let tally = try #require((json["plan"] as? [String: Any])?["tally"] as? [String: Any])
        #expect(tally["notApplicable"] as? Int == 1 && tally["undated"] as? Int == 0, "\(tally)")
    }
}

import Foundation
import TestSupport
import Testing

/// A rule that grows with the square of the store is stopped by its budget, with exit 2 and its
/// place, while the national pack on the same store is not.
@Suite struct RuleBudgetTests {
    /// The review's rule: for each talk, every talk of its conductor.
    static let runaway = """
        pack runaway { version "1" }
        rule same-day {
          article "细则"
          quote "示例"
          subject talk
          requires count([u for u in talks(conductor: talk.conductor) where u.held = talk.held]) < 1000000
          severity notice
          message zh "同日谈话过多" en "too many talks on one day"
        }
        """

    /// The sample, and `count` more talks of one conductor (copies of T2026-003 on other days).
    static func crowded(_ count: Int) throws -> Workspace {
        let w = try Workspace()
        let talks = (0..<count).map { i in
            let day = String(format: "2026-%02d-%02d", 1 + i % 10, 1 + i % 28)
            return """
                {"id": "T2026-B\(String(format: "%05d", i))", "conductor": "jd", "kind": "regular", \
                "organization": "qy", "talkee": "p-ye", "talker": "p-zhou", "held": "\(day)"}
                """
        }
        let document = w.file(
            "crowded.json",
            "{\"format\": \"supervision-talks/1\", \"talks\": [\(talks.joined(separator: ",\n"))]}")
        let run = try w.run("load", document)
        precondition(run.status == 0, run.stderr)
        return w
    }

    @Test func aQuadraticRuleIsStoppedAtItsPlace() throws {
        let w = try Self.crowded(2_000)
        let rules = w.file("runaway.rules", Self.runaway)
        // Nothing in the file itself is wrong: the rule is linear in a small store.
        #expect(try w.run("rules", "lint", rules).status == 0)
        for command in [["check"], ["report", "annual", "--conductor", "jd", "--year", "2026"]] {
            let run = try talks(["--db", w.db] + command + ["--as-of", "2026-11-21", "--rules", rules])
            #expect(run.status == 2, "\(command): \(run.status) \(run.stderr)")
            #expect(run.stderr.contains(rules + ":2:6: rule same-day stopped after reading more than"), "\(run.stderr)")
            #expect(run.stderr.contains("talks(plan: …)"))
        }
        // One talk explained reads its conductor's talks once: linear, and within the budget.
        #expect(try w.run("explain", "T2026-B00001", "--as-of", "2026-11-21", "--rules", rules).status == 0)
        let national = try w.run("check", "--as-of", "2026-11-21", "--format", "json")
        #expect(national.status == 1, "\(national.stderr)")
        let same = try w.run("check", "--as-of", "2026-11-21", "--rules", rules)
        let again = try w.run("check", "--as-of", "2026-11-21", "--rules", rules)
        #expect(same.stderr == again.stderr, "the outcome depends on nothing but the store and the rules")
    }

    /// A scope is judged for every subject as a rule is, and has the same budget. (A pack's scope
    /// narrows only its own rules, so the pack has one for it to narrow.)
    @Test func aQuadraticScopeIsStoppedAtItsPlace() throws {
        let w = try Self.crowded(2_000)
        let rules = w.file(
            "scope.rules",
            """
            pack scope { version "1" }
            scope talk when count([u for u in talks(conductor: talk.conductor) where u.held = talk.held]) < 1000000
            rule every-talk {
              article "省细则" quote "每次谈话" subject talk requires talk.record
              severity notice message zh "未形成谈话记录" en "no written record"
            }
            """)
        let run = try w.run("check", "--as-of", "2026-11-21", "--rules", rules)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains(rules + ":2:7: the scope of talk stopped after reading more than"), "\(run.stderr)")
    }

    /// Nested loops over a `define`, a membership test in a long list, a `let` looped over inside
    /// itself: the work that functions do not yield counts too, so none of them runs for minutes.
    @Test(arguments: [
        "count([x for x in a where count([y for y in a where count([z for z in a where count([w for w in a where w = z]) > 0]) > y]) > x]) >= 0",
        "count([x for x in a where count([y for y in a where x in a and y in a]) > 0]) >= 0",
    ])
    func nestedLoopsOverADefineAreStopped(_ condition: String) throws {
        let w = try Workspace()
        let numbers = (1...200).map(String.init).joined(separator: ", ")
        let rules = w.file(
            "nested.rules",
            """
            pack nested { version "1" }
            define a = [\(numbers)]
            rule nested {
              article "细则" quote "示例" subject talk
              requires \(condition)
              severity notice
              message zh "示例" en "example"
            }
            """)
        let start = Date()
        let run = try w.run("check", "--as-of", "2026-11-21", "--rules", rules)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains(rules + ":3:6: rule nested stopped after reading more than"), "\(run.stderr)")
        #expect(Date().timeIntervalSince(start) < 60, "it must stop long before it could finish")
    }

    /// A text doubled at each of forty `define`s or `let`s (16 TiB) is stopped by the budget, each
    /// byte joined an item, and a chain of defines each naming the one before twice is computed
    /// once a link, not twice the work at each (helper-206: `rules lint` passed, then `check` ran
    /// out of memory, "Fatal error", a stack trace and exit 134).
    @Test(arguments: [
        (
            "define d0 = \"xxxxxxxxxxxxxxxx\"", (1...40).map { "define d\($0) = d\($0 - 1) + d\($0 - 1)" }, [String](),
            "d40 = \"y\"", true
        ),
        ("define d0 = 1", (1...40).map { "define d\($0) = d\($0 - 1) + d\($0 - 1)" }, [], "d40 > 0", false),
        ("", [], ["let l0 = talk.id"] + (1...40).map { "let l\($0) = l\($0 - 1) + l\($0 - 1)" }, "l40 = \"y\"", true),
    ])
    func aTextDoubledAtEachLinkIsStoppedAndAChainIsComputedOnce(
        first: String, defines: [String], lets: [String], condition: String, stopped: Bool
    ) throws {
        let w = try Workspace()
        let rules = w.file(
            "doubling.rules",
            """
            pack doubling { version "1" }
            \(([first] + defines).joined(separator: "\n"))
            rule doubling {
              article "细则" quote "示例" subject talk
              \(lets.joined(separator: "\n  "))
              requires \(condition)
              severity notice
              message zh "示例" en "example"
            }
            """)
        #expect(try w.run("rules", "lint", "--rules", rules).status == 0)
        let start = Date()
        let run = try w.run("check", "--as-of", "2026-11-21", "--rules", rules)
        #expect(!run.stderr.contains("Fatal error"), "\(run.stderr)")
        if stopped {
            #expect(
                run.status == 2
                    && run.stderr.contains("rule doubling stopped: it joined with + a text longer than 1048576"),
                "\(run.stderr)"
            )
        } else {
            #expect(run.status != 2, "\(run.stderr)")
        }
        #expect(Date().timeIntervalSince(start) < 60, "it must stop long before it could finish")
    }

    /// A sum past what a number holds is null, not a number wrapped round (helper-207: 2⁶³ printed
    /// as a negative number, and 2⁷⁹ was 0, so `requires n79 = 0` was met).
    @Test func aSumPastANumbersRangeIsNull() throws {
        let w = try Workspace()
        let doubling = (1...79).map { "define n\($0) = n\($0 - 1) + n\($0 - 1)" }.joined(separator: "\n")
        let rules = w.file(
            "overflow.rules",
            """
            pack overflow { version "1" }
            define n0 = 1
            \(doubling)
            rule overflow {
              article "细则" quote "示例" subject talk
              requires n79 = 0 or n62 < 0
              severity notice
              message zh "溢出" en "overflowed"
            }
            """)
        let run = try w.run("check", "--as-of", "2026-11-21", "--rules", rules, "--format", "json")
        #expect(run.status != 2, "\(run.stderr)")
        // Neither holds: n79 is null, n62 the positive 2⁶²; so every talk has the finding.
        #expect(run.stdout.contains(#""rule": "overflow""#), "\(run.stdout.prefix(300))")
    }

    /// A list of lists is refused where it is written, and a message longer than a joined text may
    /// be stops its rule (helper-209: thirty levels of `[l0, l0]` took the machine's memory in
    /// `rules lint`; a 1 MiB define written twice in a message gave 2 MiB a finding).
    @Test func aListOfListsAndAMessageTooLongAreRefused() throws {
        let w = try Workspace()
        let lists = w.file(
            "lists.rules",
            """
            pack lists { version "1" }
            define l0 = ["x", "x"]
            define l1 = [l0, l0]
            """)
        let lint = try w.run("rules", "lint", "--rules", lists)
        #expect(
            lint.status == 2 && lint.stderr.contains("lists.rules:3:14: a list's items cannot be lists"),
            "\(lint.stderr)")
        let doubling = (1...16).map { "define d\($0) = d\($0 - 1) + d\($0 - 1)" }.joined(separator: "\n")
        let long = w.file(
            "long.rules",
            """
            pack long { version "1" }
            define d0 = "xxxxxxxxxxxxxxxx"
            \(doubling)
            rule long {
              article "细则" quote "示例" subject talk
              requires false
              severity notice
              message zh "{d16}{d16}" en "{d16}{d16}"
            }
            """)
        let run = try w.run("check", "--as-of", "2026-11-21", "--rules", long)
        #expect(run.status == 2 && run.stderr.contains("rule long stopped"), "\(run.stderr.prefix(300))")
    }

    /// Texts joined for each talk, a name and a constant, are work linear in the store, not an item
    /// a byte (helper-207: refused on a thousand talks, where the build before ran).
    @Test func aRuleJoiningTextsForEachTalkRunsOnALargeStore() throws {
        let w = try Self.crowded(1_000)
        let rules = w.file(
            "join.rules",
            """
            pack join { version "1" }
            define suffix = "开展了监督谈话，请核对谈话记录、整改措施和整改情况报告是否齐全，是否按时报送，是否抄送纪检机关和组织部门。" + "如有问题请及时补正，并在台账中注明。"
            rule joined {
              article "细则" quote "示例" subject talk
              let who = talk.conductor.name + "对" + talk.organization.name + "（" + talk.talkee.name + "）" + suffix
              requires who != ""
              severity notice
              message zh "示例" en "example"
            }
            """)
        let run = try w.run("check", "--as-of", "2026-11-21", "--rules", rules)
        #expect(run.status != 2, "\(run.stderr)")
    }

    /// `overdue` reads only the talks its rules can reach (the supervision talks here), but a
    /// rule's budget is the store's: a rule over too many of them stops there as in `check`, at
    /// the same count, the talks of other kinds included.
    @Test func aCommandReadingSomeTalksHasTheWholeStoresBudget() throws {
        let w = try Self.crowded(2_000)
        let appointments = (0..<500).map { i in
            """
            {"id": "T2026-A\(String(format: "%05d", i))", "conductor": "jd", "kind": "appointment", \
            "organization": "qy", "talkee": "p-ye", "talker": "p-zhou", "held": "2026-03-02"}
            """
        }
        let document = w.file(
            "appointments.json",
            "{\"format\": \"supervision-talks/1\", \"talks\": [\(appointments.joined(separator: ",\n"))]}")
        #expect(try w.run("load", document).status == 0)
        let rules = w.file(
            "deadline.rules",
            """
            pack runaway { version "1" }
            rule same-day-report {
              article "细则"
              quote "示例"
              subject talk
              applies talk.kind = regular
                and count([u for u in talks(conductor: talk.conductor) where u.kind = regular and u.held = talk.held]) < 1000000
              due deadline(talk.ended, 1 months)
              done talk.report.reported
              severity notice
              message zh "同日谈话过多" en "too many talks on one day"
            }
            """)
        var counts: [String] = []
        for command in ["check", "overdue"] {
            let run = try w.run(command, "--as-of", "2026-11-21", "--rules", rules)
            #expect(run.status == 2, "\(command): \(run.status) \(run.stderr)")
            #expect(run.stderr.contains(rules + ":2:6: rule same-day-report stopped after reading more than"))
            counts += run.stderr.matches(of: /× the (\d+) records of the store/).map { String($0.output.1) }
        }
        #expect(counts.count == 2 && counts[0] == counts[1], "\(counts)")
        #expect(
            counts.first.flatMap { Int($0) }.map { $0 > 2_500 } == true, "the 500 appointment talks count: \(counts)")
    }

    /// The same rule over a store where each conductor holds few talks stays within its budget:
    /// the bound follows the store, not a fixed count.
    @Test func theSameRuleOnASmallStoreRuns() throws {
        let w = try Workspace()
        let rules = w.file("runaway.rules", Self.runaway)
        let run = try w.run("check", "--as-of", "2026-11-21", "--rules", rules)
        #expect(run.status == 1, "\(run.stderr)")
    }

    /// The year's reports judge every outcome and explain again only those they show (a finding,
    /// an open deadline): the explaining run replaces the first in the budget, so a report never
    /// stops on a rule that `check` and a report explaining every outcome keep within it. Here each
    /// talk costs about 2,000 items and every outcome is an open deadline, so counting both runs
    /// (about 160,000) would pass the sample's budget of about 118,000.
    @Test func aReportCountsAnOutcomeItShowsOnce() throws {
        let w = try Workspace()
        let numbers = (1...1000).map(String.init).joined(separator: ", ")
        let rules = w.file(
            "open.rules",
            """
            pack open-items { version "1" }
            define a = [\(numbers)]
            rule far-off {
              article "细则" quote "示例" subject talk
              applies count([x for x in a where x < 0]) = 0
              due     deadline(talk.ended, 5 years)
              done    null
              severity notice
              message zh "五年内办结" en "done within five years"
            }
            """)
        for command in [
            ["check"], ["report", "annual", "--conductor", "jd", "--year", "2026"],
            ["report", "rollup", "--under", "jd", "--year", "2026"],
        ] {
            let run = try w.run(["--lang", "en"] + command + ["--as-of", "2026-11-21", "--rules", rules])
            #expect(run.status != 2, "\(command): \(run.stderr)")
        }
    }

    /// Nor does a report count a message it does not write: each met outcome's message here would
    /// cost 4,000 items, past the sample's budget over its talks, but only findings are written.
    @Test func aReportCountsNoMessageItDoesNotWrite() throws {
        let w = try Workspace()
        let numbers = (1...2000).map(String.init).joined(separator: ", ")
        let rules = w.file(
            "wordy.rules",
            """
            pack wordy { version "1" }
            define a = [\(numbers)]
            rule wordy {
              article "细则" quote "示例" subject talk
              requires talk.record
              severity notice
              message zh "{count([x for x in a where x > 0])}" en "{count([x for x in a where x > 0])}"
            }
            """)
        for command in [["check"], ["report", "annual", "--conductor", "jd", "--year", "2026"]] {
            let run = try w.run(["--lang", "en"] + command + ["--as-of", "2026-11-21", "--rules", rules])
            #expect(run.status != 2, "\(command): \(run.stderr)")
        }
    }

    /// A document counts the messages it writes as `check` does: a roll-up in Markdown writes its
    /// items' messages, so a message that reads, for each talk, its conductor's every talk is
    /// stopped there as in `check` (an outside review found a roll-up that wrote no message let it
    /// pass).
    @Test func aDocumentCountsTheMessagesItWritesAsCheckDoes() throws {
        let w = try Self.crowded(2_000)
        let rules = w.file(
            "chatty.rules",
            """
            pack chatty { version "1" }
            rule chatty {
              article "细则" quote "示例" subject talk
              requires talk.held < 2000-01-01
              severity notice
              message zh "{count([u for u in talks(conductor: talk.conductor) where u.held = talk.held])}"
                      en "{count([u for u in talks(conductor: talk.conductor) where u.held = talk.held])}"
            }
            """)
        for command in [
            ["check"], ["report", "rollup", "--under", "jd", "--year", "2026", "--format", "markdown"],
            ["report", "rollup", "--under", "jd", "--year", "2026", "--format", "html"],
            ["report", "annual", "--conductor", "jd", "--year", "2026"],
        ] {
            let run = try w.run(command + ["--as-of", "2026-11-21", "--rules", rules])
            #expect(run.status == 2, "\(command): \(run.status)")
            #expect(run.stderr.contains(rules + ":2:6: rule chatty stopped"), "\(command): \(run.stderr)")
        }
    }

    /// A rule that a local pack replaces, and that spends its budget in the pack's form, is named at
    /// the pack's place, not the national rule's.
    @Test func aReplacedRuleIsNamedWhereThePackReplacesIt() throws {
        let w = try Self.crowded(2_000)
        let rules = w.file(
            "replacing.rules",
            """
            pack replacing { version "1" effective 2026-01-01 }
            replace rule record {
              article "细则" quote "示例" subject talk
              requires count([u for u in talks(conductor: talk.conductor) where u.held = talk.held]) < 1000000
              severity notice
              message zh "同日谈话过多" en "too many talks on one day"
            }
            """)
        for command in [["check"], ["report", "annual", "--conductor", "jd", "--year", "2026"]] {
            let run = try w.run(command + ["--as-of", "2026-11-21", "--rules", rules])
            #expect(run.status == 2, "\(command): \(run.status)")
            #expect(run.stderr.contains(rules + ":2:14: rule record stopped"), "\(command): \(run.stderr)")
        }
    }
}

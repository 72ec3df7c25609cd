import TalkModel
import Testing

@testable import TalkRules

/// The reports find their rules by the role the rule file gives them (`report` clauses).
@Suite struct ReportRoleTests {
    @Test func theNationalPackGivesEveryRoleItsRule() throws {
        let rules = try nationalPack()
        let expected: [ReportRole: Set<String>] = [
            .measures: ["measures-deadline"], .rectification: ["report-deadline"], .archive: ["archive"],
            .plan: ["plan-deadline"], .coverage: ["term-coverage"], .trigger: ["timely-followup"],
            .accountability: ["rectification-accountability", "untruthful-report"],
            .committeeFailure: ["timely-followup", "talker-leadership", "talker-secretary", "individual-format"],
        ]
        for role in ReportRole.allCases {
            #expect(Set(rules.rules(playing: role)) == expected[role], "\(role)")
        }
    }

    @Test func aPackThatLeavesAReportWithoutItsRuleIsRefusedWhereItDoes() throws {
        let found = try problems("pack p { version \"1\" }\ndisable measures-deadline\n")
        #expect(found.map(\.location) == ["local.rules:2:9"], "\(found)")
        #expect(found.first?.message.en.contains("report measures") == true, "\(found)")
        let replaced = try problems(
            """
            pack p { version "1" }
            replace rule report-deadline {
              article "细则第一条"
              quote "示例"
              subject talk
              requires true
              severity notice
              message zh "x" en "x"
            }
            """)
        #expect(replaced.map(\.location) == ["local.rules:2:14"], "\(replaced)")
    }

    @Test func anotherRuleMayTakeTheRole() throws {
        let found = try problems(
            """
            pack p { version "1" }
            disable plan-deadline
            rule province-plan {
              article "细则第五条"
              quote "示例"
              subject plan
              report  plan
              due     plan.due
              done    min([t.ended for t in talks(plan: plan)])
              severity notice
              message zh "x" en "x"
            }
            """)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func anUnknownRoleIsRefusedWithAHint() throws {
        let found = try problems(
            """
            pack p { version "1" }
            rule r {
              article "细则第五条"
              quote "示例"
              subject talk
              report  measurse
              requires true
              severity notice
              message zh "x" en "x"
            }
            """)
        #expect(found.map(\.location) == ["local.rules:6:11"], "\(found)")
        #expect(found.first?.message.en.contains("did you mean \"measures\"") == true, "\(found)")
    }
}

/// What each role needs of its rule (`ReportRole.needs`), checked when a pack loads.
@Suite struct ReportRoleNeedsTests {
    /// A rule whose `report` clause sits at `local.rules:3:11`, judging `subject`, written as a
    /// deadline rule or a condition rule.
    static func pack(_ head: String = "rule x1 {", report: String, subject: Subject, deadline: Bool) -> String {
        """
        pack p { version "1" }
        \(head)
          report  \(report)
          article "细则第一条"
          quote   "示例"
          subject \(subject.rawValue)
          \(deadline ? "due as-of\n  done null" : "requires true")
          severity notice
          message zh "x" en "x"
        }
        """
    }

    /// The national rule that plays a role, for the roles one rule plays.
    static func nationalPlayer(_ role: ReportRole) throws -> String {
        try #require(nationalPack().rules(playing: role).first)
    }

    @Test func theRolesThatCountDeadlinesNeedDeadlineRules() {
        #expect(
            ReportRole.allCases.filter { $0.needs.shape == .deadline } == [.measures, .rectification, .plan, .trigger])
        #expect(
            ReportRole.allCases.filter { $0.needs.single } == [
                .measures, .rectification, .archive, .plan, .coverage, .trigger,
            ])
    }

    @Test(arguments: ReportRole.allCases)
    func aRuleOfAnotherSubjectIsRefusedAtItsRole(_ role: ReportRole) throws {
        let subject = try #require(Subject.allCases.first { !role.needs.subjects.contains($0) })
        let found = try problems(
            Self.pack(report: role.rawValue, subject: subject, deadline: role.needs.shape != .condition))
        let refusal = found.first { $0.message.en.contains("needs a rule whose subject is") }
        #expect(refusal?.location == "local.rules:3:11", "\(found)")
        #expect(refusal?.message.zh.contains("report \(role.rawValue) 只能用于对象为") == true, "\(found)")
    }

    @Test(arguments: ReportRole.allCases.filter { $0.needs.shape != nil })
    func aRuleOfTheWrongShapeIsRefusedAtItsRole(_ role: ReportRole) throws {
        let national = try Self.nationalPlayer(role)
        let subject = try #require(role.needs.subjects.first)
        let found = try problems(
            Self.pack(
                "replace rule \(national) {", report: role.rawValue, subject: subject,
                deadline: role.needs.shape == .condition))
        #expect(found.map(\.location) == ["local.rules:3:11"], "\(found)")
        let expected = role.needs.shape == .deadline ? "counts deadlines" : "counts met and not met"
        #expect(found.first?.message.en.contains(expected) == true, "\(found)")
        #expect(found.first?.message.zh.contains("report \(role.rawValue) 统计") == true, "\(found)")
    }

    @Test(arguments: ReportRole.allCases.filter(\.needs.single))
    func aRuleOfTheRightSubjectAndShapeMayReplaceTheNationalOne(_ role: ReportRole) throws {
        let national = try Self.nationalPlayer(role)
        let subject = try #require(role.needs.subjects.first)
        let found = try problems(
            Self.pack(
                "replace rule \(national) {", report: role.rawValue, subject: subject,
                deadline: role.needs.shape != .condition))
        #expect(found.isEmpty, "\(found)")
    }

    @Test(arguments: ReportRole.allCases.filter(\.needs.single))
    func aSecondRuleForARoleOneRulePlaysIsRefusedNamingTheFirst(_ role: ReportRole) throws {
        let national = try Self.nationalPlayer(role)
        let subject = try #require(role.needs.subjects.first)
        let found = try problems(
            Self.pack(report: role.rawValue, subject: subject, deadline: role.needs.shape != .condition))
        #expect(found.map(\.location) == ["local.rules:3:11"], "\(found)")
        let message = try #require(found.first?.message)
        #expect(message.en.contains("is already played by rule \(national) ("), "\(message.en)")
        #expect(message.en.contains("cn-national-2026.rules:"), "\(message.en)")
        #expect(message.zh.contains("已由规则 \(national)（"), "\(message.zh)")
    }

    @Test func rolesThatListFlagsTakeManyRules() throws {
        #expect(try problems(Self.pack(report: "accountability", subject: .talk, deadline: false)).isEmpty)
        #expect(try problems(Self.pack(report: "committee-failure", subject: .trigger, deadline: false)).isEmpty)
    }

    @Test func aRoleNamedTwiceOrTwoTalliesOnOneRuleAreRefused() throws {
        let twice = try problems(Self.pack(report: "accountability, accountability", subject: .talk, deadline: false))
        #expect(twice.map(\.location) == ["local.rules:3:27"], "\(twice)")
        #expect(twice.first?.message.en.contains("`report accountability` is given twice") == true, "\(twice)")
        let both = try problems(
            Self.pack(
                "disable measures-deadline\ndisable report-deadline\nrule x1 {", report: "measures, rectification",
                subject: .talk, deadline: true))
        #expect(both.map(\.location) == ["local.rules:5:21"], "\(both)")
        #expect(both.first?.message.en.contains("counted in one tally") == true, "\(both)")
    }

    @Test func aPlanRuleAddedInTheYearAPackTakesEffectMustReplaceTheNationalOne() throws {
        let dated = #"pack p { version "1" effective 2026-06-01 }"#
        let added = Self.pack(
            "disable plan-deadline\nrule province-plan {", report: "plan", subject: .plan, deadline: true
        )
        .replacingOccurrences(of: #"pack p { version "1" }"#, with: dated)
        let found = try problems(added)
        #expect(found.map(\.location) == ["local.rules:4:11"], "\(found)")
        #expect(found.first?.message.en.contains("plan items of 2026") == true, "\(found)")
        let replaced = Self.pack("replace rule plan-deadline {", report: "plan", subject: .plan, deadline: true)
            .replacingOccurrences(of: #"pack p { version "1" }"#, with: dated)
        #expect(try problems(replaced).isEmpty)
    }
}

/// With packs stacked (`--rules A --rules B`), the refusal names the statement that removed a
/// role's last rule, in its own file, on every day a pack takes effect.
@Suite struct StackedPackRoleTests {
    func problems(_ a: String, _ b: String) throws -> [Problem] {
        do {
            _ = try nationalPack(extra: [pack(a, name: "a.rules"), pack(b, name: "b.rules")])
            return []
        } catch let error as InputError {
            return error.problems
        }
    }

    static let x1 = """
        rule x1 {
          report  measures
          article "细则第一条"
          quote   "示例"
          subject talk
          due     deadline(talk.ended, measures-period)
          done    talk.measures.reported
          severity violation
          message zh "x" en "x"
        }
        """

    @Test func theLaterPackThatSwitchesOffTheLastPlayerIsNamed() throws {
        let a = "pack a { version \"1\" effective 2026-06-01 }\n\(Self.x1)\ndisable measures-deadline\n"
        let found = try problems(a, "pack b { version \"1\" effective 2026-07-01 }\ndisable x1\n")
        #expect(found.map(\.location) == ["b.rules:2:9"], "\(found)")
        #expect(found.first?.message.en.contains("rule x1 plays `report measures`") == true, "\(found)")
    }

    @Test func theLaterPackThatReplacesWithoutTheRoleIsNamed() throws {
        let a =
            "pack a { version \"1\" }\nreplace \(Self.x1.replacingOccurrences(of: "rule x1", with: "rule measures-deadline"))\n"
        let b =
            "pack b { version \"1\" }\nreplace "
            + Self.x1.replacingOccurrences(of: "rule x1", with: "rule measures-deadline")
            .replacingOccurrences(of: "  report  measures\n", with: "")
        let found = try problems(a, b)
        #expect(found.map(\.location) == ["b.rules:2:14"], "\(found)")
    }

    @Test func aDayWithoutThePlayerIsRefusedThoughTheLastDayHasOne() throws {
        // a adds x1 from July; b switches the national rule off from June: June has no measures rule.
        let a = "pack a { version \"1\" effective 2026-07-01 }\n\(Self.x1)\n"
        let found = try problems(a, "pack b { version \"1\" effective 2026-06-01 }\ndisable measures-deadline\n")
        #expect(found.map(\.location) == ["b.rules:2:9"], "\(found)")
    }
}

/// A `report` clause with nothing where a role belongs gives one problem, there, and the rule's
/// next clause is read as written.
@Suite struct EmptyReportClauseTests {
    @Test(arguments: [
        ("report", "local.rules:3:3", "names no role"),
        ("report accountability,", "local.rules:3:24", "no role follows this comma"),
    ])
    func oneProblemWhereTheRoleIsMissing(_ clause: String, _ location: String, _ message: String) throws {
        let found = try problems(
            """
            pack p { version "1" }
            rule x1 {
              \(clause)
              article "细则第一条"
              quote   "示例"
              subject talk
              requires true
              severity notice
              message zh "x" en "x"
            }
            """)
        #expect(found.map(\.location) == [location], "\(found)")
        #expect(found.first?.message.en.contains(message) == true, "\(found)")
    }
}

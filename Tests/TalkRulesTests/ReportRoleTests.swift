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
            .committeeFailure: ["timely-followup", "talker-leadership", "talker-secretary"],
        ]
        for role in ReportRole.allCases {
            #expect(rules.rules(playing: role) == expected[role], "\(role)")
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
              requires true
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

import TalkModel
import Testing

@testable import TalkRules

/// The compiler records which of a talk's lists, and whether a trigger's note, each rule, scope and
/// define reads, so a command judging some rules reads only those from the store (`RuleSet.reads`).
@Suite struct RecordReadTests {
    @Test func theNationalDeadlineAndCoverageRulesReadOnlyTheListsTheyUse() throws {
        let rules = try nationalPack()
        // Archiving is judged on the departments copied to; no other deadline reads a list.
        #expect(rules.reads(\.isDeadline) == RecordReads(whole: [.copiedTo], talks: [.regular, .timely]))
        #expect(rules.reads(CoverageReport.judges(rules)).isEmpty)
        // It asks only whether a talk has problems: their texts are not read.
        #expect(
            rules.reads { $0.id == "problems-pointed-out" }
                == RecordReads(counted: [.problem], talks: [.regular, .timely]))
        #expect(rules.reads { $0.id == "steps" } == RecordReads(whole: [.step], talks: [.regular]))
    }

    /// No national rule reads a trigger's note (confidential): `check`, `overdue` and the reports
    /// leave it in the store. A local rule reading it, in its condition or through a scope, has it read.
    @Test func aTriggersNoteIsReadOnlyForARuleReadingIt() throws {
        #expect(try !nationalPack().reads { _ in true }.triggerNotes)
        let rules = try nationalPack(extra: [
            pack(
                """
                pack province { version "1" }
                rule noted {
                  article "细则" quote "示例" subject trigger
                  applies trigger.note != null
                  requires trigger.on >= date(2020, 01-01)
                  severity notice
                  message zh "x" en "x"
                }
                """, name: "province.rules"),
            pack(
                """
                pack city { version "1" }
                scope trigger when trigger.note = null
                """, name: "city.rules"),
        ])
        #expect(rules.reads { $0.id == "noted" } == RecordReads(triggerNotes: true, talks: []))
        #expect(rules.reads { _ in false } == RecordReads(triggerNotes: true, talks: []))
    }

    @Test func aListReadThroughADefineOrAScopeCounts() throws {
        let rules = try nationalPack(extra: [
            pack(
                """
                pack province { version "1" }
                define nobody-took-part = []
                scope talk when talk.participants != nobody-took-part
                rule asked-for-requirements {
                  article "细则"
                  quote "示例"
                  subject talk
                  applies not empty(talk.requirements)
                  due deadline(talk.ended, 1 months)
                  done talk.measures.reported
                  severity notice
                  message zh "x" en "x"
                }
                """)
        ])
        // The scope reads the participants for every rule of its pack; the rule its requirements.
        #expect(
            rules.reads { $0.id == "asked-for-requirements" }
                == RecordReads(whole: [.participant], counted: [.requirement]))
        #expect(rules.reads { _ in false } == RecordReads(whole: [.participant], talks: []))
    }

    /// Only `empty` and `count` of the list itself leave its texts unread; any other read of them
    /// (a comprehension, a `let`, a membership test), in any rule judged, reads them whole.
    @Test func aListOfTextsIsOnlyCountedWhenNothingElseReadsIt() throws {
        func reads(_ conditions: [String]) throws -> RecordReads {
            let rules = try nationalPack(extra: [
                pack(
                    "pack province { version \"1\" }\n"
                        + conditions.enumerated().map { n, condition in
                            """
                            rule local-\(n) {
                              article "细则" quote "示例" subject talk
                              requires \(condition)
                              severity notice
                              message zh "x" en "x"
                            }
                            """
                        }.joined(separator: "\n"))
            ])
            return rules.reads { $0.id.hasPrefix("local-") }
        }
        #expect(try reads(["count(talk.problems) < 3"]) == RecordReads(counted: [.problem]))
        #expect(try reads(["empty(talk.requirements)"]) == RecordReads(counted: [.requirement]))
        let whole = RecordReads(whole: [.problem])
        #expect(try reads(["count([p for p in talk.problems where p = \"x\"]) = 0"]) == whole)
        #expect(try reads(["\"x\" in talk.problems"]) == whole)
        #expect(try reads(["empty(talk.problems)", "not (\"x\" in talk.problems)"]) == whole)
        #expect(try reads(["not (\"x\" in talk.problems)", "empty(talk.problems)"]) == whole)
        // Only a chain of fields from a name: what else the argument reads may be the texts
        // themselves (an outside review).
        #expect(
            try reads(["empty((if \"x\" in talk.problems then talk else null).requirements)"])
                == RecordReads(whole: [.problem, .requirement]))
        #expect(
            try reads([
                "count((if count([r for r in talk.requirements where r = \"x\"]) > 0 then talk else null).problems) = 0"
            ]) == RecordReads(whole: [.problem, .requirement]))
        #expect(
            try reads(["count([t for t in talks(organization: talk.organization) where empty(t.problems)]) > 0"])
                == RecordReads(counted: [.problem]))
    }

    /// A talk no rule judged can reach is not read: the talk rules' `applies` and the filters of
    /// the comprehensions over `talks(…)` say which kinds of talk they reach, and anything they
    /// cannot tell apart (an `or`, a `not`, `talks(…)` counted whole) reaches every talk.
    @Test func onlyTheKindsOfTalkTheRulesReachAreRead() throws {
        let national = try nationalPack()
        #expect(national.reads(\.isDeadline).talks == [.regular, .timely])
        #expect(national.reads(CoverageReport.judges(national)).talks == [.regular])
        // `out-of-scope` gives a notice for every talk of another kind: `check` reads them all.
        #expect(national.reads { _ in true }.talks == Set(TalkKind.allCases))
        #expect(national.reads { _ in false }.talks == [])

        func kinds(
            subject: String = "talk", lets: String = "", applies: String = "true", requires: String = "true"
        ) throws -> Set<TalkKind> {
            let rules = try nationalPack(extra: [
                pack(
                    """
                    pack province { version "1" }
                    define admonished = [admonishment]
                    rule local {
                      article "细则" quote "示例" subject \(subject)
                      \(lets)
                      applies \(applies)
                      requires \(requires)
                      severity notice
                      message zh "x" en "x"
                    }
                    """)
            ])
            return rules.reads { $0.id == "local" }.talks
        }
        #expect(try kinds(applies: "talk.kind = appointment") == [.appointment])
        #expect(try kinds(applies: "appointment = talk.kind and talk.record") == [.appointment])
        #expect(try kinds(applies: "talk.kind in admonished") == [.admonishment])
        #expect(try kinds(applies: "talk.kind in [regular, timely] and talk.kind != timely") == [.regular, .timely])
        #expect(try kinds(applies: "talk.kind in [regular, timely] and talk.kind = \"timely\"") == [.timely])
        #expect(try kinds(applies: "talk.kind = regular or talk.kind = appointment") == Set(TalkKind.allCases))
        #expect(try kinds(applies: "not (talk.kind = regular)") == Set(TalkKind.allCases))
        #expect(try kinds() == Set(TalkKind.allCases))
        // A `let` is what its name means in the rule, whatever a define or a word of that name
        // says (an outside review: a province's `let supervision-kinds = [regular, timely,
        // appointment]` read as the national define dropped its appointment talks from `overdue`).
        let every = Set(TalkKind.allCases)
        #expect(try kinds(lets: "let admonished = [appointment]", applies: "talk.kind in admonished") == every)
        #expect(try kinds(lets: "let appointment = admonishment", applies: "talk.kind = appointment") == every)
        #expect(
            try kinds(
                lets: "let supervision-kinds = [regular, timely, appointment]",
                applies: "talk.kind in supervision-kinds")
                == every)
        // What a talk rule's comprehension reaches is read beside the talks it applies to.
        #expect(
            try kinds(
                applies: "talk.kind = regular",
                requires:
                    "exists([t for t in talks(organization: talk.organization) where t.kind in [timely, appointment]])")
                == [.regular, .timely, .appointment])
        #expect(
            try kinds(applies: "talk.kind = regular", requires: "count(talks(organization: talk.organization)) > 1")
                == Set(TalkKind.allCases))
        #expect(
            try kinds(
                applies: "talk.kind = regular",
                requires:
                    "exists([t for t in talks(organization: talk.organization) where t.kind = regular or t.record])")
                == Set(TalkKind.allCases))
        // A rule on another subject reads the talks its comprehensions reach, and only those.
        #expect(try kinds(subject: "plan") == [])
        #expect(
            try kinds(
                subject: "plan", requires: "exists([t for t in talks(plan: plan) where t.record and t.kind = regular])")
                == [.regular])
        #expect(try kinds(subject: "trigger", requires: "exists(talks(trigger: trigger))") == Set(TalkKind.allCases))
    }
}

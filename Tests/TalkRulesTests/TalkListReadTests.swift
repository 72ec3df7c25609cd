import TalkModel
import Testing

@testable import TalkRules

/// The compiler records which of a talk's lists each rule, scope and define reads, so a command
/// judging some rules reads only those lists from the store (`RuleSet.talkLists`).
@Suite struct TalkListReadTests {
    @Test func theNationalDeadlineAndCoverageRulesReadOnlyTheListsTheyUse() throws {
        let rules = try nationalPack()
        // Archiving is judged on the departments copied to; no other deadline reads a list.
        #expect(rules.talkLists(\.isDeadline) == [.copiedTo])
        #expect(rules.talkLists(CoverageReport.judges(rules)).isEmpty)
        #expect(rules.talkLists { $0.id == "problems-pointed-out" } == [.problem])
        #expect(rules.talkLists { $0.id == "steps" } == [.step])
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
        #expect(rules.talkLists { $0.id == "asked-for-requirements" } == [.participant, .requirement])
        #expect(rules.talkLists { _ in false } == [.participant])
    }
}

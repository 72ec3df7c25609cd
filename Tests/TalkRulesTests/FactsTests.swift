import TalkModel
import Testing

@testable import TalkRules

/// The indexes are built on every core; what they say of a damaged store must not depend on it.
@Suite struct FactsTests {
    /// References naming no record, reported in one order (organizations, appointments, terms,
    /// then talks', plan items' and triggers' fields one field at a time), the first five, each
    /// with its owner; a talk without a plan item or a plan item without a talker is no error,
    /// one naming a plan item or a talker that is not stored is (helper-159: read as naming none).
    @Test func referencesNamingNothingAreReportedInOneOrder() {
        let day = CivilDate("2026-03-02")!
        var d = Dataset()
        d.organizations = [Organization(id: "a", name: "甲", kind: .localCommittee, level: .city, parent: "gone")]
        d.people = [Person(id: "p", name: "张")]
        d.terms = [Term(organization: "lost", from: day, to: CivilDate("2030-03-01")!)]
        d.talks = [
            Talk(
                id: "T1", conductor: "x", kind: .regular, organization: "a", talkee: "q", talker: "p", held: day,
                ended: day),
            Talk(
                id: "T2", conductor: "a", kind: .regular, organization: "a", talkee: "p", talker: "p", held: day,
                ended: day),
        ]
        d.talks[1].plan = "P-none"
        d.plans = [Plan(id: "P1", conductor: "y", year: 2026, organization: "a", talker: "nobody")]
        d.triggers = [Trigger(id: "G1", organization: "z", kind: .petitions, on: day)]
        let facts = Facts(d)
        #expect(
            facts.unresolved == [
                "organization a: organization \"gone\"", "term 2026-03-02: organization \"lost\"",
                "talk T1: organization \"x\"", "talk T1: person \"q\"", "plan P1: organization \"y\"",
            ])
        #expect(
            Array(facts.talkConductor) == [-1, 0] && Array(facts.talkTalkee) == [-1, 0]
                && Array(facts.talkPlan) == [-1, -1])
        #expect(facts.planTalker.optional(0) == nil && facts.talksByConductor.map(Array.init) == [[1]])
        #expect(facts.talksByOrganization.map(Array.init) == [[0, 1]])

        d.organizations.append(Organization(id: "z", name: "乙", kind: .partyGroup, level: .city))
        d.triggers.append(Trigger(id: "G2", organization: "none", kind: .petitions, on: day))
        d.organizations[0].parent = nil
        d.terms = []
        d.talks.removeFirst()
        d.plans = []
        #expect(Facts(d).unresolved == ["trigger G2: organization \"none\"", "talk T2: plan \"P-none\""])
        d.talks[0].plan = nil
        #expect(Facts(d).unresolved == ["trigger G2: organization \"none\""])
    }
}

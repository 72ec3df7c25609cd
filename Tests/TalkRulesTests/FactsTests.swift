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
            facts.damage == [
                "organization a, parent: organization \"gone\" is not stored",
                "term 2026-03-02: organization \"lost\" is not stored", "talk T1: organization \"x\" is not stored",
                "talk T1: person \"q\" is not stored", "plan P1: organization \"y\" is not stored",
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
        #expect(
            Facts(d).damage == [
                "trigger G2: organization \"none\" is not stored", "talk T2: plan \"P-none\" is not stored",
            ])
        d.talks[0].plan = nil
        #expect(Facts(d).damage == ["trigger G2: organization \"none\" is not stored"])
        // A former parent names its field with its last day.
        d.organizations[0].formerParents = [FormerParent(parent: "old", until: day)]
        #expect(
            Facts(d).damage.first
                == "organization a, former parent until 2026-03-02: organization \"old\" is not stored")
    }

    /// Parents forming a loop on any day are damage (helper-167: `report rollup` walked one
    /// without end), each loop told once, from its first member by id, with the days it holds
    /// (helper-168: "from" a day said nothing of its end); a tree whose parents change without a
    /// loop is none; former parents' last days out of order are damage too.
    @Test(
        arguments: [
            // No loop: b moves from a to c on 2026-03-01, c was and stays under a.
            ([("a", nil, []), ("b", "c", [("a", "2026-02-28")]), ("c", "a", [])], []),
            ([("a", "a", [])], ["organization a: its parents form a loop: a → a"]),
            (
                [("a", "c", []), ("b", "a", []), ("c", "b", []), ("d", "c", [])],
                ["organization a: its parents form a loop: a → c → b → a"]
            ),
            // From the day after a former parent's last day, by either member moved that day, once.
            (
                [("a", "b", [(nil, "2026-02-28")]), ("b", "a", [("r", "2026-02-28")]), ("r", nil, [])],
                ["organization a: its parents form a loop from 2026-03-01: a → b → a"]
            ),
            // A loop of the first day broken later is told once, to its last day; an organization
            // below it moving meanwhile makes no loop of its own.
            (
                [("a", "r", [("b", "2026-05-31")]), ("b", "a", []), ("c", "b", [("r", "2026-04-30")]), ("r", nil, [])],
                ["organization a: its parents form a loop until 2026-05-31: a → b → a"]
            ),
            // A loop on one day only, between two moves; one between two days.
            (
                [("a", "r", [("r", "2026-01-31"), ("b", "2026-02-01")]), ("b", "a", []), ("r", nil, [])],
                ["organization a: its parents form a loop on 2026-02-01: a → b → a"]
            ),
            (
                [("a", "r", [(nil, "2026-02-28"), ("b", "2026-05-31")]), ("b", "a", []), ("r", nil, [])],
                ["organization a: its parents form a loop from 2026-03-01 to 2026-05-31: a → b → a"]
            ),
            (
                [("a", "r", [(nil, "2026-05-31"), ("r", "2026-02-28")]), ("r", nil, [])],
                ["organization a, former parent until 2026-02-28: not after the previous parent's last day 2026-05-31"]
            ),
        ] as [([(String, String?, [(String?, String)])], [String])])
    func loopsOfParentsAndFormerParentsOutOfOrderAreDamage(
        _ tree: [(String, String?, [(String?, String)])], _ told: [String]
    ) {
        var d = Dataset()
        d.organizations = tree.map { id, parent, former in
            var o = Organization(id: id, name: id, kind: .localCommittee, level: .city, parent: parent)
            o.formerParents = former.map { FormerParent(parent: $0.0, until: CivilDate($0.1)!) }
            return o
        }
        #expect(Facts(d).damage == told)
    }
}

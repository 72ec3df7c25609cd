import TalkModel

/// The clerk's work list (`talks overdue`): the deadline items that are overdue or due within a
/// window of the as-of date, grouped by the committee that owes them, each naming who and what.
public struct WorkList: Sendable {
    /// Which items to keep (`--conductor`, `--below`, `--organization`, `--within`).
    public struct Filter: Sendable {
        public var conductor: String?
        /// With `conductor`: also the committees below it.
        public var below: Bool
        public var organization: String?
        /// Items due within this many days of as-of; nil: the pack's `due-soon-window`.
        public var within: Int?

        public init(conductor: String? = nil, below: Bool = false, organization: String? = nil, within: Int? = nil) {
            self.conductor = conductor
            self.below = below
            self.organization = organization
            self.within = within
        }
    }

    /// One thing to chase: a deadline finding with the names a reader needs, looked up when
    /// asked (a sheet or JSON of the list shows neither: 5 % of `overdue`'s time at national scale).
    public struct Item: Sendable {
        public let finding: Finding
        /// Days from as-of to the due date: negative when overdue, 0 when due today.
        public let daysLeft: Int
        private let facts: Facts
        private let asOf: CivilDate

        init(_ finding: Finding, _ facts: Facts, _ asOf: CivilDate) {
            self.finding = finding
            self.facts = facts
            self.asOf = asOf
            daysLeft = asOf.days(to: finding.due!)
        }

        /// The lower-level organization's name, when there is one.
        public var organizationName: String? { organization.map { facts.organizations[$0].name } }

        /// Whether that organization was dissolved before the as-of day: the table marks it, so a
        /// namesake set up after it is told apart (helper-210: two 江州市委 rows).
        public var organizationDissolved: Bool {
            organization.flatMap { facts.organizations[$0].dissolved(before: asOf) } != nil
        }

        /// The person concerned, when there is one: the talkee of a talk; for a plan item or a
        /// trigger, whoever led the organization then (the trigger's day) or now (a talk still to hold).
        public var person: String? {
            let person: Int? =
                switch finding.subjectType {
                case .talk: facts.talkTalkee[finding.subjectIndex]
                case .trigger:
                    facts.trigger(finding.subjectID).flatMap { trigger in
                        organization.flatMap { facts.holders(of: $0, roles: [.secretary], on: trigger.on).first }
                    }
                case .plan, .organization:
                    organization.flatMap { facts.holders(of: $0, roles: [.secretary], on: asOf).first }
                }
            return person.map { facts.people[$0].name }
        }

        private var organization: Int? { finding.organization.flatMap { facts.organizationIndex[$0] } }
    }

    /// One committee's items, most overdue first, then those still to come.
    public struct Group: Sendable {
        public let conductor: String
        public let name: String
        /// The last day of a committee dissolved before the as-of day, which still owes its items
        /// (helper-207: named as if it were at work).
        public let dissolved: CivilDate?
        public let items: [Item]

        public func count(_ severity: Severity) -> Int { items.count { $0.finding.severity == severity } }
        public var overdue: Int { items.count { $0.daysLeft < 0 } }
        /// Items due within the pack's `due-soon-window`, or within `--within`'s days in its place.
        public var dueSoon: Int { items.count { $0.finding.status == .dueSoon } }
    }

    public let groups: [Group]
    /// The listed findings in the list's order, with the as-of date, packs and provisional years:
    /// what the JSON and CSV forms write.
    public let result: CheckResult

    public var asOf: CivilDate { result.asOf }

    /// Every item, in the order the groups list them.
    public var items: [Item] { groups.flatMap(\.items) }

    /// The rules a work list judges: the deadline rules (the store reads only what they read).
    public static func judges(_ rules: RuleSet) -> (Rule) -> Bool { { $0.isDeadline } }

    /// Judges the deadline rules at `asOf` for the subjects the filter can concern. `detail`: how
    /// much of each listed item is written (`described` when no explanation is shown: only JSON
    /// shows it).
    public init(engine: Engine, asOf: CivilDate, filter: Filter, detail: Engine.Detail = .explained) throws(InputError)
    {
        let facts = engine.facts
        var conductors: Set<Int>?
        if let root = filter.conductor.flatMap({ facts.organizationIndex[$0] }) {
            // The committees below it on as-of, and those dissolved below it before: the tree has
            // history, and a committee gone still owes what it left undone.
            conductors = Set(
                [root] + (filter.below ? facts.below(root, on: asOf, withDissolvedIn: nil) : []))
        }
        let organization = filter.organization.flatMap { facts.organizationIndex[$0] }
        // Subjects are chosen before they are judged, so a filtered list of a national store costs
        // what its own records cost.
        let subjects = { (subject: Subject, index: Int) -> Bool in
            let (owner, lower) = Self.owners(subject, index, facts, asOf)
            return (conductors.map { owner.map($0.contains) ?? false } ?? true)
                && (organization.map { $0 == lower } ?? true)
        }
        // `--within` takes the pack's window's place: what is due within its days is due soon, a
        // finding of a severity a grade lower, as the pack's window makes it (helper-264: listed as
        // `open`, of no severity and no message, against `spec/cli.md`'s "overdue or due-soon").
        let judging =
            filter.within.map {
                Engine(rules: engine.rules.dueSoon(within: Period($0, .days)), facts: facts, language: engine.language)
            } ?? engine
        let result = try judging.check(
            asOf: asOf, rules: Self.judges(engine.rules), subjects: subjects, detail: detail, undoneOnly: true)
        // The findings are read in place and only the listed ones copied, into their items and the
        // list's result (a copy counts a reference for each of a finding's texts).
        let findings = result.findings
        let kept = findings.indices.filter {
            findings[$0].due != nil && (findings[$0].status == .overdue || findings[$0].status == .dueSoon)
        }
        // The findings come in spec order, by conductor first: the groups follow it, and a stable
        // sort by due date inside each keeps that order among items due the same day.
        var runs: [Range<Int>] = []
        var start = kept.startIndex
        while start < kept.endIndex {
            let conductor = findings[kept[start]].conductor ?? ""
            var end = start + 1
            while end < kept.endIndex, (findings[kept[end]].conductor ?? "") == conductor { end += 1 }
            runs.append(start..<end)
            start = end
        }
        // Sorted, named and copied out on every core: a national list has a hundred thousand items.
        let order = [[Int]](concurrently: runs.count) { [runs] r in
            kept[runs[r]].sorted { a, b in
                let (x, y) = (findings[a].due!, findings[b].due!)
                return x != y ? x < y : a < b
            }
        }
        groups = [Group](concurrently: order.count) { g in
            let conductor = findings[order[g][0]].conductor ?? ""
            let organization = facts.organization(conductor)
            return Group(
                conductor: conductor, name: organization?.name ?? conductor,
                dissolved: organization?.dissolved(before: asOf),
                items: order[g].map { Item(findings[$0], facts, asOf) })
        }
        let listedFindings = order.flatMap { $0 }
        self.result = result.with([Finding](concurrently: listedFindings.count) { findings[listedFindings[$0]] })
    }

    /// The committee that owes a subject's items and the lower-level organization they concern.
    /// A trigger is owed by the parent on its day, an organization's coverage by its parent on as-of.
    private static func owners(_ subject: Subject, _ index: Int, _ facts: Facts, _ asOf: CivilDate) -> (Int?, Int?) {
        switch subject {
        case .talk: (facts.talkConductor[index], facts.talkOrganization[index])
        case .plan: (facts.planConductor[index], facts.planOrganization[index])
        case .trigger:
            (
                facts.parent(of: facts.triggerOrganization[index], on: facts.triggers[index].on),
                facts.triggerOrganization[index]
            )
        case .conductor: (index, nil)
        case .organization: (facts.parent(of: index, on: asOf), index)
        }
    }
}

import TalkModel

/// Term coverage per conductor (Art. 5 ¶2), read from the outcomes of the rule playing `report coverage`
/// (`term-coverage`),
/// so the coverage view and `talks check` can never disagree.
public struct CoverageReport: Sendable {

    public struct Gap: Sendable {
        public let organization: String
        public let name: String
        public let topLeader: String?
        public let planned: String?
        /// The year's plan item with the organization when it is not `planned`: carried out by a
        /// regular talk of its year, with the predecessor or before this term (helper-222: shown
        /// as "not planned" beside a plan item the clerk could see).
        public let carriedOut: String?
        /// The latest regular talk by the conductor with this organization ended by as-of, at any time.
        public let lastRegularTalk: String?
        public let severity: Severity?
        /// When the organization came to this conductor during the term (a transfer), the parent
        /// it had at the term's start: the gap is then new because of the transfer.
        public let transferredFrom: String?
    }

    public struct Conductor: Sendable {
        public let id: String
        public let name: String
        public let term: Term?
        /// Lower-level organizations with a top leader on the as-of date, whose coverage is judged.
        public let organizations: Int
        public let covered: Int
        public let gaps: [Gap]
    }

    public let asOf: CivilDate
    /// The conductor asked for (`--conductor`), nil for every one.
    public let asked: String?
    /// The day the conductor asked for was dissolved, when before `asOf`: it has no lower level
    /// left to cover, and every view says why (helper-215: its JSON and sheet said nothing).
    public let askedDissolved: CivilDate?
    /// Each conductor with lower-level organizations on `asOf`, in id order.
    public let conductors: [Conductor]
    /// Each conductor's place in `conductors`, by id: a roll-up asks for every one of thousands.
    private let positions: [String: Int]
    /// False when no rule in force on the as-of date plays `coverage` (a local pack switched
    /// `term-coverage` off): nothing is judged, and `conductors` is empty rather than zeros.
    public let ruleInForce: Bool

    /// The rules coverage judges: those playing `coverage` in the rules in force last, in every
    /// epoch (the store reads only what they read).
    public static func judges(_ rules: RuleSet) -> (Rule) -> Bool {
        let coverageRules = rules.rules(playing: .coverage)
        return { coverageRules.contains($0.id) }
    }

    /// What the report reads besides its rules' reads: the regular talks, for a gap's last one.
    public static let reads = RecordReads(talks: [.regular])

    /// Coverage of every conductor, or of the one named.
    public init(engine: Engine, asOf: CivilDate, conductor only: String? = nil) throws(InputError) {
        // Only the organizations below the conductor asked for, and no messages: the view shows ids.
        let facts = engine.facts
        let conductor = only.flatMap { facts.organizationIndex[$0] }
        let outcomes = try engine.outcomes(asOf: asOf, rules: Self.judges(engine.rules), detail: .identified) {
            subject, index in
            subject == .organization && (only == nil || facts.parent(of: index, on: asOf) == conductor)
        }.findings
        self.init(engine: engine, asOf: asOf, outcomes: outcomes, conductor: only)
    }

    /// Coverage read from outcomes already judged at `asOf` (others than `term-coverage` are ignored).
    public init(engine: Engine, asOf: CivilDate, outcomes: Findings, conductor only: String? = nil) {
        let facts = engine.facts
        self.asOf = asOf
        asked = only
        askedDissolved = only.flatMap { facts.organization($0)?.dissolved(before: asOf) }
        let coverageRules = engine.rules.rules(playing: .coverage)
        // Organizations are judged by the rules in force on the as-of date.
        ruleInForce = !engine.rules.rules(playing: .coverage, on: asOf).isEmpty
        guard ruleInForce else {
            conductors = []
            positions = [:]
            return
        }
        // Every outcome of a roll-up's run passes here (millions nationally): each read in place,
        // its kind before its rule's id is looked up, and only coverage's copied.
        var byConductor: [String: [Finding]] = [:]
        outcomes.forEachInPlace { outcome in
            guard outcome.pointee.subjectType == .organization, let conductor = outcome.pointee.conductor,
                [.met, .notMet].contains(outcome.pointee.status) || outcome.pointee.severity != nil,
                coverageRules.contains(outcome.pointee.rule)
            else { return }
            byConductor[conductor, default: []].append(outcome.pointee)
        }
        // Each committee on any core (a national roll-up has 40,000), in the organizations' order.
        let judgedBy = byConductor
        conductors = [Conductor?](concurrently: facts.organizations.count) { index -> Conductor? in
            let organization = facts.organizations[index]
            guard !facts.children(of: index, on: asOf).isEmpty, only == nil || only == organization.id else {
                return nil
            }
            let judged = judgedBy[organization.id] ?? []
            // The loader lets only organization rules play `coverage` (`ReportRole.needs`).
            let gaps = judged.filter { $0.status != .met }.compactMap { gap -> Gap? in
                guard let lower = facts.organizationIndex[gap.subjectID] else { return nil }
                let leader = facts.holders(of: lower, roles: [.secretary], on: asOf).first.map { facts.people[$0].id }
                let last = facts.talksByOrganization[lower].filter { talk in
                    facts.talks[talk].kind == .regular && facts.talkConductor[talk] == index
                        && facts.talks[talk].ended <= asOf
                }.max { facts.talks[$0].ended < facts.talks[$1].ended }
                let term = facts.coverageTerm(of: index, on: asOf).map { facts.terms[$0] }
                let before = term.flatMap { facts.parent(of: lower, on: $0.from) }
                // The finding's plan item is the year's (spec/rules-catalogue.md), but one carried out
                // by a regular talk of its year, with the predecessor or before this term (a gap has
                // none with the leader in it), plans nothing more: shown as carried out, not planned.
                let carriedOut = gap.planned.flatMap { id -> String? in
                    guard let plan = facts.plan(id), let last, facts.talks[last].ended.year == plan.year else {
                        return nil
                    }
                    return id
                }
                return Gap(
                    organization: gap.subjectID, name: facts.organizations[lower].name, topLeader: leader,
                    planned: carriedOut == nil ? gap.planned : nil, carriedOut: carriedOut,
                    lastRegularTalk: last.map { facts.talks[$0].id }, severity: gap.severity,
                    transferredFrom: before.flatMap { $0 == index ? nil : facts.organizations[$0].id })
            }
            return Conductor(
                id: organization.id, name: organization.name,
                term: facts.coverageTerm(of: index, on: asOf).map { facts.terms[$0] }, organizations: judged.count,
                covered: judged.count - gaps.count, gaps: gaps)
        }.compactMap { $0 }
        positions = Dictionary(conductors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The coverage of the conductor `id`; nil when it has no lower-level organizations.
    public func conductor(_ id: String) -> Conductor? { positions[id].map { conductors[$0] } }
}

import TalkModel
import TalkRules
import TalkStore
import TalkText

/// What the judging commands share: the rule packs applied to one snapshot of the store, as of a
/// day the caller gives (the library reads no clock). Each judgement is a method returning the
/// model the front end renders.
public struct Judgement {
    public let engine: Engine
    public let asOf: CivilDate
    /// What the database lets this connection see (`Store.scope`): the findings are that
    /// committee's own, since the facts of the others are hidden from it.
    public let scope: AccessScope?

    /// Every rule, the talks' lists read only as far as the rules read them (`judging:`): what
    /// `check`, the reports and the department copies judge. Without `judging`, every list is read.
    public static let everyRule: @Sendable (RuleSet) -> (Rule) -> Bool = { _ in { _ in true } }

    /// Reads the store's facts on one snapshot. A damaged file can hold references SQLite's checks
    /// did not see: judged, they would crash, so they are refused here.
    ///
    /// With `judging`, only the talks those rules can reach, and of them the lists and triggers'
    /// notes they read, are read (`RuleSet.reads`), with what the command reads itself besides
    /// (`alsoReading`): for a command that judges those rules and prints nothing else of them
    /// (`check`, `overdue`, `coverage`), so it reads no confidential text it does not use and no
    /// talk it cannot judge (`overdue` reads the supervision talks only).
    /// With `language`, findings' messages are written in that language only (`Engine.language`).
    public init(
        store: any Store, rules: RuleSet, asOf: CivilDate, judging chosen: ((RuleSet) -> (Rule) -> Bool)? = nil,
        alsoReading: RecordReads = .none, language: Language? = nil
    ) throws {
        var reads = RecordReads.all
        if let chosen {
            reads = rules.reads(chosen(rules))
            reads.formUnion(alsoReading)
        }
        let read = reads
        let (dataset, storedTalks) = try store.reading {
            (try store.dataset(reads: read), read.leavesTalksUnread ? try store.count(.talks) : nil)
        }
        let facts = try Facts(checking: dataset, storedTalks: storedTalks, of: store)
        engine = Engine(rules: rules, facts: facts, language: language)
        self.asOf = asOf
        scope = store.scope
    }

    /// The rules a connection without the confidential texts cannot judge, as they read them
    /// (`problems-pointed-out`): their findings are left out rather than given wrong.
    public var unjudgedRules: [Rule] {
        guard let scope, !scope.confidential else { return [] }
        return engine.rules.rules.filter(\.readsConfidential)
    }

    /// The ids of `unjudgedRules`, whose outcomes `check`, the reports and the copies leave out.
    private var unjudgedIDs: Set<String> { Set(unjudgedRules.map(\.id)) }

    public var facts: Facts { engine.facts }

    /// The organization `id` names, which must exist (`place` names where it was given); nil for nil.
    public func organization(_ id: String?, at place: String) throws -> Organization? {
        guard let id else { return nil }
        guard let organization = facts.organization(id) else {
            throw unknownID(id, kinds: [.organizations], among: facts.organizations.map(\.id), at: place)
        }
        return organization
    }

    /// `talks show TALK`: every deadline of one talk, met or not, with its status on as-of.
    public func deadlines(ofTalk id: String) throws -> [Finding] {
        let talks = engine.facts.talks
        return try engine.outcomes(asOf: asOf, rules: \.isDeadline, detail: .identified) { subject, talk in
            subject == .talk && IDRules.sameBytes(talks[talk].id, id)
        }.findings.filter { $0.due != nil }
    }

    /// `talks show ORG`: what is still to be done about an organization, as the lower-level one or
    /// as the committee that owes it, overdue or due within ten years (every open item).
    public func openItems(of organization: String) throws -> [WorkList.Item] {
        let owed = try workList(WorkList.Filter(conductor: organization, within: 3660)).items
        let about = try workList(WorkList.Filter(organization: organization, within: 3660)).items
        let known = Set(owed.map { "\($0.finding.rule) \($0.finding.subjectID)" })
        return (owed + about.filter { !known.contains("\($0.finding.rule) \($0.finding.subjectID)") })
            .sorted { $0.daysLeft < $1.daysLeft }
    }

    /// `talks check`: every finding.
    /// With a `scope`, the committee's own findings, without those of `unjudgedRules`.
    /// `explained`: with each finding's explanation (JSON shows it; a table or sheet does not).
    public func check(explained: Bool = true) throws -> CheckResult {
        let result = try engine.check(asOf: asOf, detail: explained ? .explained : .described)
        guard let scope else { return result }
        let unjudged = unjudgedIDs
        return result.with(
            result.findings.filter { $0.conductor == scope.conductor && !unjudged.contains($0.rule) })
    }

    /// `talks overdue`: the work list; with a `scope`, its committee's unless another is asked for.
    /// `explained`: with each item's explanation (JSON shows it; a table, sheet or calendar does not).
    public func workList(_ filter: WorkList.Filter, explained: Bool = true) throws -> WorkList {
        var filter = filter
        if let scope, filter.conductor == nil, filter.organization == nil { filter.conductor = scope.conductor }
        return try WorkList(engine: engine, asOf: asOf, filter: filter, detail: explained ? .explained : .described)
    }

    /// `talks coverage`; with a `scope`, its committee's unless another is asked for.
    public func coverage(conductor: String?) throws -> CoverageReport {
        try CoverageReport(engine: engine, asOf: asOf, conductor: conductor ?? scope?.conductor)
    }

    /// `talks explain`: every rule that judges the talk `id` (met or not), the talk's own first,
    /// then the plan item and triggers it counts toward; not those of `unjudgedRules`.
    public func explain(_ id: String) throws -> (talk: Talk, result: CheckResult) {
        guard let talk = facts.talk(id) else {
            throw unknownID(id, kinds: [.talks], among: facts.talks.map(\.id))
        }
        let (facts, unjudged) = (self.facts, unjudgedIDs)
        // (Not the rules this connection cannot judge: helper-221, a talk with its problems told it
        // had none to a role without the texts.)
        let result = try engine.outcomes(asOf: asOf, rules: { !unjudged.contains($0.id) }) { subject, index in
            switch subject {
            // Ids by their bytes, as the store and `Facts` match them.
            case .talk: IDRules.sameBytes(facts.talks[index].id, talk.id)
            case .plan: talk.plan.map { IDRules.sameBytes(facts.plans[index].id, $0) } ?? false
            case .trigger: talk.triggers.contains { IDRules.sameBytes(facts.triggers[index].id, $0) }
            default: false
            }
        }
        let ordered =
            result.findings.filter { $0.subjectType == .talk } + result.findings.filter { $0.subjectType != .talk }
        return (talk, result.with(ordered))
    }

    /// The year's outcomes the reports count, each shown item written to `shown` (`YearJudgement`).
    public func year(_ year: Int, shown: Engine.Detail = .explained) throws -> YearJudgement {
        let unjudged = unjudgedIDs
        return try YearJudgement(engine: engine, year: year, asOf: asOf, shown: shown) { !unjudged.contains($0.id) }
    }

    /// `talks export --for`: the Art. 12 copy for one department.
    /// The Art. 12 copy of the committee asked for (else the store's own, `Facts.copyCommittees`),
    /// with `below` the committees under it too.
    public func departmentCopy(
        _ recipient: DepartmentCopy.Recipient, conductor: String?, below: Bool, year: Int?, language: Language
    ) throws -> DepartmentCopy {
        // (Of a year, the committees dissolved in it or after, by their parents in it; without
        // one, all dissolved below.)
        let conductors = try engine.facts.copyCommittees(
            conductor, below: below, on: asOf, dissolvedIn: year.flatMap(CivilDate.days(of:)))
        let unjudged = unjudgedIDs
        return try DepartmentCopy(
            recipient, engine: engine, asOf: asOf, conductors: conductors, year: year, language: language
        ) { !unjudged.contains($0.id) }
    }
}

extension Facts {
    /// The facts of `dataset`, read from `store`, when it holds what the store guarantees: else
    /// its first damage (`damage`) is the store's (`StoreError.damaged`, exit 2). What reads the
    /// tree or writes the records out checks so: a loop of parents made every walk of the tree
    /// endless, and `export` wrote a document `load` refuses (helper-167).
    public convenience init(checking dataset: Dataset, storedTalks: Int? = nil, of store: any Store) throws {
        self.init(dataset, storedTalks: storedTalks)
        if let first = damage.first { throw StoreError.damaged(path: store.path, detail: first) }
    }
}

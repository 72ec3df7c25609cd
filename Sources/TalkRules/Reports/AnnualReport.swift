import TalkModel

/// How many deadline items of one kind stand where: on time, late, overdue or still open.
/// Counted from the rule's outcomes, so each figure matches the findings of `talks check`.
public struct Tally: Sendable, Equatable {
    public var onTime = 0
    public var late = 0
    public var overdue = 0
    /// Not done, not yet due (due soon included).
    public var open = 0
    public var dueSoon = 0
    /// No deadline applies (a plan item with no completion date).
    public var undated = 0
    /// A deadline not judged: a plan item with one whose rule does not apply to it (the national
    /// `plan-deadline`: its committee was dissolved before it was due; or a local pack's rule
    /// leaves it out). It was counted as having no deadline.
    public var notApplicable = 0

    /// On time among the items whose deadline has been met or passed; nil when there are none.
    public var onTimeRate: Double? {
        let judged = onTime + late + overdue
        return judged == 0 ? nil : Double(onTime) / Double(judged)
    }

    /// Counts one item of `status`; `dated` tells an item not judged (not applicable, with a
    /// deadline) from one with no deadline.
    mutating func add(_ status: Finding.Status, dated: Bool = true) {
        switch status {
        case .met: onTime += 1
        case .late: late += 1
        case .overdue: overdue += 1
        case .dueSoon:
            dueSoon += 1
            open += 1
        case .open: open += 1
        case .notApplicable where dated: notApplicable += 1
        default: undated += 1
        }
    }
}

/// The section on supervision talks that a committee's year-start report must carry (Art. 13 ¶2),
/// and that the secretary's 述职 draws on: what was held, covered, planned, triggered, rectified
/// and flagged in one year, judged at an as-of date by the rules in force.
public struct AnnualReport: Sendable {
    public struct TalkerRow: Sendable {
        public let person: String
        public let name: String
        public let regular: Int
        public let timely: Int
    }

    public struct PlanRow: Sendable {
        public let id: String
        public let organization: String
        public let due: CivilDate?
        public let done: CivilDate?
        public let status: Finding.Status
        public let days: Int?
    }

    public struct TriggerRow: Sendable {
        public let id: String
        public let organization: String
        public let kind: TriggerKind
        public let on: CivilDate
        /// The timely talk that answered it, when one did by the as-of date.
        public let talk: String?
        /// Who held that talk.
        public let talker: String?
        public let done: CivilDate?
        /// Days from the trigger to the talk.
        public let daysToTalk: Int?
        public let due: CivilDate?
        public let status: Finding.Status
    }

    public let conductor: Organization
    public let year: Int
    public let asOf: CivilDate
    public let packs: [PackInfo]
    /// Supervision talks (regular and timely) the conductor held in the year, by the as-of date.
    public let regularTalks: Int
    public let timelyTalks: Int
    public let byTalker: [TalkerRow]
    /// Regular and timely talks in each month of the year.
    public let monthly: [(regular: Int, timely: Int)]
    /// Coverage of the term current at the as-of date (its `term` nil when no term contains it);
    /// nil when the committee has no lower-level organizations then, or when no rule plays
    /// `coverage` then (`coverageRuleInForce`).
    public let coverage: CoverageReport.Conductor?
    /// Whether a rule playing `coverage` is in force on the as-of date; without one coverage is not
    /// judged, and the report says so instead of giving zeros.
    public let coverageRuleInForce: Bool
    public let plans: [PlanRow]
    public let planTally: Tally
    public let triggers: [TriggerRow]
    public let triggerTally: Tally
    /// The periods the rules of rectification measures and rectification reports count by in the
    /// year (`RuleSet.periods(playing:in:)`): 1 month and 3 months by the national pack.
    public let measuresPeriods: [(from: CivilDate?, period: Period)]
    public let reportPeriods: [(from: CivilDate?, period: Period)]
    /// Rectification measures (1 month) and rectification reports (3 months) of the year's talks.
    public let measures: Tally
    public let reports: Tally
    /// Accountability flags (Art. 17) on the year's talks: rules playing `accountability` not met.
    public let accountability: [Finding]
    /// The committee's own failures of the year (rules playing `committee-failure`: a trigger
    /// answered late or not at all by the as-of date, a talk held by someone who may not), which
    /// Art. 17 (一) also holds to account; apart from `accountability`, whose figure scripts already
    /// read. A trigger whose talk is only due soon or still open is not one (`callsForAccountability`).
    public let committeeFailures: [Finding]
    /// Everything still to be done at the as-of date, whatever year it comes from, earliest due first.
    public let openItems: [Finding]

    /// The open items a secretary acts on now: overdue, or due within a month of the as-of date.
    public var pressingItems: [Finding] { openItems.filter(isPressing) }
    /// The open items due later, which the report only counts.
    public var laterItems: [Finding] { openItems.filter { !isPressing($0) } }

    private func isPressing(_ item: Finding) -> Bool {
        // `openItems` holds only items with a due date.
        item.status == .overdue || item.due! <= (asOf.adding(months: 1) ?? asOf)
    }

    /// The last day of a committee dissolved before the as-of day: its report is of the year it had.
    public var dissolved: CivilDate? { conductor.dissolved(before: asOf) }

    /// Nothing of the year is recorded for this committee: no talk, plan item or trigger. A blank
    /// is a finding for a superior, so a roll-up says so instead of showing zeros.
    public var nothingRecorded: Bool { regularTalks + timelyTalks == 0 && plans.isEmpty && triggers.isEmpty }
    /// The conductor's findings in `talks check` at the as-of date, by severity.
    public let findingCounts: [Severity: Int]
    public let yearsWithoutData: [Int]

    /// The report of one committee, which must have lower-level organizations on the as-of date,
    /// or have held talks or planned them in the year: the measures are about talks with their top
    /// leaders (Art. 2), so without any the section would be empty, and that is a wrong committee
    /// rather than a report. (A committee whose organizations all moved away during the year was
    /// refused the report of the talks it held: helper-113.)
    public init(_ judgement: YearJudgement, committee id: String) throws(InputError) {
        let facts = judgement.engine.facts
        let name = (facts.organization(id)?.name ?? id).inline
        let index = facts.organizationIndex[id]!
        let year = judgement.year
        // A year the committee did not exist in is none of its own.
        if let absence = facts.organizations[index].absence(in: year) { throw InputError(absence, at: "--conductor") }
        let conductedInYear =
            facts.talksByConductor[index].contains { facts.talks[$0].held.year == year }
            || facts.plansByConductor[index].contains { facts.plans[$0].year == year }
        // Lower-level organizations on the day, at the year's start, or dissolved in the year: the
        // roll-up lists such a committee as not reporting (helper-208: its own report refused).
        let hadLowerLevel = CivilDate.days(of: year).map { facts.hadLowerLevel(index, in: $0, asOf: judgement.asOf) }
        guard conductedInYear || hadLowerLevel == true else {
            throw InputError(
                Message(
                    zh: "\(name)在\(judgement.asOf.chinese)没有下一级党组织，不开展监督谈话，没有年度情况可报",
                    en:
                        "\(name) has no lower-level organizations on \(judgement.asOf): it holds no supervision talks to report"
                ), at: "--conductor")
        }
        self.init(judgement, conductor: id)
    }

    /// The report of one conductor, from the year's judgement.
    init(_ judgement: YearJudgement, conductor id: String) {
        let facts = judgement.engine.facts
        let index = facts.organizationIndex[id]!
        let year = judgement.year
        let asOf = judgement.asOf
        conductor = facts.organizations[index]
        self.year = year
        self.asOf = asOf
        packs = judgement.packs
        yearsWithoutData = judgement.yearsWithoutData

        let yearTalks = facts.talksByConductor[index].filter { judgement.isReported(talk: $0) }
        regularTalks = yearTalks.count { facts.talks[$0].kind == .regular }
        timelyTalks = yearTalks.count { facts.talks[$0].kind == .timely }
        var talkers: [Int: (regular: Int, timely: Int)] = [:]
        var months = Array(repeating: (regular: 0, timely: 0), count: 12)
        for talk in yearTalks {
            // The fields, not the record: binding a talk copies its every text and list.
            let regular = facts.talks[talk].kind == .regular
            let month = facts.talks[talk].held.month
            talkers[facts.talkTalker[talk], default: (0, 0)].regular += regular ? 1 : 0
            talkers[facts.talkTalker[talk], default: (0, 0)].timely += regular ? 0 : 1
            months[month - 1].regular += regular ? 1 : 0
            months[month - 1].timely += regular ? 0 : 1
        }
        monthly = months
        byTalker = talkers.map { person, counts in
            TalkerRow(
                person: facts.people[person].id, name: facts.people[person].name, regular: counts.regular,
                timely: counts.timely)
        }.sorted { ($0.regular + $0.timely, $1.person) > ($1.regular + $1.timely, $0.person) }
        coverage = judgement.coverage.conductor(id)
        coverageRuleInForce = judgement.coverage.ruleInForce
        // The year's periods, less those from after the year that none of this committee's talks
        // ended in (`YearJudgement.measuresPeriods` reaches the latest end of any committee's).
        let yearEnd = min(CivilDate.days(of: year)?.upperBound ?? asOf, asOf)
        let through = yearTalks.map { min(facts.talks[$0].ended, asOf) }.max().map { max($0, yearEnd) } ?? yearEnd
        let own = { (from: CivilDate?, _: Period) in from.map { $0 <= through } ?? true }
        measuresPeriods = judgement.measuresPeriods.filter(own)
        reportPeriods = judgement.reportPeriods.filter(own)

        var measures = Tally()
        var reports = Tally()
        var planTally = Tally()
        var triggerTally = Tally()
        var plans: [PlanRow] = []
        var triggers: [TriggerRow] = []
        var accountability: [Finding] = []
        var committeeFailures: [Finding] = []
        let roles = judgement.reportRules
        /// A plan item's row: as the rule judged it (`status`, with the day it found the item done
        /// and the days late), or not judged (`notApplicable`).
        func addPlan(_ plan: Int, _ status: Finding.Status, done judgedDone: CivilDate?, days: Int?) {
            planTally.add(status, dated: facts.plans[plan].due != nil)
            // The day the rule found it done; for an item it does not judge (no deadline), the
            // first talk its committee held for it. (Any talk naming it was shown, another
            // committee's too, beside an item check found not done: helper-113.)
            let done =
                judgedDone
                ?? (status != .notApplicable
                    ? nil
                    : facts.talksByPlan[plan].filter { facts.talks[$0].conductor == facts.plans[plan].conductor }
                        .map { facts.talks[$0].ended }.filter { $0 <= asOf }.min())
            plans.append(
                PlanRow(
                    id: facts.plans[plan].id, organization: facts.plans[plan].organization, due: facts.plans[plan].due,
                    done: done, status: status, days: days))
        }
        // The outcomes read where they lie, field by field (a roll-up reads every committee's):
        // only those listed (triggers, flags) are copied.
        let outcomes = judgement.findings
        for i in judgement.outcomes[id] ?? [] {
            let status = outcomes[i].status
            let rule = outcomes[i].rule
            guard status != .notApplicable || roles.plan.contains(rule) else { continue }
            switch roles.tally(of: rule) {
            case .measures: measures.add(status)
            case .rectification: reports.add(status)
            case .plan:
                // The loader lets only plan rules play `plan` (`ReportRole.needs`); anything else is not a plan item.
                guard outcomes[i].subjectType == .plan else { break }
                addPlan(outcomes[i].subjectIndex, status, done: outcomes[i].done, days: outcomes[i].days)
            case .trigger:
                guard outcomes[i].subjectType == .trigger else { break }
                let outcome = outcomes[i]
                triggerTally.add(status)
                if roles.callsForAccountability(outcome) { committeeFailures.append(outcome) }
                let record = facts.triggers[outcome.subjectIndex]
                let answering = facts.talkAnswering(outcome)
                triggers.append(
                    TriggerRow(
                        id: record.id, organization: record.organization, kind: record.kind, on: record.on,
                        talk: answering?.id, talker: answering?.talker, done: outcome.done,
                        daysToTalk: outcome.done.map { record.on.days(to: $0) }, due: outcome.due,
                        status: outcome.status))
            default:
                // The rules left play `accountability` or `committee-failure`: the same question as a trigger's.
                let outcome = outcomes[i]
                guard roles.callsForAccountability(outcome) else { break }
                if roles.accountability.contains(outcome.rule) {
                    accountability.append(outcome)
                } else {
                    committeeFailures.append(outcome)
                }
            }
        }
        // The year's plan items no rule judged (before the measures took effect, or no plan rule
        // in force): listed too, not judged (helper-114: the 2025 report said 0 items of 3).
        let listed = Set(plans.map(\.id))
        for plan in facts.plansByConductor[index]
        where facts.plans[plan].year == year && !listed.contains(facts.plans[plan].id) {
            addPlan(plan, .notApplicable, done: nil, days: nil)
        }
        self.measures = measures
        self.reports = reports
        self.planTally = planTally
        self.triggerTally = triggerTally
        // Undated items last.
        let never = CivilDate(year: 9999, month: 12, day: 31)!
        self.plans = plans.sorted { ($0.due ?? never, $0.id) < ($1.due ?? never, $1.id) }
        self.triggers = triggers.sorted { ($0.on, $0.id) < ($1.on, $1.id) }
        self.accountability = accountability
        self.committeeFailures = committeeFailures
        findingCounts = judgement.findingCounts[id] ?? [:]
        openItems = judgement.openItems[id] ?? []
    }
}

/// The engine's outcomes for one year at one as-of date, judged once and shared by the report of
/// every conductor (a roll-up holds hundreds).
public struct YearJudgement: Sendable {
    public let engine: Engine
    public let year: Int
    public let asOf: CivilDate
    public let packs: [PackInfo]
    public let coverage: CoverageReport
    /// The rules the reports read, by the role the rule files give them.
    public let reportRules: ReportRules
    /// The outcomes of the run, as the engine gave them.
    let findings: Findings
    /// Per conductor: the outcomes of the deadline and accountability rules for the year's talks,
    /// plan items and triggers, by their places in `findings`.
    let outcomes: [String: [Int]]
    /// Per conductor: the findings of `talks check`, by severity.
    let findingCounts: [String: [Severity: Int]]
    /// The periods the rules of measures and of reports count by in the year, the same for every
    /// committee's report (`RuleSet.periods(playing:in:)`): found once, not for each of a roll-up's
    /// thousands (a twentieth of the roll-up at scale 1).
    let measuresPeriods: [(from: CivilDate?, period: Period)]
    let reportPeriods: [(from: CivilDate?, period: Period)]
    /// Per conductor: deadlines not met at the as-of date, from any year, earliest due first.
    let openItems: [String: [Finding]]
    public let yearsWithoutData: [Int]

    /// `shown`: how much of each finding and open item is written out, as the report shows them
    /// (`ReportViews.detail`): their messages for a document, their explanations too for JSON.
    /// The counts and statuses are the same at any detail. `judging`: the rules judged, all but
    /// those a connection cannot judge (`Judgement.unjudgedRules`), as `check` judges them.
    public init(
        engine: Engine, year: Int, asOf: CivilDate, shown: Engine.Detail = .explained,
        judging: (Rule) -> Bool = { _ in true }
    ) throws(InputError) {
        self.engine = engine
        self.year = year
        self.asOf = asOf
        let facts = engine.facts
        // One run of the engine over everything, met outcomes included: the findings of `talks
        // check` are those with a severity, coverage reads its rule's outcomes, the tallies the rest.
        // Only what a report shows is written out (findings and open deadlines, to `shown`), and of
        // the rest only the outcomes of the rules it counts are kept: a national store has millions
        // of outcomes, and their messages would fill gigabytes.
        reportRules = ReportRules(engine.rules)
        let rules = reportRules.all
        let coverageRules = engine.rules.rules(playing: .coverage)
        // Of the outcomes not shown, coverage reads its rules' and the tallies the year's; the
        // others (a report rule's outcomes in other years) are not kept at all.
        let all = try engine.outcomes(
            asOf: asOf, rules: judging, detail: .identified,
            keeping: { outcome, subject in
                if withUnsafePointer(to: outcome, Finding.isShownInReports) { return max(shown, .identified) }
                let kept =
                    coverageRules.contains(outcome.rule)
                    || (facts.isCounted(outcome.subjectType, subject, in: year) && rules.contains(outcome.rule))
                return kept ? .identified : nil
            }
        ) { _, _ in true }
        packs = all.packs
        coverage = CoverageReport(engine: engine, asOf: asOf, outcomes: all.findings)
        // Where each outcome goes is settled on every core (its subject looked up by id), and the
        // outcomes are then copied once each, into their conductor's list: hundreds of thousands
        // nationally, where filtering, sorting and grouping copies of them took a fifth of a roll-up.
        let findings = all.findings
        let belongs = [(ofYear: Bool, pending: Bool)](concurrently: findings.count) { i in
            findings.inPlace(i) { outcome in
                (
                    facts.isCounted(outcome.pointee.subjectType, outcome.pointee.subjectIndex, in: year)
                        && rules.contains(outcome.pointee.rule),
                    Finding.isPendingInReports(outcome)
                )
            }
        }
        // The outcomes come a conductor's together (`Findings.runsByConductor`), so each one's
        // committee is found without hashing its conductor. A committee's outcomes are kept as
        // their places among the findings, its open items copied on every core: hashing and
        // copying outcomes one by one on one core was a tenth of a roll-up at scale 4, and copying
        // each year's outcome then most of the rest of its tail.
        let runs = findings.runsByConductor()
        let committees = runs.map(\.conductor)
        var committeeOf: [Int32] = []
        committeeOf.reserveCapacity(findings.count)
        for (c, run) in runs.enumerated() { committeeOf += repeatElement(Int32(c), count: run.range.count) }
        /// The places chosen of each committee (by its place in `committees`), in the order chosen.
        func byCommittee(_ chosen: [Int]) -> [[Int]] {
            var lists = [[Int]](repeating: [], count: committees.count)
            for i in chosen { lists[Int(committeeOf[i])].append(i) }
            return lists
        }
        /// The lists by committee id: each list itself, not copied into a new one (a conductor in
        /// two runs, which the order never gives, would be joined).
        func keyed<T>(_ lists: [[T]]) -> [String: [T]] {
            var groups: [String: [T]] = [:]
            for (c, list) in lists.enumerated() where !list.isEmpty {
                groups[committees[c]] = groups[committees[c]].map { $0 + list } ?? list
            }
            return groups
        }
        self.findings = findings
        outcomes = keyed(byCommittee(belongs.indices.filter { belongs[$0].ofYear }))
        findingCounts = all.countsByConductor
        // Earliest due first; the stable order keeps the spec's order among equals.
        let dues = belongs.indices.filter { belongs[$0].pending }.map { (due: findings[$0].due!, index: $0) }
        let pending = byCommittee(dues.sorted { ($0.due, $0.index) < ($1.due, $1.index) }.map(\.index))
        openItems = keyed([[Finding]](concurrently: pending.count) { c in pending[c].map { findings[$0] } })
        yearsWithoutData = all.yearsWithoutData
        // The last day a talk the year counts is judged by: its end, when that is after the year.
        var through: CivilDate?
        for talk in facts.talks.indices where facts.isCounted(.talk, talk, in: year) && facts.talks[talk].held <= asOf {
            let day = min(facts.talks[talk].ended, asOf)
            if through.map({ day > $0 }) ?? true { through = day }
        }
        measuresPeriods = engine.rules.periods(playing: .measures, in: year, asOf: asOf, through: through)
        reportPeriods = engine.rules.periods(playing: .rectification, in: year, asOf: asOf, through: through)
    }

    /// A talk the year's report counts: a supervision talk held in the year by the as-of date.
    func isReported(talk i: Int) -> Bool {
        engine.facts.isCounted(.talk, i, in: year) && engine.facts.talks[i].held <= asOf
    }
}

extension Finding {
    /// A deadline not met at the as-of date: a report's open items. Read through a pointer, field
    /// by field, where the finding lies: called on a finding, or handed one, it copied each of a
    /// roll-up's outcomes first (each of its texts and lists counted, then let go).
    static func isPendingInReports(_ outcome: UnsafePointer<Finding>) -> Bool {
        switch outcome.pointee.status {
        case .open, .dueSoon, .overdue:
            outcome.pointee.due != nil && outcome.pointee.isDeadline && outcome.pointee.subjectType != .organization
        default: false
        }
    }

    /// An outcome a report or copy shows with its message: a finding, or an open item.
    static func isShownInReports(_ outcome: UnsafePointer<Finding>) -> Bool {
        outcome.pointee.severity != nil || isPendingInReports(outcome)
    }
}

extension Facts {
    /// Whether a year's section counts the outcomes of its rules for this subject (its kind and
    /// its index among the records of that kind): a supervision talk held in the year, a plan
    /// item of the year, a trigger noted in it.
    func isCounted(_ type: SubjectType, _ index: Int, in year: Int) -> Bool {
        switch type {
        case .talk: talks[index].held.year == year && talks[index].kind.isSupervision
        case .plan: plans[index].year == year
        case .trigger: triggers[index].on.year == year
        case .organization: false
        }
    }

    /// The timely talk that answered a trigger, as the rule playing `trigger` (`timely-followup`)
    /// found it, given one of that rule's outcomes (its `done` is that
    /// talk's end): one naming the trigger first, else a later timely talk with the organization by
    /// the same committee. The annual report and the department copies both ask this, so they agree.
    public func talkAnswering(_ outcome: Finding) -> Talk? {
        guard outcome.subjectType == .trigger, let done = outcome.done,
            let trigger = triggerIndex[outcome.subjectID], let conductor = outcome.conductor
        else { return nil }
        let candidates = talksByTrigger[trigger] + talksByOrganization[triggerOrganization[trigger]]
        return candidates.lazy.map { self.talks[$0] }.first {
            $0.kind == .timely && $0.conductor == conductor && $0.ended == done
        }
    }
}

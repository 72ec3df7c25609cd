import TalkModel

/// The part a rule plays in a report, stated in the rule file (`report measures`): the reports
/// find their rules by role, never by id, so a pack may rename or replace a rule and keep its report.
public enum ReportRole: String, Sendable, CaseIterable {
    /// Rectification measures reported on time (Art. 11 ¶1): the annual report's and the copies' measures.
    case measures
    /// The rectification report (Art. 11 ¶2).
    case rectification
    /// Archiving and copying the record (Art. 12).
    case archive
    /// A plan item held by its date (Art. 5 ¶2): the annual report's plan table.
    case plan
    /// Coverage of a term (Art. 5 ¶2): the coverage report.
    case coverage
    /// A trigger answered by a timely talk (Art. 5 ¶3): the annual report's trigger table.
    case trigger
    /// A finding that calls for accountability (Art. 17).
    case accountability
    /// The committee's own failure that Art. 17 (一) holds it to account for (不按规定开展监督谈话).
    case committeeFailure = "committee-failure"

    /// What a rule must be to play the role, declared here once: the loader checks every rule with a
    /// `report` clause against it (`PackState.compileRule`) and counts players by it (`PackState`).
    public var needs: Needs {
        switch self {
        // The tallies count each subject's deadline once: its status (met, late, overdue, open), due and done.
        case .measures: Needs(subjects: [.talk], shape: .deadline, single: true, required: true, tally: true)
        case .rectification: Needs(subjects: [.talk], shape: .deadline, single: true, required: true, tally: true)
        case .plan: Needs(subjects: [.plan], shape: .deadline, single: true, required: true, tally: true)
        case .trigger: Needs(subjects: [.trigger], shape: .deadline, single: true, required: true, tally: true)
        // Coverage counts each lower-level organization once, met or not met; its report says when
        // no rule plays it.
        case .coverage: Needs(subjects: [.organization], shape: .condition, single: true, required: false, tally: false)
        // Named for a report of archiving, which would count each talk once; no report reads it yet.
        case .archive: Needs(subjects: [.talk], shape: nil, single: true, required: false, tally: false)
        // Lists of flags: every rule playing them adds its findings, and a list may be empty.
        case .accountability: Needs(subjects: [.talk], shape: nil, single: false, required: false, tally: false)
        case .committeeFailure:
            Needs(subjects: [.talk, .trigger], shape: nil, single: false, required: false, tally: false)
        }
    }

    /// The subjects, shape and number of rules a role takes.
    public struct Needs: Sendable {
        /// The subjects a rule playing the role may judge: what its report looks a finding's subject up as.
        public let subjects: [Subject]
        /// How the rule must be written, when its report reads statuses of one kind; nil: either.
        public let shape: RuleShape?
        /// At most one rule in force plays it, so a report reads one outcome per subject; else many may,
        /// and their findings are listed together.
        public let single: Bool
        /// A report cannot do without it: a pack may not switch off its last rule.
        public let required: Bool
        /// A tally of the annual report: a rule's deadline is counted in one tally only.
        public let tally: Bool
    }

    /// How a rule is written: what statuses its outcomes have.
    public enum RuleShape: Sendable {
        /// `due` and `done`: met, late, overdue, due-soon, open, with a due date; what a tally counts.
        case deadline
        /// `requires`: met or not met; what coverage counts.
        case condition
    }

    /// A role a report cannot do without: a pack may not switch off its rule unless another takes it.
    public var isRequired: Bool { needs.required }

    /// Why a rule judging `subject`, a deadline rule or not, cannot play the role; nil when it can.
    func refusal(rule id: String, subject: Subject, isDeadline: Bool) -> Message? {
        if !needs.subjects.contains(subject) {
            let wanted = needs.subjects.map(\.rawValue)
            let wantedZh = needs.subjects.map { "\($0.rawValue)（\($0.label.zh)）" }
            return Message(
                zh:
                    "report \(rawValue) 只能用于对象为 \(wantedZh.joined(separator: "或")) 的规则；规则 \(id) 的对象是 \(subject.rawValue)（\(subject.label.zh)）",
                en:
                    "`report \(rawValue)` needs a rule whose subject is \(wanted.joined(separator: " or ")); rule \(id) judges \(subject.rawValue)"
            )
        }
        switch (needs.shape, isDeadline) {
        case (.deadline, false):
            return Message(
                zh: "report \(rawValue) 统计期限，只能用于有 due 和 done 的期限规则；规则 \(id) 是条件规则（requires）",
                en:
                    "`report \(rawValue)` counts deadlines: it needs a deadline rule (`due` and `done`); rule \(id) is a condition rule (`requires`)"
            )
        case (.condition, true):
            return Message(
                zh: "report \(rawValue) 统计达到与否，只能用于条件规则（requires）；规则 \(id) 是期限规则（due 和 done）",
                en:
                    "`report \(rawValue)` counts met and not met: it needs a condition rule (`requires`); rule \(id) is a deadline rule (`due` and `done`)"
            )
        default:
            return nil
        }
    }
}

extension RuleSet {
    /// The rules that play `role` in the reports, their ids in order: the one place a report looks
    /// its rules up. A list, not a set: a role has one to three rules, and looking an id up among
    /// them beats hashing it, which a national roll-up did for each of its millions of outcomes
    /// (a twentieth of its time, `Docs/performance.md`).
    public func rules(playing role: ReportRole) -> [String] {
        rules.filter { $0.roles.contains(role) }.map(\.id)
    }

    /// The rules in force on `day` that play `role`: those that judge a subject of that day (at most
    /// one for a role `ReportRole.Needs.single`), of packs in effect by then (helper-133: before the
    /// national pack's 2026-01-30, coverage said "0 of 0 covered" instead of judging nothing).
    public func rules(playing role: ReportRole, on day: CivilDate) -> [String] {
        let effective = Dictionary(packs.map { ($0.id, $0.effective) }, uniquingKeysWith: { first, _ in first })
        return epochs[epoch(on: day)].rules.filter {
            $0.roles.contains(role) && (effective[$0.pack].flatMap { $0 } ?? day) <= day
        }.map(\.id)
    }
}

/// The rules the year's reports read, by role, looked up once from the rule set.
public struct ReportRules: Sendable {
    public let measures: [String]
    public let rectification: [String]
    public let plan: [String]
    public let trigger: [String]
    public let accountability: [String]
    public let committeeFailure: [String]

    public init(_ rules: RuleSet) {
        measures = rules.rules(playing: .measures)
        rectification = rules.rules(playing: .rectification)
        plan = rules.rules(playing: .plan)
        trigger = rules.rules(playing: .trigger)
        accountability = rules.rules(playing: .accountability)
        committeeFailure = rules.rules(playing: .committeeFailure)
    }

    /// Every rule whose outcomes the annual report and the department copies read.
    public var all: [String] {
        Set(measures + rectification + plan + trigger + accountability + committeeFailure).sorted()
    }

    /// The deadline a rule's outcomes are tallied as (measures, rectification, plan, trigger), if any.
    public func tally(of rule: String) -> ReportRole? {
        if measures.contains(rule) { return .measures }
        if rectification.contains(rule) { return .rectification }
        if plan.contains(rule) { return .plan }
        if trigger.contains(rule) { return .trigger }
        return nil
    }

    /// Whether an outcome calls for accountability: a failure (`Finding.Status.isFailure`: overdue,
    /// late or not met) of a rule playing `accountability` (Art. 17), or of one playing
    /// `committee-failure` (Art. 17 (一)). A trigger whose timely talk is only due soon, or still
    /// open, is no one's failure yet, though its outcome has a severity. The annual report (and so
    /// the roll-up) and the discipline-inspection copy all ask this one question.
    public func callsForAccountability(_ finding: Finding) -> Bool {
        finding.status.isFailure
            && (accountability.contains(finding.rule) || committeeFailure.contains(finding.rule))
    }
}

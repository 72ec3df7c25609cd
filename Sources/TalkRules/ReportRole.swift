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

    /// A role a report cannot do without: a pack may not switch off its rule unless another takes it.
    public var isRequired: Bool {
        switch self {
        case .measures, .rectification, .plan, .trigger: true
        // The coverage report says when its rule is not in force; the others are lists that may be empty.
        case .coverage, .archive, .accountability, .committeeFailure: false
        }
    }
}

extension RuleSet {
    /// The rules that play `role` in the reports, by id: the one place a report looks its rules up.
    public func rules(playing role: ReportRole) -> Set<String> {
        Set(rules.lazy.filter { $0.roles.contains(role) }.map(\.id))
    }
}

/// The rules the year's reports read, by role, looked up once from the rule set.
public struct ReportRules: Sendable {
    public let measures: Set<String>
    public let rectification: Set<String>
    public let plan: Set<String>
    public let trigger: Set<String>
    public let accountability: Set<String>
    public let committeeFailure: Set<String>

    public init(_ rules: RuleSet) {
        measures = rules.rules(playing: .measures)
        rectification = rules.rules(playing: .rectification)
        plan = rules.rules(playing: .plan)
        trigger = rules.rules(playing: .trigger)
        accountability = rules.rules(playing: .accountability)
        committeeFailure = rules.rules(playing: .committeeFailure)
    }

    /// Every rule whose outcomes the annual report and the department copies read.
    public var all: Set<String> {
        measures.union(rectification).union(plan).union(trigger).union(accountability).union(committeeFailure)
    }

    /// The deadline a rule's outcomes are tallied as (measures, rectification, plan, trigger), if any.
    public func tally(of rule: String) -> ReportRole? {
        if measures.contains(rule) { return .measures }
        if rectification.contains(rule) { return .rectification }
        if plan.contains(rule) { return .plan }
        if trigger.contains(rule) { return .trigger }
        return nil
    }

    /// Whether a finding calls for accountability: a finding of a rule playing `accountability`
    /// (Art. 17), or the committee's own failure (`committee-failure`). The annual report and the
    /// discipline-inspection copy both ask this one question.
    public func callsForAccountability(_ finding: Finding) -> Bool {
        finding.severity != nil && (accountability.contains(finding.rule) || committeeFailure.contains(finding.rule))
    }
}

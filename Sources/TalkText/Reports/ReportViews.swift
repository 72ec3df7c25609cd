import TalkModel
import TalkRules

/// The annual section (Art. 13 ¶2) and the roll-up (Art. 14–15) as documents and as JSON.
///
/// The documents are written to be handed on: organizations and people by name (an id only in a
/// table's last column, to find the record), dates in prose as 2026年11月21日, and the technical
/// basis (rule packs, as-of date, agreement with `talks check`) in a note at the end.
public struct ReportViews: Sendable {
    let facts: Facts
    let language: Language

    public init(facts: Facts, language: Language) {
        self.facts = facts
        self.language = language
    }

    /// How much of each finding and open item a report writes out (`YearJudgement`'s `shown`):
    /// JSON gives every explanation; a document shows no explanation, and its items are written as
    /// `talks check` writes its table's, with their messages, so a document spends the rules'
    /// budget and names the years without a holiday notice as `check` does.
    public static func detail(json: Bool) -> Engine.Detail { json ? .explained : .described }

    func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
    func organization(_ id: String?) -> String { id.map { facts.organization($0)?.name ?? $0 } ?? "—" }
    func person(_ id: String?) -> String { id.map { facts.person($0)?.name ?? $0 } ?? "—" }
    func date(_ date: CivilDate?) -> String { date?.description ?? "—" }
    func prose(_ date: CivilDate) -> String { date.prose(language) }

    func percent(_ rate: Double?) -> String {
        guard let rate else { return "—" }
        let tenths = Int((rate * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// An outcome's status; not applicable, an item without a deadline has none, one with a
    /// deadline was not judged (`Tally.notApplicable`).
    func status(_ status: Finding.Status, due: CivilDate? = nil) -> String {
        guard status == .notApplicable else { return status.label.text(language) }
        return due == nil ? t("未定时限", "no deadline") : t("不适用", "not applicable")
    }

    /// Days late, as a table's own figure column.
    func daysLate(_ status: Finding.Status, _ days: Int?) -> String {
        guard let days, status == .late || status == .overdue else { return "" }
        return String(days)
    }

    /// "按时完成12项，逾期完成1项，逾期未完成2项，尚未到期3项（其中7日内到期1项）；按时率80.0%".
    /// A tally's label with the periods its rules counted by in the year, each from the day it took
    /// effect: 整改措施（谈话后1个月内报送）：, or, a local pack's period from June on,
    /// 整改措施（谈话后1个月内，2026-06-01起15个工作日内报送）：; without a period, the label alone.
    func within(_ periods: [(from: CivilDate?, period: Period)], _ label: String, _ verb: String) -> String {
        guard !periods.isEmpty else { return label + t("：", ": ") }
        let spans = periods.map { from, period in
            let length = period.label.text(language)
            return from.map { t("\($0)起\(length)内", "\(length) from \($0)") } ?? t("\(length)内", length)
        }
        return label + t("（谈话后\(spans.joined(separator: "，"))\(verb)）：", " (within \(spans.joined(separator: "; "))): ")
    }

    func tallyText(_ tally: Tally, unit: String) -> String {
        func n(_ count: Int) -> String { t("\(count)\(unit)", "\(count)") }
        var parts = [
            t("按时完成", "on time ") + n(tally.onTime), t("逾期完成", "late ") + n(tally.late),
            t("逾期未完成", "overdue ") + n(tally.overdue),
            t("尚未到期", "not yet due ") + n(tally.open)
                + (tally.dueSoon > 0 ? t("（其中即将到期\(n(tally.dueSoon))）", " (due soon \(tally.dueSoon))") : ""),
        ]
        if tally.undated > 0 { parts.append(t("未定完成时限", "no deadline ") + n(tally.undated)) }
        if tally.notApplicable > 0 { parts.append(t("不适用", "not applicable ") + n(tally.notApplicable)) }
        return parts.joined(separator: t("，", ", ")) + t("；按时率", "; on-time rate ") + percent(tally.onTimeRate)
    }

    var tallySeries: [String] {
        [t("按时", "on time"), t("逾期完成", "late"), t("逾期未完成", "overdue"), t("未到期", "not yet due")]
    }

    func tallyValues(_ tally: Tally) -> [Int] { [tally.onTime, tally.late, tally.overdue, tally.open] }

    func withoutIDs(_ message: Message?) -> String { textWithoutIDs(message, facts, language) }

    /// Whom or what an item is about, by name: the talkee and the talk, the plan item's talker, or the trigger.
    func concerning(_ finding: Finding) -> String {
        switch finding.subjectType {
        case .talk:
            guard let talk = facts.talk(finding.subjectID) else { return "—" }
            return "\(person(talk.talkee)) \(talk.held) \(talk.kind.label.text(language))"
        case .plan:
            guard let plan = facts.plan(finding.subjectID) else { return "—" }
            return t("年度计划，谈话人 ", "plan item, talker ") + person(plan.talker)
        case .trigger:
            guard let trigger = facts.trigger(finding.subjectID) else { return "—" }
            return "\(trigger.kind.label.text(language)) \(trigger.on)"
        case .organization: return organization(finding.subjectID)
        }
    }

}

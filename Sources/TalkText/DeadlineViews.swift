import TalkModel
import TalkRules

/// What `talks show` adds to a record's page: a talk's due dates and where each stands, an
/// organization's open items.
public enum DeadlineViews {
    /// 整改措施报告 2026-10-15 已逾期 37 天 …: each deadline of one talk, met ones included.
    public static func talk(_ deadlines: [Finding], asOf: CivilDate, _ language: Language) -> String {
        let zh = language == .zh
        guard !deadlines.isEmpty else { return "" }
        var table = TextTable(headers: zh ? ["事项", "到期日", "状态"] : ["item", "due", "status"])
        for finding in deadlines {
            let state: String =
                if let done = finding.done {
                    zh
                        ? "已完成 \(done)" + (finding.days.map { "，逾期 \($0) 天" } ?? "，按期")
                        : "done \(done)" + (finding.days.map { ", \(counted($0, "day")) late" } ?? ", on time")
                } else if let due = finding.due {
                    WorkListViews.days(asOf.days(to: due), language)
                } else {
                    ""
                }
            table.append([finding.label.text(language), FindingViews.due(finding, language), state])
        }
        return "\n" + (zh ? "期限（截至 \(asOf.prose(language))）" : "Deadlines (as of \(asOf.prose(language)))") + "\n"
            + table.render()
    }

    /// The open items about an organization, as the committee that owes them or as the lower-level
    /// one, most overdue first.
    public static func openItems(_ items: [WorkList.Item], asOf: CivilDate, _ language: Language) -> String {
        let zh = language == .zh
        let title = zh ? "待办事项（截至 \(asOf.prose(language))）" : "Open items (as of \(asOf.prose(language)))"
        guard !items.isEmpty else { return "\n\(title)\n" + (zh ? "无\n" : "none\n") }
        var table = TextTable(
            headers: zh
                ? ["事项", "下级党组织", "对象", "到期日", "状态", "编号"] : ["item", "organization", "person", "due", "status", "ref"])
        for item in items {
            table.append([
                item.finding.label.text(language), DisplayWidth.truncated(item.organizationName ?? "", to: 24),
                DisplayWidth.truncated(item.person ?? "", to: 16), FindingViews.due(item.finding, language),
                WorkListViews.days(item.daysLeft, language), item.finding.subjectID,
            ])
        }
        return "\n\(title)\n" + table.render()
    }
}

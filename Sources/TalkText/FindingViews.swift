import TalkModel
import TalkRules

/// Findings as people and programs read them: a grouped table, the JSON of `spec/cli.md`, CSV.
public enum FindingViews {
    // MARK: JSON

    public static func json(_ result: CheckResult, _ language: Language) -> String {
        let findings = result.findings.map { JSONValue.object(members($0, language)) }
        return JSONWriter.document([
            ("asOf", .string(result.asOf.description)),
            ("packs", packs(result.packs)),
            ("findings", .array(findings)),
            ("summary", summary(result)),
        ])
    }

    static func packs(_ packs: [PackInfo]) -> JSONValue {
        .array(
            packs.map {
                .object([("id", .string($0.id)), ("version", .string($0.version)), ("sha256", .string($0.sha256))])
            })
    }

    static func summary(_ result: CheckResult) -> JSONValue {
        .object(Severity.allCases.map { ($0.rawValue, .number(String(result.count($0)))) })
    }

    /// One finding's members, in the order of the spec's example; fields a rule lacks are left out.
    public static func members(_ finding: Finding, _ language: Language) -> [(key: String, value: JSONValue)] {
        func date(_ date: CivilDate?) -> JSONValue { date.map { .string($0.description) } ?? .null }
        var members: [(key: String, value: JSONValue)] = [
            ("rule", .string(finding.rule)),
            ("article", .string(finding.article)),
            ("quote", .string(finding.quote)),
            ("severity", finding.severity.map { .string($0.rawValue) } ?? .null),
            ("status", .string(finding.status.rawValue)),
            ("subject", .object([("type", .string(finding.subjectType)), ("id", .string(finding.subjectID))])),
            ("conductor", finding.conductor.map(JSONValue.string) ?? .null),
        ]
        if let organization = finding.organization { members.append(("organization", .string(organization))) }
        if finding.isDeadline || finding.due != nil { members.append(("due", date(finding.due))) }
        if finding.provisional { members.append(("provisional", .bool(true))) }
        if finding.isDeadline { members.append(("done", date(finding.done))) }
        if let days = finding.days { members.append(("days", .number(String(days)))) }
        if finding.hasPlanned && finding.severity != nil {
            members.append(("planned", finding.planned.map(JSONValue.string) ?? .null))
        }
        members.append(("message", .string(finding.message.text(language))))
        members.append(("explanation", .array(finding.explanation.map { .string($0.text(language)) })))
        return members
    }

    // MARK: Table

    /// Findings grouped by conductor, each with its article and its days, then a summary line.
    /// With `colour`, violations are red and warnings yellow.
    public static func table(_ result: CheckResult, _ facts: Facts, _ language: Language, colour: Bool = false)
        -> String
    {
        let zh = language == .zh
        var out = zh ? "截至 \(result.asOf)" : "As of \(result.asOf)"
        out += zh ? "（规则包：" : " (rule packs: "
        out += result.packs.map { "\($0.id) \($0.version)" }.joined(separator: ", ") + (zh ? "）\n" : ")\n")
        if result.findings.isEmpty {
            out += zh ? "\n未发现问题。\n" : "\nNo findings.\n"
            return out
        }
        var groups: [(String, [Finding])] = []
        for finding in result.findings {
            let key = finding.conductor ?? ""
            if groups.last?.0 == key {
                groups[groups.count - 1].1.append(finding)
            } else {
                groups.append((key, [finding]))
            }
        }
        for (conductor, findings) in groups {
            out += "\n" + (facts.organization(conductor).map { "\($0.name)（\($0.id)）" } ?? conductor) + "\n"
            var table = TextTable(
                headers: zh
                    ? ["严重程度", "规则", "条款", "对象", "状态", "到期", "说明"]
                    : ["severity", "rule", "article", "subject", "status", "due", "message"])
            for finding in findings { table.append(row(finding, facts, language)) }
            if colour {
                let codes = [Severity.violation: "31", .warning: "33", .notice: "36"]
                let labels = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.label.text(language), $0) })
                table.tint = { row, column in column == 0 ? labels[row[0]].flatMap { codes[$0] } : nil }
            }
            out += table.render()
        }
        out += "\n" + summaryLine(result, language) + "\n"
        return out
    }

    /// The status as people read it, with the days past due: "已逾期 37 天".
    static func status(_ finding: Finding, _ language: Language) -> String {
        let status = finding.status.label.text(language)
        guard let days = finding.days else { return status }
        return status + (language == .zh ? " \(days) 天" : " \(days) days")
    }

    static func row(_ finding: Finding, _ facts: Facts, _ language: Language) -> [String] {
        [
            finding.severity?.label.text(language) ?? "", finding.rule, finding.article,
            subjectLabel(finding, facts, language), status(finding, language), due(finding, language),
            finding.message.text(language),
        ]
    }

    /// The due date as tables show it, marked when it is provisional: "2027-01-04 暂定".
    public static func due(_ finding: Finding, _ language: Language) -> String {
        guard let due = finding.due else { return "" }
        return due.description + (finding.provisional ? (language == .zh ? " 暂定" : " provisional") : "")
    }

    static func subjectLabel(_ finding: Finding, _ facts: Facts, _ language: Language) -> String {
        let zh = language == .zh
        switch finding.subjectType {
        case "talk": return (zh ? "谈话 " : "talk ") + finding.subjectID
        case "plan": return (zh ? "计划 " : "plan ") + finding.subjectID
        case "trigger": return (zh ? "情形 " : "trigger ") + finding.subjectID
        default: return facts.organization(finding.subjectID)?.name ?? finding.subjectID
        }
    }

    public static func summaryLine(_ result: CheckResult, _ language: Language) -> String {
        Severity.allCases.map { "\($0.label.text(language)) \(result.count($0))" }.joined(
            separator: language == .zh ? "，" : ", ")
    }

    // MARK: CSV

    /// The findings as a sheet (CSV or a workbook); the command line adds the CSV encoding.
    public static func table(_ result: CheckResult, _ language: Language) -> SheetTable {
        SheetTable(
            name: language == .zh ? "问题清单" : "findings",
            header: [
                "rule", "article", "severity", "status", "subjectType", "subjectId", "conductor", "organization", "due",
                "done", "days", "planned", "message",
            ],
            rows: result.findings.map { finding in
                [
                    .text(finding.rule), .text(finding.article), .text(finding.severity?.rawValue ?? ""),
                    .text(finding.status.rawValue), .text(finding.subjectType), .text(finding.subjectID),
                    .text(finding.conductor ?? ""), .text(finding.organization ?? ""), .date(finding.due),
                    .date(finding.done), .number(finding.days), .text(finding.planned ?? ""),
                    .text(finding.message.text(language)),
                ]
            })
    }
}

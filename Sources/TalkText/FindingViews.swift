import TalkModel
import TalkRules

/// Findings as people and programs read them: a grouped table, the JSON of `spec/cli.md`, CSV.
public enum FindingViews {
    // MARK: JSON

    /// The JSON of `spec/cli.md`, appended to `stream` a finding at a time.
    public static func json<Failure: Error>(
        _ result: CheckResult, _ language: Language, to stream: inout TextStream<Failure>
    ) throws(Failure) {
        try JSONWriter.document(
            [
                ("asOf", .value(.string(result.asOf.description))),
                ("packs", JSONWriter.Member(packs(result.packs))),
                (
                    "findings",
                    .lines(count: result.findings.count) { .object(members(result.findings[$0], language)) }
                ),
                ("summary", .value(summary(result))),
            ], to: &stream)
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
            (
                "subject",
                .object([("type", .string(finding.subjectType.rawValue)), ("id", .string(finding.subjectID))])
            ),
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
        // Null for an outcome that is not a finding (met, open, not applicable; its severity is
        // null too): the rule's message states a problem there is not.
        members.append(("message", finding.message.map { .string($0.text(language)) } ?? .null))
        members.append(("explanation", .array(finding.explanation.map { .string($0.text(language)) })))
        return members
    }

    // MARK: Table

    /// Findings grouped by conductor, each with its item, article, subject and days, its message
    /// on the lines under it; the rules' notes once at the end, then a summary line. Fits 120
    /// columns. With `colour`, violations are red and warnings yellow.
    ///
    /// Appended to `stream` a committee's table at a time, so a national check never holds its
    /// whole report (tens of megabytes) at once; the tables of a few committees are made on every
    /// core at once, and written in order.
    public static func table<Failure: Error>(
        _ result: CheckResult, _ facts: Facts, _ language: Language, colour: Bool = false,
        to stream: inout TextStream<Failure>
    ) throws(Failure) {
        try stream.append(heading(result, language))
        if result.findings.isEmpty {
            try stream.append(language == .zh ? "\n未发现问题。\n" : "\nNo findings.\n")
            return
        }
        let committees = result.findings.runsByConductor().map(\.range)
        for first in stride(from: 0, to: committees.count, by: committeesAtOnce) {
            let batch = committees[first..<min(first + committeesAtOnce, committees.count)]
            let tables = [String](concurrently: batch.count) { i in
                table(result.findings, batch[first + i], facts, language, colour: colour)
            }
            for table in tables { try stream.append(table) }
        }
        try stream.append(notes(result.notes, language) + "\n" + summaryLine(result, language) + "\n")
    }

    /// How many committees' tables are made at once: enough for every core, few enough to hold.
    static let committeesAtOnce = 64

    /// One committee's findings (`range` of `findings`) under its name, as a table. Each finding
    /// is read where it lies: a copy counted a reference to each of its texts, for every row of a
    /// national check.
    static func table(
        _ findings: Findings, _ range: Range<Int>, _ facts: Facts, _ language: Language, colour: Bool
    ) -> String {
        let zh = language == .zh
        let key = range.isEmpty ? "" : findings[range.lowerBound].conductor ?? ""
        let heading = facts.organization(key).map { "\($0.name)（\($0.id)）" } ?? key
        let name = "\n" + heading.inline + "\n"
        var table = TextTable(
            headers: zh
                ? ["严重程度", "事项", "条款", "对象", "状态", "到期日"]
                : ["severity", "item", "article", "subject", "status", "due"])
        findings.forEachInPlace(in: range) { finding in
            table.append(
                [
                    finding.pointee.severity?.label.text(language) ?? "", finding.pointee.label.text(language),
                    finding.pointee.article, subjectLabel(finding, facts, columns: 32),
                    status(finding.pointee, language), due(finding.pointee, language),
                ], detail: finding.pointee.message?.text(language))
        }
        if colour { tintSeverities(&table, language) }
        return name + table.render()
    }

    /// The first line of a list of findings: the as-of date and the packs that judged.
    static func heading(_ result: CheckResult, _ language: Language) -> String {
        let packs = result.packs.map { "\($0.id) \($0.version)" }
        return language == .zh
            ? "截至\(result.asOf.chinese)（规则包：\(packs.joined(separator: "，"))）\n"
            : "As of \(result.asOf) (rule packs: \(packs.joined(separator: ", ")))\n"
    }

    /// What holds for a whole kind of item, said once under the tables: "注：归档抄送：……".
    static func notes(_ notes: [(label: Message, note: Message)], _ language: Language) -> String {
        guard !notes.isEmpty else { return "" }
        let zh = language == .zh
        return "\n" + (zh ? "注：\n" : "Notes:\n")
            + notes.map { "  \($0.label.text(language))\(zh ? "：" : ": ")\($0.note.text(language))\n" }.joined()
    }

    /// Violations red, warnings yellow, notices cyan, in the first column.
    static func tintSeverities(_ table: inout TextTable, _ language: Language) {
        let codes = [Severity.violation: "31", .warning: "33", .notice: "36"]
        let labels = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.label.text(language), $0) })
        table.tint = { row, column in column == 0 ? labels[row[0]].flatMap { codes[$0] } : nil }
    }

    /// The status as people read it, with the days past due: "已逾期 37 天".
    static func status(_ finding: Finding, _ language: Language) -> String {
        let status = finding.status.label.text(language)
        guard let days = finding.days else { return status }
        return status + (language == .zh ? " \(days) 天" : " " + counted(days, "day"))
    }

    /// The due date as tables show it, marked when it is provisional: "2027-01-04 暂定".
    public static func due(_ finding: Finding, _ language: Language) -> String {
        guard let due = finding.due else { return "" }
        return due.description + (finding.provisional ? (language == .zh ? " 暂定" : " provisional") : "")
    }

    /// Whom a finding is about, in at most `columns`: the lower-level organization and the
    /// record's id, or the organization judged itself. A long name is cut, never the id after it
    /// (helper-160: a row whose name was cut into its id no longer said which talk it was); an id
    /// too long for the column is shown whole, alone, wider than the others (helper-161).
    static func subjectLabel(_ finding: UnsafePointer<Finding>, _ facts: Facts, columns: Int) -> String {
        guard finding.pointee.subjectType != .organization else {
            return DisplayWidth.truncated(
                facts.organization(finding.pointee.subjectID)?.name ?? finding.pointee.subjectID, to: columns)
        }
        let id = VisibleText.escaped(finding.pointee.subjectID)
        let room = columns - DisplayWidth.of(id) - 1
        guard let name = finding.pointee.organization.flatMap({ facts.organization($0)?.name }), room > 1 else {
            return id
        }
        return DisplayWidth.truncated(name, to: room) + " " + id
    }

    public static func summaryLine(_ result: CheckResult, _ language: Language) -> String {
        Severity.allCases.map { "\($0.label.text(language)) \(result.count($0))" }.joined(
            separator: language == .zh ? "，" : ", ")
    }

    // MARK: CSV

    /// The findings as a sheet (CSV or a workbook); the command line adds the CSV encoding. In
    /// English the headers and values are the JSON's identifiers, which scripts read; in Chinese
    /// both are as people write them (严重程度 违规, 状态 已逾期). The item and whether the due
    /// date is provisional come last, so the columns scripts count by stay where they were.
    public static func table(_ result: CheckResult, _ language: Language) -> SheetTable {
        let zh = language == .zh
        return SheetTable(
            name: zh ? "问题清单" : "findings",
            header: zh
                ? [
                    "规则", "条款", "严重程度", "状态", "对象类型", "对象编号", "党委（党组）", "下级党组织", "到期日", "完成日", "天数",
                    "计划事项", "说明", "事项", "暂定",
                ]
                : [
                    "rule", "article", "severity", "status", "subjectType", "subjectId", "conductor", "organization",
                    "due", "done", "days", "planned", "message", "item", "provisional",
                ],
            each: result.findings
        ) { finding in
            [
                .text(finding.rule), .text(finding.article),
                .text((zh ? finding.severity?.label.zh : finding.severity?.rawValue) ?? ""),
                .text(zh ? finding.status.label.zh : finding.status.rawValue),
                .text(zh ? finding.subjectType.label.zh : finding.subjectType.rawValue), .text(finding.subjectID),
                .text(finding.conductor ?? ""), .text(finding.organization ?? ""), .date(finding.due),
                .date(finding.done), .number(finding.days), .text(finding.planned ?? ""),
                .text(finding.message?.text(language) ?? ""), .text(finding.label.text(language)),
                // A due date in a year without a holiday notice may still move (`deadlines.md`).
                .text(finding.provisional ? (zh ? "暂定" : "true") : ""),
            ]
        }
    }

}

/// A count and its English noun, singular for one: "1 day", "3 days", "1 gap".
public func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

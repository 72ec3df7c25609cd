import TalkModel
import TalkRules

/// The copy of Art. 12 for the discipline-inspection organ or the organization department: one row
/// per supervision talk with the facts that department follows up on (Art. 15 ¶2), and nothing
/// confidential. Both copies share the talk, the dates and where each rectification report stands;
/// the discipline-inspection copy adds what led to timely talks and what calls for accountability
/// (Art. 17); the organization copy adds the plan, the steps and the record, which cadre
/// assessment (Art. 14) looks at.
public struct DepartmentCopy {
    public enum Recipient: String, CaseIterable, Sendable {
        case disciplineInspection = "discipline-inspection"
        case organization
    }

    /// A column: its JSON key, its headers, and each row's value as a sheet's cell (what people
    /// read) and as JSON (identifiers, as everywhere in JSON).
    struct Column {
        let key: String
        let zh: String
        let en: String
        let value: (Row) -> (cell: SheetCell, json: JSONValue)?

        init(key: String, zh: String, en: String, value: @escaping (Row) -> (cell: SheetCell, json: JSONValue)?) {
            (self.key, self.zh, self.en, self.value) = (key, zh, en, value)
        }

        /// A value that reads the same in both.
        init(key: String, zh: String, en: String, text: @escaping (Row) -> String?) {
            self.init(key: key, zh: zh, en: en) { row in text(row).map { (.text($0), .string($0)) } }
        }

        /// A date: a date cell in a workbook, `YYYY-MM-DD` in CSV and JSON.
        init(key: String, zh: String, en: String, date: @escaping (Row) -> CivilDate?) {
            self.init(key: key, zh: zh, en: en) { row in date(row).map { (.date($0), .string($0.description)) } }
        }
    }

    struct Row {
        let talk: Talk
        /// The talk's measures and rectification outcomes, by the role their rules play.
        let outcomes: [ReportRole: Finding]
        let accountability: [Finding]
        /// The triggers this talk answered, as `timely-followup` (and so the annual report) found them, earliest first.
        let answered: [Trigger]
    }

    let recipient: Recipient
    let facts: Facts
    let language: Language
    let asOf: CivilDate
    let rows: [Row]

    /// The copy of the supervision talks held by the as-of date by the given committees, of one
    /// year or all (`Facts.copyCommittees` says which committees).
    /// `judging`: the rules judged, all but those a connection cannot judge
    /// (`Judgement.unjudgedRules`), as `check` judges them.
    public init(
        _ recipient: Recipient, engine: Engine, asOf: CivilDate, conductors: Set<String>, year: Int?,
        language: Language, judging: (Rule) -> Bool = { _ in true }
    ) throws(InputError) {
        self.recipient = recipient
        facts = engine.facts
        self.language = language
        self.asOf = asOf
        let facts = engine.facts
        let chosen = Set(
            facts.talks.indices.filter { i in
                let talk = facts.talks[i]
                // Held by the as-of day, as its doc says (helper-129: a talk held after it was listed
                // with no deadlines, where the annual report of that day counts none).
                return talk.kind.isSupervision && conductors.contains(talk.conductor)
                    && talk.held <= asOf && (year == nil || talk.held.year == year)
            })
        let roles = ReportRules(engine.rules)
        // The talks' deadlines and accountability findings, and every trigger's follow-up: a
        // timely talk's row names the triggers it answered and carries their lateness.
        let outcomes = try engine.outcomes(
            asOf: asOf,
            rules: {
                (roles.measures.contains($0.id) || roles.rectification.contains($0.id) || roles.trigger.contains($0.id)
                    || roles.accountability.contains($0.id) || roles.committeeFailure.contains($0.id)) && judging($0)
            }
        ) { subject, i in (subject == .talk && chosen.contains(i)) || subject == .trigger }.findings
        let byTalk = Dictionary(grouping: outcomes.filter { $0.subjectType == .talk }, by: \.subjectID)
        let followUps = outcomes.filter { roles.trigger.contains($0.rule) }
        let byAnswer = Dictionary(grouping: followUps) { facts.talkAnswering($0)?.id ?? "" }
        rows = chosen.sorted().map { i in
            // As known on the as-of day (helper-130: a later report's day stood beside "overdue").
            let talk = facts.talks[i].known(on: asOf)
            let mine = byTalk[talk.id] ?? []
            let answers = byAnswer[talk.id] ?? []
            return Row(
                talk: talk,
                outcomes: Dictionary(
                    mine.compactMap { outcome in
                        roles.tally(of: outcome.rule).flatMap {
                            [.measures, .rectification].contains($0) ? ($0, outcome) : nil
                        }
                    }
                ) { a, _ in a },
                accountability: (mine + answers).filter(roles.callsForAccountability),
                answered: answers.compactMap { facts.trigger($0.subjectID) }.sorted { ($0.on, $0.id) < ($1.on, $1.id) })
        }
    }

    private func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    private var columns: [Column] {
        let separator = t("；", "; ")
        func named(_ id: String, _ name: String?) -> (cell: SheetCell, json: JSONValue) {
            (.text(name ?? id), .string(id))
        }
        func organization(_ id: String) -> (cell: SheetCell, json: JSONValue) {
            named(id, facts.organization(id)?.name)
        }
        func person(_ id: String) -> (cell: SheetCell, json: JSONValue) { named(id, facts.person(id)?.name) }
        func label<V: Vocabulary>(_ value: V?) -> (cell: SheetCell, json: JSONValue)? {
            value.map { (.text($0.label.text(language)), .string($0.rawValue)) }
        }
        func labels<V: Vocabulary>(_ values: [V]) -> (cell: SheetCell, json: JSONValue) {
            (
                .text(values.map { $0.label.text(language) }.joined(separator: separator)),
                .array(values.map { .string($0.rawValue) })
            )
        }
        func yesNo(_ flag: Bool) -> (cell: SheetCell, json: JSONValue) {
            (.text(flag ? t("是", "yes") : t("否", "no")), .bool(flag))
        }
        func status(_ rule: ReportRole) -> (Row) -> (cell: SheetCell, json: JSONValue)? {
            { row in row.outcomes[rule].map { (.text($0.status.label.text(language)), .string($0.status.rawValue)) } }
        }
        // Days late as a number of its own, so a sheet can sum and sort it.
        func daysLate(_ rule: ReportRole) -> (Row) -> (cell: SheetCell, json: JSONValue)? {
            { row in row.outcomes[rule]?.days.map { (.number($0), .number(String($0))) } }
        }
        // A plain date in JSON and a date cell in a workbook, provisional or not: whether it is, is a
        // column of its own (`provisional`), as in check's sheet (helper-222: "2027-01-20 暂定" was
        // text among date cells, and the column no longer sorted or filtered as dates).
        func due(_ rule: ReportRole) -> (Row) -> (cell: SheetCell, json: JSONValue)? {
            { row in row.outcomes[rule].flatMap { finding in finding.due.map { (.date($0), .string($0.description)) } }
            }
        }
        // A due date in a year without a holiday notice may still move (`deadlines.md`).
        func provisional(_ rule: ReportRole) -> (Row) -> (cell: SheetCell, json: JSONValue)? {
            { row in
                let provisional = row.outcomes[rule]?.provisional ?? false
                return (.text(provisional ? t("暂定", "true") : ""), .bool(provisional))
            }
        }
        var columns = [
            Column(key: "talk", zh: "谈话编号", en: "talk") { $0.talk.id },
            Column(key: "conductor", zh: "开展谈话的党委", en: "conductor") { organization($0.talk.conductor) },
            Column(key: "organization", zh: "谈话对象单位", en: "organization") { organization($0.talk.organization) },
            Column(key: "talkee", zh: "被谈话人", en: "talkee") { person($0.talk.talkee) },
            Column(key: "talker", zh: "谈话人", en: "talker") { person($0.talk.talker) },
            Column(key: "kind", zh: "谈话类型", en: "kind") { label($0.talk.kind) },
            Column(key: "held", zh: "谈话日期", en: "held", date: { $0.talk.held }),
            // Each row says the day its statuses were computed on, so a copy read later is not misread.
            Column(key: "asOf", zh: "状态截至", en: "status as of", date: { _ in asOf }),
            Column(key: "measuresDue", zh: "整改措施应报日期", en: "measures due", value: due(.measures)),
            Column(
                key: "measuresReported", zh: "整改措施报告日期", en: "measures reported", date: { $0.talk.measures?.reported }),
            Column(key: "measuresStatus", zh: "整改措施", en: "measures", value: status(.measures)),
            Column(
                key: "measuresDaysLate", zh: "整改措施逾期天数", en: "measures days late",
                value: daysLate(.measures)),
            Column(key: "reportDue", zh: "整改情况应报日期", en: "report due", value: due(.rectification)),
            Column(key: "reportReported", zh: "整改情况报告日期", en: "report reported", date: { $0.talk.report?.reported }),
            Column(key: "reportStatus", zh: "整改情况", en: "report", value: status(.rectification)),
            Column(
                key: "reportDaysLate", zh: "整改情况逾期天数", en: "report days late", value: daysLate(.rectification)
            ),
        ]
        switch recipient {
        case .disciplineInspection:
            columns += [
                Column(key: "triggers", zh: "及时谈话情形类别", en: "trigger kind") { row in
                    (
                        row.answered.isEmpty
                            ? .empty
                            : .text(row.answered.map { $0.kind.label.text(language) }.joined(separator: separator)),
                        .array(row.answered.map { .string($0.id) })
                    )
                },
                // A date cell when the talk answered one trigger; several dates only text can hold.
                Column(key: "triggerDates", zh: "情形发现日期", en: "trigger date") { row in
                    switch row.answered.count {
                    case 0: nil
                    case 1: (.date(row.answered[0].on), .array([.string(row.answered[0].on.description)]))
                    default:
                        (
                            .text(row.answered.map(\.on.description).joined(separator: separator)),
                            .array(row.answered.map { .string($0.on.description) })
                        )
                    }
                },
                Column(key: "assessment", zh: "整改评定", en: "assessment") { label($0.talk.report?.assessment) },
                Column(key: "untruthful", zh: "未如实报告", en: "untruthful") { yesNo($0.talk.untruthful) },
                Column(key: "accountability", zh: "问责提示（第十七条）", en: "accountability (Art. 17)") { row in
                    (
                        .text(
                            row.accountability.map { "\($0.article) \(textWithoutIDs($0.message, facts, language))" }
                                .joined(separator: separator)), .array(row.accountability.map { .string($0.rule) })
                    )
                },
            ]
        case .organization:
            columns += [
                Column(key: "plan", zh: "计划事项", en: "plan item") { $0.talk.plan },
                Column(key: "steps", zh: "谈话环节", en: "steps") { labels($0.talk.steps) },
                Column(key: "record", zh: "谈话记录", en: "record") { yesNo($0.talk.record) },
            ]
        }
        // (Whether a due date is provisional last, so the columns scripts count by stay where they were.)
        return columns + [
            Column(key: "archived", zh: "归档日期", en: "archived", date: { $0.talk.archive?.archived }),
            Column(key: "copiedTo", zh: "抄送", en: "copied to") { row in row.talk.archive.map { labels($0.copiedTo) } },
            Column(
                key: "measuresProvisional", zh: "整改措施应报日期暂定", en: "measures due provisional",
                value: provisional(.measures)),
            Column(
                key: "reportProvisional", zh: "整改情况应报日期暂定", en: "report due provisional",
                value: provisional(.rectification)),
        ]
    }

    /// A sheet for Excel or WPS (CSV or a workbook), named for its recipient.
    public func table() -> SheetTable {
        let columns = self.columns
        return SheetTable(
            name: recipient == .disciplineInspection
                ? t("纪检机关副本", "discipline inspection") : t("组织部门副本", "organization dept"),
            header: columns.map { t($0.zh, $0.en) },
            rows: rows.map { row in columns.map { $0.value(row)?.cell ?? .empty } })
    }

    /// The same facts as JSON: who it is for, the as-of date, one object per talk; a due date in a
    /// year without a holiday notice has `measuresProvisional` or `reportProvisional` true beside
    /// it (spec/deadlines.md; helper-217: only the sheet's words said so).
    public func json() -> String {
        let columns = self.columns
        return JSONWriter.document([
            ("for", .string(recipient.rawValue)), ("asOf", .string(asOf.description)),
            (
                "talks",
                .array(
                    rows.map { row in
                        .object(columns.map { ($0.key, $0.value(row)?.json ?? .null) })
                    })
            ),
        ])
    }

    /// The years of the provisional due dates the copy shows, each once, to be said on standard error
    /// (spec/deadlines.md).
    public var provisionalYears: [Int] {
        Set(rows.flatMap { $0.outcomes.values.filter(\.provisional).compactMap { $0.due?.year } }).sorted()
    }
}

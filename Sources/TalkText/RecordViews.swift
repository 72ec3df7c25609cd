import TalkModel

/// Names to show instead of ids, where the records are known.
public struct Names: Sendable {
    private let organizations: [String: String]
    private let people: [String: String]

    public init(organizations: [Organization], people: [Person]) {
        self.organizations = Dictionary(organizations.map { ($0.id, $0.name) }) { first, _ in first }
        self.people = Dictionary(people.map { ($0.id, $0.name) }) { first, _ in first }
    }

    public func organization(_ id: String?) -> String { id.map { organizations[$0] ?? $0 } ?? "—" }
    public func person(_ id: String?) -> String { id.map { people[$0] ?? $0 } ?? "—" }
}

/// How records are shown: as an aligned table, a detail page, or JSON in the dataset format's shape.
/// Confidential texts (problems, requirements, trigger notes) are shown only when asked for (Art. 16).
public struct RecordViews {
    public let language: Language
    public let names: Names
    public let confidential: Bool
    /// The store withholds the confidential texts from this connection (a database role granted
    /// without them, `talks access`): how many there are is unknown too, so none is counted.
    public var withheld = false

    public init(language: Language, names: Names, confidential: Bool) {
        self.language = language
        self.names = names
        self.confidential = confidential
    }

    private func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
    private func label(_ value: some Vocabulary) -> String { value.label.text(language) }
    private func date(_ value: CivilDate?) -> String { value?.description ?? "—" }
    private func yesNo(_ value: Bool) -> String { value ? t("是", "yes") : t("否", "no") }

    // MARK: Tables

    public func table(_ kind: RecordKind, _ d: Dataset) -> String {
        switch kind {
        case .organizations:
            // The day each was dissolved, when one was: a committee merged away looked as any other
            // (helper-206). (A list without one has no such column, as before.)
            let dissolved = d.organizations.contains { $0.dissolved != nil }
            var table = TextTable(
                headers: [t("编号", "id"), t("名称", "name"), t("类别", "kind"), t("层级", "level"), t("上级", "parent")]
                    + (dissolved ? [t("撤销", "dissolved")] : []))
            for o in d.organizations {
                table.append(
                    [o.id, o.name, label(o.kind), label(o.level), o.parent.map(names.organization) ?? "—"]
                        + (dissolved ? [o.dissolved.map { date($0) } ?? ""] : []))
            }
            return table.render()
        case .people:
            var table = TextTable(headers: [t("编号", "id"), t("姓名", "name")])
            for p in d.people { table.append([p.id, p.name]) }
            return table.render()
        case .appointments:
            var table = TextTable(headers: [
                t("人员", "person"), t("组织", "organization"), t("职务", "role"), t("起", "from"), t("止", "to"),
            ])
            for a in d.appointments {
                table.append([
                    names.person(a.person), names.organization(a.organization), label(a.role), date(a.from), date(a.to),
                ])
            }
            return table.render()
        case .terms:
            var table = TextTable(headers: [t("组织", "organization"), t("届次", "number"), t("起", "from"), t("止", "to")])
            for term in d.terms {
                table.append([
                    names.organization(term.organization),
                    term.number.map { t("第\(OfficeText.numeral($0))届", String($0)) } ?? "—", date(term.from),
                    date(term.to),
                ])
            }
            return table.render()
        case .plans:
            var table = TextTable(headers: [
                t("编号", "id"), t("年度", "year"), t("谈话党委", "conductor"), t("下级组织", "organization"),
                t("谈话人", "talker"), t("完成时限", "due"),
            ])
            for p in d.plans {
                table.append([
                    p.id, String(p.year), names.organization(p.conductor), names.organization(p.organization),
                    names.person(p.talker), date(p.due),
                ])
            }
            return table.render()
        case .triggers:
            var table = TextTable(headers: [t("编号", "id"), t("日期", "on"), t("组织", "organization"), t("情形", "kind")])
            for trigger in d.triggers {
                table.append([
                    trigger.id, date(trigger.on), names.organization(trigger.organization), label(trigger.kind),
                ])
            }
            return table.render()
        case .talks:
            var table = TextTable(headers: [
                t("编号", "id"), t("谈话日期", "held"), t("类型", "kind"), t("谈话党委", "conductor"), t("下级组织", "organization"),
                t("被谈话人", "talkee"), t("谈话人", "talker"), t("整改措施", "measures"), t("整改情况", "report"),
            ])
            for talk in d.talks {
                table.append([
                    talk.id, date(talk.held), label(talk.kind), names.organization(talk.conductor),
                    names.organization(talk.organization), names.person(talk.talkee), names.person(talk.talker),
                    date(talk.measures?.reported), date(talk.report?.reported),
                ])
            }
            return table.render()
        }
    }

    // MARK: JSON

    /// The records as a JSON array, one record a line, in the dataset format's shape, appended to
    /// `stream` as they are made, on every core a batch at a time (`concurrentlyInOrder`): the
    /// talks of a national store are never held whole, as objects or as text.
    public func json<Failure: Error>(_ kind: RecordKind, _ all: Dataset, to stream: inout TextStream<Failure>)
        throws(Failure)
    {
        let d = confidential ? all : all.redacted()
        let count = DatasetEncoder.count(kind, d)
        guard count > 0 else { return try stream.append("[]\n") }
        try stream.append("[\n")
        try concurrentlyInOrder(count, make: { "  " + JSONWriter.line(DatasetEncoder.json(kind, at: $0, in: d)) }) {
            (i, line) throws(Failure) in try stream.append((i == 0 ? "" : ",\n") + line)
        }
        try stream.append("\n]\n")
    }

    /// The records with this id (one per kind that has it), each as `{"kind": …, "record": …}`.
    public func showJSON(_ kinds: [RecordKind], _ all: Dataset, id: String) -> String {
        let d = confidential ? all : all.redacted()
        let records: [JSONValue] = kinds.compactMap { kind in
            guard kind.record.hasID else { return nil }
            return DatasetEncoder.json(kind, key: id, in: d).map {
                .object([("kind", .string(kind.singular.en)), ("record", $0)])
            }
        }
        return Self.jsonLines(records)
    }

    static func jsonLines(_ values: [JSONValue]) -> String {
        guard !values.isEmpty else { return "[]\n" }
        return "[\n" + values.map { "  " + JSONWriter.line($0) }.joined(separator: ",\n") + "\n]\n"
    }

    // MARK: Detail pages

    /// One record and the records around it, as `label  value` lines.
    public func page(_ kind: RecordKind, _ d: Dataset, id: String) -> String {
        var lines: [(String, String)] = []
        func add(_ zh: String, _ en: String, _ value: String) { lines.append((t(zh, en), value)) }
        var related = ""
        switch kind {
        case .organizations:
            guard let o = d.organizations.first(where: { $0.id == id }) else { return "" }
            add("组织", "organization", "\(o.name) (\(o.id))")
            add("类别", "kind", label(o.kind))
            add("层级", "level", label(o.level))
            add("上级", "parent", o.parent.map { "\(names.organization($0)) (\($0))" } ?? "—")
            // The tree has history: each earlier parent to its last day, oldest first.
            for former in o.formerParents {
                let who = former.parent.map { "\(names.organization($0)) (\($0))" } ?? t("无", "none")
                add("原上级", "earlier parent", t("\(who)，至 \(former.until)", "\(who), until \(former.until)"))
            }
            if o.established != nil || o.dissolved != nil {
                add("存续", "existed", "\(date(o.established)) – \(date(o.dissolved))")
            }
            if o.kind == .partyGroup || o.approvedBy != nil {
                add("批准设立", "approved by", names.organization(o.approvedBy ?? o.parent))
            }
            let children = d.organizations.filter { $0.parent == o.id }
            // A dissolved one with the day it was (helper-207: listed as any other).
            let named = children.map { child in
                child.dissolved.map { t("\(child.name)（\($0) 撤销）", "\(child.name) (dissolved \($0))") } ?? child.name
            }
            add("下级组织", "lower organizations", named.isEmpty ? "—" : named.joined(separator: "、"))
            // Those below it before, each to its last day under it: a committee dissolved in a
            // reform showed none (helper-206).
            let earlier = d.organizations.flatMap { child in
                child.formerParents.filter { $0.parent == o.id }.map {
                    t("\(child.name)，至 \($0.until)", "\(child.name), until \($0.until)")
                }
            }
            if !earlier.isEmpty { add("原下级组织", "earlier lower organizations", earlier.joined(separator: t("；", "; "))) }
            related += section(
                t("任职", "appointments"), table(.appointments, filtered(d, appointments: { $0.organization == o.id })))
            related += section(t("届期", "terms"), table(.terms, filtered(d, terms: { $0.organization == o.id })))
            let talks = filtered(d, talks: { $0.organization == o.id || $0.conductor == o.id })
            if !talks.talks.isEmpty { related += section(t("谈话", "talks"), table(.talks, talks)) }
        case .people:
            guard let p = d.people.first(where: { $0.id == id }) else { return "" }
            add("人员", "person", "\(p.name) (\(p.id))")
            related += section(
                t("任职", "appointments"), table(.appointments, filtered(d, appointments: { $0.person == p.id })))
        case .plans:
            guard let p = d.plans.first(where: { $0.id == id }) else { return "" }
            add("计划事项", "plan item", p.id)
            add("年度", "year", String(p.year))
            add("谈话党委", "conductor", names.organization(p.conductor))
            add("下级组织", "organization", names.organization(p.organization))
            add("谈话人", "talker", names.person(p.talker))
            add("完成时限", "due", date(p.due))
            add("依据", "basis", p.basis.isEmpty ? "—" : p.basis.map(label).joined(separator: "、"))
            related += section(
                t("写明该计划事项的谈话", "talks naming this plan item"), table(.talks, filtered(d, talks: { $0.plan == p.id })))
        case .triggers:
            guard let trigger = d.triggers.first(where: { $0.id == id }) else { return "" }
            add("情形", "trigger", trigger.id)
            add("组织", "organization", names.organization(trigger.organization))
            add("类别", "kind", label(trigger.kind))
            add("日期", "on", date(trigger.on))
            // Who holds its timely talk: the parent that day (`timely-followup`); none for the root,
            // whose trigger no rule judges (helper-229: show did not say so).
            let parent = d.organizations.first { $0.id == trigger.organization }?.parent(on: trigger.on)
            add(
                "当日上级", "parent that day",
                parent.map(names.organization) ?? t("—（没有上级党组织，本情形不作评判）", "— (none: the trigger is not judged)"))
            add("说明", "note", texts(trigger.note.map { [$0] } ?? []))
            related += section(
                t("写明该情形的谈话", "talks naming this trigger"),
                table(.talks, filtered(d, talks: { $0.triggers.contains(trigger.id) })))
        case .talks:
            guard let talk = d.talks.first(where: { $0.id == id }) else { return "" }
            add("谈话", "talk", talk.id)
            add("类型", "kind", label(talk.kind))
            add("谈话党委", "conductor", names.organization(talk.conductor))
            add("下级组织", "organization", names.organization(talk.organization))
            add("被谈话人", "talkee", names.person(talk.talkee))
            add("谈话人", "talker", names.person(talk.talker))
            add("方式", "format", label(talk.format))
            add("谈话日期", "held", date(talk.held))
            add("结束日期", "ended", date(talk.ended))
            add("年度计划", "plan item", talk.plan ?? "—")
            add("及时谈话情形", "triggers", talk.triggers.isEmpty ? "—" : talk.triggers.joined(separator: "、"))
            add("谈话前自查", "self-check", yesNo(talk.selfCheck))
            add("谈话步骤", "steps", talk.steps.isEmpty ? "—" : talk.steps.map(label).joined(separator: " → "))
            add("指出问题", "problems", texts(talk.problems))
            add("整改要求", "requirements", texts(talk.requirements))
            add("谈话记录", "record made", yesNo(talk.record))
            add(
                "参与部门", "participants",
                talk.participants.isEmpty ? "—" : talk.participants.map(label).joined(separator: "、"))
            add("未如实报告", "untruthful", yesNo(talk.untruthful))
            if let m = talk.measures {
                add("整改措施报告", "measures reported", date(m.reported))
                add("含思想认识", "with reflections", yesNo(m.reflections))
                add("向班子成员通报", "communicated", date(m.communicated))
            } else {
                add("整改措施报告", "measures reported", "—")
            }
            add("整改情况报告", "report", date(talk.report?.reported))
            if let assessment = talk.report?.assessment { add("整改评估", "assessment", label(assessment)) }
            add("归档", "archived", date(talk.archive?.archived))
            if let archive = talk.archive {
                add(
                    "抄送", "copied to",
                    archive.copiedTo.isEmpty ? "—" : archive.copiedTo.map(label).joined(separator: "、"))
            }
        case .appointments, .terms:
            return ""
        }
        let width = lines.map { DisplayWidth.of($0.0) }.max() ?? 0
        // Every value stands on its label's line (`inline`): a name, an id or a confidential text
        // with a line break cannot begin a line that passes for another field.
        let body = lines.map { $0.0 + String(repeating: " ", count: width - DisplayWidth.of($0.0) + 2) + $0.1.inline }
        return body.joined(separator: "\n") + "\n" + related
    }

    /// Confidential texts, or only how many there are.
    private func texts(_ items: [String]) -> String {
        guard !withheld else { return t("（保密内容，本数据库角色不可见）", "(confidential: withheld from this database role)") }
        guard !items.isEmpty else { return "—" }
        guard confidential else {
            return t(
                "\(items.count) 条（保密内容，加 --include-confidential 显示）",
                "\(items.count) (confidential; add --include-confidential to show)")
        }
        return items.enumerated().map { "\($0 + 1). \($1)" }.joined(separator: "；")
    }

    private func section(_ title: String, _ body: String) -> String {
        "\n\(title)\n" + body
    }

    private func filtered(
        _ d: Dataset, appointments: ((Appointment) -> Bool)? = nil, terms: ((Term) -> Bool)? = nil,
        talks: ((Talk) -> Bool)? = nil
    ) -> Dataset {
        var out = Dataset()
        if let appointments { out.appointments = d.appointments.filter(appointments) }
        if let terms { out.terms = d.terms.filter(terms) }
        if let talks { out.talks = d.talks.filter(talks) }
        return out
    }
}

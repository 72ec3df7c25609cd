import TalkModel

/// The fields of each kind of record, as rule files name them (the dataset format's names).
///
/// Dated facts inside a talk that fall after the as-of date have not happened yet: the measures
/// report, the communication, the rectification report and the archiving read as null until their day.
enum RecordFields {
    static func fields(of kind: EntityKind) -> [String: Field] {
        switch kind {
        case .talk: talk
        case .measures: measures
        case .report: report
        case .archive: archive
        case .plan: plan
        case .trigger: trigger
        case .organization: organization
        case .person: person
        case .term: term
        }
    }

    /// A field's enumerated value keeps its vocabulary, to be shown with its own label.
    private static func symbol<V: FieldVocabulary>(_ value: V) -> Value { .symbol(value.rawValue, V.vocabulary) }
    private static func symbols<V: FieldVocabulary>(_ values: [V]) -> Value { .list(values.map(symbol)) }
    private static func optional(_ kind: EntityKind, _ index: Int?) -> Value {
        index.map { .entity(kind, $0) } ?? .null
    }
    private static func optional(_ date: CivilDate?) -> Value { date.map(Value.date) ?? .null }
    private static func m(_ zh: String, _ en: String) -> Message { Message(zh: zh, en: en) }

    static let talk: [String: Field] = [
        "id": Field(type: .text, label: m("谈话编号", "talk")) { env, i in .text(env.facts.talks[i].id) },
        "conductor": Field(type: .entity(.organization), label: m("开展谈话的党组织", "conductor")) { env, i in
            .entity(.organization, env.facts.talkConductor[i])
        },
        "kind": Field(type: .text, label: m("谈话类型", "kind"), vocabulary: .talkKind) { env, i in
            symbol(env.facts.talks[i].kind)
        },
        "organization": Field(type: .entity(.organization), label: m("下级党组织", "organization")) { env, i in
            .entity(.organization, env.facts.talkOrganization[i])
        },
        "talkee": Field(type: .entity(.person), label: m("被谈话人", "talkee")) { env, i in
            .entity(.person, env.facts.talkTalkee[i])
        },
        "talker": Field(type: .entity(.person), label: m("谈话人", "talker")) { env, i in
            .entity(.person, env.facts.talkTalker[i])
        },
        "format": Field(type: .text, label: m("谈话方式", "format"), vocabulary: .talkFormat) { env, i in
            symbol(env.facts.talks[i].format)
        },
        "held": Field(type: .date, label: m("谈话日期", "held")) { env, i in .date(env.facts.talks[i].held) },
        "ended": Field(type: .date, label: m("谈话结束", "talk ended")) { env, i in .date(env.facts.talks[i].ended) },
        "plan": Field(type: .entity(.plan), label: m("计划事项", "plan item")) { env, i in
            optional(.plan, env.facts.talkPlan.optional(i))
        },
        "triggers": Field(type: .list(.entity(.trigger)), label: m("谈话所针对的情形", "triggers")) { env, i in
            .list(env.facts.talkTriggers[i].map { .entity(.trigger, $0) })
        },
        "selfCheck": Field(type: .bool, label: m("谈前自查", "self-check done")) { env, i in
            .bool(env.facts.talks[i].selfCheck)
        },
        "steps": Field(
            type: .list(.text), label: m("谈话步骤", "steps"), reads: .list(.step), vocabulary: .step
        ) { env, i in
            symbols(env.facts.talks[i].steps)
        },
        "problems": Field(
            type: .list(.text), label: m("指出的问题", "problems pointed out"), confidential: true, reads: .list(.problem)
        ) {
            env, i in .list(env.facts.talks[i].problems.map(Value.text))
        },
        "requirements": Field(
            type: .list(.text), label: m("整改要求", "rectification requirements"), confidential: true,
            reads: .list(.requirement)
        ) {
            env, i in .list(env.facts.talks[i].requirements.map(Value.text))
        },
        "record": Field(type: .bool, label: m("形成谈话记录", "written record")) { env, i in
            .bool(env.facts.talks[i].record)
        },
        "participants": Field(
            type: .list(.text), label: m("派员参与的部门", "departments taking part"), reads: .list(.participant),
            vocabulary: .department
        ) {
            env, i in
            symbols(env.facts.talks[i].participants)
        },
        "untruthful": Field(type: .bool, label: m("被谈话人不如实报告", "found untruthful")) { env, i in
            .bool(env.facts.talks[i].untruthful)
        },
        "measures": Field(type: .entity(.measures), label: m("整改措施报告", "measures report")) { env, i in
            guard let measures = env.facts.talks[i].measures, measures.reported <= env.asOf else { return .null }
            return .entity(.measures, i)
        },
        "report": Field(type: .entity(.report), label: m("整改情况报告", "rectification report")) { env, i in
            guard let report = env.facts.talks[i].report, report.reported <= env.asOf else { return .null }
            return .entity(.report, i)
        },
        "archive": Field(type: .entity(.archive), label: m("归档抄送", "archiving")) { env, i in
            guard let archived = env.facts.talks[i].archive?.archived, archived <= env.asOf else { return .null }
            return .entity(.archive, i)
        },
    ]

    static let measures: [String: Field] = [
        "reported": Field(type: .date, label: m("整改措施报送", "measures reported")) { env, i in
            optional(env.facts.talks[i].measures?.reported)
        },
        "reflections": Field(type: .bool, label: m("报告含思想认识", "reflections included")) { env, i in
            .bool(env.facts.talks[i].measures?.reflections ?? false)
        },
        "communicated": Field(type: .date, label: m("向班子其他成员通报", "communicated to the leadership team")) {
            env, i in
            guard let date = env.facts.talks[i].measures?.communicated, date <= env.asOf else { return .null }
            return .date(date)
        },
    ]

    static let report: [String: Field] = [
        "reported": Field(type: .date, label: m("整改情况报告报送", "rectification report received")) { env, i in
            optional(env.facts.talks[i].report?.reported)
        },
        "assessment": Field(type: .text, label: m("整改评估", "assessment"), vocabulary: .assessment) { env, i in
            env.facts.talks[i].report?.assessment.map(symbol) ?? .null
        },
    ]

    static let archive: [String: Field] = [
        "archived": Field(type: .date, label: m("归档", "archived")) { env, i in
            optional(env.facts.talks[i].archive?.archived)
        },
        "copiedTo": Field(
            type: .list(.text), label: m("抄送", "copied to"), reads: .list(.copiedTo), vocabulary: .copyRecipient
        ) { env, i in
            symbols(env.facts.talks[i].archive?.copiedTo ?? [])
        },
    ]

    static let plan: [String: Field] = [
        "id": Field(type: .text, label: m("计划事项编号", "plan item")) { env, i in .text(env.facts.plans[i].id) },
        "conductor": Field(type: .entity(.organization), label: m("制定计划的党组织", "conductor")) { env, i in
            .entity(.organization, env.facts.planConductor[i])
        },
        "year": Field(type: .number, label: m("计划年度", "plan year")) { env, i in .number(env.facts.plans[i].year) },
        "organization": Field(type: .entity(.organization), label: m("谈话对象所在党组织", "organization")) { env, i in
            .entity(.organization, env.facts.planOrganization[i])
        },
        "talker": Field(type: .entity(.person), label: m("分工的谈话人", "assigned talker")) { env, i in
            optional(.person, env.facts.planTalker.optional(i))
        },
        "due": Field(type: .date, label: m("完成时限", "completion deadline")) { env, i in
            optional(env.facts.plans[i].due)
        },
        "basis": Field(type: .list(.text), label: m("计划依据", "basis"), vocabulary: .planBasis) { env, i in
            symbols(env.facts.plans[i].basis)
        },
    ]

    static let trigger: [String: Field] = [
        "id": Field(type: .text, label: m("情形编号", "trigger")) { env, i in .text(env.facts.triggers[i].id) },
        "organization": Field(type: .entity(.organization), label: m("涉及的党组织", "organization")) { env, i in
            .entity(.organization, env.facts.triggerOrganization[i])
        },
        "kind": Field(type: .text, label: m("情形类别", "kind"), vocabulary: .triggerKind) { env, i in
            symbol(env.facts.triggers[i].kind)
        },
        "on": Field(type: .date, label: m("情形发现", "noted on")) { env, i in .date(env.facts.triggers[i].on) },
        "note": Field(type: .text, label: m("情形说明", "note"), confidential: true, reads: .triggerNote) { env, i in
            env.facts.triggers[i].note.map(Value.text) ?? .null
        },
    ]

    static let organization: [String: Field] = [
        "id": Field(type: .text, label: m("组织编号", "organization")) { env, i in .text(env.facts.organizations[i].id) },
        "name": Field(type: .text, label: m("名称", "name")) { env, i in .text(env.facts.organizations[i].name) },
        "kind": Field(type: .text, label: m("组织类别", "kind"), vocabulary: .organizationKind) { env, i in
            symbol(env.facts.organizations[i].kind)
        },
        "level": Field(type: .text, label: m("层级", "level"), vocabulary: .level) { env, i in
            symbol(env.facts.organizations[i].level)
        },
    ]

    static let person: [String: Field] = [
        "id": Field(type: .text, label: m("人员编号", "person")) { env, i in .text(env.facts.people[i].id) },
        "name": Field(type: .text, label: m("姓名", "name")) { env, i in .text(env.facts.people[i].name) },
    ]

    static let term: [String: Field] = [
        "organization": Field(type: .entity(.organization), label: m("届期所属党组织", "organization")) { env, i in
            .entity(.organization, env.facts.organizationIndex[env.facts.terms[i].organization] ?? -1)
        },
        "from": Field(type: .date, label: m("届期开始", "term from")) { env, i in .date(env.facts.terms[i].from) },
        "to": Field(type: .date, label: m("届期结束", "term to")) { env, i in .date(env.facts.terms[i].to) },
        "number": Field(type: .number, label: m("届次", "term number")) { env, i in
            env.facts.terms[i].number.map(Value.number) ?? .null
        },
    ]
}

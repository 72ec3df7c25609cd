import TalkModel
import TalkOffice
import TalkStore

/// The options of `talks plan add`.
private struct PlanOptions: CommandOptions {
    let conductor = OptionKeys.text("--conductor", "ORG", "开展谈话的党委（编号或名称）", "the conducting committee (id or name)")
    let year = OptionKeys.year("计划年度", "the year of the plan")
    let organization = OptionKeys.text(
        "--organization", "ORG", "谈话对象单位（编号或名称）", "the lower-level organization (id or name)")
    let talker = OptionKeys.text("--talker", "PERSON", "谈话人（编号或姓名）", "the talker (id or name)")
    let due = OptionKeys.deadline(
        "--due", "完成时限（可不写年份，即计划年度）", "the day the talk is due (its year may be left out: the plan's)")
    let basis = OptionKeys.vocabularies(
        "--basis", "B", "列入依据：inspection | disciplinary-review | audit | special-check | cadre-assessment（可重复）",
        "drawn from: inspection | disciplinary-review | audit | special-check | cadre-assessment (repeatable)",
        PlanBasis.self)
    let id = OptionKeys.text("--id", "ID", "计划编号（省略则编为 P年度-序号）", "plan id (default: next P<year>-NN)")
    let yes = OptionKey.yes.help(
        "确认登记除编号外与已存储计划事项完全相同的另一项（否则拒绝）",
        "record it though a stored plan item is the same but for its id (refused otherwise)")
}

let planCommand = Command(
    name: "plan", operands: "add",
    summary: Message(zh: "登记一项年度谈话计划（用选项）", en: "record one annual-plan item by flags"),
    details: Message(
        zh: """
            add：登记一项计划，校验与导入计划表的一行相同。组织与谈话人可填编号或只属于一条记录的名称；列入依据可填中文名称（巡察、审计），可重复，也可用 , ， 或 、 分隔；年度可写 2026 或 2026年。
            省略 --id 时编为 P年度-序号（两位，如 P2026-17），接在存储中该年度已有的最大序号之后。日期：\(DateText.accepted.zh)。
            例：talks plan add --conductor 江东省委 --year 2026 --organization 临川市委 --talker 周文远 --due 2026年12月31日 --basis 巡察、审计
            """,
        en: """
            add: records one plan item, checked as a row of an imported plans sheet is. Organizations and the talker take an id or a name only one record bears; --basis takes the Chinese names too (巡察, 审计), repeated or separated by , ， or 、; the year may be 2026 or 2026年.
            Without --id the item is numbered P<year>-NN (two digits, such as P2026-17), after the highest number of that year in the store. Dates: \(DateText.accepted.en).
            Example: talks plan add --conductor jd --year 2026 --organization lc --talker p-zhou --due 2026-12-31 --basis inspection
            """),
    options: PlanOptions.self
) { arguments, options, context in
    try arguments.action("add")
    try arguments.require([options.conductor, options.year, options.organization], by: "plan add")
    // Malformed values are usage errors (64), caught before the store is opened.
    let year = try arguments[options.year]!
    let due = try arguments[options.due].map { text throws(UsageError) in
        try OptionKeys.date(text, options.due.name, deadline: true, year: year, arguments)
    }
    let basis = try arguments[options.basis]
    let (typedConductor, typedOrganization) = (try arguments[options.conductor]!, try arguments[options.organization]!)
    let talker = try arguments[options.talker]
    let store = try context.openStore()
    let names = context.names(store)
    let (id, (conductor, organization), repeats) = try AddRecord.run(
        .plans, store: store,
        id: try arguments[options.id].map { text throws in try IDRules.typedNew(text, flag: options.id.name) },
        repeating: try arguments[options.yes],
        nextID: { try $0.nextPlanID(year: year) }
    ) { plan in
        let conductor = try names.id(typedConductor, .organizations, flag: options.conductor.name)
        plan.set("conductor", .string(conductor), flag: options.conductor.name)
        plan.set("year", .number(String(year)), flag: options.year.name)
        // Of several of a name, the one under the conductor, or who held a post in it, some day of
        // the year up to the deadline, as a plans sheet settles them (helper-112: refused here).
        let settling = Plan.days(ofYear: year, due: due).map { (conductor, $0) }
        let organization = try names.id(
            typedOrganization, .organizations, flag: options.organization.name, settling: settling)
        plan.set("organization", .string(organization), flag: options.organization.name)
        if let talker {
            plan.set(
                "talker", .string(try names.id(talker, .people, flag: options.talker.name, settling: settling)),
                flag: options.talker.name)
        }
        if let due { plan.set("due", .string(due.description), flag: options.due.name) }
        if !basis.isEmpty { plan.set("basis", .array(basis.map { .string($0.rawValue) }), flag: options.basis.name) }
        return (conductor, organization)
    }
    try context.confirm(Message(zh: "计划 \(id) 已登记", en: "\(id) was recorded")) {
        try context.say(
            "已登记计划 \(id.inline)：\(year) 年度，\(conductor.inline) → \(organization.inline)"
                + (due.map { "，\($0) 前完成" } ?? ""),
            "recorded plan item \(id.inline): \(year), \(conductor.inline) → \(organization.inline)"
                + (due.map { ", due \($0)" } ?? ""))
    } then: {
        noteRepeat(.plans, repeats, id: id, context)
    }
    return ExitStatus.success
}

/// The options of `talks trigger add`.
private struct TriggerOptions: CommandOptions {
    let organization = OptionKeys.text("--organization", "ORG", "组织（编号或名称）", "the organization (id or name)")
    let kind = OptionKeys.vocabulary(
        "--kind", "KIND", "petitions | criticized | inspection-findings | major-case | warning-signs | other（也可写中文名称）",
        "petitions | criticized | inspection-findings | major-case | warning-signs | other (or the Chinese label)",
        TriggerKind.self)
    let on = OptionKeys.date("--on", "发现日期", "the day it arose")
    let note = OptionKeys.freeText("--note", "TEXT", "情况说明（保密）", "what happened (confidential)")
    let id = OptionKeys.text("--id", "ID", "情形编号（省略则编为 TR年份-序号）", "trigger id (default: next TR<year>-NN)")
    let yes = OptionKey.yes.help(
        "确认晚于今天的日期，或除编号外与已存储情形完全相同的另一项（否则拒绝）",
        "confirm a date after today, or a trigger a stored one is the same as but for its id (refused otherwise)")
}

let triggerCommand = Command(
    name: "trigger", operands: "add",
    summary: Message(zh: "登记一项及时谈话情形（用选项）", en: "record one situation calling for a timely talk, by flags"),
    details: Message(
        zh: """
            add：登记一项情形（第五条第三款），校验与导入情形表的一行相同。组织可填编号或只属于一个组织的名称；--kind 可写 petitions 等，也可写（二）或 被通报批评或负面舆情。
            --note 为保密内容（第十六条），不在任何确认或提示中显示。晚于今天（北京时间）的 --on 须加 --yes 确认。
            省略 --id 时编为 TR年份-序号（两位，如 TR2026-06），年份取 --on，接在存储中已有的最大序号之后。日期：\(DateText.accepted.zh)。
            例：talks trigger add --organization 临川市委 --kind 信访举报问题较多 --on 2026年11月20日 --note "群众来信反映该市委主要负责人违规干预工程项目"
            """,
        en: """
            add: records one trigger (Art. 5 ¶3), checked as a row of an imported triggers sheet is. The organization takes an id or a name only one organization bears; --kind takes petitions etc. or the Chinese label.
            --note is confidential (Art. 16): it is never shown in a confirmation or message. An --on after today (China Standard Time) needs --yes.
            Without --id the trigger is numbered TR<year>-NN (two digits, such as TR2026-06) with the year of --on, after the highest number stored. Dates: \(DateText.accepted.en).
            Example: talks trigger add --organization lc --kind petitions --on 2026-11-20 --note "letters report the secretary intervened in a construction project"
            """),
    options: TriggerOptions.self
) { arguments, options, context in
    try arguments.action("add")
    try arguments.require([options.organization, options.kind, options.on], by: "trigger add")
    let kind = try arguments[options.kind]!
    let on = try arguments[options.on]!
    try arguments.refuseFuture(options.dates)
    let typed = try arguments[options.organization]!
    let note = try arguments[options.note]
    let store = try context.openStore()
    let names = context.names(store)
    let (id, organization, repeats) = try AddRecord.run(
        .triggers, store: store,
        id: try arguments[options.id].map { text throws in try IDRules.typedNew(text, flag: options.id.name) },
        repeating: try arguments[options.yes], nextID: { try $0.nextTriggerID(year: on.year) }
    ) { trigger in
        // Of several organizations of a name, the one that existed on the day noted.
        let organization = try names.id(
            typed, .organizations, flag: options.organization.name, settling: (nil, on...on))
        trigger.set("organization", .string(organization), flag: options.organization.name)
        trigger.set("kind", .string(kind.rawValue), flag: options.kind.name)
        trigger.set("on", .string(on.description), flag: options.on.name)
        if let note { trigger.set("note", .string(note), flag: options.note.name) }
        return organization
    }
    // The note is confidential (Art. 16): the confirmation says only what kind of situation, where and when.
    try context.confirm(Message(zh: "情形 \(id) 已登记", en: "\(id) was recorded")) {
        try context.say(
            "已登记及时谈话情形 \(id.inline)：\(kind.label.zh)，\(organization.inline)，\(on)",
            "recorded trigger \(id.inline): \(kind.label.en), \(organization.inline), \(on)")
    } then: {
        noteRepeat(.triggers, repeats, id: id, context)
        // (A note: its read failing fails nothing written.)
        let stored = (try? store.triggers(.id(id))) ?? []
        for note in (try? Loading.triggersWithoutConductor(stored, in: store)) ?? [] { context.note(note.zh, note.en) }
    }
    return ExitStatus.success
}

/// The note of a plan item or trigger written though a stored one has its identity (`Repeats`),
/// or all of it as `--yes` confirmed: a second record of one is never silent (as `talks record`
/// tells a talk's, and an import a sheet's).
private func noteRepeat(_ kind: RecordKind, _ repeats: String?, id: String, _ context: Context) {
    guard let repeats else { return }
    let same = AddRecord.same(kind, repeats.inline)
    let delete = pasteableCommand("delete", kind.rawValue, operand: id)
    context.note(
        "注意：\(same.zh)；若是同一条，请删除多出的一条（\(delete)）",
        "note: \(same.en); if it is the same, delete the extra one (\(delete))")
}

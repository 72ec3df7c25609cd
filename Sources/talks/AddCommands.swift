import TalkModel
import TalkOffice
import TalkStore

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
    options: [
        .value("--conductor", "ORG", "开展谈话的党委（编号或名称）", "the conducting committee (id or name)"),
        .value("--year", "YYYY", "计划年度", "the year of the plan"),
        .value("--organization", "ORG", "谈话对象单位（编号或名称）", "the lower-level organization (id or name)"),
        .value("--talker", "PERSON", "谈话人（编号或姓名）", "the talker (id or name)"),
        .value("--due", "DATE", "完成时限", "the day the talk is due"),
        .value(
            "--basis", "B", "列入依据：inspection | disciplinary-review | audit | special-check | cadre-assessment（可重复）",
            "drawn from: inspection | disciplinary-review | audit | special-check | cadre-assessment (repeatable)",
            repeatable: true),
        .value("--id", "ID", "计划编号（省略则编为 P年度-序号）", "plan id (default: next P<year>-NN)"),
    ]
) { arguments, context in
    try arguments.action("add")
    try arguments.require(["--conductor", "--year", "--organization"], by: "plan add")
    // Malformed values are usage errors (64), caught before the store is opened.
    let year = try arguments.year()!
    let due = try arguments.date("--due")
    let basis = try arguments.vocabularies("--basis", PlanBasis.self)
    let store = try context.openStore()
    let names = context.names(store)
    let (id, (conductor, organization)) = try AddRecord.run(
        .plans, store: store, id: arguments.value("--id"), nextID: { try $0.nextPlanID(year: year) }
    ) { plan in
        let conductor = try names.id(arguments.value("--conductor")!, .organizations, flag: "--conductor")
        plan.set("conductor", .string(conductor), flag: "--conductor")
        plan.set("year", .number(String(year)), flag: "--year")
        let organization = try names.id(arguments.value("--organization")!, .organizations, flag: "--organization")
        plan.set("organization", .string(organization), flag: "--organization")
        if let talker = arguments.value("--talker") {
            plan.set("talker", .string(try names.id(talker, .people, flag: "--talker")), flag: "--talker")
        }
        if let due { plan.set("due", .string(due.description), flag: "--due") }
        if !basis.isEmpty { plan.set("basis", .array(basis.map { .string($0.rawValue) }), flag: "--basis") }
        return (conductor, organization)
    }
    try context.confirm(Message(zh: "计划 \(id) 已登记", en: "\(id) was recorded")) {
        try context.say(
            "已登记计划 \(id)：\(year) 年度，\(conductor) → \(organization)" + (due.map { "，\($0) 前完成" } ?? ""),
            "recorded plan item \(id): \(year), \(conductor) → \(organization)" + (due.map { ", due \($0)" } ?? ""))
    }
    return ExitStatus.success
}

let triggerCommand = Command(
    name: "trigger", operands: "add",
    summary: Message(zh: "登记一项及时谈话情形（用选项）", en: "record one situation calling for a timely talk, by flags"),
    details: Message(
        zh: """
            add：登记一项情形（第五条第三款），校验与导入情形表的一行相同。组织可填编号或只属于一个组织的名称；--kind 可写 petitions 等，也可写（二）或 被通报批评或负面舆情。
            --note 为保密内容（第十六条），不在任何确认或提示中显示。晚于今天（北京时间）的 --on 须加 --yes 确认。
            省略 --id 时编为 TR年份-序号（两位，如 TR2026-06），年份取 --on，接在存储中已有的最大序号之后。日期：\(DateText.accepted.zh)。
            例：talks trigger add --organization 临川市委 --kind 信访举报问题较多 --on 2026年11月20日 --note "……"
            """,
        en: """
            add: records one trigger (Art. 5 ¶3), checked as a row of an imported triggers sheet is. The organization takes an id or a name only one organization bears; --kind takes petitions etc. or the Chinese label.
            --note is confidential (Art. 16): it is never shown in a confirmation or message. An --on after today (China Standard Time) needs --yes.
            Without --id the trigger is numbered TR<year>-NN (two digits, such as TR2026-06) with the year of --on, after the highest number stored. Dates: \(DateText.accepted.en).
            Example: talks trigger add --organization lc --kind petitions --on 2026-11-20 --note "..."
            """),
    options: [
        .value("--organization", "ORG", "组织（编号或名称）", "the organization (id or name)"),
        .value(
            "--kind", "KIND",
            "petitions | criticized | inspection-findings | major-case | warning-signs | other（也可写中文名称）",
            "petitions | criticized | inspection-findings | major-case | warning-signs | other (or the Chinese label)"),
        .value("--on", "DATE", "发现日期", "the day it arose"),
        .value("--note", "TEXT", "情况说明（保密）", "what happened (confidential)"),
        .value("--id", "ID", "情形编号（省略则编为 TR年份-序号）", "trigger id (default: next TR<year>-NN)"),
        Arguments.confirmFuture,
    ]
) { arguments, context in
    try arguments.action("add")
    try arguments.require(["--organization", "--kind", "--on"], by: "trigger add")
    let kind = try arguments.vocabulary("--kind", TriggerKind.self)!
    let on = try arguments.date("--on")!
    try arguments.refuseFuture(["--on"])
    let store = try context.openStore()
    let names = context.names(store)
    let (id, organization) = try AddRecord.run(
        .triggers, store: store, id: arguments.value("--id"), nextID: { try $0.nextTriggerID(year: on.year) }
    ) { trigger in
        let organization = try names.id(arguments.value("--organization")!, .organizations, flag: "--organization")
        trigger.set("organization", .string(organization), flag: "--organization")
        trigger.set("kind", .string(kind.rawValue), flag: "--kind")
        trigger.set("on", .string(on.description), flag: "--on")
        if let note = arguments.value("--note") { trigger.set("note", .string(note), flag: "--note") }
        return organization
    }
    // The note is confidential (Art. 16): the confirmation says only what kind of situation, where and when.
    try context.confirm(Message(zh: "情形 \(id) 已登记", en: "\(id) was recorded")) {
        try context.say(
            "已登记及时谈话情形 \(id)：\(kind.label.zh)，\(organization)，\(on)",
            "recorded trigger \(id): \(kind.label.en), \(organization), \(on)")
    }
    return ExitStatus.success
}

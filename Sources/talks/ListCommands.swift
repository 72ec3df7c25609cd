import TalkModel
import TalkStore
import TalkText

/// The SQL condition each filter puts on each kind; a filter a kind lacks is a usage error.
private let filters: [String: [RecordKind: String]] = [
    "--conductor": [.talks: "conductor = ?", .plans: "conductor = ?", .organizations: "parent = ?"],
    "--organization": [
        .talks: "organization = ?", .plans: "organization = ?", .triggers: "organization = ?",
        .appointments: "organization = ?", .terms: "organization = ?",
    ],
    "--year": [
        .talks: "substr(held, 1, 4) = ?", .plans: "year = CAST(? AS INTEGER)", .triggers: "substr(on_date, 1, 4) = ?",
    ],
]

let listCommand = Command(
    name: "list", operands: "talks|organizations|people|plans|triggers|appointments|terms",
    summary: Message(zh: "列出存储的记录", en: "list stored records"),
    details: Message(
        zh:
            "表格按显示宽度对齐（汉字占两列）。--format json 输出数据集格式的记录数组；--format csv 输出可用 Excel、WPS 打开、也可由 talks import 读回的表格（列名见用户手册）；--format xlsx 输出同样内容的 Excel 工作簿（日期为日期单元格，首行冻结并可筛选）。保密内容默认不输出。",
        en:
            "Tables are aligned by display width (Chinese takes two columns). --format json writes an array of records in the dataset format's shape; --format csv writes a sheet that Excel and WPS open and talks import reads back (columns in the user guide); --format xlsx writes the same rows as an Excel workbook (date cells, a frozen header row with a filter). Confidential text is left out unless asked for."
    ),
    options: [
        .value("--format", "table|json|csv|xlsx", "输出格式（默认 table）", "output format (default: table)"),
        encodingOption, outputOption, confidentialOption,
        .value(
            "--conductor", "ORG", "只列该党委的谈话、计划（或其下级组织）",
            "only this conductor's talks and plans (or its lower organizations)"),
        .value("--organization", "ORG", "只列涉及该组织的记录", "only records of this organization"),
        .value("--year", "YYYY", "只列该年度的谈话、计划、情形", "only talks, plans and triggers of this year"),
    ]
) { arguments, context in
    let name = try arguments.operand("talks|organizations|people|plans|triggers|appointments|terms")
    guard let kind = recordKinds[name] else {
        throw arguments.fail("无法列出 \(name.quoted)", "cannot list \(name.quoted)")
            .with(Suggestions.hint(for: name, among: recordKinds.keys))
    }
    let format = try arguments.format(["table", "json", "csv", "xlsx"])
    _ = try arguments.year()
    var conditions: [String] = []
    var values: [String] = []
    for (flag, byKind) in filters.sorted(by: { $0.key < $1.key }) {
        guard let value = arguments.value(flag) else { continue }
        guard let condition = byKind[kind] else {
            throw arguments.fail("\(name) 不能按 \(flag) 筛选", "\(name) cannot be filtered by \(flag)")
        }
        conditions.append(condition)
        values.append(value)
    }
    let condition = conditions.joined(separator: " AND ")
    let store = try context.openStore()
    let (records, names) = try store.reading {
        (
            try store.records(kind, where: condition, values),
            Names(organizations: try store.organizations(), people: try store.people())
        )
    }
    let confidential = arguments.confidential(context)
    let views = RecordViews(language: context.language, names: names, confidential: confidential)
    switch format {
    case "json": try context.writeDocument(views.json(kind, records))
    case "csv", "xlsx":
        let table = Sheet.table(kind, records, language: context.language, confidential: confidential)
        try context.writeTable(table, format: format, arguments)
    default: try context.write(views.table(kind, records))
    }
    return ExitStatus.success
}

let showCommand = Command(
    name: "show", operands: "ID",
    summary: Message(zh: "显示一条记录的详情及相关记录", en: "show one record in full, with the records around it"),
    details: Message(
        zh: "ID 可以是组织、人员、计划事项、及时谈话情形或谈话的编号。",
        en: "ID may be the id of an organization, person, plan item, trigger or talk."),
    options: [.value("--format", "table|json", "输出格式（默认 table）", "output format (default: table)"), confidentialOption]
) { arguments, context in
    let id = try arguments.operand("ID")
    let format = try arguments.format(["table", "json"])
    let store = try context.openStore()
    let (kinds, records, names) = try store.reading {
        let kinds = try store.kinds(having: id)
        var d = Dataset()
        d.organizations = try store.organizations()
        d.people = try store.people()
        for kind in kinds {
            switch kind {
            case .organizations:
                d.appointments = try store.appointments(where: "organization = ?", [id])
                d.terms = try store.terms(where: "organization = ?", [id])
            case .people:
                d.appointments += try store.appointments(where: "person = ?", [id])
            case .plans:
                d.plans = try store.plans(where: "id = ?", [id])
                d.talks += try store.talks(where: "plan = ?", [id])
            case .triggers:
                d.triggers = try store.triggers(where: "id = ?", [id])
                d.talks += try store.talks(where: "id IN (SELECT talk FROM talk_trigger WHERE trigger = ?)", [id])
            case .talks:
                d.talks += try store.talks(where: "id = ?", [id])
            case .appointments, .terms:
                break
            }
        }
        return (kinds, d, Names(organizations: d.organizations, people: d.people))
    }
    guard !kinds.isEmpty else {
        throw unknownID(id, kinds: [.organizations, .people, .plans, .triggers, .talks], store: store)
    }
    let views = RecordViews(language: context.language, names: names, confidential: arguments.confidential(context))
    if format == "json" {
        try context.writeDocument(views.showJSON(kinds, records, id: id))
    } else {
        try context.write(kinds.map { views.page($0, records, id: id) }.joined(separator: "\n"))
    }
    return ExitStatus.success
}

import TalkModel
import TalkOffice
import TalkStore
import TalkText

/// The options of `talks list`.
private struct ListOptions: CommandOptions {
    let format = OptionKeys.format([.table, .json, .csv, .xlsx])
    let encoding = OptionKey.encoding
    let output = OptionKey.output
    let confidential = OptionKey.confidential
    let conductor = OptionKeys.text(
        "--conductor", "ORG", "只列该党委的谈话、计划（或其下级组织）",
        "only this conductor's talks and plans (or its lower organizations)")
    let organization = OptionKeys.text("--organization", "ORG", "只列涉及该组织的记录", "only records of this organization")
    let year = OptionKeys.year("只列该年度的谈话、计划、情形", "only talks, plans and triggers of this year")
}

let listCommand = Command(
    name: "list", operands: "talks|organizations|people|plans|triggers|appointments|terms",
    summary: Message(zh: "列出存储的记录", en: "list stored records"),
    details: Message(
        zh:
            "表格按显示宽度对齐（汉字占两列）。--format json 输出数据集格式的记录数组；--format csv 输出可用 Excel、WPS 打开、也可由 talks import 读回的表格（列名见用户手册）；--format xlsx 输出同样内容的 Excel 工作簿（日期为日期单元格，首行冻结并可筛选）。保密内容默认不输出。",
        en:
            "Tables are aligned by display width (Chinese takes two columns). --format json writes an array of records in the dataset format's shape; --format csv writes a sheet that Excel and WPS open and talks import reads back (columns in the user guide); --format xlsx writes the same rows as an Excel workbook (date cells, a frozen header row with a filter). Confidential text is left out unless asked for."
    ),
    options: ListOptions.self
) { arguments, options, context in
    let name = try arguments.operand("talks|organizations|people|plans|triggers|appointments|terms")
    guard let kind = recordKinds[name] else {
        throw arguments.fail("无法列出 \(name.quoted)", "cannot list \(name.quoted)", quoting: name)
            .with(Suggestions.hint(for: name, among: recordKinds.keys))
    }
    let format = try arguments[options.format]
    let year = try arguments[options.year]
    let (conductor, organization) = (try arguments[options.conductor], try arguments[options.organization])
    // In the order their refusals are checked; the organizations named are looked up once the
    // store is open, when every filter applies.
    let filters: [(any OptionDeclaration, RecordQuery.Filter?)] = [
        (options.conductor, conductor.map { .conductor($0) }),
        (options.organization, organization.map { .organization($0) }),
        (options.year, year.map { .year($0) }),
    ]
    for case (let option, let filter?) in filters where !filter.applies(to: kind) {
        throw arguments.fail("\(name) 不能按 \(option.name) 筛选", "\(name) cannot be filtered by \(option.name)")
    }
    let store = try context.openStore()
    // An organization no record is refused (exit 2) as `overdue --conductor` refuses it, never
    // listed as nothing.
    let lookup = context.names(store)
    var query = RecordQuery()
    if let conductor {
        query.filters.append(.conductor(try lookup.existing(conductor, [.organizations], flag: options.conductor.name)))
    }
    if let organization {
        query.filters.append(
            .organization(try lookup.existing(organization, [.organizations], flag: options.organization.name)))
    }
    if let year { query.filters.append(.year(year)) }
    let (records, stored) = try Listing.list(kind, query, store: store)
    HeldUntilExit.keep(records)
    let names = Names(organizations: stored.organizations, people: stored.people)
    let confidential = try arguments.confidential(context, scope: store.scope)
    let views = RecordViews(language: context.language, names: names, confidential: confidential)
    switch format {
    case .json: try context.writeDocument { stream throws(OutputFailure) in try views.json(kind, records, to: &stream) }
    case .csv, .xlsx:
        let table = Sheet.table(kind, records, language: context.language, confidential: confidential)
        try context.writeTable(table, format: format, arguments)
    default: try context.write(views.table(kind, records))
    }
    return ExitStatus.success
}

/// The options of `talks show`.
private struct ShowOptions: CommandOptions {
    let format = OptionKeys.format([.table, .json])
    let confidential = OptionKey.confidential
    let asOf = OptionKey.asOf
    let rules = OptionKey.rules
}

let showCommand = Command(
    name: "show", operands: "ID",
    summary: Message(zh: "显示一条记录的详情及相关记录", en: "show one record in full, with the records around it"),
    details: Message(
        zh:
            "ID 可以是组织、人员、计划事项、及时谈话情形或谈话的编号，组织和人员也可写名称。\n谈话另列各项期限及其状态，组织另列其谈话和待办事项（均按 --as-of，默认今天）。",
        en:
            "ID may be the id of an organization, person, plan item, trigger or talk; an organization or a person may be given by name.\nA talk's page also lists its deadlines and where each stands, an organization's its talks and open items (as of --as-of, default today)."
    ),
    options: ShowOptions.self
) { arguments, options, context in
    let typed = try arguments.operand("ID")
    let format = try arguments[options.format]
    let store = try context.openStore()
    // An organization or a person may be named (`talks show 临川市委`), as in every flag.
    let id = try context.names(store).existing(
        typed, [.organizations, .people, .plans, .triggers, .talks], flag: "ID")
    let (kinds, records) = try Listing.show(id, store: store)
    let names = Names(organizations: records.organizations, people: records.people)
    var views = RecordViews(
        language: context.language, names: names, confidential: try arguments.confidential(context, scope: store.scope))
    views.withheld = store.scope?.confidential == false
    if format == .json {
        try context.writeDocument(views.showJSON(kinds, records, id: id))
        return ExitStatus.success
    }
    // A talk's due dates and an organization's open items, judged as `check` judges them.
    var judged: Judging?
    if kinds.contains(.talks) || kinds.contains(.organizations) {
        judged = try Judging(arguments, context, format: options.format, store: store)
    }
    let pages = try kinds.map { kind in
        var page = views.page(kind, records, id: id)
        if let judged, kind == .talks {
            page += DeadlineViews.talk(try judged.judgement.deadlines(ofTalk: id), asOf: judged.asOf, context.language)
        }
        if let judged, kind == .organizations {
            page += DeadlineViews.openItems(try judged.judgement.openItems(of: id), asOf: judged.asOf, context.language)
        }
        return page
    }
    try context.write(pages.joined(separator: "\n"))
    return ExitStatus.success
}

import Foundation
import OfficeOpenXML
import TalkModel
import TalkOffice
import TalkRules
import TalkText

/// The options of `talks report`.
private struct ReportOptions: CommandOptions {
    let conductor = OptionKeys.text("--conductor", "ORG", "annual：开展谈话的党委（党组）", "annual: the conducting committee")
    let under = OptionKeys.text("--under", "ORG", "rollup：上级组织", "rollup: the superior organization")
    let year = OptionKeys.year("报告年度", "the year reported on")
    let asOf = OptionKey.asOf
    let format = OptionKeys.format([.markdown, .html, .json, .docx])
    let output = OptionKey.output.help("docx 写入该文件（而非标准输出）", "write the docx to FILE instead of standard output")
    let rules = OptionKey.rules
    let confidential = OptionKey.confidential.help(
        "annual：附上各次谈话指出的问题和整改要求（保密内容），并在标准错误提示",
        "annual: append each talk's problems and requirements (confidential), with a warning on standard error")
    /// Reports are written in Chinese unless English is asked for by name (messages follow the locale).
    let lang = OptionKey.language { _ in .zh }
}

let reportCommand = Command(
    name: "report", operands: "annual|rollup",
    summary: Message(
        zh: "年度监督谈话情况（第十三条）和下级党委汇总（第十四、十五条）",
        en: "the annual section on supervision talks (Art. 13) and the roll-up of lower committees (Art. 14–15)"),
    details: Message(
        zh:
            "annual --conductor ORG --year YYYY：年初报送全面从严治党主体责任情况报告中“上一年度开展监督谈话情况”专门部分，也供书记述职使用。含谈话人次（按谈话人）、本届覆盖和未覆盖名单、年度计划执行、及时谈话情形及回应、整改措施和整改情况按时情况、第十七条问责情形、尚未完成事项。\nrollup --under ORG --year YYYY：该组织以下各党委（党组）并列对比：覆盖率、按时率、违规数、逾期最久的事项。\n格式：markdown（默认，可直接粘贴到 Word、WPS）、html（单个文件，内嵌样式和 SVG 图表，不联网，可按 A4 打印）、json（全部数字）、docx（Word 文档，按 GB/T 9704-2012 公文格式排版：A4，仿宋三号正文，小标宋标题，黑体、楷体标题层次，图表以表格给出；写入 --output 文件或重定向的标准输出）。默认中文，--lang en 为英文。数字与同日 talks check 一致。报告不含保密内容；annual 加 --include-confidential 时附上各次谈话指出的问题和整改要求。",
        en:
            "annual --conductor ORG --year YYYY: the section on last year's supervision talks that the year-start report on primary responsibility must carry, also for the secretary's 述职. It holds talks by talker, term coverage and who is uncovered, the annual plan carried out, triggers and their timely talks, rectification reports on time, late and overdue, Art. 17 flags, and the open items.\nrollup --under ORG --year YYYY: every committee below the organization side by side: coverage, on-time rates, violations, the most overdue items.\nFormats: markdown (default; pastes into Word or WPS), html (one file with inline style and SVG charts; loads nothing, prints on A4), json (all the figures), docx (a Word document laid out as GB/T 9704-2012 official documents are: A4, 仿宋 3号 body, 小标宋 title, 黑体 and 楷体 headings, charts as tables; to --output FILE or a redirected standard output). Chinese unless --lang en. The figures agree with talks check on the same day. Reports hold no confidential text; annual with --include-confidential appends the problems and requirements of each talk."
    ),
    options: ReportOptions.self
) { arguments, options, context in
    guard let action = arguments.operands.first, arguments.operands.count == 1 else {
        throw arguments.fail("需要一个参数：annual 或 rollup", "expected one operand: annual or rollup")
    }
    guard ["annual", "rollup"].contains(action) else {
        throw arguments.fail("report 的子命令只能是 annual 或 rollup", "report takes annual or rollup")
            .with(Suggestions.hint(for: action, among: ["annual", "rollup"]))
    }
    let (key, other) = action == "annual" ? (options.conductor, options.under) : (options.under, options.conductor)
    guard arguments.has(key) else { throw arguments.fail("缺少 \(key.name)", "missing \(key.name)") }
    if arguments.has(other) {
        throw arguments.fail("\(other.name) 不用于 report \(action)", "\(other.name) does not go with report \(action)")
    }
    guard let year = try arguments[options.year] else {
        throw arguments.fail("缺少 --year", "missing --year")
    }
    // A year not begun by the as-of day has nothing to report, and its coverage column would
    // show another year's plan items (helper-126).
    try arguments.refuseYearNotBegun(year)
    if action == "rollup", arguments.has(options.confidential) {
        throw arguments.fail("汇总不含保密内容", "the roll-up holds no confidential text")
    }
    let language = try arguments[options.lang]
    // A report shows what its rules read of a talk's lists and nothing more, but for the annual
    // appendix asked for (`--include-confidential`): the confidential texts are left unread
    // otherwise, as `check` leaves them (a national roll-up read 1.2 million). Every kind of talk
    // is read: a committee's year counts them all.
    var reads = RecordReads()
    if arguments.has(options.confidential) {
        for list in TalkList.texts { reads.formUnion(.list(list)) }
    }
    let judgement = try Judging(
        arguments, context, format: options.format, judging: Judgement.everyRule, alsoReading: reads,
        language: language, naming: [key])
    let facts = judgement.engine.facts
    let organization = try judgement.organization(key)!
    // A role granted one committee sees its talks alone: another's report, or the roll-up of the
    // committees below, would show them as having recorded nothing (helper-171).
    if let scope = judgement.judgement.scope, action == "rollup" || organization.id != scope.conductor {
        throw InputError(
            Message(
                zh: "本数据库角色只能看到 \(scope.conductor.inline) 的记录，看不到其他党委（党组）的谈话，不能生成此报告；请由存储的所有者运行",
                en:
                    "this database role sees the records of \(scope.conductor.inline) only, not the talks of other committees: the store's owner can run this report"
            ), source: context.storeName)
    }
    let views = ReportViews(facts: facts, language: language)
    let judged = try judgement.judgement.year(year, shown: ReportViews.detail(json: judgement.format == .json))
    HeldUntilExit.keep(judged)
    if action == "annual" {
        let report = try AnnualReport(judged, committee: organization.id)
        let confidential = try arguments.confidential(context, scope: judgement.judgement.scope)
        try write(
            {
                var document = views.annual(report)
                if confidential { views.appendConfidential(to: &document, report) }
                return document
            },
            json: { stream throws(OutputFailure) in
                try stream.append(views.annualJSON(report, confidential: confidential))
            },
            judgement.format, arguments, context)
    } else {
        // (Of a year it did not exist in, said so: helper-211, "no committees below it".)
        if let absence = organization.absence(in: year) { throw InputError(absence, at: "--under") }
        let rollup = Rollup(judged, under: organization.id)
        // No committee below it, on the day or in the year: an empty roll-up reads as a report made
        // (helper-206: "共0个", exit 0, where `report annual` explains itself).
        guard !rollup.rows.isEmpty else {
            let name = organization.name.inline
            let day = rollup.treeDay
            throw InputError(
                Message(
                    zh: "\(name)在\(day.chinese)没有下级党委（党组），\(year)年内也没有在其下撤销的，没有可汇总的",
                    en:
                        "\(name) has no committees below it on \(day), nor any dissolved below it in \(year): there is nothing to roll up"
                ), at: "--under")
        }
        try write(
            { views.rollup(rollup) },
            json: { stream throws(OutputFailure) in try views.rollupJSON(rollup, to: &stream) },
            judgement.format, arguments, context)
    }
    judgement.warn(judged.yearsWithoutData, context)
    judgement.noteUnjudged(context)
    return ExitStatus.success
}

/// Writes a report in `format`: its document (made only for the formats that show it) or its JSON.
private func write(
    _ document: () -> ReportDocument, json: (inout TextStream<OutputFailure>) throws(OutputFailure) -> Void,
    _ format: OutputFormat, _ arguments: Arguments, _ context: Context
) throws {
    switch format {
    case .html:
        let document = document()
        try context.writeDocument { stream throws(OutputFailure) in try document.html(to: &stream) }
    case .docx:
        let document = document()
        try context.writeBinary(arguments) { try document.docx(to: $0) }
    case .json: try context.writeDocument(json)
    default:
        let document = document()
        try context.writeDocument { stream throws(OutputFailure) in try document.markdown(to: &stream) }
    }
}

import Foundation
import TalkModel
import TalkOffice
import TalkRules
import TalkStore
import TalkText

/// What the judging commands read from the command line: the format, the as-of day (today in
/// China by default: only the front end reads the clock) and the packs, with the library's
/// `Judgement` of the store made from them.
struct Judging {
    let judgement: Judgement
    let format: OutputFormat
    /// Records named in flags and operands (`--conductor 江州市委`), found as every command finds them.
    let names: NameLookup
    /// The stored ids of the organizations the `naming` options name, by the option's flag.
    private let named: [String: String]

    /// `store` is the one the command has open already, else the context's is opened. `judging`:
    /// the rules the command judges, when it prints nothing else of a talk's lists (`Judgement`).
    /// `language`: the one findings are shown in, when not the reader's (a report's `--lang`).
    /// `naming`: the options naming an organization (`--conductor`), found before the store is
    /// read and judged, so a mistyped one is told at once, not after the seconds a national store
    /// takes to judge.
    init(
        _ arguments: Arguments, _ context: Context, format: OptionKey<OutputFormat>, store opened: (any Store)? = nil,
        judging chosen: ((RuleSet) -> (Rule) -> Bool)? = nil, alsoReading: RecordReads = .none,
        language: Language? = nil, naming: [OptionKey<String?>] = []
    ) throws {
        self.format = try arguments[format]
        let asOf = try arguments[.asOf]
        let rules = try RulePacks.load(arguments, context)
        let store = try opened ?? context.openStore()
        names = context.names(store)
        var named: [String: String] = [:]
        for key in naming {
            guard let text = try arguments[key] else { continue }
            named[key.name] = try names.existing(text, [.organizations], flag: key.name)
        }
        self.named = named
        judgement = try Judgement(
            store: store, rules: rules, asOf: asOf, judging: chosen, alsoReading: alsoReading,
            language: language ?? context.language)
        HeldUntilExit.keep(judgement.facts)
    }

    /// Says which rules were not judged, when the connection cannot see the texts they read:
    /// `check`, the reports and the copies leave their findings out alike.
    func noteUnjudged(_ context: Context) {
        let unjudged = judgement.unjudgedRules.map(\.id).joined(separator: ", ")
        guard !unjudged.isEmpty else { return }
        context.note(
            "注意：本数据库角色看不到保密内容，读取保密内容的规则（\(unjudged)）未予评判",
            "note: this database role cannot see the confidential texts, so the rules that read them (\(unjudged)) were not judged"
        )
    }

    var engine: Engine { judgement.engine }
    var asOf: CivilDate { judgement.asOf }

    /// The organization an option of `naming` names, by id or by a name one organization bears,
    /// which must exist (`NameLookup.existing`); nil when the option is not given.
    func organization(_ key: OptionKey<String?>) throws -> Organization? {
        try judgement.organization(named[key.name], at: key.name)
    }

    /// The work list's note: the years of provisional due dates, when an item listed has one. The
    /// engine also computes the deadlines of what is met or not listed, and a note for those on a
    /// work list is noise (an empty one said the due dates of 2027 were provisional); `check` and
    /// the reports name the years of every date judged, as they agree with each other.
    func warn(_ result: CheckResult, _ context: Context) {
        guard let latest = result.latestProvisionalDue else { return }
        warn(result.yearsWithoutData.filter { $0 <= latest.year }, context)
    }

    /// Says once, on standard error, which years' deadlines are provisional for want of their notice.
    func warn(_ years: [Int], _ context: Context) {
        guard let note = HolidayCalendar.provisionalNote(years) else { return }
        context.note(note.zh, note.en)
    }
}

/// Exit 1 when a violation was printed (spec/cli.md).
private func status(_ result: CheckResult) -> Int32 {
    result.count(.violation) > 0 ? ExitStatus.findings : ExitStatus.success
}

/// The options of `talks check`, which `coverage` takes too.
private struct CheckOptions: CommandOptions {
    let asOf = OptionKey.asOf
    let format = OptionKeys.format([.table, .json, .csv, .xlsx])
    let encoding = OptionKey.encoding
    let output = OptionKey.output
    let rules = OptionKey.rules
}

let checkCommand = Command(
    name: "check", operands: "",
    summary: Message(zh: "按规则包检查全部记录", en: "judge every record against the rule packs"),
    details: Message(
        zh: "按条款列出问题（违规、警示、提示），每条注明规则、条款和天数。有违规时退出码为 1。",
        en:
            "Lists the findings (violation, warning, notice), each with its rule, article and days. Exits 1 when a violation is printed."
    ),
    options: CheckOptions.self
) { arguments, options, context in
    try arguments.noOperands()
    let judgement = try Judging(arguments, context, format: options.format, judging: Judgement.everyRule)
    let result = try judgement.judgement.check(explained: judgement.format == .json)
    HeldUntilExit.keep(result)
    switch judgement.format {
    case .json:
        try context.writeDocument { stream throws(OutputFailure) in
            try FindingViews.json(result, context.language, to: &stream)
        }
    case .csv, .xlsx:
        try context.writeTable(FindingViews.table(result, context.language), format: judgement.format, arguments)
    default:
        try context.write { stream throws(OutputFailure) in
            try FindingViews.table(
                result, judgement.engine.facts, context.language, colour: context.colour, to: &stream)
        }
    }
    judgement.warn(result.yearsWithoutData, context)
    judgement.noteUnjudged(context)
    return status(result)
}

/// The options of `talks overdue`.
private struct OverdueOptions: CommandOptions {
    let asOf = OptionKey.asOf
    let format = OptionKeys.format([.table, .json, .csv, .xlsx, .ics])
    let encoding = OptionKey.encoding
    let output = OptionKey.output
    let rules = OptionKey.rules
    let conductor = OptionKeys.text("--conductor", "ORG", "只看该党委（党组）应督办的事项", "only the items this committee owes")
    let below = OptionKeys.flag(
        "--below", "与 --conductor 同用：也列其下各级党委（党组）的事项", "with --conductor: also the committees below it")
    let organization = OptionKeys.text(
        "--organization", "ORG", "只看与该下级党组织有关的事项", "only the items about this lower-level organization")
    let within = OptionKeys.integer(
        "--within", "DAYS", 0...3660, "另列今后 DAYS 天内到期的事项（默认为规则包的 due-soon-window）",
        "also the items due within DAYS days (default: the pack's due-soon-window)")
}

let overdueCommand = Command(
    name: "overdue", operands: "",
    summary: Message(
        zh: "待办清单：逾期和即将到期的整改报告等事项", en: "the work list: overdue and due-soon rectification reports and other deadlines"),
    details: Message(
        zh:
            "只列期限类规则（整改措施报告、整改情况报告、年度计划事项、及时谈话、归档抄送）中已逾期或即将到期的事项。每个党委（党组）列一次，先列逾期最久的，再列即将到期的；每项写明下级党组织、对象、事项、到期日和天数。--format ics 输出 iCalendar 日历文件（每项一个到期日事件），可导入 Outlook、WPS、Thunderbird。",
        en:
            "Only deadline rules (measures report, rectification report, plan items, timely talks, archiving) whose items are overdue or due soon. Each committee once, the most overdue first, then what is due soon; each item with its organization, person, item, due date and days. --format ics writes an iCalendar file (one event on each due date) for Outlook, WPS and Thunderbird."
    ),
    options: OverdueOptions.self
) { arguments, options, context in
    try arguments.noOperands()
    let judgement = try Judging(
        arguments, context, format: options.format, judging: WorkList.judges,
        naming: [options.conductor, options.organization])
    let below = try arguments[options.below]
    if below, !arguments.has(options.conductor) {
        throw arguments.fail("--below 须与 --conductor 同用", "--below goes with --conductor")
    }
    let (conductor, organization) = (
        try judgement.organization(options.conductor), try judgement.organization(options.organization)
    )
    let filter = WorkList.Filter(
        conductor: conductor?.id, below: below, organization: organization?.id, within: try arguments[options.within])
    let list = try judgement.judgement.workList(filter, explained: judgement.format == .json)
    if list.groups.isEmpty, let conductor, let organization {
        hintIfNotBelow(organization, conductor, below: below, judgement.judgement, context)
    }
    switch judgement.format {
    case .json:
        try context.writeDocument { stream throws(OutputFailure) in
            try FindingViews.json(list.result, context.language, to: &stream)
        }
    case .csv, .xlsx:
        try context.writeTable(
            FindingViews.table(list.result, context.language), format: judgement.format, arguments)
    case .ics:
        try context.writeDocument { stream throws(OutputFailure) in
            try WorkListViews.iCalendar(list, context.language, to: &stream)
        }
    default:
        try context.write { stream throws(OutputFailure) in
            try WorkListViews.table(list, context.language, colour: context.colour, to: &stream)
        }
    }
    judgement.warn(list.result, context)
    return status(list.result)
}

/// An empty work list for `--conductor C --organization O` where O is not below C on as-of (nor
/// under a committee below it, with `--below`) says so: "nothing is overdue" alone reads as if all
/// were done, when the two filters can match nothing. The items of a parent O had before a
/// transfer may still be C's, so this is a note, not an error.
private func hintIfNotBelow(
    _ organization: Organization, _ conductor: Organization, below: Bool, _ judgement: Judgement, _ context: Context
) {
    let asOf = judgement.asOf
    var parent = organization.parent(on: asOf)
    var seen: Set<String> = [organization.id]
    while let current = parent, current != conductor.id, below, seen.insert(current).inserted {
        parent = judgement.facts.organization(current)?.parent(on: asOf)
    }
    guard parent != conductor.id else { return }
    let (o, c) = (organization.id.inline, conductor.id.inline)
    let now = organization.parent(on: asOf).map { $0.inline }
    context.note(
        "注意：\(asOf) 时 \(o) 不是 \(c) 的下级党组织\(below ? "（也不在其下各级之下）" : "")"
            + (now.map { "，其上级是 \($0)" } ?? "") + "；两个条件同时给出时可能什么也列不出，可去掉其中一个",
        "note: on \(asOf) \(o) is not below \(c)\(below ? " (nor below the committees under it)" : "")"
            + (now.map { "; its committee is \($0)" } ?? "") + "; the two filters together may list nothing: drop one")
}

/// The options of `talks coverage`.
private struct CoverageOptions: CommandOptions {
    let check = CheckOptions()
    let conductor = OptionKeys.text("--conductor", "ORG", "只看该党委", "only this conductor")
}

let coverageCommand = Command(
    name: "coverage", operands: "",
    summary: Message(zh: "届内定期谈话覆盖情况和缺口", en: "term coverage of regular talks, and the gaps"),
    details: Message(
        zh: "每个党委（党组）本届已覆盖多少下一级“一把手”，未覆盖的是谁，是否已列入本年度计划。",
        en:
            "For each conductor: how many lower-level top leaders this term's regular talks have covered, who is still uncovered, and whether this year's plan covers them."
    ),
    options: CoverageOptions.self
) { arguments, options, context in
    try arguments.noOperands()
    let judgement = try Judging(
        arguments, context, format: options.check.format, judging: CoverageReport.judges,
        alsoReading: CoverageReport.reads, naming: [options.conductor])
    let facts = judgement.engine.facts
    let report = try judgement.judgement.coverage(
        conductor: try judgement.organization(options.conductor)?.id)
    switch judgement.format {
    case .json: try context.writeDocument(CoverageViews.json(report))
    case .csv, .xlsx:
        try context.writeTable(CoverageViews.table(report, context.language), format: judgement.format, arguments)
        // A sheet has no place for it: an empty sheet is explained where the text says it (helper-134,
        // helper-215: one of a dissolved committee said nothing).
        if let why = report.ruleInForce
            ? CoverageViews.nothingToCover(report, facts) : CoverageViews.noRule(report.asOf)
        {
            context.note(why.zh, why.en)
        }
        if let unjudged = CoverageViews.unjudged(report) { context.note(unjudged.zh, unjudged.en) }
    default: try context.write(CoverageViews.table(report, facts, context.language))
    }
    let gaps = report.conductors.flatMap(\.gaps)
    return gaps.contains { $0.severity == .violation } ? ExitStatus.findings : ExitStatus.success
}

/// The options of `talks explain`.
private struct ExplainOptions: CommandOptions {
    let asOf = OptionKey.asOf
    let format = OptionKeys.format([.table, .json])
    let rules = OptionKey.rules
}

let explainCommand = Command(
    name: "explain", operands: "TALK_ID",
    summary: Message(zh: "逐条说明规则如何评判一次谈话", en: "show how every rule judges one talk"),
    details: Message(
        zh: "列出适用于该谈话的每条规则（符合与否），以及所依据的事实和日期推算，包括节假日顺延。",
        en:
            "Every rule that applies to the talk, met or not, with the facts and the date arithmetic behind each, holiday moves included."
    ),
    options: ExplainOptions.self
) { arguments, options, context in
    let typed = try arguments.operand("TALK_ID")
    let judgement = try Judging(arguments, context, format: options.format)
    let facts = judgement.engine.facts
    let (talk, shown) = try judgement.judgement.explain(try judgement.names.existing(typed, [.talks], flag: "TALK_ID"))
    if judgement.format == .json {
        try context.writeDocument(ExplainView.json(talk, shown, context.language))
    } else {
        try context.write(ExplainView.text(talk, shown, facts, context.language))
    }
    judgement.warn(shown.yearsWithoutData, context)
    judgement.noteUnjudged(context)
    return ExitStatus.success
}

/// The options of `talks rules`.
private struct RulesOptions: CommandOptions {
    let rules = OptionKey.rules
    let format = OptionKeys.format(
        [.table, .json],
        help: Message(zh: "list 和 calendar 的输出格式（默认 table）", en: "output format of list and calendar (default: table)"))
}

let rulesCommand = Command(
    name: "rules", operands: "list|lint [PATH]|test [PATH]|calendar YEAR",
    summary: Message(
        zh: "规则包：列出生效规则、检查规则文件、运行规则场景", en: "rule packs: list the rules in force, lint rule files, run rule scenarios"),
    details: Message(
        zh:
            "list 列出生效的规则和参数及其来源；lint 检查全国规则包和 PATH（及 --rules）的规则文件，错误以 文件:行:列 报告；test 运行场景（PATH 为场景文件、其文件夹或含 scenarios/ 的规则包文件夹；默认为各规则包的 scenarios/ 文件夹，各按该规则包及其前的规则包运行），失败时列出预期与实际；calendar 列出某年的休息日及每天的来源（放假通知，或未载入通知时按放假办法第二条推算的法定假日）。",
        en:
            "list shows the rules and parameters in force and where each comes from; lint checks the national pack and PATH (and --rules), reporting errors as file:line:col; test runs scenarios (PATH: a scenario, a folder of them, or a pack's folder with its scenarios/; by default each pack's scenarios/ folder, under that pack and the packs before it) and prints expected against actual on failure; calendar lists a year's rest days and where each comes from (the notice, or without one the statutory days of Art. 2 of 全国年节及纪念日放假办法, computed)."
    ),
    options: RulesOptions.self
) { arguments, options, context in
    guard let action = arguments.operands.first else {
        throw arguments.fail("缺少参数 list|lint|test|calendar", "missing list|lint|test|calendar")
    }
    let rest = Array(arguments.operands.dropFirst())
    switch action {
    case "list":
        guard rest.isEmpty else { throw arguments.fail("多余的参数 \(rest[0])", "unexpected operand \(rest[0])") }
        let rules = try RulePacks.load(arguments, context)
        for note in rules.unused { context.note(note.text(.zh), note.text(.en)) }
        if try arguments[options.format] == .json {
            try context.writeDocument(RuleViews.json(rules))
        } else {
            try context.write(RuleViews.table(rules, context.language))
        }
        return ExitStatus.success
    case "lint":
        let rules = try RulePacks.load(arguments, context, adding: rest)
        for note in rules.unused { context.note(note.text(.zh), note.text(.en)) }
        try context.say(
            "规则检查通过：\(rules.packs.count) 个规则包，\(rules.rules.count) 条生效规则，\(rules.parameters.count) 个参数。",
            "rules ok: \(counted(rules.packs.count, "pack")), \(counted(rules.rules.count, "rule")) in force, "
                + "\(counted(rules.parameters.count, "parameter"))."
        )
        return ExitStatus.success
    case "test":
        let paths = try RulePacks.paths(arguments, context)
        let packs = try paths.map(RulePacks.source)
        let rules = try RuleSet.load(packs)
        // The scenarios named, under every pack; without a path, each pack's own scenarios/ under
        // that pack and the packs before it: the national scenarios test the national pack, not a
        // province's changes to it (helper-206: three failed under the example pack).
        // A pack's folder named (its .rules beside its scenarios/) is a pack as well, for its own
        // scenarios, unless given with --rules already (helper-208: "rule … is not in force").
        let given = Set(paths.map(PathText.resolved))
        var runs: [(target: String, packs: [PackSource], rules: RuleSet)] = try rest.map { target in
            guard !given.contains(PathText.resolved(target)), isPackFolder(target) else {
                return (target, packs, rules)
            }
            let more = packs + [try RulePacks.source(target)]
            return (target, more, try RuleSet.load(more))
        }
        if rest.isEmpty {
            for (i, path) in paths.enumerated() {
                let folder = (path as NSString).appendingPathComponent("scenarios")
                guard FileManager.default.fileExists(atPath: folder) else { continue }
                let before = Array(packs[...i])
                runs.append((folder, before, i + 1 == packs.count ? rules : try RuleSet.load(before)))
            }
        }
        let targets = runs.map(\.target)
        var outcomes: [Scenario.Outcome] = []
        // A file that cannot be read or run is said after every other has run: one broken file
        // hides neither the others' results nor the other broken files.
        var broken: [InputError] = []
        for run in runs {
            for file in try scenarioFiles(run.target) {
                // The base is named beside the scenario, in the folder the kernel finds it in.
                let folder = PathText.split(file).folder
                do {
                    try refuseSpecialFile(file)
                    outcomes += try Scenario.run(
                        file: file, bytes: try context.read(file), rules: run.rules, packs: run.packs
                    ) { base in
                        try context.read(base.hasPrefix("/") ? base : folder + "/" + base)
                    }
                } catch let error as InputError {
                    broken.append(error)
                }
            }
        }
        for outcome in outcomes where !outcome.passed {
            try context.write(context.text("失败", "FAIL") + "  \(outcome.file.inline): \(outcome.name.inline)\n")
            try context.write("  " + context.text("预期：", "expected:") + "\n")
            for line in outcome.expected { try context.write("    \(line.inline)\n") }
            if outcome.expected.isEmpty { try context.write("    " + context.text("（无）", "(none)") + "\n") }
            try context.write("  " + context.text("实际：", "actual:") + "\n")
            for line in outcome.actual { try context.write("    \(line.inline)\n") }
            if outcome.actual.isEmpty { try context.write("    " + context.text("（无）", "(none)") + "\n") }
        }
        guard !outcomes.isEmpty || !broken.isEmpty else {
            // Nothing run is no pass: a wrong folder must not look like a green test.
            throw InputError(
                source: targets.isEmpty ? nil : targets.joined(separator: ", "),
                problems: [Problem("", Message(zh: "没有找到场景文件（*.json）", en: "no scenarios found (*.json)"))])
        }
        let failed = outcomes.count { !$0.passed }
        if !outcomes.isEmpty {
            try context.say(
                "场景：\(outcomes.count) 个，通过 \(outcomes.count - failed) 个，失败 \(failed) 个。",
                "scenarios: \(outcomes.count) run, \(outcomes.count - failed) passed, \(failed) failed.")
        }
        if !broken.isEmpty { throw InputError(gathering: broken) }
        return failed == 0 ? ExitStatus.success : ExitStatus.findings
    case "calendar":
        guard rest.count == 1, rest[0].allSatisfy(\.isASCII), let number = Int(rest[0]),
            let year = try RulePacks.load(arguments, context).holidays.year(number)
        else {
            throw arguments.fail("calendar 需要一个年份（1–9999）", "calendar takes one year (1–9999)")
        }
        if try arguments[options.format] == .json {
            try context.writeDocument(CalendarViews.json(year, context.language))
        } else {
            try context.write(CalendarViews.table(year, context.language))
        }
        return ExitStatus.success
    default:
        throw arguments.fail("rules 的子命令只能是 list、lint、test 或 calendar", "rules takes list, lint, test or calendar")
            .with(Suggestions.hint(for: action, among: ["list", "lint", "test", "calendar"]))
    }
}

/// Whether `path` is a pack's folder: `.rules` files in it.
private func isPackFolder(_ path: String) -> Bool {
    var folder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &folder), folder.boolValue,
        let names = try? FileManager.default.contentsOfDirectory(atPath: path)
    else { return false }
    return names.contains { $0.hasSuffix(".rules") }
}

/// A FIFO, socket or device where a scenario file is looked for is refused, not opened: reading
/// a FIFO waits for a writer that never comes.
private func refuseSpecialFile(_ path: String) throws {
    var info = stat()
    guard stat(path, &info) == 0 else { return }
    let type = info.st_mode & S_IFMT
    guard type != S_IFREG && type != S_IFDIR else { return }
    throw InputError(Message(zh: "不是普通文件", en: "is not a regular file"), source: path)
}

/// The scenario files a path names: the file itself, or every `*.json` in a folder except bases.
private func scenarioFiles(_ path: String) throws -> [String] {
    guard try existingFile(path).isFolder else {
        // A pack's file where a scenario belongs (helper-207: "expected a JSON value, found 'p'").
        if path.hasSuffix(".rules") {
            throw InputError(
                source: path,
                problems: [
                    Problem(
                        "",
                        Message(
                            zh: "这是规则文件，不是场景文件：规则包请用 --rules 给出（talks rules test --rules \(path.inline)）",
                            en:
                                "this is a rule file, not a scenario: give a pack with --rules (talks rules test --rules \(path.inline))"
                        ))
                ])
        }
        return [path]
    }
    let names = try namesInFolder(path)
    // A pack's folder holding no scenario beside its rules names its scenarios/ folder, as
    // `rules test` without a path reads it (helper-206: `rules test Rules` found none).
    let scenarios = (path as NSString).appendingPathComponent("scenarios")
    if !names.contains(where: { $0.hasSuffix(".json") }), names.contains("scenarios"),
        (try? existingFile(scenarios).isFolder) == true
    {
        return try scenarioFiles(scenarios)
    }
    return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix("base") }
        .map { (path as NSString).appendingPathComponent($0) }
}

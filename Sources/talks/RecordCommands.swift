import Foundation
import TalkModel
import TalkOffice
import TalkStore

/// A talk field `talks record` sets from an option, and the option, which gives the field's value
/// as JSON: as the talks sheet's column of the field reads it, so a flag is as forgiving as a cell.
private struct TalkFlag: OptionDeclaration {
    let field: String
    let key: OptionKey<JSONValue?>
    /// Needed unless `--file` gives the field.
    var required = false
    /// The date the option gives, checked by `refuseFuture`.
    var day: OptionKey<CivilDate?>?

    var option: Option { key.option }

    /// Ids and free texts stay as typed; names of records are resolved against the store (`FlagNames`).
    static func text(
        _ field: String, _ name: String, _ placeholder: String, _ zh: String, _ en: String, required: Bool = false
    ) -> TalkFlag {
        TalkFlag(
            field: field, key: OptionKeys.text(name, placeholder, zh, en).map { $0.map(JSONValue.string) },
            required: required)
    }

    static func texts(_ field: String, _ name: String, _ placeholder: String, _ zh: String, _ en: String) -> TalkFlag {
        TalkFlag(
            field: field,
            key: OptionKeys.texts(name, placeholder, zh, en).map { $0.isEmpty ? nil : .array($0.map(JSONValue.string)) }
        )
    }

    /// Confidential texts (`OptionKeys.freeTexts`).
    static func freeTexts(_ field: String, _ name: String, _ placeholder: String, _ zh: String, _ en: String)
        -> TalkFlag
    {
        TalkFlag(
            field: field,
            key: OptionKeys.freeTexts(name, placeholder, zh, en).map {
                $0.isEmpty ? nil : .array($0.map(JSONValue.string))
            }
        )
    }

    static func date(
        _ field: String, _ name: String, _ zh: String, _ en: String, required: Bool = false, lastDay: Bool = false
    ) -> TalkFlag {
        let day = OptionKeys.date(name, zh, en, lastDay: lastDay)
        return TalkFlag(field: field, key: day.map { $0.map { .string($0.description) } }, required: required, day: day)
    }

    static func flag(_ field: String, _ name: String, _ zh: String, _ en: String) -> TalkFlag {
        TalkFlag(field: field, key: OptionKeys.flag(name, zh, en).map { $0 ? .bool(true) : nil })
    }

    /// An enumerated field, which takes the everyday names sheets take (定期, 全部, 纪委).
    static func everyday(
        _ field: String, _ name: String, _ placeholder: String, _ zh: String, _ en: String, required: Bool = false,
        repeatable: Bool = false
    ) -> TalkFlag {
        let cell = SheetColumns.of(.talks).first { $0.key == field }!.cell
        return TalkFlag(
            field: field, key: OptionKeys.sheetValue(name, placeholder, cell, zh, en, repeatable: repeatable),
            required: required)
    }
}

/// The talk fields `talks record` sets from options, in the order help lists them.
private let talkFlags: [TalkFlag] = [
    .text("id", "--id", "ID", "谈话编号（省略则自动编为 T年份-序号）", "talk id (default: next T<year>-NNN)"),
    .everyday(
        "kind", "--kind", "KIND", "regular | timely | clue-disposal | appointment | admonishment",
        "regular | timely | clue-disposal | appointment | admonishment", required: true),
    .text(
        "organization", "--organization", "ORG", "下级组织（编号或名称）", "the lower-level organization (id or name)",
        required: true),
    .text(
        "conductor", "--conductor", "ORG", "开展谈话的党委（省略则取下级组织的上级）",
        "the conducting committee (default: the organization's parent)"),
    .text(
        "talkee", "--talkee", "PERSON", "被谈话人（省略则取谈话当日该组织书记）",
        "the person talked to (default: the organization's secretary on that day)"),
    .text("talker", "--talker", "PERSON", "谈话人（编号或姓名）", "the talker (id or name)", required: true),
    .date("held", "--held", "谈话日期", "day the talk took place", required: true),
    .date("ended", "--ended", "谈话结束日期（默认同 --held）", "day the talk ended (default: --held)", lastDay: true),
    .everyday("format", "--format", "individual|group", "谈话方式（默认 individual 个别谈话）", "individual (default) or group"),
    .text("plan", "--plan", "PLAN", "落实的年度计划事项", "the plan item this talk fulfils"),
    .texts("triggers", "--trigger", "TRIGGER", "回应的及时谈话情形（可重复）", "a trigger this timely talk responds to (repeatable)"),
    .flag("selfCheck", "--self-check", "被谈话人已在谈话前自查", "the talkee did the self-check before the talk"),
    .everyday(
        "steps", "--steps", "all|STEP,…", "已进行的步骤，按进行顺序；all = 第十条五个步骤",
        "steps performed, in order; all = the five steps of Art. 10"),
    .freeTexts("problems", "--problem", "TEXT", "指出的问题（保密，可重复）", "a problem pointed out (confidential, repeatable)"),
    .freeTexts(
        "requirements", "--requirement", "TEXT", "提出的整改要求（保密，可重复）",
        "a rectification requirement (confidential, repeatable)"),
    .flag("record", "--record", "已形成谈话记录", "a written record was made"),
    .everyday(
        "participants", "--participant", "DEPT", "派员参与的部门（可重复）", "a department that took part (repeatable)",
        repeatable: true),
    .flag("untruthful", "--untruthful", "被谈话人未如实报告", "the talkee did not report truthfully"),
]

/// The options of `talks record`.
private struct RecordOptions: CommandOptions {
    let talk = talkFlags
    let file = OptionKeys.text(
        "--file", "FILE", "从 JSON 文件读取谈话（- 为标准输入）", "read the talk from a JSON file (- = standard input)")
    let replace = OptionKeys.flag(
        "--replace", "改写已存在的同编号谈话（未给出的内容保留原值）",
        "overwrite a stored talk with the same id (what is not given keeps its stored value)")
    let yes = OptionKey.yes.help(
        "确认晚于今天的日期，以及与已存储的谈话党委、单位、类型、日期、被谈话人都相同的另一次谈话（否则拒绝）",
        "confirm a date after today, and another talk with a stored one's conductor, organization, kind, day and talkee "
            + "(refused otherwise)")
}

/// What `record --help` says of the values flags take: the step ids with their names in Chinese,
/// the date forms, names for ids, and `--yes`.
private let recordValues = Message(
    zh: """
        步骤（--steps，按进行顺序，用 , ， 或 、 分隔；all 或 全部 为五个步骤）：\(
            Step.allCases.map { "\($0.rawValue) \($0.label.zh)" }.joined(separator: "、"))。
        日期：\(DateText.accepted.zh)。晚于今天（北京时间）的日期须加 --yes 确认，否则拒绝。
        --organization、--conductor、--talker、--talkee 可填编号，也可填只属于一条记录的名称（临川市委、李华）；--kind、--format、--participant 可填中文名称（定期、纪委）。
        """,
    en: """
        Steps (--steps, in the order performed, separated by , ， or 、; all or 全部 for the five): \(
            Step.allCases.map { "\($0.rawValue) \($0.label.zh)" }.joined(separator: ", ")).
        Dates: \(DateText.accepted.en). A date after today (China Standard Time) is refused unless --yes confirms it.
        --organization, --conductor, --talker and --talkee take an id or a name only one record bears (临川市委, 李华); --kind, --format and --participant take the Chinese names too (定期, 纪委).
        """)

let recordCommand = Command(
    name: "record", operands: "",
    summary: Message(zh: "登记一次谈话（用选项和/或 JSON 文件）", en: "record one talk (flags and/or a JSON file)"),
    details: Message(
        zh: """
            校验与 talks load 完全相同。--file 读取一个谈话对象（数据集 talks 数组中的一项），选项覆盖文件中的同名字段。
            须给出 --kind、--organization、--talker、--held（或在 --file 中给出）；开展谈话的党委、被谈话人、编号可省略，自动填写。
            编号已存在时拒绝，除非加 --replace：此时选项和文件给出的内容改写原谈话，只需给出编号和要改的内容，未给出的（步骤、问题、整改措施、整改情况、归档等）保留原值；--file 中写 null 的即删除；命令列出改动、保留、删除了哪些。开展谈话的党委、被谈话人若是原日期的默认值，按新日期重新确定；换了谈话对象单位时，党委、被谈话人、计划事项、及时谈话情形都按新单位确定。编号没有对应谈话时拒绝。与已存储的谈话党委、单位、类型、日期、被谈话人都相同的（多半是登记了两次）拒绝，除非加 --yes；谈话后的整改与归档请用 talks measures / rectification / archive 登记。
            \(recordValues.zh)
            例：talks record --kind 定期 --organization 临川市委 --talker 周文远 --held 2026年9月17日 --self-check --steps 全部 --record --problem "主体责任压得不实"
            """,
        en: """
            Checked exactly as talks load checks. --file reads one talk object (an element of a dataset's talks array); flags override its fields.
            --kind, --organization, --talker and --held are needed (or given by --file); the conductor, talkee and id are filled in when left out.
            An existing id is refused unless --replace is given: then what the flags and the file give overwrites the stored talk, only the id and what changes are needed, and what they do not give (steps, problems, measures, the rectification report, the archive…) keeps its stored value; null in --file removes a field; what was changed, kept and removed is listed. A conductor or talkee that was the default on the stored day follows the day given; for another organization, the conductor, talkee, plan item and triggers are its own. An id that names no stored talk is refused. A talk with a stored one's conductor, organization, kind, day and talkee (most likely recorded twice) is refused unless --yes; record what follows the talk with talks measures / rectification / archive.
            \(recordValues.en)
            Example: talks record --kind regular --organization lc --talker p-zhou --held 2026-09-17 --self-check --steps all --record --problem "primary responsibility not pressed home"
            """),
    options: RecordOptions.self
) { arguments, options, context in
    try arguments.noOperands()
    let talk = try talkObject(arguments, options, context)
    try arguments.refuseFuture(talkFlags.compactMap(\.day))
    let store = try context.openStore()
    let recorded = try RecordTalk.run(
        talk, replace: try arguments[options.replace], repeating: try arguments[options.yes],
        source: try arguments[options.file],
        store: store, names: context.names(store))
    let saved = recorded.talk
    // The conductor and talkee are named, as they may have been filled in: the clerk sees whom the
    // record is about, in the names the office uses.
    let words = RecordWords(store)
    let (by, with, talkee) = try (
        words.named(saved.conductor), words.named(saved.organization), words.named(saved.talkee)
    )
    // A conductor given that is not above the organization that day is said as the talk is stored
    // (helper-222: a talk after a transfer, by the old parent, said nothing).
    let notAbove = try words.conductorNotAbove(saved, lead: (zh: "注意：", en: "note: "))
    try context.confirm(Message(zh: "谈话 \(saved.id) 已登记", en: "\(saved.id) was recorded")) {
        let verb = recorded.replaced == nil ? Message(zh: "已登记", en: "recorded") : Message(zh: "已改写", en: "replaced")
        try context.say(
            "\(verb.zh)谈话 \(saved.id)：\(saved.kind.label.zh)，\(by.zh) → \(with.zh)，被谈话人 \(talkee.zh)，\(saved.held)",
            "\(verb.en) talk \(saved.id): \(saved.kind.rawValue), \(by.en) → \(with.en), talkee \(talkee.en), \(saved.held)"
        )
        // What a replacement changed, kept and removed is said: nothing of the stored talk changes unseen.
        if !recorded.changed.isEmpty {
            let fields = TalkObject.names(of: recorded.changed)
            try context.say("改动了：\(fields.zh)", "changed: \(fields.en)")
        }
        if !recorded.kept.isEmpty {
            let fields = TalkObject.names(of: recorded.kept)
            try context.say(
                "保留了原谈话中本次未给出的：\(fields.zh)（要改动请给出；在 --file 中写 null 即删除；"
                    + "整改措施、整改情况、归档也可用 \(pasteableCommand()) measures / rectification / archive --clear \(shellOperand(saved.id)) 删除）",
                "kept from the stored talk, as not given: \(fields.en) (give one to change it; null in --file removes "
                    + "it, as \(pasteableCommand()) measures / rectification / archive --clear \(shellOperand(saved.id)) removes a follow-up)"
            )
        }
        if !recorded.removed.isEmpty {
            let fields = TalkObject.names(of: recorded.removed)
            try context.say("删除了原谈话的：\(fields.zh)", "removed from the stored talk: \(fields.en)")
        }
    } then: {
        // --yes also confirms a day after today: a second record of the same talk is never silent.
        if let repeats = recorded.repeats {
            let same = RecordTalk.sameTalk(repeats.inline)
            let delete = pasteableCommand("delete", "talks", operand: saved.id)
            context.note(
                "注意：\(same.zh)（已按 --yes 登记）；若是同一次谈话，请删除多出的一条（\(delete)）",
                "note: \(same.en) (recorded as --yes confirmed); if it is the same talk, delete the extra one (\(delete))"
            )
        }
        for note in [notAbove].compactMap({ $0 }) + saved.notesToCheck { context.note(note.zh, note.en) }
    }
    return ExitStatus.success
}

/// Removes a part of a talk for `--clear`, saying so, or that there was none to remove.
private func cleared<Part>(_ part: inout Part?, _ zh: String, _ en: String) -> Message {
    defer { part = nil }
    return part == nil
        ? Message(zh: "没有\(zh)的登记，未删除任何内容", en: "no \(en) was recorded: nothing removed")
        : Message(zh: "已删除\(zh)的登记", en: "\(en) removed")
}

/// The talk described by `--file` and the flags, flags winning.
private func talkObject(_ arguments: Arguments, _ options: RecordOptions, _ context: Context) throws -> TalkObject {
    var talk = TalkObject()
    if let file = try arguments[options.file] {
        let value: JSONValue
        do { value = try JSONReader.parse(try context.read(file)) } catch let error as InputError {
            throw InputError(source: file, problems: error.problems)
        }
        guard case .object(let members) = value else {
            throw InputError(Message(zh: "应为一个谈话对象", en: "expected one talk object"), at: "talk", source: file)
        }
        // A dataset document is for talks load (helper-123: told only that flags were missing).
        if members.contains(where: { $0.0 == "format" }) {
            let load = pasteableCommand("load", operand: file)
            throw InputError(
                Message(
                    zh: "这是数据集文件（含 format），不是一个谈话对象：请用 \(load) 导入",
                    en: "this is a dataset document (it has a format), not one talk: load it with \(load)"),
                at: "format", source: file)
        }
        talk.members = members
    }
    // Malformed values are usage errors (64), caught here before anything is looked up.
    for flag in talkFlags {
        guard let value = try arguments[flag.key] else { continue }
        talk.set(flag.field, value, flag: flag.name)
    }
    talk.options = Dictionary(uniqueKeysWithValues: talkFlags.map { ($0.field, $0.name) })
    // After the values, so a mistyped value is said first, however many flags are missing. A
    // replacement needs only the id: what it does not give, the stored talk keeps.
    let replacing = try arguments[options.replace]
    try arguments.require(
        replacing ? talkFlags.filter { $0.field == "id" } : talkFlags.filter(\.required),
        by: replacing ? "record --replace" : "record",
        given: { option in talk.has(talkFlags.first { $0.name == option.name }!.field) })
    return talk
}

// MARK: - What follows the talk

extension OptionKey where Value == Bool {
    /// `--clear`, for the commands that change part of a stored talk.
    fileprivate static var clear: Self { OptionKeys.flag("--clear", "删除这一部分的登记", "remove this part of the record") }
}

/// The options of a command that changes part of a stored talk: its own, then `--clear` and `--yes`.
private struct FollowUpOptions<Own: CommandOptions>: CommandOptions {
    let own = Own()
    let clear = OptionKey.clear
    let yes = OptionKey.yes
}

/// A command that changes part of a stored talk; fields it is not given keep their values.
/// `fields` names the option that sets each field, for messages about it.
private func followUp<O: CommandOptions>(
    name: String, summary: Message, details: Message, options: O.Type,
    fields: @escaping @Sendable (O) -> [String: String],
    change: @escaping @Sendable (inout Talk, Arguments, O) throws -> Message
) -> Command {
    Command(name: name, operands: "TALK", summary: summary, details: details, options: FollowUpOptions<O>.self) {
        arguments, options, context in
        let typed = try arguments.operand("TALK")
        // Removing the part and giving it a value at once is a slip either way (helper-150: the
        // value was dropped, and the report removed, without a word).
        if arguments.has(options.clear), let given = options.own.declarations.first(where: arguments.has) {
            throw arguments.fail(
                "--clear 删除这一部分的登记，不能同时给出 \(given.name)",
                "--clear removes this part of the record and cannot be given with \(given.name)")
        }
        try arguments.refuseFuture(options.dates)
        let store = try context.openStore()
        let id = try context.names(store).existing(typed, [.talks], flag: "TALK")
        var unordered: [Message] = []
        let done = try FollowUp.run(id, store: store, fields: fields(options.own)) { talk in
            let done = try change(&talk, arguments, options.own)
            unordered = talk.notesToCheck
            return done
        }
        try context.confirm(Message(zh: "\(id) 已改动", en: "\(id) was changed")) {
            try context.say("\(id.inline)：\(done.zh)", "\(id.inline): \(done.en)")
        } then: {
            for note in unordered { context.note(note.zh, note.en) }
        }
        return ExitStatus.success
    }
}

/// The options of `talks measures`.
private struct MeasuresOptions: CommandOptions {
    let reported = OptionKeys.date("--reported", "报告整改措施的日期", "day the measures were reported")
    let reflections = OptionKeys.flag("--reflections", "报告含谈话后的思想认识", "the report includes the talkee's reflections")
    let noReflections = OptionKeys.flag("--no-reflections", "报告不含思想认识", "the report lacks reflections")
    let communicated = OptionKeys.date(
        "--communicated", "向领导班子其他成员通报的日期", "day the measures were communicated to the leadership team")
}

let measuresCommand = followUp(
    name: "measures",
    summary: Message(zh: "登记整改措施报告（第十一条第一款）", en: "record the rectification-measures report (Art. 11 ¶1)"),
    details: Message(
        zh: "例：talks measures T2026-001 --reported 2026-04-08 --reflections --communicated 2026-04-10",
        en: "Example: talks measures T2026-001 --reported 2026-04-08 --reflections --communicated 2026-04-10"),
    options: MeasuresOptions.self,
    fields: { ["measures.reported": $0.reported.name, "measures": $0.reported.name] }
) { talk, arguments, options in
    if try arguments[.clear] {
        return cleared(&talk.measures, "整改措施报告", "measures report")
    }
    guard let reported = try arguments[options.reported] ?? talk.measures?.reported else {
        throw arguments.fail("首次登记需要 --reported", "--reported is needed the first time")
    }
    var measures = talk.measures ?? Measures(reported: reported)
    measures.reported = reported
    let (reflections, noReflections) = (try arguments[options.reflections], try arguments[options.noReflections])
    if reflections && noReflections {
        throw arguments.fail(
            "--reflections 与 --no-reflections 相互矛盾，只能给出其一",
            "--reflections and --no-reflections contradict each other: give one")
    }
    if reflections { measures.reflections = true }
    if noReflections { measures.reflections = false }
    if let communicated = try arguments[options.communicated] { measures.communicated = communicated }
    talk.measures = measures
    return Message(zh: "已登记整改措施报告 \(reported)", en: "measures reported \(reported)")
}

/// The options of `talks rectification`.
private struct RectificationOptions: CommandOptions {
    let reported = OptionKeys.date("--reported", "报告整改情况的日期", "day the rectification report was received")
    let assessment = OptionKeys.vocabulary(
        "--assessment", "ASSESSMENT", "adequate | inadequate | perfunctory | false（也可写 到位、不到位、敷衍、虚假）",
        "adequate | inadequate | perfunctory | false (or 到位, 不到位, 敷衍, 虚假)", Assessment.self)
}

let rectificationCommand = followUp(
    name: "rectification",
    summary: Message(
        zh: "登记整改情况报告及评估（第十一条第二款、第十七条）", en: "record the rectification report and its assessment (Art. 11 ¶2, Art. 17)"),
    details: Message(
        zh: "例：talks rectification T2026-001 --reported 2026-06-05 --assessment adequate",
        en: "Example: talks rectification T2026-001 --reported 2026-06-05 --assessment adequate"),
    options: RectificationOptions.self,
    fields: { ["report.reported": $0.reported.name, "report": $0.reported.name] }
) { talk, arguments, options in
    if try arguments[.clear] {
        return cleared(&talk.report, "整改情况报告", "rectification report")
    }
    guard let reported = try arguments[options.reported] ?? talk.report?.reported else {
        throw arguments.fail("首次登记需要 --reported", "--reported is needed the first time")
    }
    var report = talk.report ?? RectificationReport(reported: reported)
    report.reported = reported
    if let assessment = try arguments[options.assessment] { report.assessment = assessment }
    talk.report = report
    return Message(zh: "已登记整改情况报告 \(reported)", en: "rectification report \(reported)")
}

/// The options of `talks archive`.
private struct ArchiveOptions: CommandOptions {
    let archived = OptionKeys.date("--archived", "归档日期", "day the materials were archived")
    let copiedTo = OptionKeys.vocabularies(
        "--copied-to", "WHOM", "抄送单位：discipline-inspection | organization | other，或 纪委、组织部（可重复）",
        "copied to: discipline-inspection | organization | other, or 纪委, 组织部 (repeatable)", CopyRecipient.self)
}

let archiveCommand = followUp(
    name: "archive",
    summary: Message(zh: "登记材料归档及抄送（第十二条）", en: "record archiving and copies of the materials (Art. 12)"),
    details: Message(
        zh:
            "例：talks archive T2026-001 --archived 2026-07-01 --copied-to discipline-inspection --copied-to organization",
        en:
            "Example: talks archive T2026-001 --archived 2026-07-01 --copied-to discipline-inspection --copied-to organization"
    ),
    options: ArchiveOptions.self,
    fields: { ["archive.archived": $0.archived.name, "archive.copiedTo": $0.copiedTo.name] }
) { talk, arguments, options in
    if try arguments[.clear] {
        return cleared(&talk.archive, "归档", "archive record")
    }
    guard let archived = try arguments[options.archived] ?? talk.archive?.archived else {
        throw arguments.fail("首次登记需要 --archived", "--archived is needed the first time")
    }
    var archive = talk.archive ?? Archive(archived: archived)
    archive.archived = archived
    let copies = try arguments[options.copiedTo]
    for copy in copies where !archive.copiedTo.contains(copy) { archive.copiedTo.append(copy) }
    talk.archive = archive
    return Message(zh: "已登记归档 \(archived)", en: "archived \(archived)")
}

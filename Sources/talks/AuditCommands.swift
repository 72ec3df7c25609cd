import TalkModel
import TalkOffice
import TalkStore

/// The options of `talks delete`.
private struct DeleteOptions: CommandOptions {
    let yes = OptionKey.yes.help("确实删除", "really delete")
}

let deleteCommand = Command(
    name: "delete", operands: "KIND KEY",
    summary: Message(zh: "删除一条记录（记入审计日志）", en: "delete one record (written to the audit trail)"),
    details: Message(
        zh:
            "KIND 为 talks、plans、triggers、organizations、people、appointments 或 terms；KEY 为编号，任职为 人员/组织/职务/起始日期，届期为 组织/起始日期（与 talks audit log 中的写法相同；编号自身的 / 写作 %2F，% 写作 %25）。\n不加 --yes 时只显示将删除的记录，不作改动。仍被其他记录引用的记录（如有谈话的组织）不能删除，会列出引用它的记录（不加 --yes 时也如此）。",
        en:
            "KIND is talks, plans, triggers, organizations, people, appointments or terms; KEY is the id, for an appointment person/organization/role/from and for a term organization/from (as talks audit log writes them; an id's own / is written %2F and % is %25).\nWithout --yes it only shows the record it would delete and changes nothing. A record other records refer to (an organization with talks) cannot be deleted; those records are listed (without --yes too)."
    ),
    options: DeleteOptions.self
) { arguments, options, context in
    guard arguments.operands.count == 2 else {
        throw arguments.fail("需要两个参数：记录种类和编号", "expected two operands: the kind of record and its key")
    }
    let (name, typed) = (arguments.operands[0], arguments.operands[1])
    guard let kind = recordKinds[name] else {
        throw arguments.fail("未知的记录种类 \(name.quoted)", "unknown kind of record \(name.quoted)", quoting: name)
            .with(Suggestions.hint(for: name, among: recordKinds.keys))
    }
    let store = try context.openStore()
    let names = context.names(store)
    let key = try names.key(typed, kind)
    // The id of a record of another kind (a plan item's given as a talk's) is said to be that, with
    // the delete that deletes it (helper-223: told there was no such talk).
    if RecordKind.withIDs.contains(kind), try !store.exists(kind, id: key),
        let (other, stored) = try names.ofAnotherKind(typed, than: [kind])
    {
        throw InputError(
            NameLookup.anotherKind(
                stored, other, asked: [kind], command: pasteableCommand("delete", other.rawValue, operand: stored)))
    }
    // Described in a clerk's words, before and after: which talk, whose, of which day.
    let record = try RecordWords(store).describe(kind, key: key)
    // (A post's holder named by stored talks on its days: their verdicts change with it.)
    let talksOnThePost = kind == .appointments ? try RecordWords(store).talksOnThePost(key) : nil
    guard try arguments[options.yes] else {
        // The preview refuses what --yes would refuse, rather than promise a deletion.
        if let refusal = try store.reading({ try store.deletionRefusal(kind, key: key) }) { throw refusal }
        // The command that deletes it, whole: `--yes` typed after `--` (`delete talks -- -W3 --yes`)
        // would be read as an operand.
        let delete = pasteableCommand("delete", name, "--yes", operand: key)
        try context.say("将删除\(record.zh)。确认删除请运行 \(delete)", "would delete \(record.en). To delete it, run \(delete)")
        if let talksOnThePost { context.note(talksOnThePost.zh, talksOnThePost.en) }
        return ExitStatus.success
    }
    try DeleteRecord.run(kind, key: key, store: store)
    try context.confirm(Message(zh: "\(kind.singular.zh) \(key) 已删除", en: "\(kind.singular.en) \(key) was deleted")) {
        try context.say("已删除\(record.zh)", "deleted \(record.en)")
    }
    if let talksOnThePost { context.note(talksOnThePost.zh, talksOnThePost.en) }
    return ExitStatus.success
}

/// The options of `talks audit`.
private struct AuditOptions: CommandOptions {
    let last = OptionKeys.integer("--last", "N", 1...Int.max, "log：只列最近 N 条", "log: only the newest N entries")
    let full = OptionKeys.flag(
        "--full", "log：列出每条改动的全部编号；verify：列出在 talks 之外改动的全部记录",
        "log: every id of each change; verify: every record changed outside talks")
    let format = OptionKeys.format(
        [.text, .json], help: Message(zh: "log：输出格式（默认 text）", en: "log: output format (default: text)"))
    let anchor = OptionKeys.texts(
        "--anchor", "N:HASH", "verify：另核对在存储之外保存的锚点（talks audit anchor 的输出）",
        "verify: also check an anchor kept outside the store (what talks audit anchor printed)")
}

let auditCommand = Command(
    name: "audit", operands: "log|verify|anchor",
    summary: Message(
        zh: "审计日志：谁在何时改动了哪些记录，及其完整性校验", en: "the audit trail: who changed which records when, and its check"),
    details: Message(
        zh:
            "每次 load、import、record、measures、rectification、archive、plan add、trigger add、delete 改动存储，都追加一条审计记录：时间（UTC）、操作系统用户、命令、改动了哪些记录和字段。审计记录只含编号和字段名，不含保密内容。\n审计记录组成 SHA-256 哈希链，并锚定在每条记录内容的摘要上。\nlog：列出审计记录（--last N 只列最近 N 条，--full 列出全部编号，--format json 为机器可读）。\nverify：先检查存储文件本身是否损坏（损坏时退出码 2），再逐条校验；完整时退出码 0，发现在 talks 之外（如用 sqlite3）改动、删除的审计记录或业务记录时退出码 1，并指出最早出问题的审计记录，再逐行列出其余在 talks 之外改动、添加或删除的记录（前 10 处，--full 列出全部）。\nanchor：输出一行“编号:哈希”（最新一条审计记录），请在存储之外保存（登记簿、发给纪检机关的消息）。能改写存储文件的人也能重算整条哈希链；verify --anchor 编号:哈希 可发现保存锚点后被改写或删去的审计记录。",
        en:
            "Every load, import, record, measures, rectification, archive, plan add, trigger add and delete that changes the store appends an entry: when (UTC), the operating-system user, the command, and which records and fields changed. Entries hold ids and field names, never confidential text.\nThe entries form a SHA-256 hash chain anchored in a digest of every record's content.\nlog: lists the entries (--last N the newest N only, --full every id, --format json for programs).\nverify: checks the file itself first (exit 2 when it is damaged), then every entry; exit 0 when intact, exit 1 naming the earliest broken entry when an entry or a record was changed or deleted outside talks (say with sqlite3), then every other record changed, added or deleted outside talks, a line each (the first ten; --full lists them all).\nanchor: prints one line, N:HASH of the newest entry, to keep outside the store (a register, a message to discipline inspection). Whoever can write the store file can recompute the whole chain; verify --anchor N:HASH shows entries rewritten or removed after the anchor was taken."
    ),
    options: AuditOptions.self
) { arguments, options, context in
    let actions = ["log", "verify", "anchor"]
    guard let action = arguments.operands.first, arguments.operands.count == 1, actions.contains(action) else {
        throw arguments.fail("需要一个参数：log、verify 或 anchor", "expected one operand: log, verify or anchor")
            .with(arguments.operands.first.flatMap { Suggestions.hint(for: $0, among: actions) })
    }
    if action != "verify", arguments.has(options.anchor) {
        throw arguments.fail("--anchor 只用于 audit verify", "--anchor goes with audit verify only")
    }
    if action != "log" {
        for option in [options.last, options.format] + (action == "verify" ? [] : [options.full])
            as [any OptionDeclaration] where arguments.has(option)
        {
            throw arguments.fail("\(option.name) 只用于 audit log", "\(option.name) goes with audit log only")
        }
    }
    let anchors = try arguments[options.anchor].map { text throws(UsageError) in
        guard let anchor = AuditAnchor(text) else {
            throw arguments.fail(
                "锚点 \(text.quoted) 的格式应为 编号:哈希（64 位十六进制），即 talks audit anchor 的输出",
                "the anchor \(text.quoted) must be N:HASH (64 hexadecimal digits), as talks audit anchor prints it",
                quoting: text)
        }
        return anchor
    }
    let store = try context.openStore()
    if action == "anchor" {
        guard let anchor = try store.auditAnchor() else {
            context.note("审计日志尚无记录，没有可保存的锚点。", "the audit trail has no entries yet: there is nothing to anchor.")
            return ExitStatus.success
        }
        try context.write("\(anchor)\n")
        return ExitStatus.success
    }
    if action == "verify" {
        func sayAnchorsMatch() throws {
            if !anchors.isEmpty {
                try context.say(
                    "与 \(anchors.count) 个保存的锚点相符。",
                    anchors.count == 1
                        ? "The anchor kept outside the store matches it."
                        : "\(anchors.count) anchors kept outside the store match it.")
            }
        }
        switch try store.verifyAudit(anchors: anchors) {
        case .intact(let entries, let records?, let head):
            try context.say(
                "审计链完整：\(entries) 条审计记录，\(records) 条记录与之相符。链首 \(head)",
                "audit trail intact: \(entries) entries, \(records) records match it. Head \(head)")
            try sayAnchorsMatch()
            return ExitStatus.success
        case .intact(let entries, nil, let head):
            try context.say(
                "审计链完整：\(entries) 条审计记录。链首 \(head)。本角色只能看到部分记录，记录未逐条核对（由存储所有者运行 talks audit verify 核对全部记录）",
                "audit trail intact: \(entries) entries. Head \(head). This role sees only some records, so they were not checked (the store's owner's talks audit verify checks them all)"
            )
            try sayAnchorsMatch()
            return ExitStatus.success
        case .broken(_, let reason, let more):
            try context.say("审计链已被破坏：\(reason.zh)", "the audit trail is broken: \(reason.en)")
            // Each further record on a line of its own, the first ten unless --full (as log lists ids).
            let shown = try arguments[options.full] ? more : Array(more.prefix(10))
            if !shown.isEmpty {
                try context.say("另有 \(more.count) 处：", "\(more.count) more:")
                for reason in shown { try context.say("  " + reason.zh, "  " + reason.en) }
            }
            if shown.count < more.count {
                try context.say(
                    "  …… 其余 \(more.count - shown.count) 处未列出（加 --full 列出全部）",
                    "  … and \(more.count - shown.count) more not listed (--full lists them all)")
            }
            return ExitStatus.findings
        }
    }
    let format = try arguments[options.format]
    var entries = try store.auditEntries()
    if let last = try arguments[options.last] { entries = Array(entries.suffix(last)) }
    if format == .json {
        try context.writeDocument(entries.map { JSONWriter.line(auditJSON($0)) + "\n" }.joined())
    } else {
        for entry in entries {
            try context.write(
                auditLines(entry, full: try arguments[options.full], context).joined(separator: "\n") + "\n")
        }
    }
    return ExitStatus.success
}

/// An entry as a reader sees it: a heading line, then a line for each kind of record changed.
/// An entry's lines. Each of its fields (user, command, ids, field names) is the writer's word, and
/// on a shared store another role's: shown on its line with its line breaks escaped, so no field
/// can stand on lines of its own and pass for another entry.
private func auditLines(_ entry: AuditEntry, full: Bool, _ context: Context) -> [String] {
    func list(_ keys: [String]) -> String {
        let shown = (full ? keys : Array(keys.prefix(10))).map(\.inline)
        let rest = keys.count - shown.count
        return shown.joined(separator: context.text("、", ", "))
            + (rest > 0 ? context.text(" 等，另 \(rest) 条", " and \(rest) more") : "")
    }
    // The user is stored as "name (uid N)"; a Chinese reader gets Chinese brackets and words.
    let user =
        context.language == .zh
        ? entry.user.replacingOccurrences(of: " (uid ", with: "（用户号 ").replacingOccurrences(of: ")", with: "）")
        : entry.user
    let heading = "#\(entry.seq)  \(chinaTime(entry.at, context))  \(user)  \(entry.command)"
    var lines = [heading.inline]
    for kind in RecordKind.allCases {
        guard let c = entry.changes.kinds[kind] else { continue }
        var parts: [String] = []
        if !c.added.isEmpty {
            parts.append(context.text("新增 \(c.added.count)：", "\(c.added.count) added: ") + list(c.added))
        }
        if !c.replaced.isEmpty {
            let described = c.replaced.map { change in
                context.language == .zh
                    ? "\(change.key)（\(change.fields.map { fieldName($0, kind) }.joined(separator: "、"))）"
                    : "\(change.key) (\(change.fields.joined(separator: ", ")))"
            }
            parts.append(context.text("修改 \(c.replaced.count)：", "\(c.replaced.count) changed: ") + list(described))
        }
        if !c.deleted.isEmpty {
            parts.append(context.text("删除 \(c.deleted.count)：", "\(c.deleted.count) deleted: ") + list(c.deleted))
        }
        if c.unchanged > 0 { parts.append(context.text("未变 \(c.unchanged)", "\(c.unchanged) unchanged")) }
        if c.adopted > 0 { parts.append(context.text("原有 \(c.adopted)", "\(c.adopted) already stored")) }
        lines.append(
            "    \(context.text(kind.singular.zh, kind.rawValue))  " + parts.joined(separator: context.text("；", "; ")))
    }
    return lines
}

/// A field as a Chinese reader knows it: its sheet header, or for the parts of a talk that
/// stand for several columns, their name.
private func fieldName(_ field: String, _ kind: RecordKind) -> String {
    let parts = ["measures": "整改措施", "report": "整改情况报告", "archive": "归档抄送"]
    return SheetColumns.of(kind).first { $0.key == field }?.zh ?? parts[field] ?? field
}

/// An entry's UTC time (`2026-11-30T16:45:51Z`) as the office reads it: Beijing time, which has
/// no daylight saving, so eight hours are added. The JSON keeps UTC.
private func chinaTime(_ utc: String, _ context: Context) -> String {
    let parts = utc.split { "-T:Z".contains($0) }.compactMap { Int($0) }
    guard parts.count == 6, let day = CivilDate(year: parts[0], month: parts[1], day: parts[2]) else { return utc }
    let hour = parts[3] + 8
    guard let local = day.adding(days: hour / 24) else { return utc }
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    let time = "\(two(hour % 24)):\(two(parts[4])):\(two(parts[5]))"
    return context.text("\(local.chinese) \(time)（北京时间）", "\(local) \(time) China time")
}

private func auditJSON(_ entry: AuditEntry) -> JSONValue {
    .object([
        ("seq", .number(String(entry.seq))), ("at", .string(entry.at)), ("user", .string(entry.user)),
        ("command", .string(entry.command)), ("changes", entry.changes.jsonValue), ("state", .string(entry.state)),
        ("previous", .string(entry.previous)), ("hash", .string(entry.hash)),
    ])
}

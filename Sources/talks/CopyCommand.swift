import TalkModel
import TalkOffice
import TalkStore

/// The options of `talks copy`.
private struct CopyOptions: CommandOptions {
    let to = OptionKeys.text(
        "--to", "PATH|URI", "要复制到的存储：新的文件，或空的 PostgreSQL 数据库（postgresql://…）",
        "the store to copy into: a new file, or an empty PostgreSQL database (postgresql://…)")
}

/// `talks copy --to`: the whole store, with its audit trail, into another store of either kind.
let copyCommand = Command(
    name: "copy", operands: "",
    summary: Message(
        zh: "把整个存储（含审计日志）复制到另一个存储：SQLite 文件与 PostgreSQL 数据库之间均可",
        en:
            "copy the whole store, audit trail included, into another: a SQLite file or a PostgreSQL database, either way"
    ),
    details: Message(
        zh:
            "复制 --db（或 TALKS_DB）所指存储的全部记录（含保密内容）和审计日志，原样写入 --to 所指的存储：新的文件，或已建好的空 PostgreSQL 数据库。目标存储须为空。\n写入后、提交前按 talks audit verify 的方法校验复制结果：哈希链、每条记录的摘要、记录数和最新一条审计记录都须与原存储一致，否则不写入任何内容。原存储的锚点在复制后的存储中依然有效。",
        en:
            "Copies every record (confidential texts included) and the audit trail of the store named by --db (or TALKS_DB), as they are, into the store --to names: a new file, or an empty PostgreSQL database made beforehand. The target must be empty.\nBefore it commits, the copy is checked as talks audit verify checks a store: the hash chain, every record's digest, the number of records and the newest entry must be the original's, or nothing is written. Anchors taken of the original hold for the copy."
    ),
    options: CopyOptions.self
) { arguments, options, context in
    try arguments.noOperands()
    try arguments.require([options.to], by: "copy")
    let to = try arguments[options.to]!
    let database: PostgreSQLTarget?
    do throws(PostgreSQLTarget.Problem) {
        database = try PostgreSQLTarget.parse(to)
    } catch {
        throw UsageError(message: targetFailure(error, source: "--to"), command: arguments.command)
    }
    let source = try context.openStore()
    let copied = try context.withStore(at: to, database: database) { target in
        try Copying.copy(from: source, into: target)
    }.value
    let name = (database?.shown ?? to).inline
    try context.confirm(Message(zh: "已复制到 \(name)", en: "copied into \(name)")) {
        try context.say(
            "已复制到 \(name)：\(copied.records) 条记录，\(copied.entries) 条审计记录；审计链校验完整，链首 \(copied.head)",
            "copied into \(name): \(copied.records) records, \(copied.entries) audit entries; the audit trail verifies, head \(copied.head)"
        )
    }
    return ExitStatus.success
}

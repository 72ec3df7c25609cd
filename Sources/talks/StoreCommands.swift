import TalkModel
import TalkStore

let initCommand = Command(
    name: "init", operands: "",
    summary: Message(zh: "创建空的台账存储（已存在则说明并退出）", en: "create an empty store (says so if one exists)")
) { arguments, context in
    try arguments.noOperands()
    let (store, created) = try context.openOrCreateStore()
    let schema = try store.schemaVersion()
    if created {
        context.say("已创建存储 \(store.path)（结构版本 \(schema)）", "created store \(store.path) (schema \(schema))")
    } else {
        context.say("存储已存在：\(store.path)（结构版本 \(schema)）", "store already exists: \(store.path) (schema \(schema))")
    }
    return ExitStatus.success
}

let loadCommand = Command(
    name: "load", operands: "FILE|-",
    summary: Message(
        zh: "载入数据集文件（- 为标准输入），全部成功或全部不写", en: "load a dataset document (- = standard input), all or nothing"),
    details: Message(
        zh: "文件格式为 supervision-talks/1。已存在的编号被替换，所以同一文件载入两次不产生变化。\n任何问题都会连同位置（JSON 路径）一并列出，此时存储保持不变。存储不存在时自动创建。",
        en:
            "The format is supervision-talks/1. A record whose id exists replaces the stored one, so loading a file twice changes nothing.\nEvery problem is listed with its place (a JSON path), and then nothing is written. The store is created if missing."
    )
) { arguments, context in
    let file = try arguments.operand("FILE")
    let decoded = try decodeDocument(try context.read(file), source: file)
    let (store, created) = try context.openOrCreateStore()
    let summary: Store.LoadSummary
    do {
        summary = try store.save(
            decoded.dataset, locator: decoded.locator(), source: file, earlier: decoded.problems,
            unreadable: decoded.unreadableIDs)
    } catch {
        if created { context.discardNewStore() }
        throw error
    }
    context.say("已载入 \(file)：", "loaded \(file):")
    for kind in RecordKind.allCases where decoded.dataset.count(of: kind) > 0 {
        let added = summary.added[kind] ?? 0
        let replaced = summary.replaced[kind] ?? 0
        context.say(
            "  \(kind.singular.zh) \(added + replaced) 条（新增 \(added)，替换 \(replaced)）",
            "  \(kind.rawValue): \(added + replaced) (\(added) new, \(replaced) replaced)")
    }
    return ExitStatus.success
}

/// Parses and decodes a document; a syntax error stops here (nothing else can be read),
/// other problems travel on with the decoded records so they are reported together.
func decodeDocument(_ bytes: [UInt8], source: String) throws -> DatasetDecoder.Result {
    do {
        return DatasetDecoder.decode(try JSONReader.parse(bytes))
    } catch {
        throw InputError(source: source, problems: error.problems)
    }
}

let exportCommand = Command(
    name: "export", operands: "",
    summary: Message(
        zh: "把整个存储写为一个数据集文件（标准输出）", en: "write the whole store as one dataset document to standard output"),
    details: Message(
        zh: "输出按编号排序，同一存储总是得到相同的字节；载入空存储即得回同一存储。\n导出包含保密内容（指出的问题、整改要求），请按台账同等要求保管。",
        en:
            "Records are sorted by id, so the same store always gives the same bytes; loading it into an empty store gives the same store back.\nThe export holds confidential text (problems pointed out, rectification requirements): keep it as safely as the store."
    )
) { arguments, context in
    try arguments.noOperands()
    let store = try context.openStore()
    let dataset = try store.dataset()
    context.write(DatasetEncoder.document(dataset))
    if dataset.talks.contains(where: { !$0.problems.isEmpty || !$0.requirements.isEmpty }) {
        context.note(
            "注意：导出内容含保密信息（第十六条），请妥善保管。", "note: this export holds confidential text (Art. 16); keep it safe.")
    }
    return ExitStatus.success
}

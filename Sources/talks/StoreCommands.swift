import OfficeOpenXML
import TalkModel
import TalkOffice
import TalkRules
import TalkStore
import TalkText

let initCommand = Command(
    name: "init", operands: "",
    summary: Message(zh: "创建空的台账存储（已存在则说明并退出）", en: "create an empty store (says so if one exists)")
) { arguments, context in
    try arguments.noOperands()
    let (schema, created) = try context.withStore { try $0.schemaVersion() }
    // A file's name inside a line: a line break in it is shown escaped (`write` keeps the
    // message's own line breaks), as in a store error.
    let path = context.storeName.inline
    try context.confirm(Message(zh: "存储 \(path) 已就绪", en: "the store \(path) is ready")) {
        if created {
            try context.say("已创建存储 \(path)（结构版本 \(schema)）", "created store \(path) (schema \(schema))")
        } else {
            try context.say("存储已存在：\(path)（结构版本 \(schema)）", "store already exists: \(path) (schema \(schema))")
        }
    }
    return ExitStatus.success
}

/// The options of `talks load`.
private struct LoadOptions: CommandOptions {
    let yes = OptionKey.yes.help(
        "确认存入不含保密内容的导出文件中存储没有的谈话和情形（否则拒绝）",
        "store the talks and triggers an export without its confidential texts adds (refused otherwise)")
}

let loadCommand = Command(
    name: "load", operands: "FILE|-",
    summary: Message(
        zh: "载入数据集文件（- 为标准输入），全部成功或全部不写", en: "load a dataset document (- = standard input), all or nothing"),
    details: Message(
        zh:
            "文件格式为 supervision-talks/1。已存在的编号被替换，所以同一文件载入两次不产生变化。\n任何问题都会连同位置（JSON 路径）一并列出，此时存储保持不变。存储不存在时自动创建。\n谈话或情形未写出的保密内容（problems、requirements、note）保持已存储的内容，所以载入不含保密内容的导出文件不会抹去它们；写 \"problems\": [] 才会清空。这样的文件（\"confidential\": \"omitted\"）带来存储中没有的谈话或情形时拒绝，除非加 --yes：它们将没有原来的保密内容，规则也据此评判。",
        en:
            "The format is supervision-talks/1. A record whose id exists replaces the stored one, so loading a file twice changes nothing.\nEvery problem is listed with its place (a JSON path), and then nothing is written. The store is created if missing.\nConfidential texts a talk or trigger leaves out (problems, requirements, note) keep what is stored, so loading an export written without them never erases them; \"problems\": [] clears them. Such a document (\"confidential\": \"omitted\") adding talks or triggers the store lacks is refused unless --yes: they would be stored without the texts they had, and judged so."
    ),
    options: LoadOptions.self
) { arguments, options, context in
    let file = try arguments.operand("FILE")
    let decoded = try Loading.decodeDocument(try context.read(file), source: file)
    // A first load fills a new store before it takes its name: a refused or interrupted one
    // leaves nothing behind.
    let outcome = try context.withStore { store in
        defer { context.progressDone() }
        return try Loading.load(
            decoded, source: file, into: store, withoutConfidentialTexts: try arguments[options.yes],
            progress: context.progress, today: todayInChina())
    }.value
    try sayLoaded(outcome, from: file, context) {
        for change in outcome.treeNotes { context.note(change.zh, change.en) }
        // (Said as `talks archive` and `talks measures` say them: helper-217, a load said nothing.)
        for note in Talk.notesToCheck(outcome.written(outcome.decoded.talks, rows: nil).records)
            + outcome.conductorNotes
        {
            context.note(note.zh, note.en)
        }
        let added = outcome.withoutConfidentialTexts
        if !added.isEmpty {
            context.note(
                "注意：\(added.count) 条谈话和情形已按 --yes 存入，不含原来的保密内容（指出的问题、整改要求、情形说明），规则据此评判",
                "note: \(added.count) talks and triggers were stored as --yes confirmed, without the confidential texts "
                    + "they had (problems pointed out, requirements, notes), and are judged so")
        }
    }
    // Freed one by one, a province's records were a fortieth of its load.
    HeldUntilExit.keep(outcome)
    return ExitStatus.success
}

/// What a load or an import wrote, by kind; then `notes`, said also when standard output fails
/// (`Context.confirm`).
func sayLoaded(_ outcome: Loading.Outcome, from file: String, _ context: Context, then notes: () -> Void = {})
    throws
{
    let summary = outcome.summary
    let file = file.inline
    try context.confirm(Message(zh: "\(file) 已载入", en: "\(file) was loaded")) {
        try context.say("已载入 \(file)：", "loaded \(file):")
        let kinds = RecordKind.allCases.filter { outcome.decoded.count(of: $0) > 0 }
        // A sheet of a header only, or every row skipped: said, so a clerk does not take the
        // silence after "loaded" for the ledger's records.
        guard !kinds.isEmpty else {
            try context.say("  没有记录：文件中没有任何记录，未写入任何内容", "  no records: the file holds none, and nothing was written")
            return
        }
        for kind in kinds {
            let added = summary.added[kind] ?? 0
            let replaced = summary.replaced[kind] ?? 0
            let unchanged = summary.unchanged[kind] ?? 0
            let total = added + replaced + unchanged
            try context.say(
                "  \(kind.singular.zh) \(total) 条（新增 \(added)，替换 \(replaced)，未变 \(unchanged)）",
                "  \(kind.rawValue): \(total) (\(added) new, \(replaced) replaced, \(unchanged) unchanged)")
        }
        // The step a newcomer takes next, once records are in.
        let (overdue, coverage) = (pasteableCommand("overdue"), pasteableCommand("coverage"))
        try context.say(
            "下一步：\(overdue) 列出逾期和即将到期的事项，\(coverage) 列出本届尚未谈到的“一把手”",
            "next: \(overdue) lists what is overdue or due soon; \(coverage), whom this term's talks have not reached")
    } then: {
        notes()
    }
}

/// The kinds of record, by the names people type (`list`, `--kind`).
let recordKinds = Dictionary(uniqueKeysWithValues: RecordKind.allCases.map { ($0.rawValue, $0) })

/// The options of `talks import`.
private struct ImportOptions: CommandOptions {
    let kind = OptionKeys.recordKind(
        "表格中记录的种类（默认按表头判断）", "the kind of record in the sheet (default: told by the header)")
    let encoding = OptionKey.encoding.help("CSV 的编码（默认自动识别）", "the CSV's encoding (default: detected)")
    let sheet = OptionKeys.text(
        "--sheet", "NAME", "xlsx：读取的工作表（默认第一个有表头的，有 --kind 时为第一个该种类的）",
        "xlsx: the sheet to read (default: the first with a header, of --kind's kind when given)")
    let yes = OptionKey.yes.help(
        "确认晚于今天的日期，以及对已存储记录的更正（编号相同而谈话的单位、类型或日期不同）",
        "confirm a date after today, and a correction of a stored record (its id given with another organization, kind or date)"
    )
}

let importCommand = Command(
    name: "import", operands: "FILE.xlsx|FILE.csv|-",
    summary: Message(
        zh: "导入 Excel/WPS 表格（xlsx 或 CSV），全部成功或全部不写",
        en: "import a sheet (xlsx or CSV) from Excel or WPS, all or nothing"),
    details: Message(
        zh:
            "读取办公室现有的谈话、计划、情形（以及组织、人员、任职、届期）表格。列名可用中文（如 谈话日期、被谈话人）或数据集字段名，对照表见用户手册；记录种类按表头判断，也可用 --kind 指明。\nExcel 工作簿（.xlsx）读第一个有表头的工作表（前面的“填表说明”等跳过；有 --kind 时读第一个表头属于该种类的，没有而其他工作表的表头属于其他种类时拒绝），或 --sheet 指定的工作表；其他有记录的工作表不导入，导入后逐个说明并给出导入它的命令。日期单元格、数字、文本均可，合并单元格按 Excel 显示的内容读取（只取左上角单元格的值），表头上方合并单元格的标题行自动跳过，问题按 工作表!单元格（如 台账!E5）报告。Excel 97-2003 工作簿（.xls）不能读取，请另存为 .xlsx 或 CSV UTF-8。CSV 的编码自动识别：UTF-8（带或不带 BOM）、GB18030，或带字节顺序标记的 UTF-16（Excel 的“Unicode 文本”）；逗号、制表符或分号分隔。表头之上的标题行、空行、合计行（合计、小计、分类汇总的“计数”等）、表中的分节标题行（一、定期谈话）、表尾的填表人和说明等行、重复的表头行、备注列跳过并说明。编号已存在却是另一条记录的（把“编号”当行号用）拒绝导入，确是更正的加 --yes。只在列表列（指出的问题等）有内容的行是上一条记录的续行。人员、组织可填编号，也可填名称（忽略空格、全角、不可见字符和间隔号写法）；日期可写 2026-03-05、2026/3/5、2026年3月5日、二〇二六年三月五日、20260305，可带时刻、星期（只取日期）；没有开展谈话的党委、被谈话人时与 talks record 一样填写。\n整张表与 talks load 一样校验，问题按 行、列 报告，此时不写入任何内容。已存储的记录只更新表中有的列，表中没有的列（包括保密内容）和空白单元格保持不变（要清除已存储的值，请导出记录、删去该值后用 talks load 载入）。",
        en:
            "Reads the sheets an office keeps: talks, plans, triggers (and organizations, people, appointments, terms). Headers may be Chinese (谈话日期, 被谈话人) or the dataset format's field names; the user guide lists them. The kind of record is told by the header, or named with --kind.\nAn Excel workbook (.xlsx) is read from its first sheet with a header (a 填表说明 sheet before it is passed over; with --kind, the first whose header is of that kind, refused when none is and others are headed for other kinds), or the one --sheet names; its other sheets holding records are not imported, and each is named afterwards with the command that imports it. Date cells, numbers and text alike; merged cells read as Excel shows them (the first cell's value only); title rows merged above the header skipped; problems reported as sheet!cell (台账!E5). An Excel 97-2003 workbook (.xls) is not read: save it as .xlsx or CSV UTF-8. A CSV's encoding is detected: UTF-8 (with or without a byte-order mark), GB18030, or UTF-16 with its mark (Excel's \"Unicode text\"); commas, tabs or semicolons separate. Title rows above the header, blank rows, total rows (合计, 小计, the 计数 of subtotals), headings inside the table (一、定期谈话), the rows of the foot (填表人：…, 注：…), a repeated header and a remarks column are skipped with a note. A stored id given to another record (编号 used as a row number) is refused; --yes confirms a correction of the same record. A row filling only columns of lists (指出的问题) continues the record above. People and organizations may be given by id or by name (spaces, full-width forms, invisible characters and the way the middle dot is typed do not matter); dates as 2026-03-05, 2026/3/5, 2026年3月5日, 二〇二六年三月五日 or 20260305, a time of day or a weekday may follow (the day is kept); a missing conductor or talkee is filled in as talks record fills it in.\nThe whole sheet is validated as talks load validates a document; problems are reported by row and column, and then nothing is written. For records already stored only the sheet's columns change: columns it lacks (confidential text among them) and its blank cells keep their values (to clear a stored value, load the record without it: talks export, edit, talks load)."
    ),
    options: ImportOptions.self
) { arguments, options, context in
    let file = try arguments.operand("FILE.xlsx|FILE.csv|-")
    let kind = try arguments[options.kind]
    let expected = try arguments[options.encoding]
    let bytes = try context.read(file)
    let workbook = SheetInput.isWorkbook(bytes, file: file)
    if workbook, expected != nil {
        throw arguments.fail("--encoding 只用于 CSV", "--encoding goes with CSV only")
    }
    let named = try arguments[options.sheet]
    if !workbook, named != nil {
        throw arguments.fail("--sheet 只用于 xlsx 工作簿", "--sheet goes with xlsx workbooks only")
    }
    let sheet = try SheetInput(bytes, source: file, encoding: expected, sheet: named, kind: kind)
    let outcome: Loading.Outcome
    // Whether the store held no organization when the sheet was read against it.
    var noOrganizations = false
    do {
        outcome = try context.withStore { store in
            defer { context.progressDone() }
            noOrganizations = try store.count(.organizations) == 0
            return try Loading.importSheet(
                sheet, kind: kind, into: store,
                notes: { notes in for note in notes { context.note("\(file)：\(note.zh)", "\(file): \(note.en)") } },
                refusingDatesAfter: try arguments[options.yes] ? nil : todayInChina(),
                changingStored: try arguments[options.yes], progress: context.progress)
        }.value
    } catch {
        // A sheet read by mistake (a visible list of drop-down values before the 台账) is refused:
        // the sheets that hold records are named with the commands that import them.
        sayNotImported(sheet.otherSheets, of: file, context)
        // A sheet naming organizations refused by a store that holds none: most likely the wrong
        // store (a mistyped --db or TALKS_DB), or one not loaded yet (helper-216: each cell told
        // "unknown organization", and nothing more).
        if noOrganizations, let refusal = error as? InputError,
            refusal.problems.contains(where: { problem in
                // (`Validator.unknown`'s words: a name or an id of no stored record.)
                [RecordKind.organizations, .people].contains {
                    problem.message.en.hasPrefix("unknown \($0.singular.en)")
                }
            })
        {
            let store = context.storeName.inline
            context.note(
                "注意：存储 \(store) 中还没有任何组织：请先载入组织、人员（talks load 文件，或导入组织表、人员表），或用 --db 指明保存它们的存储",
                "note: the store \(store) holds no organization yet: load the organizations and people first (talks load FILE, "
                    + "or import their sheets), or name the store holding them with --db")
        }
        throw error
    }
    try sayLoaded(outcome, from: file, context) { sayNotImported(sheet.otherSheets, of: file, context) }
    return ExitStatus.success
}

/// The workbook's other sheets that hold records, which one import does not read: each named,
/// with the command that imports it, after what was loaded, where a clerk looks once the import
/// is done (before the problems when it fails). A workbook of 1-6月 and 7-12月 imported its
/// first half and said nothing of the second.
/// The first twenty, then how many more: a workbook of a sheet a month holds hundreds.
func sayNotImported(_ sheets: [SheetInput.OtherSheet], of file: String, _ context: Context) {
    for sheet in sheets.prefix(20) {
        // A name holding what a terminal cannot show (a line break, a control character) gives no
        // command to paste: raw, it printed lines of its own; escaped, it names no sheet.
        let pastable = [file, sheet.name].allSatisfy { $0 == $0.inline }
        // A relative name beginning with "-" would be read as an option.
        let command = pasteableCommand("import", file.hasPrefix("-") ? "./" + file : file, "--sheet", sheet.name)
        let (zh, en) =
            pastable
            ? (command, command)
            : (
                "用 --sheet 给出该工作表的名称（名称中有无法显示的字符，上面已转义显示）",
                "--sheet with that sheet's name (it holds characters that cannot be shown, escaped above)"
            )
        if sheet.readable {
            context.note(
                "\(file.inline)：工作表\(sheet.name.quotedInChinese)也有记录（\(sheet.kinds.map(\.singular.zh).joined(separator: "、"))），"
                    + "本次未导入；导入它：\(zh)",
                "\(file.inline): sheet \(sheet.name.quoted) holds records too (\(sheet.kinds.map(\.rawValue).joined(separator: ", "))) "
                    + "and was not imported; to import it: \(en)")
        } else {
            context.note(
                "\(file.inline)：工作表\(sheet.name.quotedInChinese)无法读取，不知其中是否有记录，本次未导入；原因见：\(zh)",
                "\(file.inline): sheet \(sheet.name.quoted) could not be read, so whether it holds records is not known; "
                    + "it was not imported; to see why: \(en)")
        }
    }
    if sheets.count > 20 {
        context.note(
            "\(file.inline)：另有 \(sheets.count - 20) 个工作表同样未导入（每个都可用 --sheet 指定导入）",
            "\(file.inline): \(sheets.count == 21 ? "1 more sheet was" : "\(sheets.count - 20) more sheets were") "
                + "not imported likewise (each may be named with --sheet)")
    }
}

/// The options of `talks export`.
private struct ExportOptions: CommandOptions {
    let format = OptionKeys.format([.json, .csv, .xlsx])
    let encoding = OptionKey.encoding
    let output = OptionKey.output
    let kind = OptionKeys.recordKind(
        "--format csv、xlsx 导出的记录种类（默认 talks）", "the kind of record --format csv or xlsx writes (default: talks)")
    let confidential = OptionKey.confidential
    let recipient = OptionKeys.text(
        "--for", "discipline-inspection|organization", "按第十二条抄送纪检机关（纪委）或组织部门（组织部）的副本（不含保密内容）",
        "the Art. 12 copy for the discipline-inspection organ or the organization department (nothing confidential)")
    let conductor = OptionKeys.text(
        "--conductor", "ORG", "--for：副本所属的党委（党组），默认为存储中唯一的最上级党组织",
        "--for: the committee whose copy it is (default: the store's one top organization)")
    let below = OptionKeys.flag("--below", "--for：另含其下各级党委（党组）的谈话", "--for: also the talks of the committees under it")
    let year = OptionKeys.year("--for：只含该年度的谈话", "--for: only talks of this year")
    let asOf = OptionKey.asOf
    let rules = OptionKey.rules
}

let exportCommand = Command(
    name: "export", operands: "",
    summary: Message(
        zh: "把整个存储写为一个数据集文件（标准输出）", en: "write the whole store as one dataset document to standard output"),
    details: Message(
        zh:
            "输出按编号排序，同一存储总是得到相同的字节；载入空存储即得回同一存储。\n默认不含保密内容（指出的问题、整改要求、情形说明），文件中注明 \"confidential\": \"omitted\"，载入时不会抹去已存储的保密内容，但载入空存储（或带来存储中没有的谈话、情形）须加 --yes，因为保密内容已不在其中；加 --include-confidential 导出全部内容（如备份，载入空存储即得回同一存储），并在标准错误提示。\n--format csv 按 --kind（默认 talks）导出一张表，可用 Excel、WPS 打开，也可由 talks import 读回；--format xlsx 导出同样内容的 Excel 工作簿（用 --output 写入文件）。",
        en:
            "Records are sorted by id, so the same store always gives the same bytes; loading it into an empty store gives the same store back.\nBy default the confidential texts (problems pointed out, rectification requirements, trigger notes) are left out and the document says \"confidential\": \"omitted\", so loading it never erases stored confidential text, while loading it into an empty store (or one lacking its talks or triggers) needs --yes, as the texts are not in it; --include-confidential writes everything (for a backup, which loads into an empty store as the same store) with a warning on standard error.\n--format csv writes one sheet of the --kind given (default: talks), which Excel and WPS open and talks import reads back; --format xlsx writes the same rows as an Excel workbook (to a file with --output)."
    ),
    options: ExportOptions.self
) { arguments, options, context in
    try arguments.noOperands()
    if let recipient = try arguments[options.recipient] {
        return try exportCopy(for: recipient, arguments, options, context)
    }
    let copyOnly: [any OptionDeclaration] = [
        options.conductor, options.below, options.year, options.asOf, options.rules,
    ]
    for option in copyOnly where arguments.has(option) {
        throw arguments.fail("\(option.name) 只用于 --for", "\(option.name) goes with --for only")
    }
    let format = try arguments[options.format]
    let kind = try arguments[options.kind]
    if kind != nil, format == .json {
        throw arguments.fail("--kind 只用于 --format csv 或 xlsx", "--kind goes with --format csv or xlsx only")
    }
    let store = try context.openStore()
    // What is exported is what `load` and `import` read back: a store with damage they would
    // refuse (a loop of parents, a record named and not stored) is refused first (helper-167,
    // helper-168), a sheet of one kind as the whole document.
    let dataset = try store.dataset()
    HeldUntilExit.keep(dataset)
    _ = try Facts(checking: dataset, of: store)
    let confidential = try arguments.confidential(context, scope: store.scope)
    if format != .json {
        let records = dataset.only(kind ?? .talks).canonicallySorted()
        HeldUntilExit.keep(records)
        try context.writeTable(
            Sheet.table(kind ?? .talks, records, language: context.language, confidential: confidential),
            format: format, arguments)
    } else {
        try context.writeDocument { (stream) throws(OutputFailure) in
            try DatasetEncoder.document(dataset, confidential: confidential, to: &stream)
        }
    }
    return ExitStatus.success
}

/// `talks export --for`: the copy of Art. 12 for one department, with where each report stands.
private func exportCopy(
    for name: String, _ arguments: Arguments, _ options: ExportOptions, _ context: Context
) throws -> Int32 {
    // By the departments' everyday names too, as a copy's 抄送 cell reads them (helper-206: 纪委 refused).
    let read = try? arguments.office("--for", [name], .of(CopyRecipient.self))
    guard case .string(let raw)? = read, let recipient = DepartmentCopy.Recipient(rawValue: raw) else {
        throw arguments.fail(
            "--for 只能是 discipline-inspection（纪委）或 organization（组织部）",
            "--for must be discipline-inspection (纪委) or organization (组织部)"
        ).with(Suggestions.hint(for: name, among: DepartmentCopy.Recipient.allCases.map(\.rawValue)))
    }
    // Each with its own reason (helper-217: --kind was told the copy holds nothing confidential).
    if arguments.has(options.kind) {
        throw arguments.fail(
            "--kind 不用于 --for（副本每行是一次谈话，不导出其他记录；导出一种记录请去掉 --for）",
            "--kind does not go with --for (a copy has a row per talk, no other records; to export one kind, leave --for out)"
        )
    }
    if arguments.has(options.confidential) {
        throw arguments.fail(
            "--include-confidential 不用于 --for（副本不含保密内容）",
            "--include-confidential does not go with --for (the copy holds nothing confidential)")
    }
    let year = try arguments[options.year]
    if let year { try arguments.refuseYearNotBegun(year) }
    // The copy shows a talk's steps and the departments its archive was copied to besides what
    // its rules read, and no confidential text (left unread).
    let judgement = try Judging(
        arguments, context, format: options.format, judging: Judgement.everyRule,
        alsoReading: RecordReads(whole: [.step, .copiedTo]), naming: [options.conductor])
    let conductor = try judgement.organization(options.conductor)?.id
    let copy = try judgement.judgement.departmentCopy(
        recipient, conductor: conductor, below: try arguments[options.below], year: year, language: context.language)
    if judgement.format == .json {
        try context.writeDocument(copy.json())
    } else {
        try context.writeTable(copy.table(), format: judgement.format, arguments)
    }
    judgement.warn(copy.provisionalYears, context)
    judgement.noteUnjudged(context)
    return ExitStatus.success
}

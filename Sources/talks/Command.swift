import Foundation
import TalkModel
import TalkStore

/// Exit statuses of `spec/cli.md`.
enum ExitStatus {
    static let success: Int32 = 0
    static let findings: Int32 = 1
    static let badInput: Int32 = 2
    static let usage: Int32 = 64
    /// The system could not carry the command out: standard output closed or full, the disk full,
    /// a read-only medium for a write (sysexits' EX_IOERR).
    static let cannotWrite: Int32 = 74
    static let `internal`: Int32 = 70
}

/// One subcommand: its name, what it does, its options and what it runs.
struct Command: Sendable {
    let name: String
    /// The operands, as shown after the name in usage (`FILE|-`).
    let operands: String
    let summary: Message
    /// More explanation for `--help`, one paragraph a line.
    var details: Message?
    /// The command's own options (`CommandOptions`), without the global ones.
    let options: [Option]
    let run: @Sendable (Arguments, Context) throws -> Int32

    /// A command whose options are the `OptionKey`s of `O`, which `run` is given to read them.
    init<O: CommandOptions>(
        name: String, operands: String, summary: Message, details: Message? = nil, options _: O.Type,
        run: @escaping @Sendable (Arguments, O, Context) throws -> Int32
    ) {
        self.name = name
        self.operands = operands
        self.summary = summary
        self.details = details
        // A command may give a global option its own default (a report's `--lang`): help lists it once.
        options = O.declared.filter { option in !globalOptions.contains { $0.name == option.name } }
        self.run = { arguments, context in try run(arguments, O(), context) }
    }

    /// A command without options of its own.
    init(
        name: String, operands: String, summary: Message, details: Message? = nil,
        run: @escaping @Sendable (Arguments, Context) throws -> Int32
    ) {
        self.init(name: name, operands: operands, summary: summary, details: details, options: NoOptions.self) {
            arguments, _, context in try run(arguments, context)
        }
    }

    func help(_ language: Language) -> String {
        var out = "talks \(name)\(operands.isEmpty ? "" : " " + operands) [\(language == .zh ? "选项" : "options")]\n\n"
        out += summary.text(language) + "\n"
        if let details { out += "\n" + details.text(language) + "\n" }
        out += "\n" + (language == .zh ? "选项：" : "Options:") + "\n"
        out += Self.optionLines(options + globalOptions, language)
        return out
    }

    static func optionLines(_ options: [Option], _ language: Language) -> String {
        let shown = options.map { option in
            (
                option.name + (option.value.map { " \($0)" } ?? "") + (option.repeatable ? " …" : ""),
                option.help.text(language)
            )
        }
        let width = shown.map(\.0.count).max() ?? 0
        return shown.map { "  " + $0.0.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.1 }
            .joined(separator: "\n") + "\n"
    }
}

/// The tool's version, as `talks --version` prints it.
let version = "0.1.0"

/// Every command, in the order help lists them.
let commands: [Command] = [
    initCommand, loadCommand, importCommand, exportCommand, copyCommand, recordCommand, measuresCommand,
    rectificationCommand,
    archiveCommand, planCommand, triggerCommand, moveCommand, deleteCommand,
    listCommand, showCommand, checkCommand, overdueCommand, coverageCommand, explainCommand, reportCommand,
    auditCommand, accessCommand, rulesCommand, completionsCommand, manCommand,
]

func overview(_ language: Language) -> String {
    let zh = language == .zh
    var out =
        zh
        ? "talks — 党委（党组）对下级党组织“一把手”监督谈话工作台账\n\n"
        : "talks — records of supervision talks with lower-level top leaders (一把手)\n\n"
    out +=
        zh
        ? "用法：talks [--db PATH] [--lang zh|en] 命令 …\n\n命令：\n"
        : "Usage: talks [--db PATH] [--lang zh|en] COMMAND ...\n\nCommands:\n"
    let width = commands.map(\.name.count).max() ?? 0
    for command in commands {
        out +=
            "  " + command.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
            + command.summary.text(language) + "\n"
    }
    out +=
        "  " + "help".padding(toLength: width + 2, withPad: " ", startingAt: 0)
        + (zh ? "显示某命令的帮助" : "show a command's help") + "\n"
    out +=
        zh
        ? """

        存储文件依次取自 --db、环境变量 TALKS_DB，默认为 $XDG_DATA_HOME/talks/talks.db
        （未设 XDG_DATA_HOME 时为 ~/.local/share/talks/talks.db）。文件仅所有者可读写。
        全国规则包取自环境变量 TALKS_RULES 指定的文件夹，未设置时取安装位置的 share/talks/Rules。
        talks 命令 --help 显示该命令的选项；talks --version 显示版本。

        """
        : """

        The store is the file named by --db, else by TALKS_DB, else $XDG_DATA_HOME/talks/talks.db
        (~/.local/share/talks/talks.db when XDG_DATA_HOME is unset). It is readable by its owner only.
        The national rule pack is read from the folder TALKS_RULES names, else from share/talks/Rules where installed.
        talks COMMAND --help shows a command's options; talks --version shows the version.

        """
    return out
}

/// Runs the command line and returns the exit status; every error becomes a message and a status.
/// The command line as the kernel gave it, each argument its bytes: one that is not UTF-8 (a file
/// named in GBK, unpacked from a Windows zip) is refused naming it (exit 64), never read with its
/// bytes replaced, which named another file ("no such file") or created a store under another name.
///
/// `settings` are the environment variables that name files (`TALKS_DB`, `TALKS_RULES`) as their
/// bytes: `ProcessInfo` replaces what is not UTF-8, and a store so named was another file.
func runTalks(arguments: [[UInt8]], environment: [String: String], settings: [String: [UInt8]] = [:]) -> Int32 {
    let words = arguments.map { String(validating: $0, as: UTF8.self) }
    if let position = words.firstIndex(of: nil) {
        // Only an operand or the value of a flag naming a file is shown: any other flag's value
        // may be confidential (`--problem 密报…` typed in GBK, or under a mistyped `--problems`).
        let bytes = arguments[position]
        let inline =
            bytes.first == UInt8(ascii: "-") ? bytes.split(separator: UInt8(ascii: "="), maxSplits: 1).first : nil
        let flag =
            inline.flatMap { String(validating: $0, as: UTF8.self) } ?? (position > 0 ? words[position - 1] : nil)
        let hidden = flag.flatMap { $0.hasPrefix("-") && !UsageError.fileFlags.contains($0) ? $0 : nil }
        return runTalks(
            words.map { $0 ?? "" }, environment: environment, notUTF8: (.argument(position + 1, flag: hidden), bytes))
    }
    // A setting is refused only where it is read: not under --db, --help or --version.
    let read = words.map { $0! }
    let settingsRead =
        read.contains { ["--help", "-h", "--version", "help"].contains($0) }
        ? []
        : settings.filter { name, _ in
            name != "TALKS_DB" || !read.contains { $0 == "--db" || $0.hasPrefix("--db=") }
        }
    for (name, bytes) in settingsRead.sorted(by: { $0.key < $1.key })
    where String(validating: bytes, as: UTF8.self) == nil {
        return runTalks(read, environment: environment, notUTF8: (.setting(name), bytes))
    }
    return runTalks(read, environment: environment)
}

/// `notUTF8`: the first argument or setting that is not UTF-8, and its bytes.
func runTalks(
    _ words: [String], environment: [String: String], notUTF8: (place: UsageError.Place, bytes: [UInt8])? = nil
) -> Int32 {
    // Find the language first, so even a usage error is in the reader's language.
    var language = Language.locale(environment)
    if let i = words.firstIndex(of: OptionKey.lang.name), i + 1 < words.count,
        let chosen = Language(rawValue: words[i + 1])
    {
        language = chosen
    }
    func fail(_ text: String, _ status: Int32) -> Int32 {
        // Excerpts of rule files (indented source lines and carets) are shown as they are.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("    ") ? String(line) : "talks: " + line
        }
        // Names and values quoted from the input are shown, never obeyed (`VisibleText`).
        StandardStreams.error(VisibleText.escaped(lines.joined(separator: "\n"), keepingLineBreaks: true) + "\n")
        return status
    }
    if StandardStreams.outputWasClosed {
        return fail(OutputFailure(errorNumber: EBADF).message(language), ExitStatus.cannotWrite)
    }
    // Help and version are documents of our own: written as they are.
    func show(_ text: String) throws(OutputFailure) { try StandardStreams.output(text.utf8) }
    // The store --db names, for the commands a message gives to paste (`PasteableCommand`).
    var store: String?
    do {
        if let notUTF8 { throw UsageError.notUTF8(notUTF8.place, notUTF8.bytes) }
        let (name, rest) = try splitCommand(words)
        guard let name else {
            if rest.contains("--version") {
                try show("talks \(version) (\(Dataset.format))\n")
                return ExitStatus.success
            }
            if rest.contains("--help") || rest.contains("-h") || rest.isEmpty {
                try show(overview(language))
                return rest.isEmpty ? ExitStatus.usage : ExitStatus.success
            }
            throw try missingCommand(rest, environment: environment)
        }
        if name == "help" {
            // The command asked about: the first word that is neither an option nor the value of a
            // global one (`talks --lang zh help record`).
            guard let topic = try splitCommand(rest).0 else {
                try show(overview(language))
                return ExitStatus.success
            }
            try show(try command(named: topic).help(language))
            return ExitStatus.success
        }
        let command = try command(named: name)
        let arguments = try Arguments(command: name, words: rest, options: command.options, environment: environment)
        store = try arguments[.db]
        if try arguments[.help] {
            try show(command.help((try? arguments[.lang]) ?? language))
            return ExitStatus.success
        }
        if try arguments[.version] {
            try show("talks \(version) (\(Dataset.format))\n")
            return ExitStatus.success
        }
        if !OpenFiles.notNeededBy.contains(name), let shortfall = OpenFiles.shortfall() {
            return fail(shortfall.text((try? arguments[.lang]) ?? language), ExitStatus.cannotWrite)
        }
        let context = try Context(arguments: arguments, environment: environment)
        language = context.language
        try context.refuseOutputIntoStore()
        // The store removed is named escaped, as every file name in a message: the handler
        // writes the note as it is.
        NewStoreGuard.setNote { [language] store in
            let store = store.inline
            return language == .zh
                ? "talks: 已中断；本次未写入任何内容，刚创建的存储 \(store) 已删除。"
                : "talks: interrupted; nothing was written, and the store just created at \(store) was removed."
        }
        NewStoreGuard.setRollbackNote { [language] store in
            let store = store.inline
            return language == .zh
                ? "talks: 已中断；本次未写入任何内容，存储 \(store) 保持原样（改动已回滚）。"
                : "talks: interrupted; nothing was written, and the store \(store) is as it was (the change was rolled back)."
        }
        NewStoreGuard.setCommittedNote { [language] store in
            let store = store.inline
            return language == .zh
                ? "talks: 已中断；本次改动已提交，存储 \(store) 已保存这些改动。"
                : "talks: interrupted after the change was committed: the store \(store) holds it."
        }
        // The commands messages give to paste name the store this one was given with --db.
        return try PasteableCommand.$store.withValue(store) { try command.run(arguments, context) }
    } catch let failure as OutputFailure {
        // A reader that went away after a read is the normal end of `talks export | head -1`.
        if failure.readerGone, failure.committed == nil { return ExitStatus.cannotWrite }
        return fail(failure.message(language), ExitStatus.cannotWrite)
    } catch let error as UsageError {
        let hint =
            error.command.map { language == .zh ? "（详见 talks \($0) --help）" : " (see talks \($0) --help)" }
            ?? (language == .zh ? "（详见 talks --help）" : " (see talks --help)")
        // One line, as a store error: a line break in a word quoted (an unknown command, a
        // value) would begin what looks like another message.
        return fail(VisibleText.escaped(error.message.text(language) + hint), ExitStatus.usage)
    } catch let error as InputError {
        return fail(
            error.lines(language).joined(separator: "\n"), error.isUsage ? ExitStatus.usage : ExitStatus.badInput)
    } catch let error as StoreError {
        let (message, status) = PasteableCommand.$store.withValue(store) { storeFailure(error) }
        // One line: a line break in the store's name (or a server's text) is shown escaped,
        // where it would begin what looks like another message.
        return fail(VisibleText.escaped(message.text(language)), status)
    } catch {
        return fail(
            language == .zh ? "内部错误：\(error)。请报告此问题。" : "internal error: \(error). Please report it.",
            ExitStatus.internal)
    }
}

/// Words with no command among them: the first option no command takes is named; when there is
/// none (`talks --db w.db`, a command forgotten), a value no command would take (`--lang fr`), and
/// then the command as what is missing: the line suggested must not fail on its options.
private func missingCommand(_ words: [String], environment: [String: String]) throws(UsageError) -> UsageError {
    let isGlobal = { (word: String) in
        globalOptions.contains { $0.name == word.split(separator: "=", maxSplits: 1).first.map(String.init) }
    }
    let takesValue = { (word: String) in globalOptions.contains { $0.name == word && $0.value != nil } }
    // `--` ends the options, as it does before a command's operands.
    let unknown = words.indices.first { i in
        words[i] != "--" && !isGlobal(words[i]) && !(i > 0 && takesValue(words[i - 1]))
    }
    if let unknown {
        // A confidential flag with its text (`talks --problem=…`) goes after a command's name, its text unshown.
        if let (typed, flag) = UsageError.confidentialFlagTyped(in: words[unknown]), typed == flag {
            return goesAfterTheName(flag, flag + " …", command: nil)
        }
        return Arguments.unknownOption(words[unknown], among: [String](), command: nil)
    }
    do {
        _ = try Context(
            arguments: try Arguments(command: "", words: words, options: [], environment: environment),
            environment: environment)
    } catch {
        throw UsageError(message: error.message)  // no command's --help to point at
    }
    if words.count >= 2, let option = globalOptions.first(where: { $0.name == words[words.count - 2] }),
        let taken = commandTaken(for: option, words[words.count - 1])
    {
        return taken
    }
    let typed = (["talks"] + words.map(shellWord)).joined(separator: " ")
    return UsageError(
        message: Message(
            zh: "缺少命令：命令名写在这些选项之后，如 \(typed) check", en: "no command: name one after the options, as in \(typed) check")
    )
}

/// Separates the command's name from the words around it (global options may come first).
private func splitCommand(_ words: [String]) throws(UsageError) -> (String?, [String]) {
    var i = 0
    var before: [String] = []
    // A command's name taken for a global option's value (`talks --db check --as-of …`).
    var taken: UsageError?
    while i < words.count {
        let word = words[i]
        if let option = globalOptions.first(where: { $0.name == word && $0.value != nil }) {
            guard i + 1 < words.count else {
                throw UsageError.needsValue(word, option.value!, command: nil)
            }
            // Before the command's name, any command's option is one (its name is not known yet).
            let isOption = { (name: String) in
                (globalOptions + commands.flatMap(\.options)).contains { $0.name == name }
            }
            if let next = Arguments.option(in: words[i + 1], isKnown: isOption) {
                throw UsageError.needsValue(word, option.value!, before: next, command: nil)
            }
            taken = taken ?? commandTaken(for: option, words[i + 1])
            before += words[i...(i + 1)]
            i += 2
        } else if word.hasPrefix("-") {
            before.append(word)
            i += 1
        } else {
            if let taken, !commands.contains(where: { $0.name == word }), word != "help" { throw taken }
            try refuseValueTakenForTheName(words, at: i)
            return (word, before + words[(i + 1)...])
        }
    }
    return (nil, before)
}

/// A command's option typed before the command's name with its value as the next word
/// (`talks --as-of 2026-11-21 overdue`): the value would be taken for the name ("unknown command
/// 2026-11-21"). Said instead, with the command named later on the line, if one is. An option
/// before the name is otherwise read as the command's, as it always was (`talks --yes import …`).
/// An option no command has (`--problme`, `-problem`) is named as unknown, the word after it not
/// shown: it may be a confidential text (helper-196: "unknown command 主体责任未压实").
private func refuseValueTakenForTheName(_ words: [String], at i: Int) throws(UsageError) {
    let isCommand = { (word: String) in word == "help" || commands.contains { $0.name == word } }
    guard !isCommand(words[i]), i > 0, case let option = words[i - 1], option.hasPrefix("-"), option != "--",
        option != "-h", !option.contains("="), !globalOptions.contains(where: { $0.name == option })
    else { return }
    let names = commands.flatMap(\.options).map(\.name)
    guard names.contains(option) else { throw Arguments.unknownOption(option, among: names, command: nil) }
    // A confidential flag's text is never shown (Art. 16), nor taken for a command's name.
    let confidential = UsageError.confidentialFlagTyped(in: option) != nil
    let typed = shellWord(option) + " " + (confidential ? "…" : shellWord(words[i]))
    let named = words[(i + 1)...].first(where: { word in commands.contains { $0.name == word } })
    guard named != nil || confidential else { return }
    // Of another command than the one named, it goes after none of its words (helper-232: told to
    // write `talks rules … --as-of`, which was then an unknown option).
    if let named, let refusal = optionOfOthers(option, command: named) { throw refusal }
    throw goesAfterTheName(option, typed, command: named)
}

/// A command's name (`value`) taken for the value of a global `option` before it (`talks --db
/// overdue`, `talks --db list talks`): the option's value was left out, not the command, which
/// a word after it was then taken for ("unknown command talks"). Nil when `value` names none.
private func commandTaken(for option: Option, _ value: String) -> UsageError? {
    guard let placeholder = option.value, commands.contains(where: { $0.name == value }) else { return nil }
    return UsageError(
        message: Message(
            zh:
                "缺少命令：\(value) 被当作 \(option.name) 的值；请给出 \(option.name) 的值，如 talks \(option.name) \(placeholder) \(value)",
            en:
                "no command: \(value) was taken for the value of \(option.name); give \(option.name) its value, as in talks \(option.name) \(placeholder) \(value)"
        ))
}

/// An `option` of other commands given to `command`, which has none: said so, with the commands
/// that have it, wherever it was typed (helper-233: before the name it was said so, after it an
/// unknown option). Nil when `command` has it, or none has.
func optionOfOthers(_ option: String, command name: String) -> UsageError? {
    guard let command = commands.first(where: { $0.name == name }),
        !command.options.contains(where: { $0.name == option })
    else { return nil }
    let takers = commands.filter { $0.options.contains { $0.name == option } }.map(\.name)
    guard !takers.isEmpty else { return nil }
    return UsageError(
        message: Message(
            zh: "\(name) 没有 \(option) 选项（有此选项的命令：\(takers.joined(separator: "、"))）",
            en: "\(name) takes no \(option) (the commands that do: \(takers.joined(separator: ", ")))"),
        command: name)
}

/// A command's `option` typed before its name (as `typed`): where it goes, in `command` or any.
private func goesAfterTheName(_ option: String, _ typed: String, command: String?) -> UsageError {
    UsageError(
        message: Message(
            zh: "\(option) 是命令的选项，写在命令名之后：talks \(command ?? "命令") … \(typed)",
            en: "\(option) is an option of a command and goes after its name: talks \(command ?? "COMMAND") … \(typed)"),
        command: command)
}

private func command(named name: String) throws(UsageError) -> Command {
    guard let command = commands.first(where: { $0.name == name }) else {
        // A confidential flag typed with a dash's look-alike (—problem=…) taken for the name.
        if let mistyped = UsageError.mistypedConfidentialFlag(
            name, Message(zh: "未知命令", en: "unknown command"), command: nil)
        {
            throw mistyped
        }
        // (A sentence given as the command, a problem typed in the wrong place, is described.)
        throw UsageError(
            message: Sheet.withholding(name, in: Message(zh: "未知命令 \(name)", en: "unknown command \(name)"), .integer)
                .with(Suggestions.hint(for: name, among: commands.map(\.name) + ["help"])))
    }
    return command
}

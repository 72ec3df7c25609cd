import Foundation
import TalkModel

/// A command-line mistake: exit 64.
struct UsageError: Error {
    let message: Message
    /// The command whose `--help` to point at.
    var command: String?
}

extension UsageError {
    /// Where a text that is not UTF-8 was given: an argument (counted from 1; `flag`, when it is
    /// the value of a flag that names no file, not to be shown) or an environment variable.
    enum Place {
        case argument(Int, flag: String?)
        case setting(String)
    }

    /// The flags whose values are confidential (Art. 16), and those whose values name files: only
    /// these last are shown when not UTF-8 (any other may be confidential under a mistyped name).
    static let confidentialFlags: Set = ["--problem", "--requirement", "--note"]
    static let fileFlags: Set = ["--db", "--rules", "--output", "--file", "--sheet"]

    /// How much of `word` is a confidential flag's name, however it was typed (any case, one dash
    /// or two, or a dash's look-alike that an editor or an input method makes: — – －), and which
    /// flag, when the word begins with one: what follows it (`--Problem＝…`, `—problem=…`) is the
    /// flag's text, never shown (Art. 16). Nil for any other word.
    static func confidentialFlagTyped(in word: String) -> (typed: Substring, flag: String)? {
        let dashes: Set<Character> = ["-", "—", "–", "－", "‐", "‑", "‒", "―", "−", "﹣"]
        let bare = word.drop { dashes.contains($0) }
        guard bare.startIndex != word.startIndex else { return nil }
        for flag in confidentialFlags {
            let name = flag.dropFirst(2)
            if bare.prefix(name.count).lowercased() == name {
                return (word[..<bare.index(bare.startIndex, offsetBy: name.count)], flag)
            }
        }
        return nil
    }

    /// The refusal of a word that begins with a confidential flag and is not that flag alone
    /// (`confidentialFlagTyped`: `--problem＝…`, `—problem`, `--problems=…`): `what` it is said to
    /// be, the flag as typed and `…` for the rest, and how to write it; nil for any other word.
    static func mistypedConfidentialFlag(_ word: String, _ what: Message, command: String?) -> UsageError? {
        guard let (typed, flag) = confidentialFlagTyped(in: word), word != flag else { return nil }
        return UsageError(
            message: Message(
                zh: "\(what.zh) \(typed)…（其余不显示，可能是保密内容）：应写作 \(flag)=文字 或 \(flag) 文字（两个英文连字符）",
                en:
                    "\(what.en) \(typed)… (the rest not shown: it may be confidential): write \(flag)=TEXT or \(flag) TEXT "
                    + "(two ASCII hyphens)"),
            command: command)
    }

    /// A text that is not UTF-8, shown with its bytes beyond ASCII as `\xCC` (those of a GBK name
    /// may happen to be valid UTF-8 in part: `\xCC\xA8` is a combining mark) and, when it reads as
    /// GB18030 (the encoding a Chinese Windows names files in), as that, both shortened as values
    /// are; a confidential flag's value is shown neither way.
    static func notUTF8(_ place: Place, _ bytes: [UInt8]) -> UsageError {
        let where_: Message
        switch place {
        case .argument(let position, let flag?):
            return UsageError(
                message: Message(
                    zh:
                        "第 \(position) 个参数（\(flag) 的值，\(confidentialFlags.contains(flag) ? "保密内容" : "可能是保密内容，")不显示）不是 UTF-8 文本，请用 UTF-8 输入",
                    en:
                        "argument \(position) (the value of \(flag), \(confidentialFlags.contains(flag) ? "confidential" : "perhaps confidential"): not shown) is not UTF-8 text; type it in UTF-8"
                ))
        case .argument(let position, nil): where_ = Message(zh: "第 \(position) 个参数", en: "argument \(position)")
        case .setting(let name): where_ = Message(zh: "环境变量 \(name)", en: "the environment variable \(name)")
        }
        // The end of a long one: a path's end names the file.
        let shown =
            (bytes.count > 120 ? "…" : "")
            + bytes.suffix(120).map {
                $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true)
            }
            .joined()
        let gb18030 = (try? TextEncoding.decode(bytes, as: .gb18030).0).flatMap { reading in
            reading.isEmpty ? nil : reading.count > 80 ? "…" + String(reading.suffix(60)) : reading
        }
        return UsageError(
            message: Message(
                zh: "\(where_.zh) \(shown) 不是 UTF-8 文本"
                    + (gb18030.map { "（按 GBK/GB18030 读是“\($0.inline)”）" } ?? "")
                    + "。以 GBK 等编码命名的文件（如从 Windows 的压缩包解出）请先改名为 UTF-8，"
                    + "如 convmv -f gbk -t utf-8 --notest 文件名，或在文件管理器中重命名",
                en: "\(where_.en), \(shown), is not UTF-8 text"
                    + (gb18030.map { " (read as GBK/GB18030: \"\($0.inline)\")" } ?? "")
                    + ". A file named in another encoding (GBK, from a Windows zip) must be renamed to UTF-8 first, "
                    + "e.g. convmv -f gbk -t utf-8 --notest FILE, or in a file manager"))
    }

    /// An option that takes a value (`placeholder`) given last, without one, or followed by
    /// another option (`next`: `talks --db --lang en overdue` took `--lang` for the store and `en`
    /// for the command, "unknown command en").
    static func needsValue(_ name: String, _ placeholder: String, before next: String? = nil, command: String?)
        -> UsageError
    {
        guard let next else {
            return UsageError(
                message: Message(zh: "\(name) 需要一个值（\(placeholder)）", en: "\(name) needs a value (\(placeholder))"),
                command: command)
        }
        let what =
            next == "--"
            ? Message(zh: "其后的 -- 表示选项到此为止", en: "-- after it ends the options")
            : Message(zh: "其后的 \(next) 是另一个选项", en: "\(next) after it is another option")
        return UsageError(
            message: Message(
                zh: "\(name) 需要一个值（\(placeholder)），\(what.zh)；若值本身就是这段文字，写作 \(name)=\(next)",
                en:
                    "\(name) needs a value (\(placeholder)), and \(what.en); if the value is that text, write \(name)=\(next)"
            ),
            command: command)
    }

    func with(_ hint: Message?) -> UsageError {
        UsageError(message: message.with(hint), command: command)
    }
}

/// One option a command accepts, as help shows it and the parser knows it; declared with its
/// type, parsing and default as an `OptionKey`.
struct Option: Sendable {
    let name: String
    /// What the value is called in help (`DATE`), or nil for a flag that takes none.
    let value: String?
    let repeatable: Bool
    let help: Message

    static func flag(_ name: String, _ zh: String, _ en: String) -> Option {
        Option(name: name, value: nil, repeatable: false, help: Message(zh: zh, en: en))
    }

    static func value(_ name: String, _ placeholder: String, _ zh: String, _ en: String, repeatable: Bool = false)
        -> Option
    {
        Option(name: name, value: placeholder, repeatable: repeatable, help: Message(zh: zh, en: en))
    }
}

/// The parsed command line of one command: its operands and the texts of its options, which
/// commands read through the options' declarations (`arguments[options.year]`).
struct Arguments {
    let command: String
    private(set) var operands: [String] = []
    private var values: [String: [String]] = [:]
    /// The process environment, for the defaults taken from it (`--lang`: the locale).
    let environment: [String: String]
    /// Whether the command takes a confidential text (`UsageError.confidentialFlags`).
    private let takesConfidentialText: Bool

    /// Parses `words` against `options` (plus the global ones); `--name=value` and `--name value` both work,
    /// and `--` ends the options.
    init(command: String, words: [String], options: [Option], environment: [String: String]) throws(UsageError) {
        self.command = command
        self.environment = environment
        takesConfidentialText = options.contains { UsageError.confidentialFlags.contains($0.name) }
        let known = Dictionary((options + globalOptions).map { ($0.name, $0) }) { first, _ in first }
        var i = 0
        var onlyOperands = false
        while i < words.count {
            let word = words[i]
            i += 1
            if onlyOperands || !word.hasPrefix("--") {
                if !onlyOperands, word.hasPrefix("-"), word != "-" {
                    if word == "-h" {
                        values[OptionKey.help.name, default: []].append("")
                        continue
                    }
                    throw Self.unknownOption(word, among: known.keys, command: command)
                }
                operands.append(word)
                continue
            }
            if word == "--" {
                onlyOperands = true
                continue
            }
            let (name, inline) = Self.split(word)
            guard let option = known[name] else { throw Self.unknownOption(name, among: known.keys, command: command) }
            var value = ""
            if option.value != nil {
                if let inline {
                    value = inline
                } else {
                    guard i < words.count else {
                        throw UsageError.needsValue(name, option.value!, command: command)
                    }
                    if let next = Self.option(in: words[i], isKnown: { known[$0] != nil }) {
                        throw UsageError.needsValue(name, option.value!, before: next, command: command)
                    }
                    value = words[i]
                    i += 1
                }
            } else if inline != nil {
                throw UsageError(message: Message(zh: "\(name) 不带值", en: "\(name) takes no value"), command: command)
            }
            // An empty value can only be a slip (`--problem=`, `--conductor ""`): no option takes
            // one, and each option's own check told it differently (exit 2 for a text, 64 for an id).
            if option.value != nil, value.isEmpty {
                throw UsageError(
                    message: Message(zh: "\(name) 不能为空", en: "\(name) must not be empty"), command: command)
            }
            if !option.repeatable, values[name] != nil, option.value != nil {
                throw UsageError(
                    message: Message(zh: "\(name) 只能给一次", en: "\(name) may be given only once"), command: command)
            }
            values[name, default: []].append(value)
        }
    }

    /// An option no one knows, named with a hint of the one meant, unless it begins with a
    /// confidential flag (`--problem＝…` with a Chinese input method's ＝, `-PROBLEM=…`): then only
    /// the flag is named, its text never (Art. 16).
    static func unknownOption(_ word: String, among names: some Sequence<String>, command: String?) -> UsageError {
        let unknown = Message(zh: "未知选项", en: "unknown option")
        if let mistyped = UsageError.mistypedConfidentialFlag(word, unknown, command: command) { return mistyped }
        // A file whose name begins with a dash (`import -g.csv`): how to name it.
        if FileManager.default.fileExists(atPath: word) {
            return UsageError(
                message: Message(
                    zh: "未知选项 \(word)；这是文件名的，请写作 ./\(word)，或在其前加 --",
                    en: "unknown option \(word); for the file of that name, write ./\(word), or -- before it"),
                command: command)
        }
        if let command, let refusal = optionOfOthers(word, command: command) { return refusal }
        return UsageError(
            message: Message(zh: "未知选项 \(word)", en: "unknown option \(word)")
                .with(Suggestions.hint(for: word, among: names)),
            command: command)
    }

    /// Words left over after the options: named, unless the command takes a confidential text,
    /// which they may belong to (`--problem 主体责任 落实不到位` without quotes, a text after `--`),
    /// never shown (Art. 16); a confidential flag typed with a dash's look-alike (`—problem`), left
    /// over as a word, is named as typed.
    private func unexpected(_ words: ArraySlice<String>) -> UsageError {
        let left = Message(zh: "多余的参数", en: "unexpected")
        if let mistyped = words.lazy.compactMap({ UsageError.mistypedConfidentialFlag($0, left, command: self.command) }
        )
        .first {
            return mistyped
        }
        guard !takesConfidentialText else {
            return fail(
                "多余的参数（不显示：可能是保密内容的一部分；含空格的文字请加引号）",
                "unexpected words after the options (not shown: they may be part of a confidential text; "
                    + "put a text with spaces in quotes)")
        }
        return fail("多余的参数 \(words.joined(separator: " "))", "unexpected \(words.joined(separator: " "))")
    }

    /// The option `word` is, when it is `--`, `-h` or an option `isKnown` names (`--name`,
    /// `--name=…`): what follows an option that needs a value is never taken for it when it is
    /// one (`talks --db --lang en overdue`).
    static func option(in word: String, isKnown: (String) -> Bool) -> String? {
        if word == "--" || word == "-h" { return word }
        let name = split(word).0
        return name.hasPrefix("--") && isKnown(name) ? name : nil
    }

    private static func split(_ word: String) -> (String, String?) {
        guard let equals = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<equals]), String(word[word.index(after: equals)...]))
    }

    /// The texts an option was given, or nil when it was not: for `OptionKey`, which parses them;
    /// a command reads `arguments[key]`.
    func given(_ name: String) -> [String]? { values[name] }

    /// Whether a declared option was given at all.
    func has(_ declaration: any OptionDeclaration) -> Bool { values[declaration.name] != nil }

    /// The refusal of a value of option `name` that says nothing (marks alone, …, 无, 同上), which
    /// a sheet's cell reads as nothing written or as the row above's: leave the flag out.
    func saysNothing(_ name: String) -> UsageError {
        fail(
            "\(name) 只有符号，或写的是“无”“同上”之类，没有内容：请写出内容，没有则不写该选项",
            "\(name) says nothing (marks alone, or a word such as 无 or 同上): write it, or leave the flag out")
    }

    func fail(_ zh: String, _ en: String) -> UsageError {
        UsageError(message: Message(zh: zh, en: en), command: command)
    }

    /// A refusal of `text` where a number or a word belongs (`--within`, `list KIND`, an anchor),
    /// which quotes it only with two Chinese characters at most and as no sentence
    /// (`Sheet.withholding`): a problem typed in the wrong place is described, not shown
    /// (helper-201: `overdue --within 举报孙丽收受礼金50万元` quoted it).
    func fail(_ zh: String, _ en: String, quoting text: String) -> UsageError {
        UsageError(message: Sheet.withholding(text, in: Message(zh: zh, en: en), .integer), command: command)
    }

    /// The single operand, or a usage error naming what is expected.
    func operand(_ placeholder: String) throws(UsageError) -> String {
        guard operands.count == 1 else {
            throw operands.isEmpty
                ? fail("缺少参数 \(placeholder)", "missing \(placeholder)") : unexpected(operands.dropFirst())
        }
        return operands[0]
    }

    func noOperands() throws(UsageError) {
        guard operands.isEmpty else { throw unexpected(operands.prefix(1)) }
    }

    /// The texts of option `name` read as a sheet's cell of `cell` is read (`Sheet.value`). A
    /// repeated option's lists are joined. Names are not resolved here (that needs the store):
    /// `cell` holds no organization or person. A value that does not read is a usage error.
    func office(_ name: String, _ texts: [String]?, _ cell: CellKind) throws(UsageError) -> JSONValue? {
        guard let texts else { return nil }
        var items: [JSONValue] = []
        for text in texts {
            // Marks alone (--participant 。, --format ？) say nothing, as a list's do (helper-199:
            // "not one of"), and so do 无 and N/A, as a sheet's blank cell (helper-205: "N" was not
            // a department). (An id's flag may name a record of marks, which a document may hold.)
            guard !Sheet.saysNothingTyped(text) else { throw saysNothing(name) }
            switch Sheet.value(text, cell, Self.noNames) {
            // A value of marks alone or a word of nothing (--steps "，", --basis 无), which a sheet's
            // cell reads as blank: refused as --problem's is (helper-198: stored as no steps).
            case .success(.null), .success(.array([])): throw saysNothing(name)
            case .success(.array(let values)): items += values
            case .success(let value): return value
            case .failure(let problem):
                throw UsageError(
                    message: Message(zh: "\(name)：\(problem.zh)", en: "\(name): \(problem.en)"), command: command)
            case .ambiguous: break  // only names are ambiguous, and `noNames` knows none
            }
        }
        return .array(items)
    }

    /// No stored names: the values `office` reads are names of no record.
    private static let noNames = NameResolver(Dataset())
}

import TalkModel

/// A command-line mistake: exit 64.
struct UsageError: Error {
    let message: Message
    /// The command whose `--help` to point at.
    var command: String?
}

extension UsageError {
    func with(_ hint: Message?) -> UsageError {
        UsageError(message: message.with(hint), command: command)
    }
}

/// One option a command accepts.
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

/// The options every command accepts.
let globalOptions: [Option] = [
    .value("--db", "PATH", "存储文件（默认见 talks --help）", "the store file (default: see talks --help)"),
    .value("--lang", "zh|en", "提示与表头的语言", "language of messages and headings"),
    .flag("--help", "显示帮助", "show this help"),
]

/// The parsed command line of one command: its operands and option values.
struct Arguments {
    let command: String
    private(set) var operands: [String] = []
    private var values: [String: [String]] = [:]

    /// Parses `words` against `options` (plus the global ones); `--name=value` and `--name value` both work,
    /// and `--` ends the options.
    init(command: String, words: [String], options: [Option]) throws(UsageError) {
        self.command = command
        let known = Dictionary((options + globalOptions).map { ($0.name, $0) }) { first, _ in first }
        var i = 0
        var onlyOperands = false
        while i < words.count {
            let word = words[i]
            i += 1
            if onlyOperands || !word.hasPrefix("--") {
                if !onlyOperands, word.hasPrefix("-"), word != "-" {
                    if word == "-h" {
                        values["--help", default: []].append("")
                        continue
                    }
                    throw UsageError(
                        message: Message(zh: "未知选项 \(word)", en: "unknown option \(word)"), command: command)
                }
                operands.append(word)
                continue
            }
            if word == "--" {
                onlyOperands = true
                continue
            }
            let (name, inline) = Self.split(word)
            guard let option = known[name] else {
                throw UsageError(
                    message: Message(zh: "未知选项 \(name)", en: "unknown option \(name)")
                        .with(Suggestions.hint(for: name, among: known.keys)),
                    command: command)
            }
            var value = ""
            if option.value != nil {
                if let inline {
                    value = inline
                } else {
                    guard i < words.count else {
                        throw UsageError(
                            message: Message(
                                zh: "\(name) 需要一个值（\(option.value!)）", en: "\(name) needs a value (\(option.value!))"),
                            command: command)
                    }
                    value = words[i]
                    i += 1
                }
            } else if inline != nil {
                throw UsageError(message: Message(zh: "\(name) 不带值", en: "\(name) takes no value"), command: command)
            }
            if !option.repeatable, values[name] != nil, option.value != nil {
                throw UsageError(
                    message: Message(zh: "\(name) 只能给一次", en: "\(name) may be given only once"), command: command)
            }
            values[name, default: []].append(value)
        }
    }

    private static func split(_ word: String) -> (String, String?) {
        guard let equals = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<equals]), String(word[word.index(after: equals)...]))
    }

    func flag(_ name: String) -> Bool { values[name] != nil }
    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }

    func fail(_ zh: String, _ en: String) -> UsageError {
        UsageError(message: Message(zh: zh, en: en), command: command)
    }

    /// The single operand, or a usage error naming what is expected.
    func operand(_ placeholder: String) throws(UsageError) -> String {
        guard operands.count == 1 else {
            throw operands.isEmpty
                ? fail("缺少参数 \(placeholder)", "missing \(placeholder)")
                : fail(
                    "多余的参数 \(operands.dropFirst().joined(separator: " "))",
                    "unexpected \(operands.dropFirst().joined(separator: " "))")
        }
        return operands[0]
    }

    func noOperands() throws(UsageError) {
        guard operands.isEmpty else { throw fail("多余的参数 \(operands[0])", "unexpected \(operands[0])") }
    }

    /// A date flag, read by `DateText.parse` as a sheet's date cell is (`2026.9.16`,
    /// `2026年9月17日`, `2026/3/5`). A text that is no date is a usage error that names the forms
    /// accepted, whatever was wrong with it.
    func date(_ name: String) throws(UsageError) -> CivilDate? {
        guard let text = value(name) else { return nil }
        do { return try DateText.parse(text) } catch {
            let problem = error.message
            let forms = problem.en.contains(DateText.accepted.en) ? nil : DateText.accepted
            throw UsageError(
                message: Message(
                    zh: "\(name)：\(problem.zh)" + (forms.map { "；\($0.zh)" } ?? ""),
                    en: "\(name): \(problem.en)" + (forms.map { "; \($0.en)" } ?? "")),
                command: command)
        }
    }

    /// Every value of a flag read as a sheet's cell of `cell` is read (`Sheet.value`): an
    /// enumerated value by its identifier, label or everyday name, a list split at `,` `，` `、`.
    /// A repeated flag's lists are joined. Names are not resolved here (that needs the store):
    /// `cell` holds no organization or person. A value that does not read is a usage error.
    func office(_ name: String, _ cell: CellKind) throws(UsageError) -> JSONValue? {
        var items: [JSONValue] = []
        for text in all(name) {
            switch Sheet.value(text, cell, Self.noNames) {
            case .success(.array(let values)): items += values
            case .success(let value): return value
            case .failure(let problem):
                throw UsageError(
                    message: Message(zh: "\(name)：\(problem.zh)", en: "\(name): \(problem.en)"), command: command)
            case .ambiguous: break  // only names are ambiguous, and `noNames` knows none
            }
        }
        return items.isEmpty && !flag(name) ? nil : .array(items)
    }

    /// No stored names: the value flags read by `office` are names of no record.
    private static let noNames = NameResolver(Dataset())

    /// An enumerated value as offices write it (`--kind 定期`, `--assessment 到位`).
    func vocabulary<V: Vocabulary>(_ name: String, _: V.Type = V.self) throws(UsageError) -> V? {
        guard case .string(let raw)? = try office(name, .of(V.self)) else { return nil }
        return V(rawValue: raw)
    }

    /// Enumerated values from every occurrence of a flag, each a value or a list
    /// (`--participant 纪委、组织部`).
    func vocabularies<V: Vocabulary>(_ name: String, _: V.Type = V.self) throws(UsageError) -> [V] {
        guard case .array(let items)? = try office(name, .list(.of(V.self))) else { return [] }
        return items.compactMap { if case .string(let raw) = $0 { V(rawValue: raw) } else { nil } }
    }

    func integer(_ name: String, _ range: ClosedRange<Int>) throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw fail(
                "\(name)：\(text.shortened) 不是 \(range.lowerBound)–\(range.upperBound) 之间的整数",
                "\(name): \(text.shortened) is not a number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// The years `--year` accepts, for every command alike: the regulation dates from 2026, and a
    /// year outside these is a typing slip, not a question about the records.
    static let years = 2000...2100

    /// `--year`, or nil when not given; written as a sheet's year cell may be (`2026年`, `2026年度`).
    func year() throws(UsageError) -> Int? {
        guard case .number(let digits)? = try office("--year", .year) else { return nil }
        guard let year = Int(digits), Self.years.contains(year) else {
            throw fail(
                "--year：\(digits.shortened) 不是 \(Self.years.lowerBound)–\(Self.years.upperBound) 之间的年份",
                "--year: \(digits.shortened) is not a year from \(Self.years.lowerBound) to \(Self.years.upperBound)")
        }
        return year
    }
}

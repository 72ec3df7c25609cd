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

    func date(_ name: String) throws(UsageError) -> CivilDate? {
        guard let text = value(name) else { return nil }
        guard let date = CivilDate(text) else {
            let problem = DateText.notADate(text)
            throw UsageError(
                message: Message(zh: "\(name)：\(problem.zh)", en: "\(name): \(problem.en)"), command: command)
        }
        return date
    }

    func vocabulary<V: Vocabulary>(_ name: String, _: V.Type = V.self) throws(UsageError) -> V? {
        guard let text = value(name) else { return nil }
        return try Self.vocabulary(text, name: name, command: command)
    }

    func vocabularies<V: Vocabulary>(_ name: String, _: V.Type = V.self) throws(UsageError) -> [V] {
        var result: [V] = []
        for text in all(name) { result.append(try Self.vocabulary(text, name: name, command: command)) }
        return result
    }

    static func vocabulary<V: Vocabulary>(_ text: String, name: String, command: String) throws(UsageError) -> V {
        guard let value = V(rawValue: text) else {
            let problem = VocabularyText.notOneOf(text, V.self)
            throw UsageError(
                message: Message(zh: "\(name)：\(problem.zh)", en: "\(name): \(problem.en)"), command: command)
        }
        return value
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

    /// `--year`, or nil when not given.
    func year() throws(UsageError) -> Int? { try integer("--year", Self.years) }
}

import TalkModel

/// An option declared once: the `Option` that help and parsing know, and how its text becomes a
/// value of its type. `arguments[.asOf]` is a `CivilDate?`; a misspelt key does not compile, and
/// a bad value is a usage error naming the option, wherever the option is read.
struct OptionKey<Value>: Sendable {
    let option: Option
    let parse: @Sendable (String, Arguments) throws(UsageError) -> Value

    var name: String { option.name }
}

/// The typed options, each declared once (`OptionKey`).
enum OptionKeys {
    static let asOf = OptionKey<CivilDate>(option: asOfOption) { _, arguments throws(UsageError) in
        try arguments.date(asOfOption.name)!
    }
    static let lang = OptionKey<Language>(option: globalOptions.first { $0.name == "--lang" }!) {
        text, arguments throws(UsageError) in
        guard let language = Language(rawValue: text) else {
            throw UsageError(
                message: Message(zh: "--lang 只能是 zh 或 en", en: "--lang must be zh or en"), command: arguments.command)
        }
        return language
    }
    static let output = OptionKey<String>(option: outputOption) { text, _ in text }
}

extension OptionKey where Value == CivilDate {
    /// `--as-of`: the day to judge as of.
    static var asOf: Self { OptionKeys.asOf }
}

extension OptionKey where Value == Language {
    /// `--lang`: the language of messages, headings and documents. Its default differs by use
    /// (the terminal's locale; a report is Chinese), so each reader says its default.
    static var lang: Self { OptionKeys.lang }
}

extension OptionKey where Value == String {
    /// `--output FILE`.
    static var output: Self { OptionKeys.output }
}

extension Arguments {
    /// The value of a typed option, or nil when it is not given.
    subscript<V>(key: OptionKey<V>) -> V? {
        get throws(UsageError) {
            guard let text = value(key.name) else { return nil }
            return try key.parse(text, self)
        }
    }
}

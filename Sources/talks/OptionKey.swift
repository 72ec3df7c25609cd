import TalkModel

/// What help, `man`, the completions and the parser need of a declared option: its `Option`.
protocol OptionDeclaration: Sendable {
    var option: Option { get }
}

extension OptionDeclaration {
    var name: String { option.name }
}

/// An option declared once: the `Option` that help, `man`, the completions and the parser know,
/// and how the command line gives its value: the parsing, with the usage error that names the
/// option, and the default when it is not given. `arguments[.asOf]` is a `CivilDate?`,
/// `arguments[.lang]` a `Language`; a misspelt key does not compile.
struct OptionKey<Value>: OptionDeclaration {
    let option: Option
    let read: @Sendable (Arguments) throws(UsageError) -> Value

    /// The same option, read the same way, with the help a command gives it.
    func help(_ zh: String, _ en: String) -> Self {
        OptionKey(
            option: Option(
                name: option.name, value: option.value, repeatable: option.repeatable, help: Message(zh: zh, en: en)),
            read: read)
    }

    /// The same option, its value turned into another.
    func map<T>(_ transform: @escaping @Sendable (Value) -> T) -> OptionKey<T> {
        let read = self.read
        return OptionKey<T>(option: option) { arguments throws(UsageError) in transform(try read(arguments)) }
    }
}

extension OptionKey {
    /// An option whose value `parse` makes of the texts it was given (nil when it was not).
    init(_ option: Option, parse: @escaping @Sendable (_ texts: [String]?, Arguments) throws(UsageError) -> Value) {
        let name = option.name
        self.init(option: option) { arguments throws(UsageError) in try parse(arguments.given(name), arguments) }
    }
}

extension Arguments {
    /// The value of a declared option (its default when it is not given).
    subscript<V>(key: OptionKey<V>) -> V {
        get throws(UsageError) { try key.read(self) }
    }
}

/// A command's options, each a stored `OptionKey` (or a list of declarations), as
/// swift-argument-parser declares them: the parser, `--help`, `man` and the completions take
/// them from here, in the order they are declared, and the command reads `arguments[options.year]`.
protocol CommandOptions: Sendable {
    init()
}

extension CommandOptions {
    /// The options, in declaration order.
    static var declared: [Option] { Self().declarations.map(\.option) }

    /// The declarations, in order: an option, a list of them, or a group of options several
    /// commands share (a stored `CommandOptions`), whose own come in its place.
    var declarations: [any OptionDeclaration] {
        Mirror(reflecting: self).children.flatMap { child -> [any OptionDeclaration] in
            if let one = child.value as? any OptionDeclaration { return [one] }
            if let group = child.value as? any CommandOptions { return group.declarations }
            return child.value as? [any OptionDeclaration] ?? []
        }
    }

    /// The date options, which `refuseFuture` checks.
    var dates: [OptionKey<CivilDate?>] { declarations.compactMap { $0 as? OptionKey<CivilDate?> } }
}

/// A command without options of its own.
struct NoOptions: CommandOptions {}

/// The options every command accepts.
struct GlobalOptions: CommandOptions {
    let db = OptionKey.db
    let lang = OptionKey.lang
    let help = OptionKey.help
    let version = OptionKey.version
}

/// The options every command accepts, as help lists them.
let globalOptions = GlobalOptions.declared

// MARK: - Builders: how each type of value is read

/// The builders of options, one per type of value, each with the forgiving reader flags share
/// with sheets and its usage errors.
enum OptionKeys {
    /// A flag that takes no value.
    static func flag(_ name: String, _ zh: String, _ en: String) -> OptionKey<Bool> {
        OptionKey(.flag(name, zh, en)) { texts, _ in texts != nil }
    }

    /// A text, as typed.
    static func text(_ name: String, _ placeholder: String, _ zh: String, _ en: String) -> OptionKey<String?> {
        OptionKey(.value(name, placeholder, zh, en)) { texts, _ in texts?.last }
    }

    /// A text that may be given again: every value, in order.
    static func texts(_ name: String, _ placeholder: String, _ zh: String, _ en: String) -> OptionKey<[String]> {
        OptionKey(.value(name, placeholder, zh, en, repeatable: true)) { texts, _ in texts ?? [] }
    }

    /// A confidential text that may be given again (`--problem`): every value, in order; one that
    /// says nothing (marks alone, …, 无, 同上, ??), which a sheet's cell reads as nothing written or as
    /// the row above's, is refused (helper-142, helper-143: `--problem 无` was stored, met Art. 8,
    /// and a ledger exported of it read back without it). Not quoted: the values are confidential.
    /// (A document may hold such a text, so a store's export loads back.)
    static func freeTexts(_ name: String, _ placeholder: String, _ zh: String, _ en: String) -> OptionKey<[String]> {
        OptionKey(.value(name, placeholder, zh, en, repeatable: true)) { texts, arguments throws(UsageError) in
            // Trimmed as a sheet's cell is read: a text pasted from a document brings its line
            // break (it was refused for the white space at its end).
            let texts = (texts ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            // (An empty one is refused as every empty value is, by `Arguments`.)
            guard !texts.contains(where: Sheet.saysNothingTyped) else { throw arguments.saysNothing(name) }
            if let refusal = texts.lazy.compactMap(Sheet.refusedFreeText).first {
                throw UsageError(
                    message: Message(zh: "\(name)：\(refusal.zh)", en: "\(name): \(refusal.en)"),
                    command: arguments.command)
            }
            return texts
        }
    }

    /// A confidential text (`--note`), as `freeTexts` reads each.
    static func freeText(_ name: String, _ placeholder: String, _ zh: String, _ en: String) -> OptionKey<String?> {
        freeTexts(name, placeholder, zh, en).map(\.last).help(zh, en)
    }

    /// A date, read by `DateText.parse` as a sheet's date cell is (`2026.9.16`, `2026年9月17日`,
    /// `2026/3/5`). A text that is no date is a usage error that names the forms accepted,
    /// whatever was wrong with it. A `deadline` may be a month's end or a day with 前, as a sheet's
    /// deadline cell (`CellKind.deadline`).
    /// A `lastDay` (`--ended`) may be written as one, as in a sheet's column of a last day
    /// (`至2026-09-17`, `2026-09-17结束`: `DateText.asLastDay`; helper-256, refused).
    static func date(_ name: String, _ zh: String, _ en: String, deadline: Bool = false, lastDay: Bool = false)
        -> OptionKey<CivilDate?>
    {
        OptionKey(.value(name, "DATE", zh, en)) { texts, arguments throws(UsageError) in
            try texts?.last.map { text throws(UsageError) in
                try date(lastDay ? DateText.asLastDay(text) : text, name, deadline: deadline, arguments)
            }
        }
    }

    /// A deadline of the year another option gives (`plan add --year`), which it may leave out
    /// (`--due 6月30日前`): read by `date(_:_:deadline:year:_:)` once the year is known.
    static func deadline(_ name: String, _ zh: String, _ en: String) -> OptionKey<String?> {
        OptionKey(.value(name, "DATE", zh, en)) { texts, _ in texts?.last }
    }

    /// `text`, the value of the option `name`, as a date; refused naming the forms accepted.
    static func date(_ text: String, _ name: String, deadline: Bool = false, year: Int? = nil, _ arguments: Arguments)
        throws(UsageError) -> CivilDate
    {
        let day: CivilDate
        do throws(DateText.Unreadable) { day = try DateText.parse(text, deadline: deadline, year: year) } catch {
            // (A flag has no 备注 column to put a remark in: helper-257.)
            let told = Message(
                zh: error.message.zh.replacing("，备注写在备注列", with: ""),
                en: error.message.en.replacing(", and the remark in a 备注 column", with: ""))
            let problem = Sheet.withholding(text, in: told, deadline ? .deadline : .date)
            let forms =
                (problem.en.contains(DateText.accepted.en) ? [] : [DateText.accepted])
                + (deadline ? [DateText.deadlineForms] : [])
            throw arguments.fail(
                "\(name)：\(problem.zh)" + forms.map { "；\($0.zh)" }.joined(),
                "\(name): \(problem.en)" + forms.map { "; \($0.en)" }.joined())
        }
        // A day after 2099 is a year mistyped (`--as-of 3000-01-01`), in every date flag as in a
        // sheet's cell; `--yes` does not take it (helper-270).
        guard day <= Sheet.plausibleDays.upperBound else {
            let told = Sheet.yearMistyped(day)
            throw arguments.fail("\(name)：\(told.zh)", "\(name): \(told.en)")
        }
        return day
    }

    /// A whole number in `range`.
    static func integer(
        _ name: String, _ placeholder: String, _ range: ClosedRange<Int>, _ zh: String, _ en: String
    ) -> OptionKey<Int?> {
        OptionKey(.value(name, placeholder, zh, en)) { texts, arguments throws(UsageError) in
            guard let text = texts?.last else { return nil }
            guard let number = Int(text), range.contains(number) else {
                throw arguments.fail(
                    "\(name)：\(text.shortened) 不是 \(range.lowerBound)–\(range.upperBound) 之间的整数",
                    "\(name): \(text.shortened) is not a number from \(range.lowerBound) to \(range.upperBound)",
                    quoting: text.shortened)
            }
            return number
        }
    }

    /// The years `--year` accepts, for every command alike: a plan's (`Plan.years`).
    static let years = Plan.years

    /// `--year`, written as a sheet's year cell may be (`2026年`, `2026年度`).
    static func year(_ zh: String, _ en: String) -> OptionKey<Int?> {
        OptionKey(.value("--year", "YYYY", zh, en)) { texts, arguments throws(UsageError) in
            // Digits alone are told the years taken (`--year 26`), not only that they are not four.
            let digits: String
            if let text = texts?.first, !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
                digits = text
            } else {
                guard case .number(let read)? = try arguments.office("--year", texts, .year) else { return nil }
                digits = read
            }
            guard let year = Int(digits), years.contains(year) else {
                throw arguments.fail(
                    "--year：\(digits.shortened) 不是 \(years.lowerBound)–\(years.upperBound) 之间的年份",
                    "--year: \(digits.shortened) is not a year from \(years.lowerBound) to \(years.upperBound)")
            }
            return year
        }
    }

    /// A value as a sheet's cell of `cell` is read (`Sheet.value`): an enumerated value by its
    /// identifier, label or everyday name, a list split at `,` `，` `、` (a repeated option's
    /// lists joined).
    static func sheetValue(
        _ name: String, _ placeholder: String, _ cell: CellKind, _ zh: String, _ en: String, repeatable: Bool = false
    ) -> OptionKey<JSONValue?> {
        OptionKey(.value(name, placeholder, zh, en, repeatable: repeatable)) { texts, arguments throws(UsageError) in
            try arguments.office(name, texts, cell)
        }
    }

    /// An enumerated value as offices write it (`--kind 定期`, `--assessment 到位`).
    static func vocabulary<V: Vocabulary>(
        _ name: String, _ placeholder: String, _ zh: String, _ en: String, _: V.Type = V.self
    ) -> OptionKey<V?> {
        sheetValue(name, placeholder, .of(V.self), zh, en).map { value in
            if case .string(let raw)? = value { V(rawValue: raw) } else { nil }
        }
    }

    /// Enumerated values from every occurrence of the option, each a value or a list
    /// (`--participant 纪委、组织部`).
    static func vocabularies<V: Vocabulary>(
        _ name: String, _ placeholder: String, _ zh: String, _ en: String, _: V.Type = V.self
    ) -> OptionKey<[V]> {
        sheetValue(name, placeholder, .list(.of(V.self)), zh, en, repeatable: true).map { value in
            guard case .array(let items)? = value else { return [] }
            return items.compactMap { if case .string(let raw) = $0 { V(rawValue: raw) } else { nil } }
        }
    }

    /// `--kind`: a kind of record, by the names people type (`list`).
    static func recordKind(_ zh: String, _ en: String) -> OptionKey<RecordKind?> {
        OptionKey(.value("--kind", "talks|plans|triggers|organizations|people|appointments|terms", zh, en)) {
            texts, arguments throws(UsageError) in
            guard let name = texts?.last else { return nil }
            guard let kind = recordKinds[name] else {
                throw arguments.fail("未知的记录种类 \(name.quoted)", "unknown kind of record \(name.quoted)", quoting: name)
                    .with(Suggestions.hint(for: name, among: recordKinds.keys))
            }
            return kind
        }
    }
}

// MARK: - The options many commands share

extension OptionKey where Value == String? {
    /// `--db`: the store.
    static var db: Self {
        OptionKeys.text("--db", "PATH", "存储文件（默认见 talks --help）", "the store file (default: see talks --help)")
    }

    /// `--output FILE`: the workbook a listing writes (`report` gives its Word document's help).
    static var output: Self {
        OptionKeys.text("--output", "FILE", "xlsx 写入该文件（而非标准输出）", "write the xlsx to FILE instead of standard output")
    }
}

extension OptionKey where Value == Language {
    /// `--lang`: the language of messages, headings and documents; by default the terminal's locale.
    static var lang: Self { .language { Language.locale($0.environment) } }

    /// `--lang` with its own default (a report is Chinese unless English is asked for).
    static func language(default fallback: @escaping @Sendable (Arguments) -> Language) -> Self {
        OptionKey(.value("--lang", "zh|en", "提示与表头的语言", "language of messages and headings")) {
            texts, arguments throws(UsageError) in
            guard let text = texts?.last else { return fallback(arguments) }
            guard let language = Language(rawValue: text) else {
                // Said before the command is known to run, as `talks --help` would say it.
                throw UsageError(message: Message(zh: "--lang 只能是 zh 或 en", en: "--lang must be zh or en"))
            }
            return language
        }
    }
}

extension Language {
    /// The terminal's language: `LC_ALL`, then `LANG`; Chinese for `zh*`, English for anything else.
    static func locale(_ environment: [String: String]) -> Language {
        let locale = [environment["LC_ALL"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return locale.hasPrefix("zh") ? .zh : .en
    }
}

extension OptionKey where Value == Bool {
    /// `--help`.
    static var help: Self { OptionKeys.flag("--help", "显示帮助", "show this help") }

    /// `--version`, before or after a command's name.
    static var version: Self { OptionKeys.flag("--version", "显示版本", "show the version") }

    /// `--yes`: the confirmation of a date after today, for scripts.
    static var yes: Self {
        OptionKeys.flag("--yes", "确认晚于今天的日期无误（否则拒绝）", "confirm a date after today (refused otherwise)")
    }

    /// `--include-confidential`, for every command that can show confidential text (Art. 16).
    static var confidential: Self {
        OptionKeys.flag(
            "--include-confidential", "包含保密内容（指出的问题、整改要求、情形说明），并在标准错误提示",
            "include confidential text (problems, requirements, trigger notes), with a warning on standard error")
    }
}

extension OptionKey where Value == CivilDate {
    /// `--as-of`: the day to judge as of; today in China when not given (the front end reads the
    /// clock, never the engine).
    static var asOf: Self {
        OptionKeys.date(
            "--as-of", "查询日（默认今天，北京时间）；此后的事项视为尚未发生",
            "the day to judge as of (default: today, China time); anything later has not happened yet"
        ).map { $0 ?? todayInChina() }
    }
}

extension OptionKey where Value == [String] {
    /// `--rules`: local rule packs, applied in order after the national one.
    static var rules: Self {
        OptionKeys.texts(
            "--rules", "PATH", "叠加地方规则包（.rules 文件或文件夹），可重复", "add a local rule pack (.rules file or folder); repeatable"
        )
    }
}

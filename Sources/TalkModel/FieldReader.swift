/// Reads one JSON value as a field's type, or logs why it cannot. The value's path is made only
/// when a problem is logged: a document's hundred thousand fields are read without one.
struct FieldReader<T>: Sendable {
    let read: @Sendable (JSONValue, _ path: () -> String, ProblemLog) -> T?
}

extension FieldReader {
    static func expected(_ zh: String, _ en: String, _ value: JSONValue, _ path: () -> String, _ log: ProblemLog) -> T?
    {
        log.add(
            path(), Message(zh: "应为\(zh)，实为\(value.chineseTypeName)", en: "expected \(en), found \(value.typeName)"))
        return nil
    }
}

extension FieldReader where T == String {
    /// Any string, as the JSON holds it.
    static let string = FieldReader { value, path, log in
        guard case .string(let text) = value else { return expected("文字", "a string", value, path, log) }
        return text
    }

    /// A note or a confidential text (problems, requirements): at most `TextLimits.text`
    /// characters, no U+0000, no other control character but a tab and a line break. The message
    /// never quotes it (Art. 16).
    static let text = FieldReader { value, path, log in
        guard let text = string.read(value, path, log) else { return nil }
        if let problem = TextLimits.problem(length: text.unicodeScalars.count, limit: TextLimits.text)
            ?? TextLimits.surroundingSpace(text) ?? TextLimits.nulCharacter(in: text)
            ?? TextLimits.controlCharacter(in: text)
        {
            log.add(path(), problem)
            return nil
        }
        return text
    }

    /// One entry of a list of texts (a problem, a requirement): a `text` on one line, not empty, so
    /// that a sheet, which writes one entry a line, gives back the same entries.
    static let entry = FieldReader { value, path, log in
        guard let text = FieldReader.text.read(value, path, log) else { return nil }
        if text.isEmpty {
            log.add(path(), Message(zh: "一项内容不能为空；没有这一项就不写", en: "an entry must not be empty; leave it out instead"))
            return nil
        }
        // `Character.isNewline`, read from the scalars: each of these is a Character of its own
        // (or CR LF), and finding grapheme clusters is many times slower.
        if text.unicodeScalars.contains(where: {
            switch $0.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
            default: false
            }
        }) {
            log.add(
                path(),
                Message(
                    zh: "一项内容不能换行；请把每条问题或要求写成单独的一项",
                    en:
                        "an entry must not contain a line break; write each problem or requirement as an entry of its own"
                ))
            return nil
        }
        return text
    }

    /// A name people read: not blank, at most `TextLimits.name` characters, nothing hidden.
    static let name = FieldReader { value, path, log in
        guard let text = string.read(value, path, log) else { return nil }
        guard text.contains(where: { !$0.isWhitespace }) else {
            log.add(path(), Message(zh: "不能为空", en: "must not be empty"))
            return nil
        }
        if let problem = TextLimits.problem(length: text.unicodeScalars.count, limit: TextLimits.name)
            ?? TextLimits.surroundingSpace(text)
            ?? TextLimits.hiddenCharacter(
                in: text, what: Message(zh: "名称", en: "a name"), allowingVariationSelectors: true)
        {
            log.add(path(), problem)
            return nil
        }
        return text
    }

    /// An id: not empty, no control characters, no white space around it (a copy-paste slip
    /// that would make two ids look the same).
    static let id = FieldReader { value, path, log in
        guard let text = string.read(value, path, log) else { return nil }
        if let problem = IDRules.problem(with: text) {
            log.add(path(), problem)
            return nil
        }
        return text
    }
}

extension FieldReader where T == CivilDate {
    static let date = FieldReader { value, path, log in
        guard let text = FieldReader<String>.string.read(value, path, log) else { return nil }
        guard let date = CivilDate(text) else {
            // A sentence there is described, not quoted, as in a sheet's date cell: it may be a
            // confidential text put in the wrong field (helper-195: quoted).
            log.add(path(), Sheet.withholding(text, in: DateText.notADate(text), .date))
            return nil
        }
        return date
    }
}

extension FieldReader where T == Bool {
    static let bool = FieldReader { value, path, log in
        guard case .bool(let flag) = value else { return expected("true 或 false", "true or false", value, path, log) }
        return flag
    }
}

extension FieldReader where T == Int {
    /// A whole number in `range`, told as `noun` (整数 / whole number, 年份 / year) when it is not.
    /// Written with a fraction of zeros or an exponent (2026.0, as a program writing every number as
    /// a decimal does; 2.026e3), it is that whole number, as JSON Schema's `integer` has it.
    static func integer(_ range: ClosedRange<Int>, as noun: Message = Message(zh: "整数", en: "whole number"))
        -> FieldReader
    {
        FieldReader { value, path, log in
            guard case .number(let text) = value else { return expected("整数", "an integer", value, path, log) }
            guard let number = wholeNumber(text), range.contains(number) else {
                let shown = text.count > 24 ? String(text.prefix(20)) + "…" : text
                // A whole number out of range is told as what it is (a year); any other as no whole number.
                let what = wholeNumber(text) == nil ? Message(zh: "整数", en: "whole number") : noun
                log.add(
                    path(),
                    Message(
                        zh: "\(shown) 不是 \(range.lowerBound)–\(range.upperBound) 之间的\(what.zh)",
                        en: "\(shown) is not a \(what.en) from \(range.lowerBound) to \(range.upperBound)"))
                return nil
            }
            return number
        }
    }
}

/// The whole number a JSON number's text is (2026, 2026.0, 2.026e3, 20260e-1, -0), nil for one
/// with a fraction (2026.5) or past what an `Int` holds. The text is JSON's number grammar, as the
/// parser checked it.
func wholeNumber(_ text: String) -> Int? {
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        guard let given = Int(text[text.index(after: e)...]) else { return nil }
        (mantissa, exponent) = (text[..<e], given)
    }
    let negative = mantissa.first == "-"
    if negative { mantissa = mantissa.dropFirst() }
    let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    var digits = Substring(parts[0] + (parts.count == 2 ? parts[1] : ""))
    exponent -= parts.count == 2 ? parts[1].count : 0
    while exponent < 0, digits.last == "0" {
        digits.removeLast()
        exponent += 1
    }
    digits = digits.drop { $0 == "0" }
    guard !digits.isEmpty else { return 0 }
    guard exponent >= 0, exponent <= 18, var value = Int(digits) else { return nil }
    for _ in 0..<exponent {
        let (product, overflow) = value.multipliedReportingOverflow(by: 10)
        guard !overflow else { return nil }
        value = product
    }
    return negative ? -value : value
}

extension FieldReader where T: Vocabulary {
    static var vocabulary: FieldReader {
        FieldReader { value, path, log in
            guard let text = FieldReader<String>.string.read(value, path, log) else { return nil }
            guard let member = T(rawValue: text) else {
                // (A sentence there is described, as in a sheet's cell of words: helper-198.)
                log.add(path(), Sheet.withholding(text, in: VocabularyText.notOneOf(text, T.self), .of(T.self)))
                return nil
            }
            return member
        }
    }
}

extension FieldReader {
    /// An array whose every element reads with `element`.
    /// An array; the lists inside a record hold at most `TextLimits.entries` elements (`limited`),
    /// the document's lists of records any number.
    static func array<E>(_ element: FieldReader<E>, limited: Bool = true) -> FieldReader<[E]> where T == [E] {
        FieldReader<[E]> { value, path, log in
            guard case .array(let items) = value else { return expected("数组", "an array", value, path, log) }
            guard !limited || items.count <= TextLimits.entries else {
                log.add(
                    path(),
                    Message(
                        zh: "最多 \(TextLimits.entries) 项（此处有 \(items.count) 项）",
                        en: "at most \(TextLimits.entries) entries (this list has \(items.count))"))
                return nil
            }
            let before = log.count
            let read = items.enumerated().compactMap { i, item in element.read(item, { "\(path())[\(i)]" }, log) }
            return log.count == before ? read : nil
        }
    }
}

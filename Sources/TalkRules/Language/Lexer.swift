import TalkModel

/// One token of a rule or holiday file.
struct Token: Sendable {
    enum Kind: Equatable, Sendable {
        /// A name: letters, digits, `-` and `_`, starting with a letter (`measures-period`, `as-of`).
        case name(String)
        case number(Int)
        case date(CivilDate)
        /// `MM-DD`, as in `annual-plan-by = 03-31`.
        case monthDay(MonthDay)
        case string(String)
        /// Punctuation and operators: `{ } ( ) [ ] , . : = != < <= > >= + ??`.
        case symbol(String)
        case end
    }

    let kind: Kind
    /// Scalar offset in the file, for `line:col`.
    let offset: Int
    /// Scalar offset just past the token.
    var end: Int = 0

    var name: String? {
        if case .name(let name) = kind { return name }
        return nil
    }

    /// How the token reads in an error message.
    var shown: String {
        switch kind {
        case .name(let name): return name.shortened
        case .number(let number): return String(number)
        case .date(let date): return date.description
        case .monthDay(let monthDay): return monthDay.description
        case .string(let text): return text.quoted
        case .symbol(let symbol): return symbol
        case .end: return "end of file"
        }
    }

    /// `shown` for a Chinese message: the same token, the end of the file in Chinese words.
    var shownChinese: String {
        if case .end = kind { return "文件末尾" }
        return shown
    }
}

/// Splits a file into tokens. Every problem is collected (with its place), none stops the scan.
struct Lexer {
    private let source: SourceFile
    private var offset: Int
    /// Where scanning stops: the end of the file, or the `}` closing an expression in a message template.
    private let limit: Int
    private(set) var problems: [Problem] = []

    static func tokens(of source: SourceFile, in range: Range<Int>? = nil) -> (tokens: [Token], problems: [Problem]) {
        var lexer = Lexer(source: source, range: range ?? 0..<source.scalars.count)
        var tokens: [Token] = []
        while true {
            var token = lexer.next()
            token.end = lexer.offset
            tokens.append(token)
            if token.kind == .end { break }
        }
        return (tokens, lexer.problems)
    }

    private init(source: SourceFile, range: Range<Int>) {
        self.source = source
        offset = range.lowerBound
        limit = range.upperBound
    }

    private var scalars: [Unicode.Scalar] { source.scalars }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        offset + ahead < limit ? scalars[offset + ahead] : nil
    }

    private mutating func fail(_ at: Int, _ zh: String, _ en: String) {
        problems.append(source.problem(at: at, Message(zh: zh, en: en)))
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// What a Chinese input method types for a digit or a dash (２０２６, －, —, –): part of the
    /// number or date it is in, which is then told malformed once, as written (helper-154: each
    /// look-alike was an unexpected character and the date's statement was told again).
    private static func isLookAlike(_ scalar: Unicode.Scalar) -> Bool {
        ("０"..."９").contains(scalar) || "－—–‐‑−".unicodeScalars.contains(scalar)
    }

    /// Longer than any rule id or parameter name a pack needs.
    private static let longestName = 100

    private mutating func next() -> Token {
        skipSpaceAndComments()
        let start = offset
        guard let scalar = peek() else { return Token(kind: .end, offset: start) }
        if Self.isLetter(scalar) {
            // A letter of another alphabet inside a name (a Cyrillic е pasted into
            // `measures-deadline`) is the name's, told once for the whole name (helper-232: three
            // problems, "no rule has the id m" among them).
            var foreign: Unicode.Scalar?
            while let next = peek(),
                Self.isLetter(next) || Self.isDigit(next) || next == "-" || next == "_"
                    || !next.isASCII && next.properties.isAlphabetic
            {
                if !next.isASCII, foreign == nil { foreign = next }
                offset += 1
            }
            if let foreign, offset - start <= Self.longestName {
                let code = TextLimits.name(of: foreign)
                fail(
                    start,
                    "名称 \(text(start, offset).quoted) 含有非 ASCII 字母 \(String(foreign).quoted)（\(code)，可能是其他文字中形似的字母）：名称只能由 ASCII 字母、数字、- 和 _ 组成",
                    "the name \(text(start, offset).quoted) has \(String(foreign).quoted) (\(code)), a letter outside ASCII "
                        + "(a look-alike of another alphabet?): names are ASCII letters, digits, - and _")
            }
            // A name never ends in `-`: that keeps `a-` typos visible as errors rather than odd names.
            // Past the longest sensible name, the rest is cut off so no message repeats it whole.
            if offset - start > Self.longestName {
                fail(
                    start, "名称超过 \(Self.longestName) 个字符", "a name longer than \(Self.longestName) characters")
                return Token(kind: .name(text(start, start + Self.longestName)), offset: start)
            }
            return Token(kind: .name(text(start, offset)), offset: start)
        }
        if Self.isDigit(scalar) || ("０"..."９").contains(scalar) { return number(start) }
        if scalar == "\"" { return string(start) }
        if scalar == "“" || scalar == "”" { return chineseQuoted(start) }
        for symbol in ["!=", "<=", ">=", "??", "{", "}", "(", ")", "[", "]", ",", ".", ":", "=", "<", ">", "+"]
        where text(start, min(start + symbol.unicodeScalars.count, limit)) == symbol {
            offset += symbol.unicodeScalars.count
            return Token(kind: .symbol(symbol), offset: start)
        }
        // One problem for a run of stray characters (a pasted Chinese phrase), not one per character.
        offset += 1
        while let next = peek(), !next.properties.isWhitespace, !Self.isLetter(next), !Self.isDigit(next),
            !"\"#{}()[],.:=<>+!?".unicodeScalars.contains(next)
        {
            offset += 1
        }
        let stray = text(start, offset)
        // A period's unit written in Chinese after a number (`15 工作日`) is a word the parser can
        // name and correct.
        let before = scalars[..<start].lastIndex { !$0.properties.isWhitespace }
        if Parser.chineseUnits[stray] != nil, let before, Self.isDigit(scalars[before]) {
            return Token(kind: .name(stray), offset: start)
        }
        // A minus before a number: the language has no negative numbers, and a period runs forward
        // (helper-217: `-1 months` was told as unexpected characters alone).
        if stray == "-", offset < scalars.count, Self.isDigit(scalars[offset]) {
            fail(
                start, "规则语言中没有负数：期间从起算日向后计算，请写正数（如 1 months）",
                "the rule language has no negative numbers: a period runs forward from its day; write a positive one (1 months)"
            )
            return next()
        }
        fail(start, "无法识别的字符 \(stray.quoted)", "unexpected characters \(stray.quoted)")
        return next()
    }

    /// The source's text from scalar `from` up to `to`, its UTF-8 written straight into the
    /// string: a `String.UnicodeScalarView` made of the slice appended scalar by scalar through
    /// an unspecialized generic, a tenth of the sample's `check`.
    private func text(_ from: Int, _ to: Int) -> String {
        let slice = scalars[from..<to]
        return String(unsafeUninitializedCapacity: slice.count * 4) { buffer in
            var written = 0
            for scalar in slice {
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }

    private mutating func skipSpaceAndComments() {
        while let scalar = peek() {
            if scalar == "#" {
                while let next = peek(), !SourceFile.isLineBreak(next) { offset += 1 }
            } else if scalar.properties.isWhitespace {
                offset += 1
            } else {
                return
            }
        }
    }

    /// `42`, `2026-01-30` or `03-31`: digits and dashes read as one word, then classified. A word
    /// that is none of them, or goes on with `/` or `.` and a digit (`2027/01/05`, `2027.1.5`), is
    /// quoted whole with the letters that follow its digits (`2027-01-0x`), and read no further:
    /// its tail is not a second word.
    private mutating func number(_ start: Int) -> Token {
        func goesOn(_ scalar: Unicode.Scalar?, _ after: Unicode.Scalar?) -> Bool {
            scalar == "/" || (scalar == "." && after.map(Self.isDigit) == true)
        }
        while let next = peek(), Self.isDigit(next) || next == "-" || Self.isLookAlike(next) { offset += 1 }
        let digits = text(start, offset)
        let parts = digits.split(omittingEmptySubsequences: false) { $0 == "-" || "－—–‐‑−".contains($0) }
        // (A letter right after the digits is part of the word: 2027-04-05x is no date and an x.)
        if !goesOn(peek(), peek(1)), !(peek().map(Self.isLetter) ?? false),
            !digits.unicodeScalars.contains(where: Self.isLookAlike),
            let token = Self.classified(digits, parts, at: start)
        {
            return token
        }
        while let next = peek(),
            Self.isLetter(next) || Self.isDigit(next) || Self.isLookAlike(next) || next == "-" || next == "_"
                || goesOn(next, peek(1))
        {
            offset += 1
        }
        let word = text(start, offset)
        // Told once: the word is read on as the kind it was meant to be (a day, a month-day), so
        // the statement it is in parses on and is not told again as missing its date, nor the
        // statements after it as out of place (helper-148: `effective 2026-13-01` was told thrice).
        if parts.count == 3 || word.contains("/") || word.contains(".") {
            fail(start, "\(word.quoted) 不是有效日期（应写作 YYYY-MM-DD）", "\(word.quoted) is not a date (YYYY-MM-DD)")
            return Token(kind: .date(CivilDate(year: 1, month: 1, day: 1)!), offset: start)
        } else if parts.count == 2 {
            fail(start, "\(word.quoted) 不是有效的月-日", "\(word.quoted) is not a month-day (MM-DD)")
            return Token(kind: .monthDay(MonthDay(month: 1, day: 1)!), offset: start)
        }
        if word.count > 9, word.unicodeScalars.allSatisfy(Self.isDigit) {
            fail(
                start, "数字 \(word.quoted) 过长：规则文件中的数字最多 9 位",
                "the number \(word.quoted) is too long: a number in a rule file has at most 9 digits")
        } else {
            fail(start, "\(word.quoted) 不是有效数字（最多9位）", "\(word.quoted) is not a number (at most 9 digits)")
        }
        return Token(kind: .number(0), offset: start)
    }

    /// The number, date or month-day that a word of digits and dashes is, if any.
    private static func classified(_ word: String, _ parts: [Substring], at start: Int) -> Token? {
        if parts.count == 1, word.count <= 9, let value = Int(word) {
            return Token(kind: .number(value), offset: start)
        }
        if parts.count == 3, parts[0].count == 4, let date = CivilDate(word) {
            return Token(kind: .date(date), offset: start)
        }
        if parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let month = Int(parts[0]), let day = Int(parts[1]),
            let monthDay = MonthDay(month: month, day: day)
        {
            return Token(kind: .monthDay(monthDay), offset: start)
        }
        return nil
    }

    /// `“某省”` where a text goes: read as the text it meant, with one problem asking for straight quotes.
    private mutating func chineseQuoted(_ start: Int) -> Token {
        offset += 1
        while let next = peek(), next != "”", next != "“", !SourceFile.isLineBreak(next) { offset += 1 }
        let value = text(start + 1, offset)
        if peek() == "”" { offset += 1 }
        // `quoted` escapes as a string of the rule language does (`\"`, `\\`): what is shown is
        // what to write, a quotation mark inside included.
        fail(
            start, "中文引号 \(text(start, offset))：请用英文引号 \(value.quoted)",
            "Chinese quotation marks \(text(start, offset)): write straight quotes, \(value.quoted)")
        return Token(kind: .string(value), offset: start)
    }

    private mutating func string(_ start: Int) -> Token {
        offset += 1
        var value = ""
        while let scalar = peek() {
            if scalar == "\"" {
                offset += 1
                return Token(kind: .string(value), offset: start)
            }
            if SourceFile.isLineBreak(scalar) { break }
            if scalar == "\\" {
                let escaped = peek(1)
                switch escaped {
                case "\"": value += "\""
                case "\\": value += "\\"
                case "n": value += "\n"
                default:
                    fail(offset, "无效的转义（只能用 \\\" \\\\ \\n）", "invalid escape (only \\\" \\\\ \\n)")
                }
                offset += escaped == nil ? 1 : 2
                continue
            }
            if VisibleText.isHidden(scalar) {
                // Text of a rule file reaches every output (messages, quotes, CSV cells): nothing
                // in it may act on a terminal or a spreadsheet.
                fail(
                    offset, "字符串中不能有控制字符或不可见字符（此处有 \(TextLimits.name(of: scalar))）",
                    "a string must not contain control or invisible characters (it has \(TextLimits.name(of: scalar)))")
            }
            value.unicodeScalars.append(scalar)
            offset += 1
        }
        fail(start, "字符串缺少结尾的引号", "unterminated string: a closing \" is missing on this line")
        return Token(kind: .string(value), offset: start)
    }
}

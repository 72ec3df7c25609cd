import TalkModel

/// Reads a pack file into syntax. Every problem is collected: after an error the parser skips to
/// the next clause or statement and goes on, so one run lists them all.
struct Parser {
    private let source: SourceFile
    private let tokens: [Token]
    private var index = 0
    private(set) var problems: [Problem] = []
    /// How deeply the expression being read nests; bounded so hostile input cannot exhaust the stack.
    private var depth = 0
    private static let maximumDepth = 100
    /// Statements in one file: the national pack has about 40. Every statement is checked against
    /// the others, so the bound also keeps loading a hostile file quick.
    static let maximumStatements = 10_000

    /// Thrown to leave a clause or statement that cannot be read; the problem is already logged.
    struct Stop: Error {}

    static let statementWords: Set<String> = [
        "parameter", "set", "define", "scope", "rule", "replace", "disable", "severity",
    ]
    static let clauseWords: Set<String> = [
        "article", "quote", "label", "note", "subject", "let", "applies", "requires", "due", "done", "severity",
        "status", "planned", "message",
    ]

    static func parse(_ source: SourceFile) -> (pack: PackSyntax?, problems: [Problem]) {
        let (tokens, lexProblems) = Lexer.tokens(of: source)
        var parser = Parser(source: source, tokens: tokens)
        parser.problems = lexProblems
        let pack = parser.pack()
        return (pack, parser.problems)
    }

    private init(source: SourceFile, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
    }

    // MARK: Tokens

    private var current: Token { tokens[index] }

    private func isName(_ word: String, ahead: Int = 0) -> Bool {
        let at = min(index + ahead, tokens.count - 1)
        return tokens[at].name == word
    }

    private func isSymbol(_ symbol: String) -> Bool { current.kind == .symbol(symbol) }

    private mutating func advance() -> Token {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private mutating func fail(_ token: Token, _ zh: String, _ en: String) -> Stop {
        problems.append(source.problem(at: token.offset, Message(zh: zh, en: en)))
        return Stop()
    }

    private mutating func expectSymbol(_ symbol: String) throws(Stop) {
        guard isSymbol(symbol) else {
            throw fail(current, "此处应为 \(symbol)，实为 \(current.shown)", "expected \(symbol), found \(current.shown)")
        }
        _ = advance()
    }

    private mutating func expectWord(_ word: String) throws(Stop) {
        guard isName(word) else {
            throw fail(current, "此处应为 \(word)，实为 \(current.shown)", "expected \(word), found \(current.shown)")
        }
        _ = advance()
    }

    private mutating func name(_ what: Message) throws(Stop) -> (String, Int) {
        guard let name = current.name else {
            throw fail(current, "此处应为\(what.zh)，实为 \(current.shown)", "expected \(what.en), found \(current.shown)")
        }
        return (name, advance().offset)
    }

    private mutating func string() throws(Stop) -> (String, Token) {
        guard case .string(let text) = current.kind else {
            throw fail(current, "此处应为带引号的文字，实为 \(current.shown)", "expected a quoted text, found \(current.shown)")
        }
        return (text, advance())
    }

    /// Skips to the next token that can start what `words` lists (or a closing brace, or the end).
    private mutating func skip(to words: Set<String>) {
        var depth = 0
        while current.kind != .end {
            if depth == 0, let name = current.name, words.contains(name), index > 0,
                tokens[index - 1].kind != .symbol(".")
            {
                return
            }
            if isSymbol("{") || isSymbol("(") || isSymbol("[") { depth += 1 }
            if isSymbol("}") || isSymbol(")") || isSymbol("]") {
                if depth == 0 { return }
                depth -= 1
            }
            _ = advance()
        }
    }

    // MARK: Pack

    private mutating func pack() -> PackSyntax? {
        var header: PackSyntax?
        do {
            header = try self.header()
        } catch {
            skip(to: Self.statementWords)
        }
        var statements: [Statement] = []
        while current.kind != .end {
            if statements.count == Self.maximumStatements {
                _ = fail(
                    current, "规则文件最多 \(Self.maximumStatements) 条语句",
                    "a rule file holds at most \(Self.maximumStatements) statements")
                break
            }
            do {
                statements.append(try statement())
            } catch {
                _ = advance()
                skip(to: Self.statementWords)
            }
        }
        guard var header else { return nil }
        header.statements = statements
        return header
    }

    private mutating func header() throws(Stop) -> PackSyntax {
        guard isName("pack") else {
            throw fail(current, "规则文件应以 pack 开头（包的编号、版本）", "a rule file begins with `pack ID { version … }`")
        }
        _ = advance()
        let (id, _) = try name(Message(zh: "规则包编号", en: "a pack id"))
        try expectSymbol("{")
        var pack = PackSyntax(id: id, version: "", statements: [])
        var sawVersion = false
        while !isSymbol("}") {
            let (word, _) = try name(Message(zh: "version、effective 或 title", en: "version, effective or title"))
            switch word {
            case "version":
                pack.version = try string().0
                sawVersion = true
            case "title":
                pack.title = try string().0
            case "effective":
                guard case .date(let date) = current.kind else {
                    throw fail(current, "effective 后应为日期", "effective takes a date (YYYY-MM-DD)")
                }
                pack.effective = date
                _ = advance()
            default:
                throw fail(
                    tokens[index - 1], "包头不认识 \(word.quoted)（可用 version、effective、title）",
                    "unknown pack header field \(word.quoted) (version, effective, title)")
            }
        }
        let close = advance()
        if !sawVersion { throw fail(close, "包头缺少 version", "the pack header needs a version") }
        return pack
    }

    private mutating func statement() throws(Stop) -> Statement {
        let (word, offset) = try name(Message(zh: "语句", en: "a statement"))
        switch word {
        case "parameter", "set":
            let (parameter, at) = try name(Message(zh: "参数名", en: "a parameter name"))
            try expectSymbol("=")
            let value = try literalValue()
            var note: String?
            if isName("note") {
                _ = advance()
                note = try string().0
            }
            return .parameter(name: parameter, value: value, note: note, declares: word == "parameter", offset: at)
        case "define":
            let (defined, at) = try name(Message(zh: "名称", en: "a name"))
            try expectSymbol("=")
            return .define(name: defined, value: try expression(), offset: at)
        case "scope":
            let (subject, at) = try name(Message(zh: "对象（talk、plan 等）", en: "a subject (talk, plan, …)"))
            try expectWord("when")
            return .scope(subject: subject, condition: try expression(), offset: at)
        case "rule":
            return .rule(try rule(), replaces: false)
        case "replace":
            try expectWord("rule")
            return .rule(try rule(), replaces: true)
        case "disable":
            let (id, at) = try name(Message(zh: "规则编号", en: "a rule id"))
            return .disable(id: id, offset: at)
        case "severity":
            let (id, at) = try name(Message(zh: "规则编号", en: "a rule id"))
            try expectSymbol("=")
            let (severity, _) = try name(Message(zh: "严重程度", en: "a severity"))
            return .severity(id: id, severity: severity, offset: at)
        default:
            throw fail(
                tokens[index - 1],
                "不认识的语句 \(word.quoted)（可用：\(Self.statementWords.sorted().joined(separator: "、"))）",
                "unknown statement \(word.quoted) (expected one of: \(Self.statementWords.sorted().joined(separator: ", ")))"
            )
        }
    }

    /// A parameter's value: a literal, or a name such as `civil-code`.
    private mutating func literalValue() throws(Stop) -> Literal {
        if let name = current.name {
            _ = advance()
            return .string(name)
        }
        let expr = try primary()
        guard case .literal(let literal) = expr.kind else {
            throw fail(tokens[index - 1], "参数值应为常量", "a parameter value must be a constant")
        }
        return literal
    }

    // MARK: Rules

    private mutating func rule() throws(Stop) -> RuleSyntax {
        let (id, offset) = try name(Message(zh: "规则编号", en: "a rule id"))
        try expectSymbol("{")
        var rule = RuleSyntax(id: id, offset: offset)
        while !isSymbol("}") {
            if current.kind == .end {
                throw fail(current, "规则 \(id) 缺少结尾的 }", "rule \(id) is missing its closing }")
            }
            do {
                try clause(&rule)
            } catch {
                if isName("rule") || isName("replace") { return rule }
                _ = advance()
                skip(to: Self.clauseWords)
            }
        }
        _ = advance()
        return rule
    }

    private mutating func clause(_ rule: inout RuleSyntax) throws(Stop) {
        let keyword = current
        let (word, _) = try name(Message(zh: "规则子句", en: "a rule clause"))
        func once<T>(_ existing: T?) throws(Stop) {
            if existing != nil { throw fail(keyword, "\(word) 重复出现", "\(word) is given twice") }
        }
        switch word {
        case "article":
            try once(rule.article)
            rule.article = try string().0
        case "quote":
            try once(rule.quote)
            rule.quote = try string().0
        case "label":
            try once(rule.label)
            rule.label = try bilingual()
        case "note":
            try once(rule.note)
            rule.note = try bilingual()
        case "subject":
            try once(rule.subject?.name)
            rule.subject = try name(Message(zh: "对象", en: "a subject"))
        case "let":
            let (name, at) = try name(Message(zh: "名称", en: "a name"))
            try expectSymbol("=")
            rule.lets.append((name, try expression(), at))
        case "applies":
            try once(rule.applies)
            rule.applies = try expression()
        case "requires":
            try once(rule.requires)
            rule.requires = try expression()
        case "due":
            try once(rule.due)
            rule.due = try expression()
        case "done":
            try once(rule.done)
            rule.done = try expression()
        case "severity":
            try once(rule.severity)
            rule.severity = try expression()
        case "status":
            try once(rule.status?.name)
            rule.status = try name(Message(zh: "状态", en: "a status"))
        case "planned":
            try once(rule.planned)
            rule.planned = try expression()
        case "message":
            try once(rule.message?.zh.offset)
            try expectWord("zh")
            let zh = try template()
            try expectWord("en")
            rule.message = (zh, try template())
        default:
            throw fail(
                keyword, "不认识的规则子句 \(word.quoted)（可用：\(Self.clauseWords.sorted().joined(separator: "、"))）",
                "unknown rule clause \(word.quoted) (expected one of: \(Self.clauseWords.sorted().joined(separator: ", ")))"
            )
        }
    }

    /// `zh "…" en "…"`: a fixed text in both languages (a rule's label or note), no holes.
    private mutating func bilingual() throws(Stop) -> Message {
        try expectWord("zh")
        let zh = try string().0
        try expectWord("en")
        return Message(zh: zh, en: try string().0)
    }

    /// A message string; each `{expression}` in it is parsed here, so its errors point into the string.
    private mutating func template() throws(Stop) -> Template {
        let (_, token) = try string()
        var parts: [Template.Part] = []
        var text = ""
        var at = token.offset + 1
        let end = token.end - 1
        let scalars = source.scalars
        while at < end {
            let scalar = scalars[at]
            if scalar == "\\" && at + 1 < end {
                text += scalars[at + 1] == "n" ? "\n" : String(scalars[at + 1])
                at += 2
            } else if scalar == "{" && at + 1 < end && scalars[at + 1] == "{" {
                text += "{"
                at += 2
            } else if scalar == "}" && at + 1 < end && scalars[at + 1] == "}" {
                text += "}"
                at += 2
            } else if scalar == "{" {
                guard let close = (at + 1..<end).first(where: { scalars[$0] == "}" }) else {
                    throw fail(Token(kind: .symbol("{"), offset: at), "{ 没有对应的 }", "this { has no closing }")
                }
                if !text.isEmpty { parts.append(.text(text)) }
                text = ""
                let (inner, innerProblems) = Lexer.tokens(of: source, in: at + 1..<close)
                problems += innerProblems
                var sub = Parser(source: source, tokens: inner)
                do {
                    let expr = try sub.expression()
                    if sub.current.kind != .end {
                        throw sub.fail(sub.current, "多余的 \(sub.current.shown)", "unexpected \(sub.current.shown)")
                    }
                    parts.append(.expression(expr))
                } catch {}
                problems += sub.problems
                at = close + 1
            } else {
                text.unicodeScalars.append(scalar)
                at += 1
            }
        }
        if !text.isEmpty { parts.append(.text(text)) }
        return Template(parts: parts, offset: token.offset)
    }

    // MARK: Expressions

    /// One level deeper into an expression; the caller steps out with `depth -= 1`.
    private mutating func enter() throws(Stop) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            depth -= 1
            throw fail(
                current, "表达式嵌套超过 \(Self.maximumDepth) 层",
                "an expression nested deeper than \(Self.maximumDepth) levels")
        }
    }

    mutating func expression() throws(Stop) -> Expr {
        try enter()
        defer { depth -= 1 }
        if isName("if") {
            let start = advance().offset
            let condition = try expression()
            try expectWord("then")
            let then = try expression()
            try expectWord("else")
            return Expr(kind: .conditional(condition, then, try expression()), offset: start)
        }
        return try binary(level: 0)
    }

    /// Operators from loosest to tightest; comparisons do not chain.
    private static let levels: [[String]] = [
        ["??"], ["or"], ["and"], [], ["=", "!=", "<", "<=", ">", ">=", "in"], ["+"],
    ]

    private mutating func binary(level: Int) throws(Stop) -> Expr {
        if level == 3 {
            // `not` binds looser than comparisons: `not x in list` means `not (x in list)`.
            if isName("not") {
                try enter()
                defer { depth -= 1 }
                let start = advance().offset
                return Expr(kind: .not(try binary(level: 3)), offset: start)
            }
            return try binary(level: 4)
        }
        if level == Self.levels.count { return try postfix() }
        var left = try binary(level: level + 1)
        while true {
            let token = current
            var op: BinaryOperator?
            if level == 4 && isName("not") && isName("in", ahead: 1) {
                _ = advance()
                op = .notIn
            } else if let symbol = symbolOrWord(), Self.levels[level].contains(symbol) {
                op = BinaryOperator(rawValue: symbol)
            }
            guard let op else { return left }
            _ = advance()
            let right = try binary(level: level + 1)
            left = Expr(kind: .binary(op, left, right), offset: token.offset)
            if level == 4 { return left }
        }
    }

    private func symbolOrWord() -> String? {
        switch current.kind {
        case .symbol(let symbol): return symbol
        case .name(let name) where ["and", "or", "in"].contains(name): return name
        default: return nil
        }
    }

    private mutating func postfix() throws(Stop) -> Expr {
        var expr = try primary()
        while isSymbol(".") {
            let dot = advance()
            let (field, _) = try name(Message(zh: "字段名", en: "a field name"))
            expr = Expr(kind: .member(expr, field), offset: dot.offset + 1)
        }
        return expr
    }

    private static let units: [String: Period.Unit] = [
        "day": .days, "days": .days, "month": .months, "months": .months, "year": .years, "years": .years,
    ]

    private mutating func primary() throws(Stop) -> Expr {
        let token = current
        switch token.kind {
        case .number(let number):
            _ = advance()
            if let word = current.name, let unit = Self.units[word] {
                _ = advance()
                return Expr(kind: .literal(.period(Period(number, unit))), offset: token.offset)
            }
            if isName("working") && (isName("day", ahead: 1) || isName("days", ahead: 1)) {
                _ = advance()
                _ = advance()
                return Expr(kind: .literal(.period(Period(number, .workingDays))), offset: token.offset)
            }
            return Expr(kind: .literal(.number(number)), offset: token.offset)
        case .date(let date):
            _ = advance()
            return Expr(kind: .literal(.date(date)), offset: token.offset)
        case .monthDay(let monthDay):
            _ = advance()
            return Expr(kind: .literal(.monthDay(monthDay)), offset: token.offset)
        case .string(let text):
            _ = advance()
            return Expr(kind: .literal(.string(text)), offset: token.offset)
        case .name(let name):
            _ = advance()
            switch name {
            case "true": return Expr(kind: .literal(.bool(true)), offset: token.offset)
            case "false": return Expr(kind: .literal(.bool(false)), offset: token.offset)
            case "null": return Expr(kind: .literal(.null), offset: token.offset)
            default: break
            }
            guard isSymbol("(") && current.offset == token.end else {
                return Expr(kind: .name(name), offset: token.offset)
            }
            _ = advance()
            var arguments: [(label: String?, value: Expr)] = []
            while !isSymbol(")") {
                var label: String?
                if let word = current.name, tokens[index + 1].kind == .symbol(":") {
                    label = word
                    _ = advance()
                    _ = advance()
                }
                arguments.append((label, try expression()))
                if !isSymbol(")") { try expectSymbol(",") }
            }
            _ = advance()
            return Expr(kind: .call(name, arguments), offset: token.offset)
        case .symbol("("):
            _ = advance()
            let inner = try expression()
            try expectSymbol(")")
            return inner
        case .symbol("["):
            _ = advance()
            if isSymbol("]") {
                _ = advance()
                return Expr(kind: .list([]), offset: token.offset)
            }
            let first = try expression()
            if isName("for") {
                _ = advance()
                let (variable, _) = try name(Message(zh: "变量名", en: "a variable name"))
                try expectWord("in")
                let collection = try expression()
                var filter: Expr?
                if isName("where") {
                    _ = advance()
                    filter = try expression()
                }
                try expectSymbol("]")
                return Expr(
                    kind: .comprehension(body: first, variable: variable, source: collection, filter: filter),
                    offset: token.offset)
            }
            var items = [first]
            while isSymbol(",") {
                _ = advance()
                items.append(try expression())
            }
            try expectSymbol("]")
            return Expr(kind: .list(items), offset: token.offset)
        default:
            throw fail(token, "此处应为表达式，实为 \(token.shown)", "expected an expression, found \(token.shown)")
        }
    }
}

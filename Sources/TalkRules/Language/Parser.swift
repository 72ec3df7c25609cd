import TalkModel

/// Reads a pack file into syntax. Every problem is collected: after an error the parser skips to
/// the next clause or statement and goes on, so one run lists them all.
struct Parser {
    let source: SourceFile
    let tokens: [Token]
    var index = 0
    var problems: [Problem] = []
    /// How deeply the expression being read nests; bounded so hostile input cannot exhaust the stack.
    var depth = 0
    static let maximumDepth = 100
    /// Statements in one file: the national pack has about 40. Every statement is checked against
    /// the others, so the bound also keeps loading a hostile file quick.
    static let maximumStatements = 10_000

    /// Thrown to leave a clause or statement that cannot be read; the problem is already logged.
    struct Stop: Error {}

    static let statementWords = Set(StatementWord.allCases.map(\.rawValue))
    static let clauseWords = Set(ClauseWord.allCases.map(\.rawValue))

    static func parse(_ source: SourceFile) -> (pack: PackSyntax?, problems: [Problem]) {
        let (tokens, lexProblems) = Lexer.tokens(of: source)
        var parser = Parser(source: source, tokens: tokens)
        parser.problems = lexProblems
        let pack = parser.pack()
        return (pack, parser.problems)
    }

    init(source: SourceFile, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
    }

    // MARK: Tokens

    var current: Token { tokens[index] }

    func isName(_ word: String, ahead: Int = 0) -> Bool {
        let at = min(index + ahead, tokens.count - 1)
        return tokens[at].name == word
    }

    func isSymbol(_ symbol: String) -> Bool { current.kind == .symbol(symbol) }

    mutating func advance() -> Token {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    mutating func fail(_ token: Token, _ zh: String, _ en: String) -> Stop {
        problems.append(source.problem(at: token.offset, Message(zh: zh, en: en)))
        return Stop()
    }

    mutating func expectSymbol(_ symbol: String) throws(Stop) {
        guard isSymbol(symbol) else {
            throw fail(
                current, "此处应为 \(symbol)，实为 \(current.shownChinese)", "expected \(symbol), found \(current.shown)")
        }
        _ = advance()
    }

    mutating func expectWord(_ word: String) throws(Stop) {
        guard isName(word) else {
            throw fail(current, "此处应为 \(word)，实为 \(current.shownChinese)", "expected \(word), found \(current.shown)")
        }
        _ = advance()
    }

    mutating func name(_ what: Message) throws(Stop) -> (String, Int) {
        guard let name = current.name else {
            throw fail(
                current, "此处应为\(what.zh)，实为 \(current.shownChinese)", "expected \(what.en), found \(current.shown)")
        }
        return (name, advance().offset)
    }

    mutating func string() throws(Stop) -> (String, Token) {
        guard case .string(let text) = current.kind else {
            throw fail(
                current, "此处应为带引号的文字，实为 \(current.shownChinese)", "expected a quoted text, found \(current.shown)")
        }
        return (text, advance())
    }

    /// Skips to the next token that can start what `words` lists (or a closing brace, or the end).
    mutating func skip(to words: Set<String>) {
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

    mutating func pack() -> PackSyntax? {
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

    mutating func header() throws(Stop) -> PackSyntax {
        guard isName("pack") else {
            throw fail(current, "规则文件应以 pack 开头（包的编号、版本）", "a rule file begins with `pack ID { version … }`")
        }
        _ = advance()
        let (id, offset) = try name(Message(zh: "规则包编号", en: "a pack id"))
        let open = current
        try expectSymbol("{")
        var pack = PackSyntax(id: id, offset: offset, version: "", statements: [])
        var sawVersion = false
        var given: Set<String> = []
        while !isSymbol("}") {
            // A file ending inside its header is told at the header's `{` (helper-233: "expected
            // version, effective or title, found end of file", at the end).
            if current.kind == .end { throw fail(open, "包头的 { 没有对应的 }", "the pack header's { has no closing }") }
            let (word, _) = try name(Message(zh: "version、effective 或 title", en: "version, effective or title"))
            // Given twice, the first was lost without a word (helper-142: a second effective moved the pack's start).
            if !given.insert(word).inserted {
                _ = fail(
                    tokens[index - 1], "包头已有 \(word)；每项只能写一次", "the pack header already gives \(word); give it once")
            }
            switch word {
            case "version":
                pack.version = try string().0
                sawVersion = true
            case "title":
                pack.title = try string().0
            case "effective":
                // A value that is no date (20260601) is told, and passed over: the header reads on
                // (helper-154: its `}` was told as a statement out of place).
                guard case .date(let date) = current.kind else {
                    _ = fail(current, "effective 后应为日期", "effective takes a date (YYYY-MM-DD)")
                    if !isSymbol("}") { _ = advance() }
                    continue
                }
                pack.effective = date
                _ = advance()
            default:
                // Told, and its value passed over: the header reads on (helper-232: its `}` was
                // told as a statement out of place). A pack's law has a start, and no end of its own:
                // a repealed 细则 is taken out of --rules, or a later pack changes its rules.
                let until = Message(
                    zh: "；规则包没有截止日期：废止的细则请从 --rules 中去掉，或由其后施行的规则包停用、替换其规则",
                    en: "; a pack has no end date: take a repealed one out of --rules, or switch off or replace its "
                        + "rules with a pack that takes effect later")
                _ = fail(
                    tokens[index - 1],
                    "包头不认识 \(word.quoted)（可用 version、effective、title）\(word == "until" ? until.zh : "")",
                    "unknown pack header field \(word.quoted) (version, effective, title)\(word == "until" ? until.en : "")"
                )
                // (Its value is one token, a string or a date; a name is the next field.)
                var isField = false
                if case .name = current.kind { isField = true }
                if !isField && !isSymbol("}") { _ = advance() }
            }
        }
        let close = advance()
        if !sawVersion { throw fail(close, "包头缺少 version", "the pack header needs a version") }
        return pack
    }
}

import TalkModel

/// The statements of a pack: parameters, definitions, scopes, rules and the changes a local pack makes.
extension Parser {
    mutating func statement() throws(Stop) -> Statement {
        let (word, _) = try name(Message(zh: "语句", en: "a statement"))
        guard let statement = StatementWord(rawValue: word) else {
            throw fail(
                tokens[index - 1],
                "不认识的语句 \(word.quoted)（可用：\(Self.statementWords.sorted().joined(separator: "、"))）",
                "unknown statement \(word.quoted) (expected one of: \(Self.statementWords.sorted().joined(separator: ", ")))"
            )
        }
        switch statement {
        case .parameter, .set:
            let (parameter, at) = try name(Message(zh: "参数名", en: "a parameter name"))
            try expectSymbol("=")
            let value = try literalValue()
            var note: String?
            if isName(ClauseWord.note.rawValue) {
                _ = advance()
                note = try string().0
            }
            return .parameter(name: parameter, value: value, note: note, declares: statement == .parameter, offset: at)
        case .define:
            let (defined, at) = try name(Message(zh: "名称", en: "a name"))
            try expectSymbol("=")
            return .define(name: defined, value: try expression(), offset: at)
        case .scope:
            let (subject, at) = try name(Message(zh: "对象（talk、plan 等）", en: "a subject (talk, plan, …)"))
            try expectWord("when")
            return .scope(subject: subject, condition: try expression(), offset: at)
        case .rule:
            return .rule(try rule(), replaces: false)
        case .replace:
            try expectWord(StatementWord.rule.rawValue)
            return .rule(try rule(), replaces: true)
        case .disable:
            let (id, at) = try name(Message(zh: "规则编号", en: "a rule id"))
            return .disable(id: id, offset: at)
        case .severity:
            let (id, at) = try name(Message(zh: "规则编号", en: "a rule id"))
            try expectSymbol("=")
            let (severity, _) = try name(Message(zh: "严重程度", en: "a severity"))
            return .severity(id: id, severity: severity, offset: at)
        }
    }

    /// A parameter's value: a literal, or a name such as `civil-code`.
    mutating func literalValue() throws(Stop) -> Literal {
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
}

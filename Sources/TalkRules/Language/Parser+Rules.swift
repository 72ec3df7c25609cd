import TalkModel

/// A rule and its clauses, with the bilingual texts and message templates they hold.
extension Parser {
    mutating func rule() throws(Stop) -> RuleSyntax {
        let (id, offset) = try name(Message(zh: "规则编号", en: "a rule id"))
        try expectSymbol("{")
        var rule = RuleSyntax(id: id, offset: offset)
        while !isSymbol("}") {
            if current.kind == .end {
                throw fail(current, "规则 \(id) 缺少结尾的 }", "rule \(id) is missing its closing }")
            }
            let word = current.name
            do {
                try clause(&rule)
            } catch {
                if let word { rule.unparsed.insert(word) }
                if isName(StatementWord.rule.rawValue) || isName(StatementWord.replace.rawValue) { return rule }
                _ = advance()
                skip(to: Self.clauseWords)
            }
        }
        _ = advance()
        return rule
    }

    mutating func clause(_ rule: inout RuleSyntax) throws(Stop) {
        let keyword = current
        let (word, _) = try name(Message(zh: "规则子句", en: "a rule clause"))
        guard let clause = ClauseWord(rawValue: word) else {
            throw fail(
                keyword, "不认识的规则子句 \(word.quoted)（可用：\(Self.clauseWords.sorted().joined(separator: "、"))）",
                "unknown rule clause \(word.quoted) (expected one of: \(Self.clauseWords.sorted().joined(separator: ", ")))"
            )
        }
        func once<T>(_ existing: T?) throws(Stop) {
            if existing != nil { throw fail(keyword, "\(word) 重复出现", "\(word) is given twice") }
        }
        switch clause {
        case .article:
            try once(rule.article)
            rule.article = try string().0
        case .quote:
            try once(rule.quote)
            rule.quote = try string().0
        case .label:
            try once(rule.label)
            rule.label = try bilingual()
        case .note:
            try once(rule.note)
            rule.note = try bilingual()
        case .subject:
            try once(rule.subject?.name)
            rule.subject = try name(Message(zh: "对象", en: "a subject"))
        case .let:
            let (name, at) = try name(Message(zh: "名称", en: "a name"))
            try expectSymbol("=")
            rule.lets.append((name, try expression(), at))
        case .applies:
            try once(rule.applies)
            rule.applies = try expression()
        case .requires:
            try once(rule.requires)
            rule.requires = try expression()
        case .due:
            try once(rule.due)
            rule.due = try expression()
        case .done:
            try once(rule.done)
            rule.done = try expression()
        case .severity:
            try once(rule.severity)
            rule.severity = try expression()
        case .status:
            try once(rule.status?.name)
            rule.status = try name(Message(zh: "状态", en: "a status"))
        case .planned:
            try once(rule.planned)
            rule.planned = try expression()
        case .report:
            try once(rule.report.map { _ in true })
            rule.report = []
            var comma: Token?
            while true {
                // Nothing where a role belongs (the next clause, or the rule's end): said once, at the
                // `report` or the comma, and the next clause is left to be read as it is.
                if current.name.map(Self.clauseWords.contains) ?? isSymbol("}") {
                    let roles = ReportRole.allCases.map(\.rawValue)
                    _ =
                        if let comma {
                            fail(
                                comma, "report 的逗号后应写报表用途（\(roles.joined(separator: "、"))），或删去逗号",
                                "no role follows this comma in `report` (one of: \(roles.joined(separator: ", "))); write one or remove the comma"
                            )
                        } else {
                            fail(
                                keyword, "report 后应写报表用途（\(roles.joined(separator: "、"))）",
                                "`report` names no role (one of: \(roles.joined(separator: ", ")))")
                        }
                    return
                }
                rule.report?.append(try name(Message(zh: "报表用途", en: "a report role")))
                guard isSymbol(",") else { break }
                comma = advance()
            }
        case .message:
            try once(rule.message?.zh.offset)
            try expectWord("zh")
            let zh = try template()
            try expectWord("en")
            rule.message = (zh, try template())
        }
    }

    /// `zh "…" en "…"`: a fixed text in both languages (a rule's label or note), no holes.
    mutating func bilingual() throws(Stop) -> Message {
        try expectWord("zh")
        let zh = try string().0
        try expectWord("en")
        return Message(zh: zh, en: try string().0)
    }

    /// A message string; each `{expression}` in it is parsed here, so its errors point into the string.
    mutating func template() throws(Stop) -> Template {
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
                // Told, and the rest of the string passed over: the rule reads on after it (helper-232:
                // its closing `}` was told missing too).
                guard let close = (at + 1..<end).first(where: { scalars[$0] == "}" }) else {
                    _ = fail(Token(kind: .symbol("{"), offset: at), "{ 没有对应的 }", "this { has no closing }")
                    break
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
}

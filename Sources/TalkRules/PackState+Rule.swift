import TalkModel

/// One rule compiled: its clauses checked and turned into code, its roles in the reports read.
extension PackState {
    func compileRule(_ syntax: RuleSyntax, _ pack: String, _ changedBy: [String], _ compiler: inout Compiler)
        -> Rule?
    {
        let source = compiler.source
        var ok = true
        func require<T>(_ value: T?, _ clause: String) -> T? {
            if value == nil {
                ok = false
                // (A clause refused as written is told there already.)
                if !syntax.unparsed.contains(clause) {
                    _ = compiler.fail(
                        syntax.offset, "规则 \(syntax.id) 缺少 \(clause)", "rule \(syntax.id) has no \(clause)")
                }
            }
            return value
        }
        let article = require(syntax.article, "article")
        let quote = require(syntax.quote, "quote")
        let message = require(syntax.message, "message")
        guard let subjectName = require(syntax.subject, "subject") else { return nil }
        guard let subject = Subject(rawValue: subjectName.name) else {
            _ = compiler.unknown(
                subjectName.offset, "未知的对象", "unknown subject", subjectName.name,
                among: Subject.allCases.map(\.rawValue))
            return nil
        }
        compiler.bindSubject(subject.rawValue, subject.entityKind)
        for binding in syntax.lets {
            if compiler.isBound(binding.name) || compiler.globals.parameters[binding.name] != nil {
                _ = compiler.fail(
                    binding.offset, "名称 \(binding.name) 已被使用", "the name \(binding.name) is already in use")
                ok = false
                continue
            }
            guard let compiled = try? compiler.compile(binding.value) else {
                ok = false
                continue
            }
            compiler.bindLet(binding.name, compiled)
        }
        if subject == .talk {
            // A talk the rule does not apply to gives nothing: only the kinds it applies to are
            // read. Asked once the `let`s are bound: one may hold another list under a define's name.
            compiler.reads.read(
                talks: compiler.talkKinds(limitedBy: syntax.applies, for: subject.rawValue)
                    ?? Set(TalkKind.allCases))
        }
        var readsConfidential = false
        func code(_ expr: Expr?, _ type: ValueType? = nil) -> Compiled? {
            guard let expr else { return nil }
            guard let compiled = try? compiler.compile(expr, expecting: type) else {
                ok = false
                return nil
            }
            readsConfidential = readsConfidential || compiled.confidential
            return compiled
        }
        // A clause whose value a finding, an explanation or a report shows: a confidential value
        // (Art. 16) there is refused, however it was computed. Conditions may read such values.
        func shown(_ expr: Expr?, _ type: ValueType?, in clause: Message) -> Compiled? {
            guard let compiled = code(expr, type) else { return nil }
            if let expr, compiled.confidential {
                _ = compiler.fail(
                    expr.offset,
                    Message(
                        zh: "保密内容（第十六条）不能写入\(clause.zh)",
                        en: "confidential text (Art. 16) cannot appear in \(clause.en)"))
                ok = false
            }
            return compiled
        }
        let applies = code(syntax.applies, .bool)
        let requires = code(syntax.requires, .bool)
        let due = shown(syntax.due, .date, in: Message(zh: " due（期限）", en: "`due`"))
        let done = shown(syntax.done, .date, in: Message(zh: " done（完成日期）", en: "`done`"))
        let planned = shown(syntax.planned, nil, in: Message(zh: " planned（计划事项）", en: "`planned`"))
        if let planned, syntax.planned != nil, ![ValueType.entity(.plan), .text, .unknown].contains(planned.type) {
            _ = compiler.fail(syntax.planned!.offset, "planned 应为计划事项", "planned must be a plan item")
            ok = false
        }
        let isDeadline = syntax.done != nil
        // A clause refused as written is told there, not again as missing (helper-206: an
        // expression nested too deep was told first as a rule with neither `requires` nor `due`).
        let refused = !syntax.unparsed.isDisjoint(with: ["requires", "due", "done"])
        if isDeadline && syntax.due == nil && !refused {
            _ = compiler.fail(syntax.offset, "有 done 的规则还须有 due", "a rule with `done` needs `due`")
            ok = false
        }
        if isDeadline == (syntax.requires != nil) && !refused {
            _ = compiler.fail(
                syntax.offset, "规则须有 requires（条件）或 due 与 done（期限）之一",
                "a rule has either `requires` (a condition) or `due` and `done` (a deadline)")
            ok = false
        }
        var info = false
        if let status = syntax.status {
            if status.name == "info" && !isDeadline {
                info = true
            } else {
                _ = compiler.fail(
                    status.offset, "status 只能是 info（且仅用于条件规则）", "status can only be info, on a condition rule")
                ok = false
            }
        }
        // The severity: a name, or `if … then … else …` choosing between names.
        var severities: [Severity] = []
        var severityChoice: SeverityChoice?
        if let expr = syntax.severity {
            func leaves(_ expr: Expr) -> [Expr] {
                if case .conditional(_, let a, let b) = expr.kind { return leaves(a) + leaves(b) }
                return [expr]
            }
            var named = true
            for leaf in leaves(expr) {
                if case .name(let name) = leaf.kind, let severity = Severity(rawValue: name) {
                    severities.append(severity)
                } else {
                    var word: String?
                    if case .name(let name) = leaf.kind { word = name }
                    _ = compiler.fail(leaf.offset, Severity.refused(word))
                    (ok, named) = (false, false)
                }
            }
            // Checked whole (types, confidential text), then compiled once to the severity it picks.
            func choice(_ expr: Expr) -> SeverityChoice? {
                switch expr.kind {
                case .conditional(let condition, let a, let b):
                    guard let test = code(condition, .bool), let x = choice(a), let y = choice(b) else { return nil }
                    return .conditional(test.code, x, y)
                case .name(let name): return Severity(rawValue: name).map(SeverityChoice.fixed)
                default: return nil
                }
            }
            // A severity that is not one is said once, not again as an unknown name.
            if named, shown(expr, .text, in: Message(zh: "严重程度", en: "the severity")) != nil {
                severityChoice = choice(expr)
            }
        } else {
            _ = require(syntax.severity, "severity")
        }
        func parts(_ template: Template) -> [MessagePart] {
            template.parts.compactMap { part in
                switch part {
                case .text(let text): return .text(text)
                case .expression(let expr):
                    return shown(expr, nil, in: Message(zh: "提示信息", en: "a message")).map { .value($0.code) }
                }
            }
        }
        let zh = message.map { parts($0.zh) } ?? []
        let en = message.map { parts($0.en) } ?? []
        var roles: Set<ReportRole> = []
        for (name, offset) in syntax.report ?? [] {
            guard let role = ReportRole(rawValue: name) else {
                _ = compiler.fail(
                    offset,
                    Message(zh: "未知的报表用途 \(name.quoted)", en: "unknown report role \(name.quoted)").with(
                        Suggestions.hint(for: name, among: ReportRole.allCases.map(\.rawValue))))
                ok = false
                continue
            }
            guard roles.insert(role).inserted else {
                _ = compiler.fail(
                    offset, "report \(name) 重复出现", "`report \(name)` is given twice")
                ok = false
                continue
            }
            // Shape is judged only on a rule that has one: a rule with neither or both is refused above.
            let shaped = isDeadline != (syntax.requires != nil)
            if let refusal = role.refusal(rule: syntax.id, subject: subject, isDeadline: isDeadline),
                shaped || !role.needs.subjects.contains(subject)
            {
                _ = compiler.fail(offset, refusal)
                ok = false
            } else if role.needs.tally, let other = roles.first(where: { $0 != role && $0.needs.tally }) {
                _ = compiler.fail(
                    offset,
                    Message(
                        zh: "一条规则的期限只计入一项统计：规则 \(syntax.id) 已承担 report \(other.rawValue)，不能再承担 report \(name)",
                        en:
                            "a rule's deadline is counted in one tally: rule \(syntax.id) plays `report \(other.rawValue)` and cannot also play `report \(name)`"
                    ))
                ok = false
            }
        }
        guard ok, let article, let quote, let first = severities.first else { return nil }
        let override = severityOverrides[syntax.id]
        let (line, _) = source.position(of: syntax.offset)
        return Rule(
            id: syntax.id, article: article, quote: quote,
            label: syntax.label ?? Message(zh: syntax.id, en: syntax.id), note: syntax.note, subject: subject,
            severity: override ?? first,
            severityIsConditional: override == nil && Set(severities).count > 1, isDeadline: isDeadline, pack: pack,
            location: "\(source.name):\(line)", changedBy: changedBy, roles: roles,
            readsConfidential: readsConfidential, reads: compiler.reads,
            dueParameters: (syntax.due?.names ?? []).filter { compiler.globals.parameters[$0] != nil },
            // The periods it writes, and those the defines it names hold (`define ten = 10 days`).
            duePeriods: (syntax.due?.periods ?? [])
                + (syntax.due?.names ?? []).sorted().compactMap { name -> Period? in
                    if case .period(let period)? = compiler.globals.defines[name]?.constant { period } else { nil }
                },
            site: Site(source, syntax.offset),
            slotCount: compiler.slotCount,
            applies: applies?.code, requires: requires?.code, due: due?.code, done: done?.code, doneLabel: done?.label,
            severityChoice: override == nil ? severityChoice : nil, planned: planned?.code, info: info,
            message: (zh, en))
    }
}

import TalkModel

/// The statements of some packs applied in order, then compiled: the rules, parameters and
/// scopes in force for one epoch (`RuleSet.Epoch`). `RuleSet.load` builds one for every pack
/// together (for every problem) and one for each day a pack takes effect.
struct PackState {
    var parameters: [String: (value: Value, note: String?, declaredBy: String, setBy: String)] = [:]
    var parameterOrder: [String] = []
    var defines: [(name: String, value: Expr, source: SourceFile)] = []
    var scopes: [(pack: String, subject: Subject, condition: Expr, source: SourceFile, offset: Int)] = []
    var rules: [String: (syntax: RuleSyntax, source: SourceFile, pack: String, changedBy: [String])] = [:]
    /// Rule ids in the order first written: rules compile in this order, whatever the dictionary's.
    var ruleOrder: [String] = []
    var severityOverrides: [String: Severity] = [:]
    var disabled: [(id: String, by: String)] = []
    /// Where a rule playing a role a report needs was switched off or replaced, to check that
    /// another rule still plays it once every statement is applied.
    var removedRoles: [(role: ReportRole, id: String, offset: Int, source: SourceFile)] = []
    /// The packs applied, in order.
    var packs: [String] = []

    var compiledRules: [Rule] = []
    var compiledScopes: [String: [Subject: [(code: Code, site: Site)]]] = [:]
    var scopeSlots = 1

    /// The two parameters the engine itself reads must hold what it can use, wherever they are set.
    static func engineParameterProblem(_ name: String, _ value: Value) -> Message? {
        switch name {
        case "calendar" where value.string != "civil-code" && value.string != "plain":
            return Message(
                zh: "参数 calendar 只能是 civil-code 或 plain", en: "parameter calendar must be civil-code or plain")
        case "due-soon-window":
            if case .period = value { return nil }
            return Message(zh: "参数 due-soon-window 应为期间", en: "parameter due-soon-window must be a period")
        default:
            return nil
        }
    }

    private func unknownRule(_ id: String, _ offset: Int, _ source: SourceFile) -> Problem {
        source.problem(
            at: offset,
            Message(zh: "没有编号为 \(id.quoted) 的规则", en: "no rule has the id \(id.quoted)").with(
                Suggestions.hint(for: id, among: rules.keys)))
    }

    mutating func apply(_ pack: PackSyntax, _ source: SourceFile, problems: inout [Problem]) {
        packs.append(pack.id)
        for statement in pack.statements {
            switch statement {
            case .parameter(let name, let literal, let note, let declares, let offset):
                let value = Compiler.value(of: literal)
                if let problem = Self.engineParameterProblem(name, value) {
                    problems.append(source.problem(at: offset, problem))
                    continue
                }
                if declares {
                    if let existing = parameters[name] {
                        problems.append(
                            source.problem(
                                at: offset,
                                Message(
                                    zh: "参数 \(name) 已由 \(existing.declaredBy) 声明；要改变它的值请用 set",
                                    en:
                                        "parameter \(name) is already declared by \(existing.declaredBy); use `set` to change it"
                                )))
                        continue
                    }
                    parameters[name] = (value, note, pack.id, pack.id)
                    parameterOrder.append(name)
                } else {
                    guard let existing = parameters[name] else {
                        problems.append(
                            source.problem(
                                at: offset,
                                Message(zh: "未知的参数 \(name.quoted)", en: "unknown parameter \(name.quoted)").with(
                                    Suggestions.hint(for: name, among: parameters.keys))))
                        continue
                    }
                    let (was, now) = (Compiler.type(of: existing.value), Compiler.type(of: value))
                    guard was == now else {
                        problems.append(
                            source.problem(
                                at: offset,
                                Message(
                                    zh: "参数 \(name) 的值应为 \(was)，实为 \(now)",
                                    en: "parameter \(name) takes a \(was), found \(now)")))
                        continue
                    }
                    parameters[name] = (value, note ?? existing.note, existing.declaredBy, pack.id)
                }
            case .define(let name, let value, let offset):
                if defines.contains(where: { $0.name == name }) || parameters[name] != nil {
                    problems.append(
                        source.problem(
                            at: offset, Message(zh: "名称 \(name) 已被使用", en: "the name \(name) is already in use")))
                    continue
                }
                defines.append((name, value, source))
            case .scope(let subject, let condition, let offset):
                guard let subject = Subject(rawValue: subject) else {
                    problems.append(
                        source.problem(
                            at: offset,
                            Message(zh: "未知的对象 \(subject.quoted)", en: "unknown subject \(subject.quoted)").with(
                                Suggestions.hint(for: subject, among: Subject.allCases.map(\.rawValue)))))
                    continue
                }
                scopes.append((pack.id, subject, condition, source, offset))
            case .rule(let rule, let replaces):
                if replaces {
                    guard rules[rule.id] != nil else {
                        problems.append(unknownRule(rule.id, rule.offset, source))
                        continue
                    }
                } else if let existing = rules[rule.id] {
                    problems.append(
                        source.problem(
                            at: rule.offset,
                            Message(
                                zh: "规则 \(rule.id) 已在 \(existing.pack) 中定义；要替换它请用 replace rule",
                                en:
                                    "rule \(rule.id) is already defined by \(existing.pack); use `replace rule` to replace it"
                            )))
                    continue
                }
                if let replaced = rules[rule.id] {
                    removedRoles += Self.requiredRoles(of: replaced.syntax).map { ($0, rule.id, rule.offset, source) }
                }
                if rules[rule.id] == nil { ruleOrder.append(rule.id) }
                rules[rule.id] = (rule, source, pack.id, [])
                severityOverrides[rule.id] = nil
                disabled.removeAll { $0.id == rule.id }
            case .disable(let id, let offset):
                guard rules[id] != nil else {
                    problems.append(unknownRule(id, offset, source))
                    continue
                }
                disabled.append((id, pack.id))
                removedRoles += Self.requiredRoles(of: rules[id]!.syntax).map { ($0, id, offset, source) }
            case .severity(let id, let name, let offset):
                guard rules[id] != nil else {
                    problems.append(unknownRule(id, offset, source))
                    continue
                }
                guard let severity = Severity(rawValue: name) else {
                    problems.append(
                        source.problem(
                            at: offset,
                            Message(
                                zh: "严重程度只能是 violation、warning 或 notice",
                                en: "a severity is violation, warning or notice")))
                    continue
                }
                severityOverrides[id] = severity
                rules[id]?.changedBy.append(pack.id)
            }
        }
    }

    /// The roles a report needs that a rule's `report` clause gives it.
    static func requiredRoles(of syntax: RuleSyntax) -> [ReportRole] {
        (syntax.report ?? []).compactMap { ReportRole(rawValue: $0.name) }.filter(\.isRequired)
    }

    /// A pack that leaves a report without a rule it needs is refused where it removed the last one.
    func roleProblems() -> [Problem] {
        let off = Set(disabled.map(\.id))
        let played = Set(
            rules.values.filter { !off.contains($0.syntax.id) }.flatMap { Self.requiredRoles(of: $0.syntax) })
        var seen: Set<ReportRole> = []
        return removedRoles.filter { !played.contains($0.role) && seen.insert($0.role).inserted }.map { removal in
            removal.source.problem(
                at: removal.offset,
                Message(
                    zh:
                        "规则 \(removal.id) 在报表中承担 \(removal.role.rawValue)，停用或替换后须有另一条规则写明 report \(removal.role.rawValue)",
                    en:
                        "rule \(removal.id) plays `report \(removal.role.rawValue)`; switched off or replaced, another rule must play it"
                ))
        }
    }

    mutating func compile(problems: inout [Problem]) {
        var globals = Globals()
        for (name, entry) in parameters { globals.parameters[name] = entry.value }
        for define in defines {
            var compiler = Compiler(source: define.source, globals: globals)
            if let compiled = try? compiler.compile(define.value) { globals.defines[define.name] = compiled }
            problems += compiler.problems
        }
        for scope in scopes {
            var compiler = Compiler(source: scope.source, globals: globals)
            compiler.bindSubject(scope.subject.rawValue, scope.subject.entityKind)
            if let compiled = try? compiler.compile(scope.condition, expecting: .bool) {
                compiledScopes[scope.pack, default: [:]][scope.subject, default: []].append(
                    (compiled.code, Site(scope.source, scope.offset)))
                scopeSlots = max(scopeSlots, compiler.slotCount)
            }
            problems += compiler.problems
        }
        for id in ruleOrder {
            let entry = rules[id]!
            var compiler = Compiler(source: entry.source, globals: globals)
            if let rule = compileRule(entry.syntax, entry.pack, entry.changedBy, &compiler),
                !disabled.contains(where: { $0.id == rule.id })
            {
                compiledRules.append(rule)
            }
            problems += compiler.problems
        }
    }

    private func compileRule(_ syntax: RuleSyntax, _ pack: String, _ changedBy: [String], _ compiler: inout Compiler)
        -> Rule?
    {
        let source = compiler.source
        var ok = true
        func require<T>(_ value: T?, _ clause: String) -> T? {
            if value == nil {
                _ = compiler.fail(syntax.offset, "规则 \(syntax.id) 缺少 \(clause)", "rule \(syntax.id) has no \(clause)")
                ok = false
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
        func code(_ expr: Expr?, _ type: ValueType? = nil) -> Compiled? {
            guard let expr else { return nil }
            guard let compiled = try? compiler.compile(expr, expecting: type) else {
                ok = false
                return nil
            }
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
        if isDeadline && syntax.due == nil {
            _ = compiler.fail(syntax.offset, "有 done 的规则还须有 due", "a rule with `done` needs `due`")
            ok = false
        }
        if isDeadline == (syntax.requires != nil) {
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
            for leaf in leaves(expr) {
                if case .name(let name) = leaf.kind, let severity = Severity(rawValue: name) {
                    severities.append(severity)
                } else {
                    _ = compiler.fail(
                        leaf.offset, "严重程度只能是 violation、warning 或 notice", "a severity is violation, warning or notice")
                    ok = false
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
            if shown(expr, .text, in: Message(zh: "严重程度", en: "the severity")) != nil {
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
            roles.insert(role)
        }
        guard ok, let article, let quote, let first = severities.first else { return nil }
        let override = severityOverrides[syntax.id]
        let (line, _) = source.position(of: syntax.offset)
        return Rule(
            id: syntax.id, article: article, quote: quote,
            label: syntax.label ?? Message(zh: syntax.id, en: syntax.id), note: syntax.note, subject: subject,
            severity: override ?? first,
            severityIsConditional: override == nil && Set(severities).count > 1, isDeadline: isDeadline, pack: pack,
            location: "\(source.name):\(line)", changedBy: changedBy, roles: roles, site: Site(source, syntax.offset),
            slotCount: compiler.slotCount,
            applies: applies?.code, requires: requires?.code, due: due?.code, done: done?.code, doneLabel: done?.label,
            severityChoice: override == nil ? severityChoice : nil, planned: planned?.code, info: info,
            message: (zh, en))
    }

    /// The compiled state as the epoch that starts on `from` (nil: from the beginning).
    func epoch(from: CivilDate?, holidays: HolidayCalendar) -> RuleSet.Epoch {
        let window: Period
        if case .period(let period) = parameters["due-soon-window"]?.value {
            window = period
        } else {
            window = Period(7, .days)
        }
        let moves = parameters["calendar"]?.value.string != "plain"
        return RuleSet.Epoch(
            from: from, packs: packs, rules: compiledRules.sorted { codePointOrder($0.id, $1.id) },
            scopes: compiledScopes,
            scopeSlots: scopeSlots, calendar: DeadlineCalendar(holidays: holidays, movesOffRestDays: moves),
            dueSoonWindow: window)
    }

    /// A parameter's value as a rule file writes it.
    static func shown(_ value: Value) -> String {
        switch value {
        case .period(let period): period.description
        case .date(let date): date.description
        case .monthDay(let monthDay): monthDay.description
        case .number(let number): String(number)
        case .text(let text), .symbol(let text): text
        case .bool(let flag): flag ? "true" : "false"
        default: "null"
        }
    }
}

extension Subject {
    var entityKind: EntityKind {
        switch self {
        case .talk: .talk
        case .plan: .plan
        case .trigger: .trigger
        case .conductor, .organization: .organization
        }
    }
}

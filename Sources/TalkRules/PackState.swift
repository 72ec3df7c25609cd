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
    /// The rules in force that play each role, in the order they were written (a replacement
    /// counts from its `replace`), whatever the rule is otherwise: the roles' checks read them.
    var players: [ReportRole: [String]] = [:]
    /// For a role no rule plays, the statement that removed its last player (a `disable`, or a
    /// `replace` without the role), so the refusal points at it.
    var emptied: [ReportRole: (id: String, offset: Int, source: SourceFile)] = [:]
    /// The packs applied, in order.
    var packs: [String] = []

    var compiledRules: [Rule] = []
    var compiledScopes: [String: [Subject: [(code: Code, site: Site)]]] = [:]
    var scopeSlots = 1
    /// What the scopes read beyond the records' plain fields.
    var scopeReads = RecordReads.none

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

    /// Each `set` of a pack of law (not a scenario's), for `scopeProblems`.
    var settings: [(pack: String, name: String, offset: Int, source: SourceFile)] = []

    /// The `set`s of a parameter another pack's scope reads, whichever pack comes first: that
    /// scope would judge other subjects by it, and a pack's scope narrows only its own rules
    /// (spec/rules-catalogue.md, "Local packs and time"; helper-126: `set effective` moved the
    /// national start; helper-128: `calendar`, which `deadline` reads, and a pack set before the
    /// scope's). A scenario's settings may: they test the packs under other values.
    func scopeProblems() -> [Problem] {
        settings.compactMap { setting in
            guard let scope = scopes.first(where: { $0.pack != setting.pack && reads(setting.name, $0.condition) })
            else { return nil }
            return setting.source.problem(
                at: setting.offset,
                Message(
                    zh: "参数 \(setting.name) 决定 \(scope.pack) 的 scope \(scope.subject.rawValue) 评判哪些对象，"
                        + "本规则包不能改变它（规则包只能限定自己规则的范围）：本规则包的起始日期请写在 effective 中，"
                        + "自己规则的范围请用 scope",
                    en:
                        "parameter \(setting.name) decides what \(scope.pack)'s `scope \(scope.subject.rawValue)` judges, "
                        + "which this pack cannot change (a pack narrows only its own rules): give this pack's "
                        + "start as its `effective`, and its own rules' reach with `scope`"))
        }
    }

    /// Whether `expr` reads the parameter `name`, itself or through the defines it reads.
    private func reads(_ name: String, _ expr: Expr, through seen: Set<String> = []) -> Bool {
        expr.names.contains { read in
            read == name
                || (!seen.contains(read)
                    && defines.first { $0.name == read }.map { reads(name, $0.value, through: seen.union([read])) }
                        == true)
        }
    }

    private func unknownRule(_ id: String, _ offset: Int, _ source: SourceFile) -> Problem {
        source.problem(
            at: offset,
            Message(zh: "没有编号为 \(id.quoted) 的规则", en: "no rule has the id \(id.quoted)").with(
                Suggestions.hint(for: id, among: rules.keys)))
    }

    /// Applies a pack's statements; a `scenario`'s settings may set what another pack's scope reads.
    mutating func apply(_ pack: PackSyntax, _ source: SourceFile, scenario: Bool, problems: inout [Problem]) {
        packs.append(pack.id)
        // What this pack says of each rule: one statement (`rule`, `replace rule`, `disable`,
        // `severity`), as a parameter is declared or set once. A second was lost without a word
        // or undid the first, by its order (helper-141, helper-142: `replace rule R` twice, `disable
        // R` and `replace rule R`, `severity R` of a rule the pack defines).
        var said: [String: String] = [:]
        func once(_ id: String, _ statement: String, _ offset: Int) -> Bool {
            guard !scenario, let earlier = said[id] else {
                said[id] = statement
                return true
            }
            problems.append(
                source.problem(
                    at: offset,
                    Message(
                        zh: "本规则包已对规则 \(id) 写了 \(earlier)；一个规则包对每条规则只写一条语句",
                        en: "this pack already says `\(earlier)`; a pack says one thing of each rule")))
            return false
        }
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
                                    zh: "参数 \(name) 的值应为\(was.chineseDescription)，实为\(now.chineseDescription)",
                                    en: "parameter \(name) takes a \(was), found \(now)")))
                        continue
                    }
                    // Declared or set before in this pack, the first value would be lost without a
                    // word (helper-133, helper-141).
                    if !scenario, existing.declaredBy == pack.id {
                        problems.append(
                            source.problem(
                                at: offset,
                                Message(
                                    zh: "参数 \(name) 由本规则包声明；请直接改写声明中的值，不要再 set",
                                    en:
                                        "parameter \(name) is declared by this pack; change its declared value, not `set` it"
                                )))
                        continue
                    }
                    if !scenario, settings.contains(where: { $0.pack == pack.id && $0.name == name }) {
                        problems.append(
                            source.problem(
                                at: offset,
                                Message(
                                    zh: "参数 \(name) 已在本规则包中 set 过；每个参数只能 set 一次",
                                    en: "parameter \(name) is already set in this pack; set it once")))
                        continue
                    }
                    if !scenario { settings.append((pack.id, name, offset, source)) }
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
                guard once(rule.id, (replaces ? "replace rule " : "rule ") + rule.id, rule.offset) else { continue }
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
                removePlayer(rule.id, offset: rule.offset, source: source)
                if rules[rule.id] == nil { ruleOrder.append(rule.id) }
                rules[rule.id] = (rule, source, pack.id, [])
                severityOverrides[rule.id] = nil
                disabled.removeAll { $0.id == rule.id }
                for role in Self.roles(of: rule) {
                    players[role, default: []].append(rule.id)
                    emptied[role] = nil
                }
            case .disable(let id, let offset):
                guard rules[id] != nil else {
                    problems.append(unknownRule(id, offset, source))
                    continue
                }
                guard once(id, "disable \(id)", offset) else { continue }
                disabled.append((id, pack.id))
                removePlayer(id, offset: offset, source: source)
            case .severity(let id, let name, let offset):
                guard rules[id] != nil else {
                    problems.append(unknownRule(id, offset, source))
                    continue
                }
                guard let severity = Severity(rawValue: name) else {
                    problems.append(source.problem(at: offset, Severity.refused(name)))
                    continue
                }
                guard once(id, "severity \(id)", offset) else { continue }
                severityOverrides[id] = severity
                rules[id]?.changedBy.append(pack.id)
            }
        }
    }

    /// The roles a rule's `report` clause names, each once, in the order written.
    static func roles(of syntax: RuleSyntax) -> [ReportRole] {
        var seen: Set<ReportRole> = []
        return (syntax.report ?? []).compactMap { ReportRole(rawValue: $0.name) }.filter { seen.insert($0).inserted }
    }

    /// Takes a rule out of the roles it plays, by the statement at `offset` (a `disable` or `replace`),
    /// remembering it for every role it leaves without a player.
    private mutating func removePlayer(_ id: String, offset: Int, source: SourceFile) {
        for role in ReportRole.allCases where players[role]?.contains(id) == true {
            players[role]?.removeAll { $0 == id }
            if players[role]?.isEmpty == true { emptied[role] = (id, offset, source) }
        }
    }

    /// Where rule `id` names `role` in its `report` clause.
    func place(of id: String, playing role: ReportRole) -> (offset: Int, source: SourceFile)? {
        guard let entry = rules[id] else { return nil }
        let offset = entry.syntax.report?.first { $0.name == role.rawValue }?.offset ?? entry.syntax.offset
        return (offset, entry.source)
    }

    /// The roles' checks once every statement is applied: a role a report needs keeps a rule (else
    /// the statement that removed its last one is refused), and a role a report reads once per
    /// subject is played by one rule in force (else each later one is refused, naming the first).
    func roleProblems() -> [Problem] {
        var found: [Problem] = []
        for role in ReportRole.allCases {
            let playing = players[role] ?? []
            if role.needs.required, playing.isEmpty, let removal = emptied[role] {
                found.append(
                    removal.source.problem(
                        at: removal.offset,
                        Message(
                            zh:
                                "规则 \(removal.id) 在报表中承担 report \(role.rawValue)，停用或替换后须有另一条规则写明 report \(role.rawValue)",
                            en:
                                "rule \(removal.id) plays `report \(role.rawValue)`; switched off or replaced, another rule must play it"
                        )))
            }
            guard role.needs.single, let first = playing.first, let firstPlace = place(of: first, playing: role)
            else { continue }
            let firstLocation = Site(firstPlace.source, firstPlace.offset).location
            for other in playing.dropFirst() {
                guard let place = place(of: other, playing: role) else { continue }
                found.append(
                    place.source.problem(at: place.offset, Self.secondPlayer(role, other, first, firstLocation)))
            }
        }
        return found
    }

    /// The refusal of a second rule playing a role that one rule plays; with `plansOf`, for the plan
    /// items of a year, which keep the rules in force on its first day and gain those a pack adds.
    static func secondPlayer(
        _ role: ReportRole, _ id: String, _ first: String, _ location: String, plansOf year: Int? = nil
    )
        -> Message
    {
        guard let year else {
            return Message(
                zh:
                    "report \(role.rawValue) 已由规则 \(first)（\(location)）承担，规则 \(id) 不能同时承担：一项用途只由一条生效的规则承担；请改用 replace rule \(first)，或 disable \(first)",
                en:
                    "`report \(role.rawValue)` is already played by rule \(first) (\(location)); rule \(id) cannot play it too: one rule in force plays a role, so `replace rule \(first)` or `disable \(first)` instead"
            )
        }
        return Message(
            zh:
                "\(year)年的计划事项按当年1月1日生效的规则评判，其中规则 \(first)（\(location)）承担 report \(role.rawValue)，规则 \(id) 不能再承担：一项用途只由一条规则承担；请改用 replace rule \(first)",
            en:
                "plan items of \(year) are judged by the rules in force on 1 January, where rule \(first) (\(location)) plays `report \(role.rawValue)`; rule \(id) cannot play it too: one rule plays a role, so `replace rule \(first)` instead"
        )
    }

    mutating func compile(problems: inout [Problem]) {
        var globals = Globals()
        for (name, entry) in parameters { globals.parameters[name] = entry.value }
        for define in defines {
            var compiler = Compiler(source: define.source, globals: globals)
            if var compiled = try? compiler.compile(define.value) {
                globals.defineSlots = compiler.slotCount - 1
                // One that is not a constant is computed once for a subject, at its first use, as a
                // `let` is: each use computing it again, a chain of defines each naming the one
                // before twice did twice the work at each link (helper-206: forty links of
                // `define d2 = d1 + d1` ran out of memory in `check`, after `rules lint` passed).
                if compiled.constant == nil {
                    compiled = Compiled(
                        code: Compiled.once(compiled.code, in: 1 + globals.defineSlots), type: compiled.type,
                        from: [compiled], label: compiled.label, describe: compiled.describe
                    )
                    .keeping(vocabulary: compiled.vocabulary, written: compiled.written)
                    globals.defineSlots += 1
                }
                globals.defines[define.name] = compiled
                globals.defineReads[define.name] = compiler.reads
            }
            problems += compiler.problems
        }
        for scope in scopes {
            var compiler = Compiler(source: scope.source, globals: globals)
            compiler.bindSubject(scope.subject.rawValue, scope.subject.entityKind)
            if let compiled = try? compiler.compile(scope.condition, expecting: .bool) {
                compiledScopes[scope.pack, default: [:]][scope.subject, default: []].append(
                    (compiled.code, Site(scope.source, scope.offset)))
                scopeSlots = max(scopeSlots, compiler.slotCount)
                scopeReads.formUnion(compiler.reads)
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

    /// The compiled state as the epoch that starts on `from` (nil: from the beginning).
    /// A local pack's rules are judged within the national pack's scopes as well as their own: a
    /// local pack implements the national measures (Art. 18) and judges nothing before they took
    /// effect (Art. 20; `spec/rules-catalogue.md`, `effective`), whatever its own date (helper-232:
    /// a province's rule without a date judged talks of 2025).
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
            scopes: withTheNationalScopes,
            scopeSlots: scopeSlots, scopeReads: scopeReads,
            calendar: DeadlineCalendar(holidays: holidays, movesOffRestDays: moves),
            dueSoonWindow: window)
    }

    /// Each pack's scopes, a local pack's after the national pack's (the first).
    private var withTheNationalScopes: [String: [Subject: [(code: Code, site: Site)]]] {
        guard let national = packs.first, let bounds = compiledScopes[national] else { return compiledScopes }
        var scopes = compiledScopes
        for pack in packs.dropFirst() {
            for (subject, checks) in bounds {
                scopes[pack, default: [:]][subject] = checks + (scopes[pack]?[subject] ?? [])
            }
        }
        return scopes
    }

    /// A parameter's value as a rule file writes it.
    static func shown(_ value: Value) -> String {
        switch value {
        case .period(let period): period.description
        case .date(let date): date.description
        case .monthDay(let monthDay): monthDay.description
        case .number(let number): String(number)
        case .text(let text), .symbol(let text, _): text
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

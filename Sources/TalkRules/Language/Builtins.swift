import TalkModel

/// The functions rule files can call: facts about organizations on a date, collections of
/// records by an indexed key, list helpers and the calendar.
extension Compiler {
    static let functionNames = [
        "talks", "plans", "triggers", "count", "exists", "empty", "min", "max", "year", "date", "missing",
        "out-of-order", "top-leader", "team", "coverage-term", "ancestors", "deadline",
    ]

    mutating func compileCall(_ name: String, _ arguments: [(label: String?, value: Expr)], _ offset: Int)
        throws(Failure) -> Compiled
    {
        switch name {
        case "talks", "plans", "triggers": return try collection(name, arguments, offset)
        default: break
        }
        if let labelled = arguments.first(where: { $0.label != nil }) {
            throw fail(labelled.value.offset, "\(name) 的参数不带名称", "\(name) takes no named arguments")
        }
        let values = arguments.map(\.value)
        func expect(_ count: Int) throws(Failure) {
            guard values.count == count else {
                throw fail(
                    offset, "\(name) 需要 \(count) 个参数，实有 \(values.count) 个",
                    "\(name) takes \(count) arguments, found \(values.count)")
            }
        }
        switch name {
        case "count", "exists", "empty":
            try expect(1)
            let list = try listArgument(values[0]).code
            switch name {
            case "count": return Compiled(code: { env in .number(list(env).items.count) }, type: .number)
            case "exists": return Compiled(code: { env in .bool(!list(env).items.isEmpty) }, type: .bool)
            default: return Compiled(code: { env in .bool(list(env).items.isEmpty) }, type: .bool)
            }
        case "min", "max":
            try expect(1)
            let argument = try listArgument(values[0])
            guard case .list(let element) = argument.type, element.isOrdered || isEntity(element) else {
                throw fail(values[0].offset, "\(name) 需要数字、日期或文字的列表", "\(name) needs a list of numbers, dates or texts")
            }
            let list = argument.code
            let wantsMin = name == "min"
            return Compiled(
                code: { env in
                    var best: Value = .null
                    for item in list(env).items where !item.isNull {
                        if best.isNull || Value.order(item, best) == wantsMin { best = item }
                    }
                    return best
                }, type: element, confidential: argument.confidential)
        case "year":
            try expect(1)
            let date = try compile(values[0], expecting: .date).code
            return Compiled(code: { env in date(env).date.map { .number($0.year) } ?? .null }, type: .number)
        case "date":
            try expect(2)
            let year = try compile(values[0], expecting: .number).code
            let day = try compile(values[1], expecting: .monthDay).code
            return Compiled(
                code: { env in
                    guard case .number(let y) = year(env), case .monthDay(let md) = day(env), let date = md.inYear(y)
                    else { return .null }
                    return .date(date)
                }, type: .date)
        case "missing", "out-of-order":
            try expect(2)
            let expected = try listArgument(values[0])
            let actual = try listArgument(values[1])
            guard expected.type.accepts(actual.type) else {
                throw fail(
                    values[1].offset, "两个列表类型不同", "the two lists differ in type: \(expected.type), \(actual.type)")
            }
            let (x, y) = (expected.code, actual.code)
            if name == "missing" {
                return Compiled(
                    code: { env in
                        let present = y(env).items
                        return .list(x(env).items.filter { !present.contains($0) })
                    }, type: expected.type)
            }
            return Compiled(
                code: { env in .list(Self.outOfOrder(expected: x(env).items, actual: y(env).items)) },
                type: expected.type)
        case "top-leader", "team":
            try expect(2)
            let organization = try compile(values[0], expecting: .entity(.organization)).code
            let date = try compile(values[1], expecting: .date).code
            let isLeader = name == "top-leader"
            let roles: Set<Role> = isLeader ? [.secretary] : [.secretary, .deputySecretary, .member]
            return Compiled(
                code: { env in
                    guard case .entity(_, let o) = organization(env), o >= 0, let day = date(env).date else {
                        return .null
                    }
                    let people = env.facts.holders(of: o, roles: roles, on: day).map { Value.entity(.person, $0) }
                    let value: Value = isLeader ? (people.first ?? .null) : .list(people)
                    if let trace = env.trace {
                        let who = Rendering.message(.entity(.organization, o), env.facts)
                        let shown = Rendering.message(value, env.facts)
                        trace.add(
                            isLeader
                                ? Message(
                                    zh: "\(day) \(who.zh)书记（一把手）：\(shown.zh)",
                                    en: "top leader of \(who.en) on \(day): \(shown.en)")
                                : Message(
                                    zh: "\(day) \(who.zh)领导班子成员：\(shown.zh)",
                                    en: "leadership team of \(who.en) on \(day): \(shown.en)"))
                    }
                    return value
                }, type: isLeader ? .entity(.person) : .list(.entity(.person)))
        case "coverage-term":
            try expect(2)
            let organization = try compile(values[0], expecting: .entity(.organization)).code
            let date = try compile(values[1], expecting: .date).code
            return Compiled(
                code: { env in
                    guard case .entity(_, let o) = organization(env), o >= 0, let day = date(env).date else {
                        return .null
                    }
                    let value = env.facts.coverageTerm(of: o, on: day).map { Value.entity(.term, $0) } ?? .null
                    if let trace = env.trace {
                        let who = Rendering.message(.entity(.organization, o), env.facts)
                        let shown = Rendering.message(value, env.facts)
                        trace.add(
                            Message(
                                zh: "\(who.zh)含 \(day) 的届期（覆盖期）：\(shown.zh)",
                                en: "term of \(who.en) containing \(day) (coverage term): \(shown.en)"))
                    }
                    return value
                }, type: .entity(.term))
        case "ancestors":
            try expect(1)
            let organization = try compile(values[0], expecting: .entity(.organization)).code
            return Compiled(
                code: { env in
                    guard case .entity(_, let o) = organization(env), o >= 0 else { return .null }
                    let value = Value.list(env.facts.ancestors(of: o).map { .entity(.organization, $0) })
                    if let trace = env.trace {
                        let who = Rendering.message(.entity(.organization, o), env.facts)
                        let shown = Rendering.message(value, env.facts)
                        trace.add(
                            Message(zh: "\(who.zh)的上级党组织：\(shown.zh)", en: "organizations above \(who.en): \(shown.en)")
                        )
                    }
                    return value
                }, type: .list(.entity(.organization)))
        case "deadline":
            try expect(2)
            let start = try compile(values[0], expecting: .date)
            let period = try compile(values[1], expecting: .period).code
            let from = start.code
            let label = start.label ?? Message(zh: "起算日", en: "start")
            return Compiled(
                code: { env in
                    guard let day = from(env).date, case .period(let length) = period(env),
                        let deadline = env.calendar.deadline(length, from: day)
                    else { return .null }
                    env.yearsWithoutData.formUnion(deadline.yearsWithoutData)
                    env.trace?.add(deadline.explanation(startLabel: label))
                    return .date(deadline.due)
                }, type: .date)
        default:
            throw unknown(offset, "未知的函数", "unknown function", name, among: Self.functionNames)
        }
    }

    private func isEntity(_ type: ValueType) -> Bool {
        if case .entity = type { return true }
        return false
    }

    private mutating func listArgument(_ expr: Expr) throws(Failure) -> Compiled {
        let compiled = try compile(expr)
        guard case .list = compiled.type else {
            throw fail(expr.offset, "此处应为列表，实为 \(compiled.type)", "expected a list, found \(compiled.type)")
        }
        return compiled
    }

    /// `talks(organization: o)`: the records with that key, through an index, so no rule scans the store.
    /// Only what has happened by the as-of date is there: talks held and triggers noted by then.
    private mutating func collection(_ name: String, _ arguments: [(label: String?, value: Expr)], _ offset: Int)
        throws(Failure) -> Compiled
    {
        let keys: [String: EntityKind] =
            switch name {
            case "talks":
                ["organization": .organization, "conductor": .organization, "plan": .plan, "trigger": .trigger]
            case "plans": ["organization": .organization, "conductor": .organization]
            default: ["organization": .organization]
            }
        let usage = keys.keys.sorted().map { "\(name)(\($0): …)" }.joined(separator: ", ")
        guard arguments.count == 1, let key = arguments[0].label, let kind = keys[key] else {
            throw fail(offset, "\(name) 需要一个带名称的参数：\(usage)", "\(name) takes one named argument: \(usage)")
        }
        let argument = try compile(arguments[0].value, expecting: .entity(kind)).code
        let index: @Sendable (Facts) -> [[Int]] =
            switch (name, key) {
            case ("talks", "organization"): { $0.talksByOrganization }
            case ("talks", "conductor"): { $0.talksByConductor }
            case ("talks", "plan"): { $0.talksByPlan }
            case ("talks", "trigger"): { $0.talksByTrigger }
            case ("plans", "organization"): { $0.plansByOrganization }
            case ("plans", "conductor"): { $0.plansByConductor }
            default: { $0.triggersByOrganization }
            }
        let element: EntityKind = name == "talks" ? .talk : name == "plans" ? .plan : .trigger
        let visible: @Sendable (Env, Int) -> Bool =
            switch element {
            case .talk: { env, i in env.facts.talks[i].held <= env.asOf }
            case .trigger: { env, i in env.facts.triggers[i].on <= env.asOf }
            default: { _, _ in true }
            }
        let noun = [
            "talks": Message(zh: "谈话", en: "talks"), "plans": Message(zh: "计划事项", en: "plan items"),
            "triggers": Message(zh: "及时谈话情形", en: "triggers"),
        ][name]!
        return Compiled(
            code: { env in
                guard case .entity(_, let key) = argument(env), key >= 0 else { return .list([]) }
                let rows = index(env.facts)[key]
                var out: [Value] = []
                out.reserveCapacity(rows.count)
                for row in rows where visible(env, row) { out.append(.entity(element, row)) }
                return .list(out)
            }, type: .list(.entity(element)),
            describe: { env in
                let shown = Rendering.message(argument(env), env.facts)
                return Message(
                    zh:
                        "\(key == "plan" ? "依据计划事项" : key == "trigger" ? "针对情形" : key == "conductor" ? "由" : "涉及") \(shown.zh) 的\(noun.zh)",
                    en:
                        "\(noun.en) \(key == "plan" ? "naming plan item" : key == "trigger" ? "naming trigger" : key == "conductor" ? "by" : "with") \(shown.en)"
                )
            })
    }

    /// The items of `actual` that break `expected`'s order: all but a longest run already in order
    /// (so one misplaced step is named, not everything after it), plus repeats.
    static func outOfOrder(expected: [Value], actual: [Value]) -> [Value] {
        var seen: [Value] = []
        var repeats: [Value] = []
        var positions: [Int] = []
        var items: [Value] = []
        for item in actual {
            guard let position = expected.firstIndex(of: item) else { continue }
            if seen.contains(item) {
                repeats.append(item)
                continue
            }
            seen.append(item)
            positions.append(position)
            items.append(item)
        }
        // Longest increasing subsequence, quadratic: there are at most a handful of steps.
        var length = [Int](repeating: 1, count: positions.count)
        var previous = [Int](repeating: -1, count: positions.count)
        for i in positions.indices {
            for j in 0..<i where positions[j] < positions[i] && length[j] + 1 > length[i] {
                length[i] = length[j] + 1
                previous[i] = j
            }
        }
        var keep = Set<Int>()
        var at = length.indices.max { length[$0] < length[$1] || (length[$0] == length[$1] && $0 > $1) }
        while let i = at, i >= 0 {
            keep.insert(i)
            at = previous[i] >= 0 ? previous[i] : nil
        }
        return items.indices.filter { !keep.contains($0) }.map { items[$0] } + repeats
    }
}

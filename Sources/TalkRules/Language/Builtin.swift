import TalkModel

/// A function rule files can call: facts about organizations on a date, collections of records by
/// an indexed key, list helpers and the calendar.
///
/// A function only computes a value from its arguments' values. Compiling a call (its arguments,
/// whether the result is confidential, hiding its explanation when it is) is `Compiler.compileCall`'s
/// alone, so a function added to `Compiler.builtins` cannot forget the mark of Art. 16.
struct Builtin: Sendable {
    /// The parameters a function reads besides its arguments, by its name: `deadline` moves a
    /// due day off rest days as `calendar` says.
    static let parametersRead: [String: Set<String>] = ["deadline": ["calendar"]]

    /// An argument: its label (`talks(plan: …)`) or none, and the type it must have.
    struct Parameter: Sendable {
        let label: String?
        let type: ValueType
    }

    /// What a call computes, once its arguments are checked.
    struct Body {
        let type: ValueType
        /// For the explanation of arithmetic on the result (`deadline` names its start).
        var label: Message?
        /// The value from the arguments' values; it may add lines to `env.trace`.
        let evaluate: @Sendable (Env, Arguments) -> Value
        /// For a collection: what it is, so a comprehension's explanation can say which of it matched.
        var describe: (@Sendable (Env, Arguments) -> Message)?
    }

    typealias Make = @Sendable (inout Compiler, [Compiled], [Expr]) throws(Compiler.Failure) -> Body

    let name: String
    let parameters: [Parameter]
    /// Checks what the parameter types cannot say (`min` needs an ordered list) and gives the body.
    let make: Make

    init(_ name: String, _ parameters: [Parameter], _ make: @escaping Make) {
        self.name = name
        self.parameters = parameters
        self.make = make
    }

    /// The same, for a function that needs no check beyond its parameter types.
    init(
        _ name: String, _ parameters: [Parameter], _ type: ValueType,
        _ evaluate: @escaping @Sendable (Env, Arguments) -> Value
    ) {
        self.init(name, parameters) { _, _, _ throws(Compiler.Failure) in Body(type: type, evaluate: evaluate) }
    }

    var usage: String { "\(name)(\(parameters.map { "\($0.label ?? "_"): …" }.joined(separator: ", ")))" }
}

/// The values of a call's arguments, in order: the first two held in place, since every function
/// takes one or two and a call is made for every subject (an array would be an allocation each).
struct Arguments {
    private let first: Value
    private let second: Value
    private let rest: [Value]

    /// The arguments' values, each code run once, in order.
    init(_ codes: [Code], _ env: Env) {
        first = codes.isEmpty ? .null : codes[0](env)
        second = codes.count < 2 ? .null : codes[1](env)
        rest = codes.count < 3 ? [] : codes[2...].map { $0(env) }
    }

    subscript(position: Int) -> Value {
        switch position {
        case 0: first
        case 1: second
        default: rest[position - 2]
        }
    }
}

private func p(_ type: ValueType, _ label: String? = nil) -> Builtin.Parameter {
    Builtin.Parameter(label: label, type: type)
}

/// A question about the tree, asked for a day (`parent(O, D)`): the tree has history
/// (`spec/dataset-format.md`), so no rule can ask without one. Its answer is explained as
/// "安平市委 2026-04-09 的上级党组织：江东省委".
private func tree(
    _ name: String, _ type: ValueType, _ what: Message,
    _ answer: @escaping @Sendable (Facts, Int, CivilDate) -> Value
) -> Builtin {
    Builtin(name, [p(.entity(.organization)), p(.date)], type) { env, a in
        guard case .entity(_, let o) = a[0], o >= 0, let day = a[1].date else { return .null }
        let value = answer(env.facts, o, day)
        if let trace = env.trace {
            let who = Rendering.message(.entity(.organization, o), env.facts)
            let shown = Rendering.message(value, env.facts)
            trace.add(
                Message(zh: "\(who.zh) \(day) \(what.zh)：\(shown.zh)", en: "\(who.en) on \(day)\(what.en): \(shown.en)")
            )
        }
        return value
    }
}

extension Compiler {
    /// Every function, one entry per way of calling it (`talks(plan:)` and `talks(conductor:)` are two).
    static let builtins: [Builtin] =
        collections + [
            Builtin("count", [p(.list(.unknown))], .number) { _, a in .number(a[0].items.count) },
            Builtin("exists", [p(.list(.unknown))], .bool) { _, a in .bool(!a[0].items.isEmpty) },
            Builtin("empty", [p(.list(.unknown))], .bool) { _, a in .bool(a[0].items.isEmpty) },
            extreme("min"), extreme("max"),
            Builtin("year", [p(.date)], .number) { _, a in a[0].date.map { .number($0.year) } ?? .null },
            Builtin("date", [p(.number), p(.monthDay)], .date) { _, a in
                guard case .number(let y) = a[0], case .monthDay(let md) = a[1], let date = md.inYear(y) else {
                    return .null
                }
                return .date(date)
            },
            steps("missing") { expected, actual in expected.filter { !actual.contains($0) } },
            steps("out-of-order") { expected, actual in outOfOrder(expected: expected, actual: actual) },
            leaders("top-leader"), leaders("team"),
            Builtin("coverage-term", [p(.entity(.organization)), p(.date)], .entity(.term)) { env, a in
                guard case .entity(_, let o) = a[0], o >= 0, let day = a[1].date else { return .null }
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
            },
            tree("parent", .entity(.organization), Message(zh: "的上级党组织", en: ": parent")) { facts, o, day in
                facts.parent(of: o, on: day).map { Value.entity(.organization, $0) } ?? .null
            },
            tree("ancestors", .list(.entity(.organization)), Message(zh: "的各级上级党组织", en: ": organizations above")) {
                facts, o, day in .list(facts.ancestors(of: o, on: day).map { .entity(.organization, $0) })
            },
            tree("below", .list(.entity(.organization)), Message(zh: "的各级下级党组织", en: ": organizations below")) {
                facts, o, day in .list(facts.below(o, on: day).map { .entity(.organization, $0) })
            },
            tree("approved-by", .entity(.organization), Message(zh: "的批准设立党组织", en: ": approved by")) {
                facts, o, day in
                let record = facts.organizations[o]
                let approver = record.approvedBy.flatMap { facts.organizationIndex[$0] } ?? facts.parent(of: o, on: day)
                return approver.map { Value.entity(.organization, $0) } ?? .null
            },
            tree("existed", .bool, Message(zh: "存续", en: " existed")) { facts, o, day in .bool(facts.exists(o, on: day))
            },
            Builtin("deadline", [p(.date), p(.period)]) { _, arguments, _ throws(Failure) in
                let label = arguments[0].label ?? Message(zh: "起算日", en: "start")
                return Builtin.Body(type: .date) { env, a in
                    guard let day = a[0].date, case .period(let length) = a[1],
                        let deadline = env.deadline(length, from: day)
                    else { return .null }
                    env.yearsWithoutData.formUnion(deadline.yearsWithoutData)
                    if deadline.isProvisional { env.provisionalDates.insert(deadline.due) }
                    env.trace?.add(deadline.explanation(startLabel: label))
                    if let line = deadline.provisionalLine { env.trace?.add(line) }
                    return .date(deadline.due)
                }
            },
        ]

    /// The names of all functions, for "did you mean" hints.
    static var functionNames: [String] {
        var seen: Set<String> = []
        return builtins.map(\.name).filter { seen.insert($0).inserted }
    }

    /// A call: the function chosen by name and labels, its arguments checked against its parameters,
    /// and the result confidential when any argument is. A confidential argument also silences the
    /// function's own explanation (who the top leader is of an organization chosen by a secret),
    /// while the reads of the arguments are still explained, redacted.
    ///
    /// `talks(…)` reads the talks of every kind, or only those of `talkKinds` (a comprehension
    /// whose filter keeps no others, `Compiler.talkKinds(limitedBy:for:)`).
    mutating func compileCall(
        _ name: String, _ arguments: [(label: String?, value: Expr)], _ offset: Int,
        talkKinds: Set<TalkKind> = Set(TalkKind.allCases)
    ) throws(Failure) -> Compiled {
        let candidates = Self.builtins.filter { $0.name == name }
        guard !candidates.isEmpty else {
            throw unknown(offset, "未知的函数", "unknown function", name, among: Self.functionNames)
        }
        let labels = arguments.map(\.label)
        guard let builtin = candidates.first(where: { $0.parameters.map(\.label) == labels }) else {
            if candidates.contains(where: { $0.parameters.contains { $0.label != nil } }) {
                let usage = candidates.map(\.usage).sorted().joined(separator: ", ")
                throw fail(offset, "\(name) 需要一个带名称的参数：\(usage)", "\(name) takes one named argument: \(usage)")
            }
            if let labelled = arguments.first(where: { $0.label != nil }) {
                throw fail(labelled.value.offset, "\(name) 的参数不带名称", "\(name) takes no named arguments")
            }
            let count = candidates[0].parameters.count
            // A question about the tree without its day: say why the day is needed.
            let dated =
                candidates[0].parameters.last?.type == .date
                    && candidates[0].parameters.first?.type == .entity(.organization)
                ? Message(
                    zh: "（组织的上下级关系随时间变化，须指明哪一天，如 \(name)(talk.organization, talk.held)）",
                    en: " (the tree has history: say the day, as in \(name)(talk.organization, talk.held))")
                : Message(zh: "", en: "")
            throw fail(
                offset,
                Message(
                    zh: "\(name) 需要 \(count) 个参数，实有 \(arguments.count) 个\(dated.zh)",
                    en: "\(name) takes \(count) arguments, found \(arguments.count)\(dated.en)"))
        }
        if name == "talks" { reads.read(talks: talkKinds) }
        var compiled: [Compiled] = []
        let readsBefore = reads
        for (parameter, argument) in zip(builtin.parameters, arguments) {
            compiled.append(try compile(argument.value, expecting: parameter.type))
        }
        // `empty(talk.problems)`, `count(t.problems)`: only how many texts the list holds is read,
        // not the texts (confidential, Art. 16; `RecordReads`). Only for a chain of fields from
        // a name: anything else in the argument (`(if "x" in talk.problems then talk else
        // null).requirements`) may read the texts themselves.
        let read = reads.whole.subtracting(readsBefore.whole)
        if ["empty", "count"].contains(name), Self.isFieldChain(arguments[0].value), !read.isEmpty,
            read.isSubset(of: TalkList.texts)
        {
            reads = readsBefore
            for list in read { reads.count(list) }
        }
        let body = try builtin.make(&self, compiled, arguments.map(\.value))
        let codes = compiled.map(\.code)
        let compute = body.evaluate
        // Every item a function yields is counted against the rule's budget: a list computed for
        // each subject from the whole store is how a rule could grow with the square of the store.
        let evaluate: @Sendable (Env, Arguments) -> Value = { env, values in
            let value = compute(env, values)
            guard case .list(let items) = value, !env.spend(items.count) else { return value }
            return .list([])
        }
        guard compiled.contains(where: \.confidential) else {
            var describe: (@Sendable (Env) -> Message)?
            if let describing = body.describe {
                describe = { env in describing(env, Arguments(codes, env)) }
            }
            return Compiled(
                code: { env in evaluate(env, Arguments(codes, env)) }, type: body.type, from: compiled,
                label: body.label, describe: describe)
        }
        return Compiled(
            code: { env in
                let values = Arguments(codes, env)
                let trace = env.trace
                env.trace = nil
                defer { env.trace = trace }
                return evaluate(env, values)
            }, type: body.type, from: compiled, label: body.label)
    }

    /// Whether the expression reads fields from a name and nothing else: `talk.problems`,
    /// `t.measures.reported`.
    static func isFieldChain(_ expr: Expr) -> Bool {
        guard case .member = expr.kind else { return false }
        var root = expr
        while case .member(let base, _) = root.kind { root = base }
        if case .name = root.kind { return true }
        return false
    }

    /// `talks(organization: o)`: the records with that key, through an index, so no rule scans the store.
    /// Only what has happened by the as-of date is there: talks held and triggers noted by then.
    private static let collections: [Builtin] = [
        collection("talks", "organization", .organization) { $0.talksByOrganization },
        collection("talks", "conductor", .organization) { $0.talksByConductor },
        collection("talks", "plan", .plan) { $0.talksByPlan },
        collection("talks", "trigger", .trigger) { $0.talksByTrigger },
        collection("plans", "organization", .organization) { $0.plansByOrganization },
        collection("plans", "conductor", .organization) { $0.plansByConductor },
        collection("triggers", "organization", .organization) { $0.triggersByOrganization },
    ]

    private static func collection(
        _ name: String, _ key: String, _ kind: EntityKind, _ index: @escaping @Sendable (Facts) -> Groups<Int>
    ) -> Builtin {
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
        let zh = key == "plan" ? "依据计划事项" : key == "trigger" ? "针对情形" : key == "conductor" ? "由" : "涉及"
        let en =
            key == "plan"
            ? "naming plan item" : key == "trigger" ? "naming trigger" : key == "conductor" ? "by" : "with"
        let evaluate: @Sendable (Env, Arguments) -> Value = { env, a in
            guard case .entity(_, let key) = a[0], key >= 0 else { return .list([]) }
            let rows = index(env.facts)[key]
            var out: [Value] = []
            out.reserveCapacity(rows.count)
            for row in rows where visible(env, row) { out.append(.entity(element, row)) }
            return .list(out)
        }
        let describe: @Sendable (Env, Arguments) -> Message = { env, a in
            let shown = Rendering.message(a[0], env.facts)
            return Message(zh: "\(zh) \(shown.zh) 的\(noun.zh)", en: "\(noun.en) \(en) \(shown.en)")
        }
        let body = Builtin.Body(type: .list(.entity(element)), evaluate: evaluate, describe: describe)
        return Builtin(name, [p(.entity(kind), key)]) { _, _, _ throws(Failure) in body }
    }

    /// `min` and `max` of a list of numbers, dates, texts or records.
    private static func extreme(_ name: String) -> Builtin {
        let wantsMin = name == "min"
        return Builtin(name, [p(.list(.unknown))]) { compiler, arguments, expressions throws(Failure) in
            guard case .list(let element) = arguments[0].type, element.isOrdered || element.isEntity else {
                throw compiler.fail(
                    expressions[0].offset, "\(name) 需要数字、日期或文字的列表", "\(name) needs a list of numbers, dates or texts")
            }
            return Builtin.Body(type: element) { _, a in
                var best: Value = .null
                for item in a[0].items where !item.isNull {
                    if best.isNull || Value.order(item, best) == wantsMin { best = item }
                }
                return best
            }
        }
    }

    /// `missing` and `out-of-order`: two lists of steps of one type, giving steps of the first.
    private static func steps(_ name: String, _ compare: @escaping @Sendable ([Value], [Value]) -> [Value]) -> Builtin {
        Builtin(name, [p(.list(.unknown)), p(.list(.unknown))]) { compiler, arguments, expressions throws(Failure) in
            let (expected, actual) = (arguments[0].type, arguments[1].type)
            guard expected.accepts(actual) else {
                throw compiler.fail(
                    expressions[1].offset, "两个列表类型不同：\(expected.chineseDescription) 与 \(actual.chineseDescription)",
                    "the two lists differ in type: \(expected), \(actual)")
            }
            return Builtin.Body(type: expected) { _, a in .list(compare(a[0].items, a[1].items)) }
        }
    }

    /// `top-leader` (the secretary) and `team` (the leadership team) of an organization on a date.
    private static func leaders(_ name: String) -> Builtin {
        let isLeader = name == "top-leader"
        let roles: [Role] = isLeader ? [.secretary] : [.secretary, .deputySecretary, .member]
        return Builtin(
            name, [p(.entity(.organization)), p(.date)], isLeader ? .entity(.person) : .list(.entity(.person))
        ) { env, a in
            guard case .entity(_, let o) = a[0], o >= 0, let day = a[1].date else { return .null }
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
        }
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

import TalkModel

/// Operators and comprehensions: their types checked, their code made.
extension Compiler {
    mutating func compileBinary(_ op: BinaryOperator, _ left: Expr, _ right: Expr, _ offset: Int)
        throws(Failure) -> Compiled
    {
        switch op {
        case .and, .or:
            // Under `or` a list lacking a member is one way of several: not said as what is missing
            // (helper-128: both alternatives were told lacking, as if both were needed).
            if op == .or { alternatives += 1 }
            defer { if op == .or { alternatives -= 1 } }
            let left = try compile(left, expecting: .bool)
            let right = try compile(right, expecting: .bool)
            let (a, b) = (left.code, right.code)
            if op == .and {
                return Compiled(
                    code: { env in .bool(a(env).isTrue && b(env).isTrue) }, type: .bool, from: [left, right])
            }
            return Compiled(code: { env in .bool(a(env).isTrue || b(env).isTrue) }, type: .bool, from: [left, right])
        case .equal, .notEqual:
            let a = try compile(left)
            let b = try compile(right)
            guard a.type.accepts(b.type) else {
                throw fail(
                    offset, "不能比较 \(a.type.chineseDescription) 与 \(b.type.chineseDescription)",
                    "cannot compare \(a.type) with \(b.type)")
            }
            try checkVocabulary(a, against: b)
            try checkVocabulary(b, against: a)
            let (x, y) = (a.code, b.code)
            let equal = op == .equal
            return Compiled(code: { env in .bool((x(env) == y(env)) == equal) }, type: .bool, from: [a, b])
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let a = try compile(left)
            let b = try compile(right)
            guard a.type.accepts(b.type), a.type.merged(with: b.type).isOrdered else {
                throw fail(
                    offset, "不能比较大小：\(a.type.chineseDescription) 与 \(b.type.chineseDescription)",
                    "cannot order \(a.type) and \(b.type)")
            }
            try checkVocabulary(a, against: b)
            try checkVocabulary(b, against: a)
            let (x, y) = (a.code, b.code)
            let test: @Sendable (Value, Value) -> Bool =
                switch op {
                case .less: { Value.order($0, $1) == true }
                case .lessOrEqual: { Value.order($1, $0) == false }
                case .greater: { Value.order($1, $0) == true }
                default: { Value.order($0, $1) == false }
                }
            // A null on either side makes any comparison false: an unknown date is neither early nor late.
            return Compiled(code: { env in .bool(test(x(env), y(env))) }, type: .bool, from: [a, b])
        case .in, .notIn:
            let item = try compile(left)
            let list = try compile(right)
            guard case .list(let element) = list.type, element.accepts(item.type) else {
                throw fail(
                    offset, "in 右边应为\(item.type.chineseDescription)的列表，实为\(list.type.chineseDescription)",
                    "`in` needs a list of \(item.type) on its right, found \(list.type)")
            }
            try checkVocabulary(item, against: list)
            try checkVocabulary(list, against: item)
            let (x, y) = (item.code, list.code)
            let wanted = op == .in
            // What a record's list lacks is said where the test reads one (the national archive:
            // 抄送中没有：组织（人事）部门, which the explanation left to be inferred: helper-126).
            let lacking = wanted && alternatives == 0 && !item.confidential && !list.confidential ? list.label : nil
            return Compiled(
                code: { env in
                    let value = x(env)
                    let list = y(env).items
                    // A membership test reads the whole list: its work counts like a comprehension's.
                    guard env.spend(list.count) else { return .bool(false) }
                    let found = !value.isNull && list.contains(value)
                    if !found, !value.isNull, let trace = env.trace, let lacking {
                        let shown = Rendering.message(value, env.facts)
                        trace.add(
                            Message(zh: "\(lacking.zh)中没有：\(shown.zh)", en: "\(lacking.en), lacking: \(shown.en)"))
                    }
                    return .bool(found == wanted)
                }, type: .bool, from: [item, list])
        case .plus:
            let a = try compile(left)
            let b = try compile(right)
            let (x, y) = (a.code, b.code)
            switch (a.type, b.type) {
            case (.date, .period):
                return Compiled(
                    code: { env in
                        guard case .date(let date) = x(env), case .period(let period) = y(env),
                            let sum = env.calendar.adding(period, to: date)
                        else { return .null }
                        return .date(sum)
                    }, type: .date, from: [a, b])
            case (.number, .number):
                return Compiled(
                    code: { env in
                        guard case .number(let m) = x(env), case .number(let n) = y(env) else { return .null }
                        // A sum past what a number holds is no number (helper-207: it wrapped round
                        // to a negative one, and 2⁷⁹ was 0).
                        let (sum, overflow) = m.addingReportingOverflow(n)
                        return overflow ? .null : .number(sum)
                    }, type: .number, from: [a, b])
            case (.text, .text):
                // A text joined is held whole: one past `Env.longestText` stops the rule (a text
                // doubled at each `let` ran out of memory: helper-206).
                return Compiled(
                    code: { env in
                        guard let m = x(env).string, let n = y(env).string else { return .null }
                        guard m.utf8.count + n.utf8.count <= Env.longestText else {
                            env.refuseLongText()
                            return .null
                        }
                        return .text(m + n)
                    }, type: .text, from: [a, b])
            default:
                throw fail(
                    offset, "不能相加：\(a.type.chineseDescription) + \(b.type.chineseDescription)",
                    "cannot add \(a.type) and \(b.type)")
            }
        case .otherwise:
            let a = try compile(left)
            let b = try compile(right)
            guard a.type.accepts(b.type) else {
                throw fail(
                    offset, "?? 两边类型不同：\(a.type.chineseDescription) 与 \(b.type.chineseDescription)",
                    "?? needs one type on both sides: \(a.type), \(b.type)")
            }
            try checkVocabulary(a, against: b)
            try checkVocabulary(b, against: a)
            let (x, y) = (a.code, b.code)
            var compiled = Compiled(
                code: { env in
                    let value = x(env)
                    return value.isNull ? y(env) : value
                }, type: a.type.merged(with: b.type), from: [a, b], label: a.label ?? b.label)
            compiled.vocabulary = a.vocabulary ?? b.vocabulary
            return compiled
        }
    }

    mutating func compileComprehension(
        _ body: Expr, _ variable: String, _ collection: Expr, _ filter: Expr?, _ offset: Int
    ) throws(Failure) -> Compiled {
        // Over `talks(…)`, only the kinds of talk the filter keeps are read.
        let source =
            if case .call("talks", let arguments) = collection.kind {
                try compileCall(
                    "talks", arguments, collection.offset,
                    talkKinds: talkKinds(limitedBy: filter, for: variable) ?? Set(TalkKind.allCases))
            } else {
                try compile(collection)
            }
        guard case .list(let element) = source.type else {
            throw fail(
                collection.offset, "for … in 后应为列表，实为\(source.type.chineseDescription)",
                "`for … in` needs a list, found \(source.type)")
        }
        if locals[variable] != nil {
            throw fail(offset, "名称 \(variable.quoted) 已被使用", "the name \(variable.quoted) is already in use")
        }
        let slot = slotCount
        slotCount += 1
        locals[variable] = Local(
            slot: slot, type: element, traced: false, lazy: nil, confidential: source.confidential,
            vocabulary: source.vocabulary)
        defer { locals[variable] = nil }
        let condition = try filter.map { expr throws(Failure) in try compile(expr, expecting: .bool) }
        let result = try compile(body)
        let items = source.code
        let test = condition?.code
        let map = result.code
        let describe = source.describe
        // Which records matched a confidential condition would tell what the texts say: only how many.
        let redacted = condition?.confidential == true
        var compiled = Compiled(
            code: { env in
                var out: [Value] = []
                var matched: [Value] = []
                for item in items(env).items {
                    // Every iteration counts against the rule's budget, whatever the list came
                    // from (a function, a `define`, a `let`, a record's own list): nested loops
                    // over any of them are what could make a rule run for hours.
                    guard env.spend(1) else { break }
                    env.slots[slot] = item
                    if let test, !test(env).isTrue { continue }
                    out.append(map(env))
                    if env.trace != nil { matched.append(item) }
                }
                if let trace = env.trace, let label = describe?(env) {
                    let shown =
                        redacted
                        ? Rendering.confidential(.list(matched))
                        : Rendering.message(.list(Array(matched.prefix(8))), env.facts)
                    let more =
                        !redacted && matched.count > 8
                        ? Message(zh: " 等 \(matched.count) 项", en: " and \(matched.count - 8) more") : nil
                    trace.add(
                        Message(
                            zh: "\(label.zh)中符合条件的：\(shown.zh)\(more?.zh ?? "")",
                            en: "\(label.en), matching: \(shown.en)\(more?.en ?? "")"))
                }
                return .list(out)
            }, type: .list(result.type), from: [source, result] + (condition.map { [$0] } ?? []))
        compiled.vocabulary = result.vocabulary
        return compiled
    }

    /// The kinds of talk a condition keeps of the talks `variable` names: those its conjuncts
    /// `variable.kind = k` and `variable.kind in [k, …]` allow (a word or text, a list, a `define`
    /// or parameter holding them), all of them at once; nil when no conjunct limits the kind. What
    /// a rule set cannot reach is not read (`RecordReads.talks`): the deadline rules reach only
    /// the supervision talks, so `overdue` reads no other talk. Anything else (an `or`, a `not`,
    /// a value computed per subject) limits nothing.
    func talkKinds(limitedBy condition: Expr?, for variable: String) -> Set<TalkKind>? {
        guard let condition else { return nil }
        func isKind(_ expr: Expr) -> Bool {
            guard case .member(let base, "kind") = expr.kind, case .name(let name) = base.kind else { return false }
            return name == variable
        }
        // The words a side written in the rule file stands for (`Compiled.written`): one, or a
        // list of them; nil when it is anything else.
        func words(_ expr: Expr, list: Bool) -> [String]? {
            var probe = self
            guard let compiled = try? probe.compile(expr), let written = compiled.written else { return nil }
            if case .list = compiled.type { return list ? written.map(\.spelling) : nil }
            return list ? nil : written.map(\.spelling)
        }
        let allowed: [String]?
        switch condition.kind {
        case .binary(.and, let a, let b):
            let (x, y) = (talkKinds(limitedBy: a, for: variable), talkKinds(limitedBy: b, for: variable))
            guard let x, let y else { return x ?? y }
            return x.intersection(y)
        case .binary(.equal, let a, let b) where isKind(a): allowed = words(b, list: false)
        case .binary(.equal, let a, let b) where isKind(b): allowed = words(a, list: false)
        case .binary(.in, let a, let b) where isKind(a): allowed = words(b, list: true)
        default: allowed = nil
        }
        return allowed.map { Set($0.compactMap(TalkKind.init(rawValue:))) }
    }
}

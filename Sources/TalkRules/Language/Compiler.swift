import TalkModel

/// An expression checked and turned into code, with what explanations need to know of it.
///
/// Whether the value may carry a confidential text (Art. 16) is part of it, like its type: both
/// initializers make the construction state it, either outright (a literal, a field, a name) or
/// by naming the values it is computed from, so no operator, function or binding can drop it.
struct Compiled: Sendable {
    let code: Code
    let type: ValueType
    /// The value is, or is computed from, a confidential text (Art. 16): it may decide a condition
    /// but is never shown. Counts and comparisons of such texts are marked too: one simple rule
    /// that no combination of operators can get around.
    let confidential: Bool
    /// For a field read from the subject (`talk.ended`): its label, so arithmetic can say "谈话结束 2026-01-15".
    var label: Message?
    /// For a collection (`talks(plan: p)`): what it is, so an explanation can say which of it matched.
    var describe: (@Sendable (Env) -> Message)?
    /// The value, when it is the same for every subject and costs no work to make: a literal, a
    /// parameter, a word. A list of them is made once, not for every subject.
    var constant: Value?
    /// For a value read from a field of enumerated values (`talk.kind`, `talk.steps`), directly or
    /// through a `let`, a loop variable or `??`: their vocabulary (of each item, for a list).
    var vocabulary: SymbolVocabulary?
    /// For a value written in the rule file as enumerated values or texts (`petitions`,
    /// `[regular, timely]`, `"false"`, a parameter or `define` holding them): each spelling, so a
    /// comparison with a field of a vocabulary can name the one not in it.
    var written: [Written]?

    /// A value that depends on nothing else: a literal, a parameter, a field, a name.
    init(
        code: @escaping Code, type: ValueType, confidential: Bool, label: Message? = nil,
        describe: (@Sendable (Env) -> Message)? = nil
    ) {
        self.code = code
        self.type = type
        self.confidential = confidential
        self.label = label
        self.describe = describe
    }

    /// A value the same for every subject (`constant`).
    static func constant(_ value: Value, _ type: ValueType) -> Compiled {
        var compiled = Compiled(code: { _ in value }, type: type, confidential: false)
        compiled.constant = value
        return compiled
    }

    /// `code`, computed at its first use for a subject and kept in `slot` for the rest of its
    /// evaluation (a `let`, a `define` that is not a constant).
    static func once(_ code: @escaping Code, in slot: Int) -> Code {
        { env in
            if let known = env.slots[slot] { return known }
            let computed = code(env)
            env.slots[slot] = computed
            return computed
        }
    }

    /// The same value with the vocabulary and spellings of another it is computed from.
    func keeping(vocabulary: SymbolVocabulary?, written: [Written]?) -> Compiled {
        var compiled = self
        (compiled.vocabulary, compiled.written) = (vocabulary, written)
        return compiled
    }

    /// A value computed from `inputs`: confidential when any of them is.
    init(
        code: @escaping Code, type: ValueType, from inputs: [Compiled], label: Message? = nil,
        describe: (@Sendable (Env) -> Message)? = nil
    ) {
        self.init(
            code: code, type: type, confidential: inputs.contains { $0.confidential }, label: label,
            describe: describe)
    }
}

/// A value written in a rule file as an enumerated value or a text, and where: the offset of the
/// name or literal, or of the parameter or `define` that holds it (`via`), which may be written in
/// another file.
struct Written: Sendable {
    let spelling: String
    let offset: Int
    var via: String?
}

/// What every expression of a rule set can name besides the rule's own variables.
struct Globals: Sendable {
    var parameters: [String: Value] = [:]
    var defines: [String: Compiled] = [:]
    /// What each define reads beyond the records' plain fields, added to whatever names it.
    var defineReads: [String: RecordReads] = [:]
    /// The slots the defines' comprehension variables take, after the subject's (slot 0): a rule's
    /// own variables are numbered after them, so a define evaluated inside a rule writes over
    /// neither the subject nor the rule's `let`s (it wrote its variable into slot 0, and the rule
    /// read the talk as a number from then on).
    var defineSlots = 0
}

/// Checks expressions against the fields and functions the engine offers and compiles them into
/// closures. Every problem is reported with its place; a clause with a problem is skipped.
struct Compiler {
    struct Failure: Error {}

    let source: SourceFile
    let globals: Globals
    private(set) var problems: [Problem] = []
    /// Local names: the subject, `let`s and comprehension variables, each in a slot of the evaluation.
    var locals: [String: Local] = [:]
    /// How many `or`s the expression being compiled is inside: an `in` there says nothing of what
    /// a list lacks.
    var alternatives = 0
    /// The slots used so far: the subject's, the defines' (`Globals.defineSlots`), then this
    /// expression's own.
    var slotCount: Int
    /// What the expressions compiled so far read beyond the records' plain fields (talk lists,
    /// trigger notes): the store reads only these for a command judging them (`RuleSet.reads`).
    var reads = RecordReads.none

    struct Local {
        let slot: Int
        let type: ValueType
        /// Reads through it are explained ("谈话结束：2026-01-15"): the subject and `let`s, not loop variables.
        let traced: Bool
        let lazy: Code?
        let confidential: Bool
        /// The vocabulary of the field it holds, if any (`Compiled.vocabulary`).
        var vocabulary: SymbolVocabulary? = nil
    }

    init(source: SourceFile, globals: Globals) {
        self.source = source
        self.globals = globals
        slotCount = 1 + globals.defineSlots
    }

    /// Binds the subject to slot 0.
    mutating func bindSubject(_ name: String, _ kind: EntityKind) {
        locals[name] = Local(slot: 0, type: .entity(kind), traced: true, lazy: nil, confidential: false)
    }

    /// Binds a `let`: computed on first use, then kept for the rest of the evaluation.
    mutating func bindLet(_ name: String, _ compiled: Compiled) {
        locals[name] = Local(
            slot: slotCount, type: compiled.type, traced: true, lazy: compiled.code,
            confidential: compiled.confidential, vocabulary: compiled.vocabulary)
        slotCount += 1
    }

    func isBound(_ name: String) -> Bool { locals[name] != nil }

    mutating func fail(_ offset: Int, _ zh: String, _ en: String) -> Failure {
        fail(offset, Message(zh: zh, en: en))
    }

    mutating func fail(_ offset: Int, _ message: Message) -> Failure {
        problems.append(source.problem(at: offset, message))
        return Failure()
    }

    /// "unknown name …; did you mean …?"
    mutating func unknown(_ offset: Int, _ zh: String, _ en: String, _ name: String, among candidates: [String])
        -> Failure
    {
        fail(
            offset,
            Message(zh: "\(zh) \(name.quoted)", en: "\(en) \(name.quoted)").with(
                Suggestions.hint(for: name, among: candidates)))
    }

    mutating func compile(_ expr: Expr, expecting expected: ValueType? = nil) throws(Failure) -> Compiled {
        var compiled = try compileAny(expr)
        if compiled.written == nil, let constant = compiled.constant {
            compiled.written = Self.spellings(of: constant, at: expr.offset)
            if case .name(let name) = expr.kind, globals.parameters[name] != nil {
                compiled.written = compiled.written?.map {
                    Written(spelling: $0.spelling, offset: $0.offset, via: name)
                }
            }
        }
        if let expected, !expected.accepts(compiled.type) {
            throw fail(
                expr.offset, "此处应为\(expected.chineseDescription)，实为\(compiled.type.chineseDescription)",
                "expected \(expected), found \(compiled.type)")
        }
        return compiled
    }

    private mutating func compileAny(_ expr: Expr) throws(Failure) -> Compiled {
        switch expr.kind {
        case .literal(let literal): return Self.constant(literal)
        case .name(let name): return try compileName(name, expr.offset)
        case .member: return try compileMember(expr)
        case .call(let name, let arguments): return try compileCall(name, arguments, expr.offset)
        case .not(let inner):
            let operand = try compile(inner, expecting: .bool)
            let code = operand.code
            return Compiled(code: { env in .bool(!code(env).isTrue) }, type: .bool, from: [operand])
        case .binary(let op, let left, let right): return try compileBinary(op, left, right, expr.offset)
        case .conditional(let condition, let then, let otherwise):
            let condition = try compile(condition, expecting: .bool)
            let test = condition.code
            let a = try compile(then)
            let b = try compile(otherwise)
            guard a.type.accepts(b.type) else {
                throw fail(
                    otherwise.offset, "两个分支类型不同：\(a.type.chineseDescription) 与 \(b.type.chineseDescription)",
                    "branches differ: \(a.type) and \(b.type)")
            }
            let (x, y) = (a.code, b.code)
            return Compiled(
                code: { env in test(env).isTrue ? x(env) : y(env) }, type: a.type.merged(with: b.type),
                from: [condition, a, b])
        case .list(let items):
            var type = ValueType.unknown
            var compiledItems: [Compiled] = []
            for item in items {
                let compiled = try compile(item)
                // A list holds values, not lists: each level of `[l0, l0]` doubled what a message
                // or a spelling made of it (helper-209: thirty levels took the machine's memory).
                if case .list = compiled.type {
                    throw fail(item.offset, "列表的项不能是列表", "a list's items cannot be lists")
                }
                guard type.accepts(compiled.type) else {
                    throw fail(
                        item.offset, "列表中的类型不一致", "list items must have one type, found \(type) and \(compiled.type)")
                }
                type = type.merged(with: compiled.type)
                compiledItems.append(compiled)
            }
            let all = compiledItems.map(\.code)
            // Building a list is work too (a long `define` rebuilt for every subject), counted
            // alike when its items are constants and it is made once.
            let constants = compiledItems.compactMap(\.constant)
            var compiled: Compiled
            if constants.count == all.count {
                let list = Value.list(constants)
                compiled = Compiled(
                    code: { env in env.spend(all.count) ? list : .list([]) }, type: .list(type), from: compiledItems)
            } else {
                compiled = Compiled(
                    code: { env in env.spend(all.count) ? .list(all.map { $0(env) }) : .list([]) },
                    type: .list(type), from: compiledItems)
            }
            // Each item where it is written; a list with an item of another kind is not checked.
            let written = compiledItems.compactMap(\.written)
            if written.count == compiledItems.count { compiled.written = written.flatMap { $0 } }
            return compiled
        case .comprehension(let body, let variable, let collection, let filter):
            return try compileComprehension(body, variable, collection, filter, expr.offset)
        }
    }

    static func constant(_ literal: Literal) -> Compiled {
        let value = Self.value(of: literal)
        let type: ValueType =
            switch literal {
            case .number: .number
            case .date: .date
            case .monthDay: .monthDay
            case .string: .text
            case .period: .period
            case .bool: .bool
            case .null: .unknown
            }
        return .constant(value, type)
    }

    static func value(of literal: Literal) -> Value {
        switch literal {
        case .number(let number): .number(number)
        case .date(let date): .date(date)
        case .monthDay(let monthDay): .monthDay(monthDay)
        case .string(let text): .text(text)
        case .period(let period): .period(period)
        case .bool(let flag): .bool(flag)
        case .null: .null
        }
    }

    /// The spellings of a value written in the rule file: a name or a text, or a list of them
    /// (null, in a list or alone, is no spelling). Nil for any other value, which no field of a
    /// vocabulary equals anyway (its type is not text).
    static func spellings(of value: Value, at offset: Int) -> [Written]? {
        switch value {
        case .null: return []
        case .text(let text), .symbol(let text, _): return [Written(spelling: text, offset: offset)]
        case .list(let items):
            var found: [Written] = []
            for item in items {
                guard let more = Self.spellings(of: item, at: offset) else { return nil }
                found += more
            }
            return found
        default: return nil
        }
    }

    static func type(of value: Value) -> ValueType {
        switch value {
        case .null: .unknown
        case .bool: .bool
        case .number: .number
        case .date: .date
        case .period: .period
        case .monthDay: .monthDay
        case .text, .symbol: .text
        case .entity(let kind, _): .entity(kind)
        case .list(let items): .list(items.first.map(type(of:)) ?? .unknown)
        }
    }

    /// Every name an expression may use here, for "did you mean" hints.
    private var knownNames: [String] {
        Array(locals.keys) + Array(globals.parameters.keys) + Array(globals.defines.keys) + ["as-of"]
            + Array(Rendering.symbolLabels.keys) + ["civil-code", "plain"]
    }

    private mutating func compileName(_ name: String, _ offset: Int) throws(Failure) -> Compiled {
        if let local = locals[name] {
            let slot = local.slot
            var compiled: Compiled
            if let lazy = local.lazy {
                compiled = Compiled(
                    code: Compiled.once(lazy, in: slot), type: local.type, confidential: local.confidential)
            } else {
                compiled = Compiled(
                    code: { env in env.slots[slot] ?? .null }, type: local.type, confidential: local.confidential)
            }
            compiled.vocabulary = local.vocabulary
            return compiled
        }
        if name == "as-of" { return Compiled(code: { env in .date(env.asOf) }, type: .date, confidential: false) }
        if let value = globals.parameters[name] { return .constant(value, Self.type(of: value)) }
        if var define = globals.defines[name] {
            reads.formUnion(globals.defineReads[name] ?? .none)
            // Its spellings are said where its name is: the define may be in another file.
            define.written = define.written?.map { Written(spelling: $0.spelling, offset: offset, via: name) }
            return define
        }
        if Rendering.symbolLabels[name] != nil || name == "civil-code" || name == "plain" {
            // Written without a field, its vocabulary is not known: it compares by its spelling,
            // and is shown, if ever, with the first label of that spelling.
            return .constant(.symbol(name, nil), .text)
        }
        throw unknown(offset, "未知的名称", "unknown name", name, among: knownNames)
    }

    /// `talk.measures.reported`: each step reads a field; a read from the subject or a `let` is explained.
    private mutating func compileMember(_ expr: Expr) throws(Failure) -> Compiled {
        var chain: [(name: String, offset: Int)] = []
        var root = expr
        while case .member(let base, let field) = root.kind {
            chain.insert((field, root.offset), at: 0)
            root = base
        }
        let base = try compile(root)
        var traced = false
        if case .name(let name) = root.kind, locals[name]?.traced == true { traced = true }
        var type = base.type
        var getters: [@Sendable (Env, Int) -> Value] = []
        var field: Field?
        // Read from a confidential value, or through a confidential field: the mark goes on.
        var confidential = base.confidential
        for (name, offset) in chain {
            // "type organization", not "a organization": no article stands before a word that varies.
            guard case .entity(let kind) = type else {
                throw fail(offset, "\(type) 没有字段 \(name.quoted)", "type \(type) has no field \(name.quoted)")
            }
            let fields = RecordFields.fields(of: kind)
            guard let found = fields[name] else {
                throw unknown(
                    offset, "\(kind.rawValue) 没有字段", "type \(kind.rawValue) has no field", name,
                    among: Array(fields.keys))
            }
            getters.append(found.get)
            reads.formUnion(found.reads)
            type = found.type
            field = found
            confidential = confidential || found.confidential
        }
        let start = base.code
        let steps = getters
        guard let field else { return base }
        let label = field.label
        let vocabulary = field.vocabulary
        let marked = confidential
        let read: Code
        if steps.count == 1, let get = steps.first {
            // `talk.held`, the common case: one field, without a loop over the chain.
            read = { env in
                guard case .entity(_, let index) = start(env) else { return .null }
                return get(env, index)
            }
        } else {
            read = { env in
                var value = start(env)
                for get in steps {
                    guard case .entity(_, let index) = value else { return .null }
                    value = get(env, index)
                }
                return value
            }
        }
        guard traced else {
            var compiled = Compiled(code: read, type: type, confidential: confidential, label: label)
            compiled.vocabulary = vocabulary
            return compiled
        }
        var compiled = Compiled(
            code: { env in
                let value = read(env)
                if let trace = env.trace {
                    let shown =
                        marked ? Rendering.confidential(value) : Rendering.message(value, env.facts)
                    trace.add(Message(zh: "\(label.zh)：\(shown.zh)", en: "\(label.en): \(shown.en)"))
                }
                return value
            }, type: type, confidential: confidential, label: label)
        compiled.vocabulary = vocabulary
        return compiled
    }

    /// Refuses a comparison of a field of a vocabulary (`talk.kind`) with a value written in the
    /// rule file that is not of it (`petitions`, a trigger kind): it could never hold, so a rule
    /// that `applies talk.kind = petitions` would silently never apply. Said at the value, naming
    /// the vocabulary and its values, and where the spelling does belong.
    mutating func checkVocabulary(_ field: Compiled, against other: Compiled) throws(Failure) {
        guard let vocabulary = field.vocabulary, let written = other.written else { return }
        let values = vocabulary.values
        for item in written where vocabulary.labels[item.spelling] == nil {
            let spelling = item.spelling
            let held =
                item.via.map {
                    Message(zh: "\($0) 所含的 \(spelling.quoted) ", en: "\(spelling.quoted) (in \($0)) ")
                } ?? Message(zh: "\(spelling.quoted) ", en: "\(spelling.quoted) ")
            let elsewhere = SymbolVocabulary.allCases.filter { $0.labels[spelling] != nil }.map(\.name)
            let belongs =
                elsewhere.isEmpty
                ? Message(zh: "", en: "")
                : Message(
                    zh: "；它是\(elsewhere.map(\.zh).joined(separator: "、"))的值",
                    en: "; it is a value of \(elsewhere.map(\.en).joined(separator: ", "))")
            throw fail(
                item.offset,
                Message(
                    zh:
                        "\(held.zh)不是\(vocabulary.name.zh)的值，与\(vocabulary.name.zh)比较永不成立\(belongs.zh)；\(vocabulary.name.zh)的值为 \(values.joined(separator: "、"))",
                    en:
                        "\(held.en)is not a value of \(vocabulary.name.en), so comparing it with one never holds\(belongs.en); the values of \(vocabulary.name.en) are \(values.joined(separator: ", "))"
                ).with(Suggestions.hint(for: spelling, among: values)))
        }
    }
}

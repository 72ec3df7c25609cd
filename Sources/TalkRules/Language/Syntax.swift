import TalkModel

/// An expression of the rule language, as written, with its place in the file.
struct Expr: Sendable {
    indirect enum Kind: Sendable {
        case literal(Literal)
        case name(String)
        case member(Expr, String)
        /// `top-leader(o, d)`, `talks(organization: o)`: arguments may carry a label.
        case call(String, [(label: String?, value: Expr)])
        case not(Expr)
        case binary(BinaryOperator, Expr, Expr)
        case conditional(Expr, Expr, Expr)
        case list([Expr])
        /// `[body for variable in source where filter]`.
        case comprehension(body: Expr, variable: String, source: Expr, filter: Expr?)
    }

    let kind: Kind
    let offset: Int

    /// The names the expression reads (parameters, defines, subjects, a comprehension's own
    /// variable too), and the parameters the functions it calls read (`deadline` reads
    /// `calendar`): what a statement changing a name looks for.
    var names: Set<String> {
        switch kind {
        case .literal: []
        case .name(let name): [name]
        case .member(let base, _), .not(let base): base.names
        case .call(let function, let arguments):
            arguments.reduce(into: Builtin.parametersRead[function] ?? []) { $0.formUnion($1.value.names) }
        case .binary(_, let a, let b): a.names.union(b.names)
        case .conditional(let a, let b, let c): a.names.union(b.names).union(c.names)
        case .list(let items): items.reduce(into: []) { $0.formUnion($1.names) }
        case .comprehension(let body, _, let source, let filter):
            body.names.union(source.names).union(filter?.names ?? [])
        }
    }

    /// The periods written in the expression (`10 days` of `deadline(talk.ended, 10 days)`), in
    /// the order written: what a report says a rule counting its own period counts by.
    var periods: [Period] {
        switch kind {
        case .literal(.period(let period)): [period]
        case .literal, .name: []
        case .member(let base, _), .not(let base): base.periods
        case .call(_, let arguments): arguments.flatMap(\.value.periods)
        case .binary(_, let a, let b): a.periods + b.periods
        case .conditional(let a, let b, let c): a.periods + b.periods + c.periods
        case .list(let items): items.flatMap(\.periods)
        case .comprehension(let body, _, let source, let filter):
            body.periods + source.periods + (filter?.periods ?? [])
        }
    }
}

enum BinaryOperator: String, Sendable {
    case and, or, equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">",
        greaterOrEqual = ">=", `in`, notIn = "not in", plus = "+", otherwise = "??"
}

/// A constant as written: `1 month`, `2026-01-30`, `03-31`, `"text"`, `civil-code` is a name, not a literal.
enum Literal: Sendable, Equatable {
    case number(Int), date(CivilDate), monthDay(MonthDay), string(String), period(Period), bool(Bool), null
}

/// A message with `{expression}` holes, filled in for each finding.
struct Template: Sendable {
    enum Part: Sendable {
        case text(String)
        case expression(Expr)
    }
    let parts: [Part]
    let offset: Int
}

/// Who a rule judges. `conductor` and `organization` both judge organizations: the first those
/// that have lower-level organizations (and conducts for themselves), the second each lower-level one.
public enum Subject: String, Sendable, CaseIterable {
    case talk, plan, trigger, conductor, organization

    /// Who is judged, in words: 谈话, 计划事项, 情形, 党委（党组）, 下级党组织.
    public var label: Message {
        switch self {
        case .talk: Message(zh: "谈话", en: "talk")
        case .plan: Message(zh: "计划事项", en: "plan item")
        case .trigger: Message(zh: "情形", en: "trigger")
        case .conductor: Message(zh: "党委（党组）", en: "conductor")
        case .organization: Message(zh: "下级党组织", en: "lower-level organization")
        }
    }

    /// `subject.type` in findings: the two organization subjects are both `organization`.
    public var findingType: SubjectType {
        switch self {
        case .talk: .talk
        case .plan: .plan
        case .trigger: .trigger
        case .conductor, .organization: .organization
        }
    }
}

/// What a finding is about (`subject.type` in JSON, `spec/cli.md`): the raw values are the output's words.
public enum SubjectType: String, Sendable, CaseIterable {
    case talk, plan, trigger, organization

    /// The subject type in words: 谈话, 计划事项, 情形, 组织.
    public var label: Message {
        switch self {
        case .talk: Message(zh: "谈话", en: "talk")
        case .plan: Message(zh: "计划事项", en: "plan")
        case .trigger: Message(zh: "情形", en: "trigger")
        case .organization: Message(zh: "组织", en: "organization")
        }
    }
}

public enum Severity: String, Sendable, CaseIterable, Comparable {
    case violation, warning, notice

    public static func < (a: Severity, b: Severity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// What a rule file is told when it writes `word` (nil: not a name at all) where a severity goes,
    /// with the one it likely meant (`warn`: "did you mean warning?").
    static func refused(_ word: String?) -> Message {
        Message(zh: "严重程度只能是 violation、warning 或 notice", en: "a severity is violation, warning or notice")
            .with(word.flatMap { Suggestions.hint(for: $0, among: allCases.map(\.rawValue)) })
    }

    /// One step lower, for a deadline that is only due soon.
    public var lowered: Severity { self == .violation ? .warning : .notice }

    public var label: Message {
        switch self {
        case .violation: Message(zh: "违规", en: "violation")
        case .warning: Message(zh: "警示", en: "warning")
        case .notice: Message(zh: "提示", en: "notice")
        }
    }
}

/// A rule as written in a file.
struct RuleSyntax: Sendable {
    var id: String
    var offset: Int
    var article: String?
    var quote: String?
    /// A short name for the item the rule asks for (整改措施报告), for work lists; the id when left out.
    var label: Message?
    /// What holds for every finding of the rule (an advisory deadline), said once under a table.
    var note: Message?
    var subject: (name: String, offset: Int)?
    var lets: [(name: String, value: Expr, offset: Int)] = []
    var applies: Expr?
    var requires: Expr?
    var due: Expr?
    var done: Expr?
    var severity: Expr?
    var status: (name: String, offset: Int)?
    var planned: Expr?
    var message: (zh: Template, en: Template)?
    /// `report measures, …`: the parts the rule plays in the reports (`ReportRole`).
    var report: [(name: String, offset: Int)]?
    /// The clauses given but refused as written: told there, not again as missing (helper-142:
    /// `message zh "…" zh "…"` was also told as "rule x1 has no message").
    var unparsed: Set<String> = []
}

/// One statement of a pack file.
enum Statement: Sendable {
    /// `parameter name = value` declares; `set name = value` changes an earlier pack's.
    case parameter(name: String, value: Literal, note: String?, declares: Bool, offset: Int)
    /// `define name = expression`: a named constant.
    case define(name: String, value: Expr, offset: Int)
    /// `scope talk when …`: which subjects every rule of that kind judges.
    case scope(subject: String, condition: Expr, offset: Int)
    case rule(RuleSyntax, replaces: Bool)
    case disable(id: String, offset: Int)
    case severity(id: String, severity: String, offset: Int)
}

/// A parsed pack file: its header and statements.
struct PackSyntax: Sendable {
    var id: String
    /// Where its id is written, in its header.
    var offset: Int
    var version: String
    var effective: CivilDate?
    var title: String?
    var statements: [Statement]
}

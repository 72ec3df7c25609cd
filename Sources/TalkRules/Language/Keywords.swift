/// The words that begin a statement of a pack, declared once: the parser, its "expected one of"
/// messages and `Docs/rules-language.md` all read them from here.
enum StatementWord: String, CaseIterable, Sendable {
    case parameter, set, define, scope, rule, replace, disable, severity
}

/// The clauses of a rule, declared once (`Docs/rules-language.md`, "Rule clauses", lists each).
enum ClauseWord: String, CaseIterable, Sendable {
    case article, quote, label, note, subject
    case `let`
    case applies, requires, due, done, severity, status, planned, message, report
}

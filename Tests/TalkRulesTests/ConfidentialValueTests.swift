import TalkModel
import Testing

@testable import TalkRules

/// Art. 16 as a property of the language: a value computed from a confidential text is
/// confidential, whatever computes it, and a confidential value is refused wherever a rule shows
/// a value. Each case puts an expression in a message and looks for the refusal at its place.
@Suite struct ConfidentialValueTests {
    /// A talk rule showing `expression` in its message, after `lets`; the message is on line 9.
    static func rule(showing expression: String, lets: [String] = []) -> (text: String, line: Int, column: Int) {
        let prefix = "  message zh \"{"
        let lines =
            [
                "pack leaks { version \"1\" }", "rule leak {", "  article \"细则\"", "  quote \"示例\"",
                "  subject talk",
            ] + lets.map { "  let \($0)" } + ["  requires true", "  severity notice"]
        let text = (lines + [prefix + expression + "}\" en \"x\"", "}"]).joined(separator: "\n")
        return (text, lines.count + 1, prefix.count + 1)
    }

    /// The places of the refusals of confidential text in `text`.
    static func refusals(_ text: String) throws -> [String] {
        try problems(text).filter { $0.message.en.contains("confidential text (Art. 16)") }.map(\.location)
    }

    /// An expression of `type` that reads nothing confidential.
    static func open(_ type: ValueType) -> String {
        switch type {
        case .bool: "talk.record"
        case .number: "1"
        case .date: "talk.held"
        case .period: "7 days"
        case .monthDay: "03-31"
        case .text: "talk.id"
        case .entity(.organization): "talk.organization"
        case .entity(.plan): "talk.plan"
        case .list: "talk.steps"
        default: "null"
        }
    }

    /// The same value, chosen by a confidential condition: an expression of `type` that is confidential.
    static func secret(_ type: ValueType) -> String {
        "(if talk.problems = [] then \(open(type)) else \(open(type)))"
    }

    static func call(_ builtin: Builtin, _ arguments: [String]) -> String {
        let list = zip(builtin.parameters, arguments).map { parameter, argument in
            parameter.label.map { "\($0): \(argument)" } ?? argument
        }
        return "\(builtin.name)(\(list.joined(separator: ", ")))"
    }

    /// Every entry of the function table, each argument in turn confidential: a function added to
    /// the table is covered without a new test.
    @Test(arguments: Compiler.builtins.map { ($0.usage, $0) })
    func everyFunctionPassesTheMarkFromEachArgument(_ usage: String, _ builtin: Builtin) throws {
        let openArguments = builtin.parameters.map { Self.open($0.type) }
        let control = Self.rule(showing: Self.call(builtin, openArguments))
        let controlProblems = try problems(control.text)
        #expect(controlProblems.isEmpty, "\(usage) with open arguments: \(controlProblems)")
        for position in builtin.parameters.indices {
            var arguments = openArguments
            arguments[position] = Self.secret(builtin.parameters[position].type)
            let rule = Self.rule(showing: Self.call(builtin, arguments))
            #expect(
                try Self.refusals(rule.text) == ["local.rules:\(rule.line):\(rule.column)"],
                "\(usage), argument \(position + 1) confidential")
        }
    }

    /// Every expression form, with one confidential operand (`talk.problems` or a value computed from it).
    @Test(arguments: [
        ("field", "talk.problems"),
        ("field of a confidential record", "(if talk.problems = [] then talk.plan else null).due"),
        ("not", "not (talk.problems = [])"),
        ("and", "talk.record and talk.problems = []"),
        ("or", "talk.problems = [] or talk.record"),
        ("=", "talk.problems = []"),
        ("!=", "[] != talk.problems"),
        ("<", "1 < count(talk.problems)"),
        ("in", "talk.id in talk.problems"),
        ("not in", "talk.id not in talk.requirements"),
        ("+ texts", "talk.id + min(talk.problems)"),
        ("+ numbers", "count(talk.problems) + 1"),
        ("+ date and period", "talk.held + (if empty(talk.problems) then 7 days else 1 month)"),
        ("?? left", "min(talk.problems) ?? talk.id"),
        ("?? right", "null ?? min(talk.problems)"),
        ("if condition", "if exists(talk.problems) then 1 else 2"),
        ("if branch", "if talk.record then talk.id else max(talk.requirements)"),
        ("list", "[talk.id, min(talk.problems)]"),
        ("comprehension collection", "[p for p in talk.problems]"),
        ("comprehension body", "[talk.problems for s in talk.steps]"),
        ("comprehension condition", "[s for s in talk.steps where s in talk.problems]"),
        ("comprehension variable", "[[s for s in talk.steps where s = p] for p in talk.problems]"),
    ])
    func everyExpressionFormPassesTheMark(_ form: String, _ expression: String) throws {
        let rule = Self.rule(showing: expression)
        let refusals = try Self.refusals(rule.text)
        let all = try problems(rule.text)
        #expect(refusals.count == 1, "\(form): \(all)")
        #expect(refusals.allSatisfy { $0.hasPrefix("local.rules:\(rule.line):") }, "\(form)")
    }

    @Test func aLetKeepsTheMarkOfItsValue() throws {
        let rule = Self.rule(showing: "first", lets: ["first = min(talk.problems)"])
        #expect(try Self.refusals(rule.text) == ["local.rules:\(rule.line):\(rule.column)"])
        let open = Self.rule(showing: "first", lets: ["first = min(talk.steps)"])
        #expect(try problems(open.text).isEmpty)
    }

    /// A condition may read confidential text: "were problems pointed out" is Art. 10's own question.
    @Test func conditionsMayReadConfidentialText() throws {
        let text = """
            pack conditions { version "1" }
            rule no-shirking {
              article "细则"
              quote "示例"
              subject talk
              let shirking = "推诿" in talk.problems
              applies exists(talk.requirements)
              requires not shirking and count(talk.problems) < 10
              severity notice
              message zh "谈话 {talk.id} 指出了推诿问题" en "talk {talk.id} found shirking"
            }
            """
        #expect(try problems(text).isEmpty)
    }

    /// Every clause whose value a finding shows refuses a confidential value at its place.
    @Test(arguments: [
        ("due", "requires false\n  due if empty(talk.problems) then talk.held else talk.ended"),
        ("done", "due talk.held\n  done if empty(talk.problems) then talk.held else talk.ended"),
        ("planned", "requires false\n  planned min(talk.problems)"),
        ("the severity", "requires false\n  severity if empty(talk.problems) then warning else notice"),
    ])
    func everyShownClauseRefusesTheMark(_ clause: String, _ clauses: String) throws {
        var text = """
            pack shown { version "1" }
            rule leak {
              article "细则"
              quote "示例"
              subject talk
              \(clauses)
              message zh "x" en "x"
            }
            """
        if !clauses.contains("severity") {
            text = text.replacingOccurrences(of: "  message", with: "  severity notice\n  message")
        }
        let found = try problems(text).map(\.message.en)
        #expect(
            found == [
                "confidential text (Art. 16) cannot appear in \(clause == "the severity" ? clause : "`\(clause)`")"
            ])
    }
}

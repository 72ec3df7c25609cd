import TalkModel

/// Expressions, by precedence climbing; nesting is bounded.
extension Parser {
    /// One level deeper into an expression; the caller steps out with `depth -= 1`. A bracket, an
    /// `if`, a `not` and each operator or field after another are a level: the compiler and the
    /// engine walk the tree by recursion, and a chain of 1,465 `and`s overflowed the stack
    /// (helper-217: killed by SIGSEGV, not refused).
    mutating func enter() throws(Stop) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            depth -= 1
            throw fail(
                current, "表达式嵌套超过 \(Self.maximumDepth) 层（括号，或一个接一个的运算符、字段）",
                "an expression nested deeper than \(Self.maximumDepth) levels (brackets, or operators or fields one after another)"
            )
        }
    }

    mutating func expression() throws(Stop) -> Expr {
        try enter()
        defer { depth -= 1 }
        if isName("if") {
            let start = advance().offset
            let condition = try expression()
            try expectWord("then")
            let then = try expression()
            try expectWord("else")
            return Expr(kind: .conditional(condition, then, try expression()), offset: start)
        }
        return try binary(level: 0)
    }

    /// Operators from loosest to tightest; comparisons do not chain.
    static let levels: [[String]] = [
        ["??"], ["or"], ["and"], [], ["=", "!=", "<", "<=", ">", ">=", "in"], ["+"],
    ]

    mutating func binary(level: Int) throws(Stop) -> Expr {
        if level == 3 {
            // `not` binds looser than comparisons: `not x in list` means `not (x in list)`.
            if isName("not") {
                try enter()
                defer { depth -= 1 }
                let start = advance().offset
                return Expr(kind: .not(try binary(level: 3)), offset: start)
            }
            return try binary(level: 4)
        }
        if level == Self.levels.count { return try postfix() }
        var left = try binary(level: level + 1)
        var chained = 0
        defer { depth -= chained }
        while true {
            let token = current
            var op: BinaryOperator?
            if level == 4 && isName("not") && isName("in", ahead: 1) {
                _ = advance()
                op = .notIn
            } else if let symbol = symbolOrWord(), Self.levels[level].contains(symbol) {
                op = BinaryOperator(rawValue: symbol)
            }
            guard let op else { return left }
            try enter()
            chained += 1
            _ = advance()
            let right = try binary(level: level + 1)
            left = Expr(kind: .binary(op, left, right), offset: token.offset)
            if level == 4 { return left }
        }
    }

    func symbolOrWord() -> String? {
        switch current.kind {
        case .symbol(let symbol): return symbol
        case .name(let name) where ["and", "or", "in"].contains(name): return name
        default: return nil
        }
    }

    mutating func postfix() throws(Stop) -> Expr {
        var expr = try primary()
        var chained = 0
        defer { depth -= chained }
        while isSymbol(".") {
            try enter()
            chained += 1
            let dot = advance()
            let (field, _) = try name(Message(zh: "字段名", en: "a field name"))
            expr = Expr(kind: .member(expr, field), offset: dot.offset + 1)
        }
        return expr
    }

    static let units: [String: Period.Unit] = [
        "day": .days, "days": .days, "month": .months, "months": .months, "year": .years, "years": .years,
    ]

    /// A period's unit written in Chinese, and the rule language's word for it.
    static let chineseUnits = [
        "工作日": "working days", "个工作日": "working days", "日": "days", "天": "days", "个月": "months", "月": "months",
        "年": "years",
    ]

    /// The unit a word after a number was likely meant to be (`workdays`: `working days`); nil for
    /// a word that is no unit at all, which the statement after the number may begin.
    static func meantUnit(_ word: String) -> String? {
        if let unit = chineseUnits[word] { return unit }
        let lowered = word.lowercased()
        if lowered.hasPrefix("work") || lowered.hasPrefix("business") || lowered.hasPrefix("weekday") {
            return "working days"
        }
        return Suggestions.closest(to: lowered, among: units.keys, limit: 1).first
    }

    mutating func primary() throws(Stop) -> Expr {
        let token = current
        switch token.kind {
        case .number(let number):
            _ = advance()
            var unit: Period.Unit?
            if let word = current.name, let named = Self.units[word] {
                _ = advance()
                unit = named
            } else if isName("working") && (isName("day", ahead: 1) || isName("days", ahead: 1)) {
                _ = advance()
                _ = advance()
                unit = .workingDays
            }
            if let unit {
                let period = Period(number, unit)
                // A period of none makes a deadline the day it runs from, a rest day perhaps (helper-217:
                // `0 working days` was due on a Saturday): told as one past the longest is.
                if number < 1 {
                    _ = fail(
                        token, "期间至少为 1（0 \(unit.rawValue) 的到期日就是起算日，可能是休息日）",
                        "a period is at least 1 (0 \(unit.rawValue) would be due on the day it runs from, a rest day perhaps)"
                    )
                }
                // A due day past the calendar's end would leave a deadline rule without one, not applicable.
                // Told, and read on: the rest of the rule is as written (helper-128: stopping here
                // told it also lacked its severity).
                if !period.isWithinLongest {
                    _ = fail(
                        token, "期间不能超过 \(Period.longest)（\(period) 算不出到期日）",
                        "a period is at most \(Period.longest) (no due day is reckoned \(period) on)")
                }
                return Expr(kind: .literal(.period(period)), offset: token.offset)
            }
            if let word = current.name, let meant = Self.meantUnit(word) {
                throw fail(
                    current, "期间的单位不能写作 \(word.quoted)；是否指“\(meant)”？",
                    "a period's unit is not \(word.quoted); did you mean \(meant.quoted)?")
            }
            return Expr(kind: .literal(.number(number)), offset: token.offset)
        case .date(let date):
            _ = advance()
            return Expr(kind: .literal(.date(date)), offset: token.offset)
        case .monthDay(let monthDay):
            _ = advance()
            return Expr(kind: .literal(.monthDay(monthDay)), offset: token.offset)
        case .string(let text):
            _ = advance()
            return Expr(kind: .literal(.string(text)), offset: token.offset)
        case .name(let name):
            _ = advance()
            switch name {
            case "true": return Expr(kind: .literal(.bool(true)), offset: token.offset)
            case "false": return Expr(kind: .literal(.bool(false)), offset: token.offset)
            case "null": return Expr(kind: .literal(.null), offset: token.offset)
            default: break
            }
            guard isSymbol("(") && current.offset == token.end else {
                return Expr(kind: .name(name), offset: token.offset)
            }
            _ = advance()
            var arguments: [(label: String?, value: Expr)] = []
            while !isSymbol(")") {
                var label: String?
                if let word = current.name, tokens[index + 1].kind == .symbol(":") {
                    label = word
                    _ = advance()
                    _ = advance()
                }
                arguments.append((label, try expression()))
                if !isSymbol(")") { try expectSymbol(",") }
            }
            _ = advance()
            return Expr(kind: .call(name, arguments), offset: token.offset)
        case .symbol("("):
            _ = advance()
            let inner = try expression()
            try expectSymbol(")")
            return inner
        case .symbol("["):
            _ = advance()
            if isSymbol("]") {
                _ = advance()
                return Expr(kind: .list([]), offset: token.offset)
            }
            let first = try expression()
            if isName("for") {
                _ = advance()
                let (variable, _) = try name(Message(zh: "变量名", en: "a variable name"))
                try expectWord("in")
                let collection = try expression()
                var filter: Expr?
                if isName("where") {
                    _ = advance()
                    filter = try expression()
                }
                try expectSymbol("]")
                return Expr(
                    kind: .comprehension(body: first, variable: variable, source: collection, filter: filter),
                    offset: token.offset)
            }
            var items = [first]
            while isSymbol(",") {
                _ = advance()
                items.append(try expression())
            }
            try expectSymbol("]")
            return Expr(kind: .list(items), offset: token.offset)
        default:
            throw fail(token, "此处应为表达式，实为 \(token.shownChinese)", "expected an expression, found \(token.shown)")
        }
    }
}

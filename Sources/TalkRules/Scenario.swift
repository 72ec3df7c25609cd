import TalkModel

/// Rule scenarios: facts, an as-of date and the findings expected, kept as data beside the pack
/// and run by `talks rules test` (and `make test`).
///
/// A file names the rules it is about; for each case only those rules' findings are compared, so a
/// case states exactly what fires and, by leaving it out, what does not.
public enum Scenario {
    public struct Outcome: Sendable {
        public let file: String
        public let name: String
        public let passed: Bool
        /// On failure: the findings expected and those produced, one line each.
        public let expected: [String]
        public let actual: [String]
    }

    /// Runs every case of one scenario file. `read` reads the file's `base` dataset (a path
    /// relative to the scenario). A malformed file is an input error naming the JSON path.
    ///
    /// A file may `set` parameters for its cases, as a local pack would (`{"effective": "2026-01-01"}`):
    /// the values are written as such a pack and applied on top of `packs`; otherwise `rules`, which
    /// are `packs` already combined, are used as they are.
    public static func run(
        file: String, bytes: [UInt8], rules combined: RuleSet, packs: [PackSource], read: (String) throws -> [UInt8]
    ) throws
        -> [Outcome]
    {
        let root: JSONValue
        do { root = try JSONReader.parse(bytes) } catch { throw InputError(source: file, problems: error.problems) }
        guard case .object(let members) = root else { throw bad(file, "", "应为对象", "expected an object") }
        func member(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }
        try refuseUnknown(members.map(\.key), allowed: ["description", "base", "rules", "set", "cases"], file, "")
        var overrides = ""
        if let set = member("set") {
            guard case .object(let parameters) = set else { throw bad(file, "set", "应为对象", "expected an object") }
            for (name, value) in parameters {
                guard case .string(let text) = value else {
                    throw bad(file, "set.\(name)", "应为文字", "expected a string")
                }
                overrides += "set \(name) = \(text)\n"
            }
        }
        let overridePack = PackSource(
            path: file, rules: (file + " (set)", Array(("pack scenario { version \"\(file)\" }\n" + overrides).utf8)),
            holidays: [], isFolder: false, isScenarioSetting: true)
        let rules = overrides.isEmpty ? combined : try RuleSet.load(packs + [overridePack])
        var base = Dataset()
        if case .string(let path)? = member("base") {
            let bytes: [UInt8]
            do { bytes = try read(path) } catch let error as InputError {
                // A base that cannot be read is said in the scenario that names it.
                throw InputError(
                    source: file,
                    problems: error.problems.map {
                        Problem(
                            "base",
                            Message(zh: "\(path.quoted)：\($0.text(.zh))", en: "\(path.quoted): \($0.text(.en))"))
                    })
            }
            let baseRoot: JSONValue
            do { baseRoot = try JSONReader.parse(bytes) } catch {
                throw InputError(source: path, problems: error.problems)
            }
            let decoded = DatasetDecoder.decode(baseRoot)
            var problems = decoded.problems
            if problems.isEmpty {
                problems = try Validator.validate(decoded.dataset, locator: decoded.locator(), stored: NoRecords())
            }
            guard problems.isEmpty else { throw InputError(source: path, problems: problems) }
            base = decoded.dataset
        }
        let known = Set(rules.rules.map(\.id))
        let fileRules = try ruleList(member("rules"), known, file, "rules")
        guard case .array(let cases)? = member("cases"), !cases.isEmpty else {
            throw bad(file, "cases", "应为非空数组", "expected a non-empty array of cases")
        }
        return try cases.enumerated().map { index, value throws -> Outcome in
            let path = "cases[\(index)]"
            guard case .object(let fields) = value else { throw bad(file, path, "应为对象", "expected an object") }
            func field(_ key: String) -> JSONValue? { fields.first { $0.key == key }?.value }
            try refuseUnknown(
                fields.map(\.key), allowed: ["name", "asOf", "rules", "dataset", "expect"], file, path + ".")
            guard case .string(let name)? = field("name") else {
                throw bad(file, "\(path).name", "缺少名称", "a case needs a name")
            }
            guard case .string(let asOfText)? = field("asOf"), let asOf = CivilDate(asOfText) else {
                throw bad(file, "\(path).asOf", "应为日期", "expected a date")
            }
            let chosen = try field("rules").map { try ruleList($0, known, file, "\(path).rules") } ?? fileRules
            guard !chosen.isEmpty else {
                throw bad(file, "\(path).rules", "未指明规则", "name the rules this case is about")
            }
            var dataset = base
            if let extra = field("dataset") {
                guard case .object(var parts) = extra else {
                    throw bad(file, "\(path).dataset", "应为对象", "expected an object")
                }
                if !parts.contains(where: { $0.key == "format" }) {
                    parts.insert(("format", .string(Dataset.format)), at: 0)
                }
                let decoded = DatasetDecoder.decode(.object(parts))
                let prefix = "\(path).dataset."
                var problems = decoded.problems
                if problems.isEmpty {
                    problems = try Validator.validate(
                        decoded.dataset, locator: decoded.locator(), stored: DatasetLookup(base))
                }
                guard problems.isEmpty else {
                    throw InputError(source: file, problems: problems.map { Problem(prefix + $0.location, $0.message) })
                }
                dataset = base.merged(with: decoded.dataset)
            }
            guard case .array(let expectations)? = field("expect") else {
                throw bad(file, "\(path).expect", "应为数组（可为空）", "expected an array (empty when nothing fires)")
            }
            let expected = try expectations.enumerated().map { i, value in
                try Expectation(value, file, "\(path).expect[\(i)]", defaultRule: chosen.count == 1 ? chosen[0] : nil)
            }
            let findings = try Engine(rules: rules, facts: Facts(dataset)).check(asOf: asOf).findings.filter {
                chosen.contains($0.rule)
            }
            var unmatched = findings
            var passed = true
            for expectation in expected {
                if let at = unmatched.firstIndex(where: expectation.matches) {
                    unmatched.remove(at: at)
                } else {
                    passed = false
                }
            }
            passed = passed && unmatched.isEmpty
            return Outcome(
                file: file, name: name, passed: passed, expected: expected.map(\.description),
                actual: findings.map(Expectation.describe))
        }
    }

    private static func bad(_ file: String, _ path: String, _ zh: String, _ en: String) -> InputError {
        InputError(Message(zh: zh, en: en), at: path, source: file)
    }

    /// A field the file should not have, named by its path, with the field it likely meant.
    static func refuseUnknown(_ keys: [String], allowed: [String], _ file: String, _ prefix: String) throws {
        for key in keys where !allowed.contains(key) {
            let message = Message(zh: "未知字段", en: "unknown field").with(Suggestions.hint(for: key, among: allowed))
            throw InputError(message, at: prefix + key, source: file)
        }
    }

    /// `value` when it is one of `allowed`; otherwise an error at `path` with the value likely meant.
    static func refuseValue(_ value: String, allowed: [String], _ file: String, _ path: String) throws {
        guard !allowed.contains(value) else { return }
        let message = Message(
            zh: "\(value.quoted) 不是可用的值（可用：\(allowed.joined(separator: "、"))）",
            en: "\(value.quoted) is not one of \(allowed.joined(separator: ", "))"
        ).with(Suggestions.hint(for: value, among: allowed))
        throw InputError(message, at: path, source: file)
    }

    /// The rule ids at `path`, each of them in force (`known`), else an error at its own place.
    private static func ruleList(_ value: JSONValue?, _ known: Set<String>, _ file: String, _ path: String) throws
        -> [String]
    {
        let items: [(String, JSONValue)]
        switch value {
        case nil: return []
        case .string?: items = [(path, value!)]
        case .array(let list)?: items = list.enumerated().map { ("\(path)[\($0)]", $1) }
        default: throw bad(file, path, "应为规则编号或其数组", "expected a rule id or an array of them")
        }
        return try items.map { place, item in
            guard case .string(let rule) = item else { throw bad(file, place, "应为规则编号", "expected a rule id") }
            guard known.contains(rule) else {
                let message = Message(zh: "规则 \(rule) 不在生效的规则中", en: "rule \(rule) is not in force")
                    .with(Suggestions.hint(for: rule, among: known))
                throw InputError(message, at: place, source: file)
            }
            return rule
        }
    }

    /// One expected finding: the rule and subject, and whichever of the other fields the file gives.
    struct Expectation: CustomStringConvertible {
        var fields: [(String, String)] = []

        init(_ value: JSONValue, _ file: String, _ path: String, defaultRule: String?) throws {
            guard case .object(let members) = value else {
                throw Scenario.bad(file, path, "应为对象", "expected an object")
            }
            let allowed = [
                "rule", "type", "subject", "status", "severity", "due", "provisional", "done", "days", "planned",
                "organization", "conductor",
            ]
            if !members.contains(where: { $0.key == "rule" }), let defaultRule { fields.append(("rule", defaultRule)) }
            try Scenario.refuseUnknown(members.map(\.key), allowed: allowed, file, path + ".")
            for (key, value) in members {
                switch value {
                case .string(let text):
                    // A value no finding can have would only fail the comparison: say which values there are.
                    if key == "status" {
                        try Scenario.refuseValue(
                            text, allowed: Finding.Status.allCases.map(\.rawValue), file, "\(path).\(key)")
                    } else if key == "severity" {
                        try Scenario.refuseValue(
                            text, allowed: Severity.allCases.map(\.rawValue), file, "\(path).\(key)")
                    }
                    fields.append((key, text))
                case .number(let text): fields.append((key, text))
                case .null: fields.append((key, "null"))
                case .bool(let flag): fields.append((key, String(flag)))
                default:
                    throw Scenario.bad(
                        file, "\(path).\(key)", "应为文字、数字、true/false 或 null",
                        "expected a string, number, boolean or null")
                }
            }
            guard fields.contains(where: { $0.0 == "rule" }), fields.contains(where: { $0.0 == "subject" }) else {
                throw Scenario.bad(file, path, "须写明 rule 和 subject", "an expectation names its rule and subject")
            }
        }

        func matches(_ finding: Finding) -> Bool {
            let actual = Expectation.values(finding)
            return fields.allSatisfy { key, value in actual[key] == value }
        }

        var description: String { fields.map { "\($0.0)=\($0.1)" }.joined(separator: " ") }

        static func values(_ finding: Finding) -> [String: String] {
            [
                "rule": finding.rule, "type": finding.subjectType.rawValue, "subject": finding.subjectID,
                "status": finding.status.rawValue, "severity": finding.severity?.rawValue ?? "null",
                "due": finding.due?.description ?? "null", "provisional": String(finding.provisional),
                "done": finding.done?.description ?? "null",
                "days": finding.days.map(String.init) ?? "null", "planned": finding.planned ?? "null",
                "organization": finding.organization ?? "null", "conductor": finding.conductor ?? "null",
            ]
        }

        static func describe(_ finding: Finding) -> String {
            let values = values(finding)
            return ["rule", "subject", "status", "severity", "due", "provisional", "done", "days"].map {
                "\($0)=\(values[$0]!)"
            }
            .joined(separator: " ") + (finding.hasPlanned ? " planned=\(values["planned"]!)" : "")
        }
    }
}

import TalkModel

/// The outcome of one rule for one subject: a finding when it has a severity, otherwise a rule
/// that was met (or is still open), which `explain` shows too.
public struct Finding: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case met, late, overdue, dueSoon = "due-soon", open, notMet = "not-met", info
        /// For `explain`: the rule's subject is in its scope but the rule does not apply to it.
        case notApplicable = "not-applicable"

        public var label: Message {
            switch self {
            case .met: Message(zh: "符合", en: "met")
            case .late: Message(zh: "逾期完成", en: "late")
            case .overdue: Message(zh: "已逾期", en: "overdue")
            case .dueSoon: Message(zh: "即将到期", en: "due soon")
            case .open: Message(zh: "未到期", en: "open")
            case .notMet: Message(zh: "不符合", en: "not met")
            case .info: Message(zh: "提示", en: "info")
            case .notApplicable: Message(zh: "不适用", en: "not applicable")
            }
        }

        /// Whether an outcome of this status carries a severity: what is not met, late, overdue
        /// or due soon, and information.
        var hasSeverity: Bool {
            switch self {
            case .late, .overdue, .dueSoon, .notMet, .info: true
            case .met, .open, .notApplicable: false
            }
        }
    }

    /// The rule judged, in the form of the subject's epoch: what the finding says of its rule
    /// is read from it, held once for all its findings.
    let source: Rule
    /// The rule's id, article and quote of the regulation.
    public var rule: String { source.id }
    public var article: String { source.article }
    public var quote: String { source.quote }
    /// The rule's label and note (`Rule.label`, `Rule.note`).
    public var label: Message { source.label }
    public var note: Message? { source.note }
    /// Nil when this is not a finding (met, open, not applicable).
    public let severity: Severity?
    public let status: Status
    /// `talk`, `plan`, `trigger` or `organization`.
    public var subjectType: SubjectType { source.subject.findingType }
    public let subjectID: String
    public let conductor: String?
    /// The lower-level organization concerned, where there is one.
    public let organization: String?
    /// Set for deadline rules and rules that name a due date (`term-coverage`: the term's end).
    public let due: CivilDate?
    /// `due` was computed with the statutory fallback for a year whose holiday notice is not
    /// loaded, so it may still move (`spec/deadlines.md`, "Holiday data"; shown as 暂定/provisional).
    public let provisional: Bool
    /// Whether the rule has a deadline: then `done` is shown, null while not done.
    public var isDeadline: Bool { source.isDeadline }
    public let done: CivilDate?
    /// Days past due, for `late` and `overdue`.
    public let days: Int?
    /// Whether the rule names a plan item (`term-coverage`), and which (nil: none).
    public var hasPlanned: Bool { source.planned != nil }
    public let planned: String?
    public let message: Message
    public let explanation: [Message]

    /// The findings of `parts` in the order of `spec/cli.md`: conductor, subject type, subject id,
    /// rule id, by code point. Their places are sorted, not the findings: a finding is large, and
    /// moving hundreds of thousands of them costs more than the comparing. Each is then copied
    /// once, from its part into its place.
    static func inSpecOrder(_ parts: [[Finding]]) -> [Finding] {
        // The comparisons read the fields in place through buffer pointers: handing whole
        // findings to a comparator copies them, which costs more than the sort itself.
        withBuffers(parts[...]) { buffers in
            buffers.flatMap { buffer in buffer.indices.map { buffer.baseAddress! + $0 } }.sorted { a, b in
                if a.pointee.conductor != b.pointee.conductor {
                    return codePointOrder(a.pointee.conductor ?? "", b.pointee.conductor ?? "")
                }
                if a.pointee.subjectType != b.pointee.subjectType {
                    return codePointOrder(a.pointee.subjectType.rawValue, b.pointee.subjectType.rawValue)
                }
                if a.pointee.subjectID != b.pointee.subjectID {
                    return codePointOrder(a.pointee.subjectID, b.pointee.subjectID)
                }
                return a.pointee.rule != b.pointee.rule && codePointOrder(a.pointee.rule, b.pointee.rule)
            }.map(\.pointee)
        }
    }

    /// `body` given the storage of every part at once, each part's pointer valid inside its own
    /// `withUnsafeBufferPointer` (one nested call per part).
    private static func withBuffers<R>(
        _ parts: ArraySlice<[Finding]>, _ taken: [UnsafeBufferPointer<Finding>] = [],
        _ body: ([UnsafeBufferPointer<Finding>]) -> R
    ) -> R {
        guard let first = parts.first else { return body(taken) }
        return first.withUnsafeBufferPointer { withBuffers(parts.dropFirst(), taken + [$0], body) }
    }
}

/// What a check produced: the findings in order, and the years whose holidays were not known.
public struct CheckResult: Sendable {
    public let asOf: CivilDate
    public let packs: [PackInfo]
    public let findings: [Finding]
    /// Years without a holiday notice that a computed deadline read: its dates are provisional.
    public let yearsWithoutData: [Int]

    // The findings are read in place: a national check has hundreds of thousands, and handing
    // each to a closure copies it.

    public func count(_ severity: Severity) -> Int {
        findings.withUnsafeBufferPointer { all in all.indices.count { all[$0].severity == severity } }
    }

    /// The findings counted by conductor ("" for none) and severity, in one pass.
    public var countsByConductor: [String: [Severity: Int]] {
        var counts: [String: [Severity: Int]] = [:]
        findings.withUnsafeBufferPointer { all in
            for i in all.indices {
                if let severity = all[i].severity {
                    counts[all[i].conductor ?? "", default: [:]][severity, default: 0] += 1
                }
            }
        }
        return counts
    }

    /// The notes of the rules among the findings, each rule's once, by rule id.
    public var notes: [(label: Message, note: Message)] {
        var byRule: [String: (label: Message, note: Message)] = [:]
        // Each rule (in each epoch's form) once: its findings all say the same of it.
        var seen = Set<ObjectIdentifier>()
        findings.withUnsafeBufferPointer { all in
            for i in all.indices where seen.insert(ObjectIdentifier(all[i].source)).inserted {
                if byRule[all[i].rule] == nil, let note = all[i].note { byRule[all[i].rule] = (all[i].label, note) }
            }
        }
        return byRule.keys.sorted(by: codePointOrder).map { byRule[$0]! }
    }

    /// The same check showing other findings: a selection or another order of these.
    public func with(_ findings: [Finding]) -> CheckResult {
        CheckResult(asOf: asOf, packs: packs, findings: findings, yearsWithoutData: yearsWithoutData)
    }
}

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

        /// Whether an outcome of this status is a failure to act: a deadline passed undone
        /// (overdue) or done after it (late), or a condition not met. What is only due soon or
        /// still open has failed no one yet, and information is no failure; such outcomes may have
        /// a severity (a due-soon one a grade lower), but a severity is not a failure. What calls for
        /// accountability (Art. 17) and every count of failures ask this, never `hasSeverity`.
        public var isFailure: Bool {
            switch self {
            case .late, .overdue, .notMet: true
            case .met, .dueSoon, .open, .info, .notApplicable: false
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
    /// The subject's place among the records of its kind in the facts judged (an organization's
    /// for a conductor): what a report counts by, without looking its id up.
    let subjectIndex: Int
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
    /// The rule's `message`, which states the problem: only for a finding (an outcome with a
    /// severity). Nil for an outcome that is met, open or not applicable, where the message would
    /// state as a fact what is not so (`explain` showed "regular talks are not supervision talks"
    /// for a regular talk). Empty for a finding judged to less than `Engine.Detail.described`.
    public let message: Message?
    public let explanation: [Message]
}

/// Findings in the order of `spec/cli.md` (conductor, subject type, subject id, rule id), held in
/// the parts the engine judged them in (`Engine.evaluate`), which are in that order: joining them
/// would copy every finding (at scale 4 hundreds of thousands, 100 MB more at the peak).
public struct Findings: RandomAccessCollection, Sendable {
    private let parts: [[Finding]]
    /// Where each part starts among all the findings, and where the last ends.
    private let starts: [Int]

    /// The findings of `parts`, one after another; empty parts are left out.
    public init(_ parts: [[Finding]]) {
        self.parts = parts.filter { !$0.isEmpty }
        var starts = [0]
        for part in self.parts { starts.append(starts.last! + part.count) }
        self.starts = starts
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.last! }

    /// Lent: in this module `findings[i].conductor` reads one stored field where it lies. A
    /// computed property called on the finding, or a read from another module, copies it first
    /// (a reference counted for each of its texts and lists): passes over many findings read
    /// through a pointer (`forEachInPlace`, `inPlace`, `runsByConductor`).
    public subscript(position: Int) -> Finding {
        _read {
            let (part, offset) = place(of: position)
            yield parts[part][offset]
        }
    }

    /// The part holding `position`, and where in it: the last part starting at or before it, by a
    /// binary search among at most 64.
    private func place(of position: Int) -> (part: Int, offset: Int) {
        var (low, high) = (0, parts.count - 1)
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return (low, position - starts[low])
    }

    /// The findings of each conductor ("" for none): the findings come a conductor's together
    /// (`Engine.evaluate`), so each run is one committee's, in order. Read in place (compared
    /// through the subscript, each finding was copied twice).
    public func runsByConductor() -> [(conductor: String, range: Range<Int>)] {
        var runs: [(conductor: String, range: Range<Int>)] = []
        var position = 0
        forEachInPlace { finding in
            let conductor = finding.pointee.conductor ?? ""
            if let last = runs.last, last.conductor == conductor {
                runs[runs.count - 1].range = last.range.lowerBound..<(position + 1)
            } else {
                runs.append((conductor, position..<(position + 1)))
            }
            position += 1
        }
        return runs
    }

    /// `body` with the finding at `position` where it lies (as `forEachInPlace`): for what reads
    /// more of a finding than its stored fields, which the subscript copied first.
    func inPlace<Result>(_ position: Int, _ body: (UnsafePointer<Finding>) -> Result) -> Result {
        let (part, offset) = place(of: position)
        return parts[part].withUnsafeBufferPointer { body($0.baseAddress! + offset) }
    }

    /// `body` with each finding in order, where it lies: a field read through the pointer is read
    /// alone. Handed to a closure as a value, even `borrowing`, a finding was copied (each of its
    /// texts and lists counted, then let go; the optimizer kept the copy) for every finding of a
    /// national check, in each pass over them.
    func forEachInPlace(_ body: (UnsafePointer<Finding>) -> Void) {
        for part in parts {
            part.withUnsafeBufferPointer { all in
                guard let first = all.baseAddress else { return }
                for i in all.indices { body(first + i) }
            }
        }
    }

    /// `body` with each finding of `range` in order, where it lies (`forEachInPlace`): for a
    /// module that lays many out (a national check's table), which the subscript copies first.
    public func forEachInPlace(in range: Range<Int>, _ body: (UnsafePointer<Finding>) -> Void) {
        guard !range.isEmpty else { return }
        var (part, offset) = place(of: range.lowerBound)
        var left = range.count
        while left > 0 {
            parts[part].withUnsafeBufferPointer { all in
                let taken = Swift.min(left, all.count - offset)
                for i in offset..<(offset + taken) { body(all.baseAddress! + i) }
                left -= taken
            }
            (part, offset) = (part + 1, 0)
        }
    }
}

/// What a check produced: the findings in order, and the years whose holidays were not known.
public struct CheckResult: Sendable {
    public let asOf: CivilDate
    public let packs: [PackInfo]
    public let findings: Findings
    /// Years without a holiday notice that a computed deadline read: its dates are provisional.
    public let yearsWithoutData: [Int]

    public init(asOf: CivilDate, packs: [PackInfo], findings: Findings, yearsWithoutData: [Int]) {
        (self.asOf, self.packs, self.findings, self.yearsWithoutData) = (asOf, packs, findings, yearsWithoutData)
    }

    /// The latest due date among the findings whose dates are provisional (`Finding.provisional`),
    /// read where they lie: a national work list's were each copied to be looked at.
    public var latestProvisionalDue: CivilDate? {
        var latest: CivilDate?
        findings.forEachInPlace { finding in
            if finding.pointee.provisional, let due = finding.pointee.due, latest.map({ due > $0 }) ?? true {
                latest = due
            }
        }
        return latest
    }

    public func count(_ severity: Severity) -> Int {
        var count = 0
        findings.forEachInPlace { if $0.pointee.severity == severity { count += 1 } }
        return count
    }

    /// The findings counted by conductor ("" for none) and severity, in one pass.
    public var countsByConductor: [String: [Severity: Int]] {
        var counts: [String: [Severity: Int]] = [:]
        findings.forEachInPlace { finding in
            if let severity = finding.pointee.severity {
                counts[finding.pointee.conductor ?? "", default: [:]][severity, default: 0] += 1
            }
        }
        return counts
    }

    /// The notes of the rules among the findings, each rule's once, by rule id.
    public var notes: [(label: Message, note: Message)] {
        var byRule: [String: (label: Message, note: Message)] = [:]
        // Each rule (in each epoch's form) once: its findings all say the same of it.
        var seen = Set<ObjectIdentifier>()
        findings.forEachInPlace { finding in
            let rule = finding.pointee.source
            if seen.insert(ObjectIdentifier(rule)).inserted, byRule[rule.id] == nil, let note = rule.note {
                byRule[rule.id] = (rule.label, note)
            }
        }
        return byRule.keys.sorted(by: codePointOrder).map { byRule[$0]! }
    }

    /// The same check showing other findings: a selection or another order of these.
    public func with(_ findings: [Finding]) -> CheckResult {
        CheckResult(asOf: asOf, packs: packs, findings: Findings([findings]), yearsWithoutData: yearsWithoutData)
    }
}

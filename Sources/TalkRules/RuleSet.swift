import TalkModel

/// The files of one rule pack as read from disk: one `.rules` file, and the `.holidays` files beside it.
public struct PackSource: Sendable {
    /// The path as the user gave it, for messages and `rules list`.
    public let path: String
    public let rules: (name: String, bytes: [UInt8])
    public let holidays: [(name: String, bytes: [UInt8])]
    /// A folder pack's digest covers all its files; a single file's is the file's own.
    public let isFolder: Bool
    /// A scenario's `set`, which tests the packs under other values: it may set a parameter
    /// another pack's `scope` reads (the national start, Art. 20), which a pack of law may not.
    public let isScenarioSetting: Bool

    public init(
        path: String, rules: (name: String, bytes: [UInt8]), holidays: [(name: String, bytes: [UInt8])],
        isFolder: Bool, isScenarioSetting: Bool = false
    ) {
        self.path = path
        self.rules = rules
        self.holidays = holidays
        self.isFolder = isFolder
        self.isScenarioSetting = isScenarioSetting
    }

    /// SHA-256 of the file, or for a folder of its `sha256sum`-style manifest ("HEX  NAME\n", sorted by name),
    /// so `sha256sum` of the files in name order, piped to `sha256sum`, reproduces it (Docs/rules-language.md).
    var sha256: String {
        guard isFolder else { return SHA256.hex(rules.bytes) }
        // The names without their folder: the digest is of the content, wherever the pack lies.
        let files = ([rules] + holidays).map {
            (name: String($0.name.split(separator: "/").last ?? ""), bytes: $0.bytes)
        }
        .sorted { codePointOrder($0.name, $1.name) }
        let manifest = files.map { "\(SHA256.hex($0.bytes))  \($0.name)\n" }.joined()
        return SHA256.hex(Array(manifest.utf8))
    }
}

extension PackSource {
    /// The largest rule or holiday file accepted. The national pack is about 20 KB, so no office
    /// comes near it; a hostile or damaged file is refused before it is read into memory.
    public static let maximumFileSize = 4 << 20

    /// The refusal of a file of `size` bytes, or nil when it is within `maximumFileSize`.
    public static func sizeProblem(_ name: String, size: Int) -> Problem? {
        guard size > maximumFileSize else { return nil }
        return Problem(
            name,
            Message(
                zh: "文件有 \(size) 字节，超过规则文件和节假日文件的上限 4 MiB（\(maximumFileSize) 字节）",
                en: "the file is \(size) bytes; a rule or holiday file may be at most 4 MiB (\(maximumFileSize) bytes)")
        )
    }
}

/// Where a rule or scope is written (`file:line:col`, and the source line with a caret), for a
/// problem found when its code runs.
struct Site: Sendable {
    let location: String
    let excerpt: [String]

    init(_ source: SourceFile, _ offset: Int) {
        let problem = source.problem(at: offset, Message(zh: "", en: ""))
        location = problem.location
        excerpt = problem.excerpt
    }
}

/// A pack as applied: what a findings report names so a result can be traced to its rules.
public struct PackInfo: Sendable {
    public let id: String
    public let version: String
    public let effective: CivilDate?
    public let title: String?
    public let path: String
    public let sha256: String
}

/// A parameter and its values through time: a local pack's `set` takes effect on the pack's
/// `effective` date, and subjects dated before it keep the earlier value (Art. 18).
public struct ParameterInfo: Sendable {
    public let name: String
    public let note: String?
    public let declaredBy: String
    /// Oldest first; a new entry only where the value changes.
    public internal(set) var values: [DatedValue]

    /// A value as a rule file writes it, from a day on (nil: from the beginning), and the pack that set it.
    public struct DatedValue: Sendable {
        public let from: CivilDate?
        public let value: String
        public let setBy: String
    }

    /// The value in force last.
    public var value: String { values.last!.value }
    /// The pack that set the value in force last.
    public var setBy: String { values.last!.setBy }
}

/// A rule in force, compiled once and shared: the engine passes it to every subject it judges
/// (a reference, so judging a subject copies no rule).
public final class Rule: Sendable {
    public let id: String
    public let article: String
    public let quote: String
    /// The item in a few words (`label`), or the id in both languages when the rule has none.
    public let label: Message
    /// Said once under a table of the rule's findings (`note`), not in each message.
    public let note: Message?
    public let subject: Subject
    /// The severity as stated, or the first of a conditional one (`term-coverage`).
    public let severity: Severity
    /// Whether the severity depends on the facts (then `severityChoice` decides).
    public let severityIsConditional: Bool
    /// A deadline rule (it has `due` and `done`) has the statuses met, late, overdue, due-soon, open.
    public let isDeadline: Bool
    /// The pack that defined the rule and where: `cn-national-2026 Rules/cn-national-2026.rules:120`.
    public let pack: String
    public let location: String
    /// Packs that changed it after (`severity` statements).
    public let changedBy: [String]
    /// The parts it plays in the reports (`report` clause).
    public let roles: Set<ReportRole>
    /// Whether a condition of it (applies, requires, severity) reads a confidential text: judged
    /// without the texts (a role granted without them), its findings would be wrong.
    public let readsConfidential: Bool
    /// What of the store its code reads beyond the records' plain fields (talk lists, trigger notes:
    /// conditions, dates, message): what the store must read for it.
    public let reads: RecordReads
    /// The parameters its `due` names (`measures-period`): how a report says what period it tallies.
    public let dueParameters: Set<String>
    /// The periods its `due` writes itself (`10 days`), for a rule that names no parameter.
    let duePeriods: [Period]

    let site: Site
    let slotCount: Int
    let applies: Code?
    let requires: Code?
    let due: Code?
    let done: Code?
    let doneLabel: Message?
    let severityChoice: SeverityChoice?
    let planned: Code?
    let info: Bool
    let message: (zh: [MessagePart], en: [MessagePart])

    init(
        id: String,
        article: String,
        quote: String,
        label: Message,
        note: Message?,
        subject: Subject,
        severity: Severity,
        severityIsConditional: Bool,
        isDeadline: Bool,
        pack: String,
        location: String,
        changedBy: [String],
        roles: Set<ReportRole>,
        readsConfidential: Bool,
        reads: RecordReads,
        dueParameters: Set<String>,
        duePeriods: [Period],
        site: Site,
        slotCount: Int,
        applies: Code?,
        requires: Code?,
        due: Code?,
        done: Code?,
        doneLabel: Message?,
        severityChoice: SeverityChoice?,
        planned: Code?,
        info: Bool,
        message: (zh: [MessagePart], en: [MessagePart])
    ) {
        self.id = id
        self.article = article
        self.quote = quote
        self.label = label
        self.note = note
        self.subject = subject
        self.severity = severity
        self.severityIsConditional = severityIsConditional
        self.isDeadline = isDeadline
        self.pack = pack
        self.location = location
        self.changedBy = changedBy
        self.roles = roles
        self.readsConfidential = readsConfidential
        self.reads = reads
        self.dueParameters = dueParameters
        self.duePeriods = duePeriods
        self.site = site
        self.slotCount = slotCount
        self.applies = applies
        self.requires = requires
        self.due = due
        self.done = done
        self.doneLabel = doneLabel
        self.severityChoice = severityChoice
        self.planned = planned
        self.info = info
        self.message = message
    }
}

/// A conditional severity compiled once: the conditions are code, the leaves severities, so no
/// evaluation reads a severity back from text.
indirect enum SeverityChoice: Sendable {
    case fixed(Severity)
    case conditional(Code, SeverityChoice, SeverityChoice)

    func callAsFunction(_ env: Env) -> Severity {
        switch self {
        case .fixed(let severity): severity
        case .conditional(let test, let a, let b): test(env).isTrue ? a(env) : b(env)
        }
    }
}

/// A piece of a rule's message: text, or a value filled in for the finding.
enum MessagePart: Sendable {
    case text(String)
    case value(Code)
}

/// Every pack in force, combined: the national pack first, then each local pack in the order given.
///
/// A pack is law from its own `effective` date (Art. 18; `spec/rules-catalogue.md`, "Local packs
/// and time"), so the combination is kept as epochs: each starts on a day a pack takes effect and
/// holds the rules, parameters and scopes of the packs in force from then on. A subject is judged
/// by the epoch of its own date (`Subject`'s day, never later than as-of).
public struct RuleSet: Sendable {
    public let packs: [PackInfo]
    public let parameters: [ParameterInfo]
    /// Every rule in force on some day, in its latest form, sorted by id.
    public let rules: [Rule]
    /// For a rule whose form changes from one epoch to the next (a local `severity`, a replacement
    /// by a local pack), each form with the day it takes effect, oldest first.
    public let ruleVersions: [String: [(from: CivilDate?, severity: Severity, pack: String)]]
    /// Rules switched off, by which pack, from which day (nil: from the beginning) until which (nil:
    /// for good; a later pack's `replace rule` brings one back).
    public let disabled: [(id: String, by: String, from: CivilDate?, until: CivilDate?)]
    public let holidays: HolidayCalendar
    /// The local packs' statements that take effect on no day, each a note at its `file:line:col`
    /// (`talks rules lint` and `list` say them).
    public let unused: [Problem]
    /// Oldest first; the first starts at the beginning (nil).
    let epochs: [Epoch]

    /// The rules, scopes and engine parameters in force from one day on.
    /// A class: the engine reads one for every subject, and a reference is copied without a retain
    /// of each of its parts.
    final class Epoch: Sendable {
        let from: CivilDate?
        /// The packs in force, in the order given.
        let packs: [String]
        /// Sorted by id.
        let rules: [Rule]
        /// Each pack's scopes: a pack's `scope` narrows only its own rules.
        let scopes: [String: [Subject: [(code: Code, site: Site)]]]
        /// The number of slots the largest scope needs.
        let scopeSlots: Int
        /// What any scope reads beyond the records' plain fields.
        let scopeReads: RecordReads
        let calendar: DeadlineCalendar
        let dueSoonWindow: Period

        init(
            from: CivilDate?, packs: [String], rules: [Rule], scopes: [String: [Subject: [(code: Code, site: Site)]]],
            scopeSlots: Int, scopeReads: RecordReads, calendar: DeadlineCalendar, dueSoonWindow: Period
        ) {
            self.from = from
            self.packs = packs
            self.rules = rules
            self.scopes = scopes
            self.scopeSlots = scopeSlots
            self.scopeReads = scopeReads
            self.calendar = calendar
            self.dueSoonWindow = dueSoonWindow
        }
    }

    /// The epoch in force on `day`.
    func epoch(on day: CivilDate) -> Int {
        epochs.lastIndex { $0.from.map { $0 <= day } ?? true } ?? 0
    }

    /// What the rules `chosen` selects and every scope, in any epoch, read beyond the records'
    /// plain fields: all a command judging only those rules needs of it from the store
    /// (`Store.dataset(reads:)`).
    public func reads(_ chosen: (Rule) -> Bool) -> RecordReads {
        epochs.reduce(into: RecordReads.none) { reads, epoch in
            reads.formUnion(epoch.scopeReads)
            for rule in epoch.rules where chosen(rule) { reads.formUnion(rule.reads) }
        }
    }

    /// These rules with `window` for every epoch's `due-soon-window`: `talks overdue --within DAYS`
    /// lists the items due within DAYS as due soon, DAYS taking the pack's window's place
    /// (`spec/cli.md`: "items due within DAYS of as-of (default: the pack's `due-soon-window`)").
    public func dueSoon(within window: Period) -> RuleSet {
        RuleSet(
            packs: packs, parameters: parameters, rules: rules, ruleVersions: ruleVersions, disabled: disabled,
            holidays: holidays, unused: unused,
            epochs: epochs.map { epoch in
                Epoch(
                    from: epoch.from, packs: epoch.packs, rules: epoch.rules, scopes: epoch.scopes,
                    scopeSlots: epoch.scopeSlots, scopeReads: epoch.scopeReads, calendar: epoch.calendar,
                    dueSoonWindow: window)
            })
    }

    /// The calendar of deadlines of the latest epoch.
    public var calendar: DeadlineCalendar { epochs[epochs.count - 1].calendar }

    /// The periods the rules playing `role` count their deadlines by in `year`, through the
    /// parameters their `due` names, or the one period it writes itself (`10 days`), each from the
    /// day it took effect (nil: the year's start): what a report's heading may say
    /// (整改措施（谈话后1个月内报送）). Empty when a rule in force in the year names neither (a pack's
    /// rule with its own arithmetic): then the heading says none, rather than another rule's
    /// (helper-206: a pack's 10-day rule from July was headed "1 month"). `through`: the last day
    /// a subject the year counts is judged by, when after the year (a talk of 30 December ended
    /// on 5 January is judged by the rules of January: helper-210, headed by December's alone).
    public func periods(playing role: ReportRole, in year: Int, asOf: CivilDate? = nil, through: CivilDate? = nil)
        -> [(from: CivilDate?, period: Period)]
    {
        // (To the as-of day: a pack taking effect after it has judged nothing yet: helper-207.)
        guard let days = CivilDate.days(of: year) else { return [] }
        let first = days.lowerBound
        let last = max(min(days.upperBound, asOf ?? days.upperBound), through ?? first)
        // The year's first day the first pack judges (helper-207: a pack in force from the national
        // pack's own day was headed with the month it replaced before anything was judged by it).
        let opening = min(max(first, packs.first?.effective ?? first), last)
        var periods: [(from: CivilDate?, period: Period)] = []
        for (i, epoch) in epochs.enumerated() {
            let start = max(epoch.from ?? first, opening)
            let end = i + 1 < epochs.count ? epochs[i + 1].from : nil
            guard start <= last, end.map({ $0 > start }) ?? true else { continue }
            var found: [Period] = []
            for rule in epoch.rules where rule.roles.contains(role) {
                // (`deadline` reads `calendar` too: the parameters holding a period are the rule's periods.)
                let named = parameters.filter { rule.dueParameters.contains($0.name) }.compactMap { parameter in
                    parameter.values.last(where: { $0.from.map { $0 <= start } ?? true }).flatMap {
                        Period(written: $0.value)
                    }
                }
                // One period, named or written: a rule adding one to another (`+ 5 days`) or
                // choosing between them reckons otherwise (helper-207: headed by the month alone).
                guard named.count + rule.duePeriods.count == 1 else { return [] }
                found += named + rule.duePeriods
            }
            for period in found where periods.last?.period != period {
                periods.append((start > opening ? start : nil, period))
            }
        }
        return periods
    }
}

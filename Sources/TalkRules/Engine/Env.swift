import TalkModel

/// A compiled expression: evaluates against one subject at one as-of date.
typealias Code = @Sendable (Env) -> Value

/// The state of evaluating one rule for one subject: the facts, the as-of date, the rule's
/// variables and, when explaining, the facts read so far.
final class Env {
    let facts: Facts
    let asOf: CivilDate
    /// The calendar of the subject's epoch (a local pack may set `calendar`).
    var calendar: DeadlineCalendar {
        didSet { deadlines.removeAll() }
    }
    /// The `due-soon-window` of the subject's epoch: a talk that ended before a pack set another
    /// keeps the earlier (`spec/rules-catalogue.md`, "Dated parameter values"; helper-148).
    var dueSoonWindow: Period
    /// The deadlines computed under `calendar`, by start and period: a store's talks end on a few
    /// hundred days, and each deadline rule asks for each talk's (a sixth of judging `overdue`
    /// was the rest-day look-ups of the same deadlines computed again).
    private var deadlines: [DeadlineKey: Deadline] = [:]

    private struct DeadlineKey: Hashable {
        let start: CivilDate
        let period: Period
    }

    /// `calendar.deadline(period, from: start)`, each computed once.
    func deadline(_ period: Period, from start: CivilDate) -> Deadline? {
        let key = DeadlineKey(start: start, period: period)
        if let known = deadlines[key] { return known }
        let computed = calendar.deadline(period, from: start)
        deadlines[key] = computed
        return computed
    }
    /// The subject, the rule's `let`s (computed on first use) and comprehension variables.
    var slots: [Value?]
    /// Set while explaining: the facts and arithmetic a finding rests on.
    var trace: Trace?
    /// Years without holiday data that a computed deadline fell in: its date may be off.
    var yearsWithoutData: Set<Int> = []
    /// The deadlines the rule being judged computed that are provisional: a finding whose due
    /// date is one of them says so. Another rule's computations say nothing of it (a fixed date
    /// is never provisional, `Docs/deadlines.md`, even when another rule computed the same day).
    var provisionalDates: Set<CivilDate> = []
    /// The work of the rule being judged, over every subject so far: items its functions yielded,
    /// lists it built, membership tests' lists and comprehension iterations.
    var visits = 0
    /// How many `visits` a rule may make in one run (`Engine.budget`); past it, functions yield
    /// nothing and the engine stops with a problem naming the rule.
    var budget = Int.max

    /// The messages written so far, each text once (`shared`).
    private var messages: Set<SameBytes> = []

    /// `text`, or the text of the same bytes written before: most findings of a rule say the same
    /// (its message names no record, or one committee's), and a national check holds hundreds of
    /// thousands, 16 MB of messages at scale 1 of which 6 MB differ. A text too short to be
    /// stored apart from its `String` (15 bytes) is its own.
    func shared(_ text: String) -> String {
        text.utf8.count <= 15 ? text : messages.insert(SameBytes(text)).memberAfterInsert.text
    }

    /// A text equal only to the same bytes. Swift's `==` on `String` is canonical equivalence:
    /// "Café" typed with é and typed with e and a combining accent are equal, so a `Set<String>`
    /// handed one organization's name as another's (names are not normalized, `IDRules` only ids),
    /// and a finding showed bytes its records do not hold.
    private struct SameBytes: Hashable {
        let text: String

        init(_ text: String) { self.text = text }

        static func == (a: SameBytes, b: SameBytes) -> Bool { sameBytes(a.text, b.text) }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// The longest text `+` makes, in bytes (1 MiB): a longer one stops the rule as its budget
    /// does (`madeLongText`), a text doubled at each of forty `define`s being 16 TiB (helper-206).
    /// Not counted against the budget byte by byte: a rule joining names for each talk is linear
    /// (helper-207: refused on a store of a thousand talks).
    static let longestText = 1 << 20

    /// Set when a `+` would have made a text longer than `longestText`: the rule has then spent
    /// its budget, and is told for the text.
    var madeLongText = false

    /// Stops the rule for a text too long (`longestText`).
    func refuseLongText() {
        madeLongText = true
        if budget < Int.max { visits = max(visits, budget + 1) }
    }

    /// Counts `count` items yielded; false once the rule has spent its budget.
    func spend(_ count: Int) -> Bool {
        visits += count
        return visits <= budget
    }

    init(facts: Facts, asOf: CivilDate, epoch: RuleSet.Epoch, slots: Int) {
        self.facts = facts
        self.asOf = asOf
        self.calendar = epoch.calendar
        self.dueSoonWindow = epoch.dueSoonWindow
        self.slots = Array(repeating: nil, count: max(slots, 1))
    }

    /// Clears the `count` slots a rule or scope uses (it reads none past them) for `subject`.
    func reset(subject: Value, slots count: Int) {
        if slots.count < count { slots = Array(repeating: nil, count: count) }
        for i in 0..<max(count, 1) { slots[i] = nil }
        slots[0] = subject
        if !provisionalDates.isEmpty { provisionalDates.removeAll() }
    }
}

/// The facts an evaluation read, in the order it read them, each once.
final class Trace {
    private(set) var lines: [Message] = []
    private var seen: Set<String> = []

    func add(_ line: Message) {
        if seen.insert(line.en).inserted { lines.append(line) }
    }
}

/// A field a rule can read, with its label for explanations.
struct Field: Sendable {
    let type: ValueType
    let label: Message
    /// Texts of Art. 16: they may be counted but are never shown.
    var confidential = false
    /// What of the store the field is read from beyond a record's plain fields (a talk's list, a
    /// trigger's note): read only when a rule reads the field.
    var reads = RecordReads.none
    /// The vocabulary of the enumerated values it holds (of each item, for a list): a rule
    /// comparing it with a value written in the rule file that is not of it is refused.
    var vocabulary: SymbolVocabulary?
    let get: @Sendable (Env, Int) -> Value
}

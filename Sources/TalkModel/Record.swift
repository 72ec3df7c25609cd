/// What a kind of record says of itself, in one place per kind (as GRDB's `TableRecord`,
/// `FetchableRecord` and `PersistableRecord` do for a table): which kind it is and what one is
/// called, where a dataset holds them, what names one, how the format writes and reads it, and the
/// order a document lists them in. Everything that goes through every kind (counting, sorting,
/// encoding, the keys the audit trail and `talks delete` use, the ids validation looks up) is
/// written once on this protocol; the store's side of a kind is its `RecordTable` (TalkStore).
public protocol Record: Hashable, Sendable {
    static var kind: RecordKind { get }
    /// What one record of this kind is called.
    static var singular: Message { get }
    /// Where a dataset holds the records of this kind.
    static var all: WritableKeyPath<Dataset, [Self]> { get }
    /// Whether a record is named by an `id` (otherwise by the fields that identify it).
    static var hasID: Bool { get }
    /// What names the record: its id, or its identifying fields joined by "/" (`DatasetEncoder.keys`).
    var recordKey: String { get }
    /// The record as the format writes it (`DatasetEncoder`).
    var json: JSONValue { get }
    /// Reads one record of the format at `path`, each problem logged (`DatasetDecoder`); nil
    /// when it has any.
    static func decode(_ value: JSONValue, _ path: String, _ log: ProblemLog) -> Self?
    /// The format's canonical order.
    static func precedes(_ a: Self, _ b: Self) -> Bool
    /// The fields that name records of other kinds: who this kind refers to, and so who refers to
    /// a record (`RecordKind.references(to:)`).
    static var references: [Reference<Self>] { get }
}

/// A field of a record that names a record of another kind (its target). The validator checks
/// every one resolves; the store refuses to delete a record one names (`RecordTable.referrers`).
public struct Reference<R: Record>: Sendable {
    /// The field in the format: `parent`, or for a list the list (`formerParents`, `triggers`).
    public let field: String
    public let target: RecordKind
    /// The ids a record names through the field, each at its path below the record
    /// (`formerParents[0].parent`, `triggers[1]`); nil where the field is empty.
    public let ids: @Sendable (R) -> [(path: String, id: String?)]

    /// A field holding one id.
    static func one(_ field: String, _ target: RecordKind, _ id: @escaping @Sendable (R) -> String?) -> Self {
        Reference(field: field, target: target) { [(field, id($0))] }
    }

    /// A list of ids (`item` nil) or of objects each naming one in their field `item`.
    static func list(
        _ field: String, item: String? = nil, _ target: RecordKind, _ ids: @escaping @Sendable (R) -> [String?]
    ) -> Self {
        Reference(field: field, target: target) { record in
            ids(record).enumerated().map { j, id in ("\(field)[\(j)]" + (item.map { ".\($0)" } ?? ""), id) }
        }
    }
}

/// A record named by its id: the key is the id and records sort by it.
public protocol IdentifiedRecord: Record {
    var id: String { get }
}

extension IdentifiedRecord {
    public static var hasID: Bool { true }
    public var recordKey: String { id }
    public static func precedes(_ a: Self, _ b: Self) -> Bool { codePointOrder(a.id, b.id) }
}

extension RecordKind {
    /// The description of this kind of record. The one place a kind is matched to its type: a
    /// new case does not compile until it has one.
    public var record: any Record.Type {
        switch self {
        case .organizations: Organization.self
        case .people: Person.self
        case .appointments: Appointment.self
        case .terms: Term.self
        case .plans: Plan.self
        case .triggers: Trigger.self
        case .talks: Talk.self
        }
    }

    /// What one record of this kind is called.
    public var singular: Message { record.singular }

    /// The kinds whose records are named by an id.
    public static let withIDs = Set(allCases.filter { $0.record.hasID })

    /// Who may refer to a record of this kind: each kind, in order, with its fields that name one.
    public var referrers: [(kind: RecordKind, fields: [String])] {
        RecordKind.allCases.compactMap { kind in
            let fields = kind.record.fields(referringTo: self)
            return fields.isEmpty ? nil : (kind, fields)
        }
    }
}

extension Record {
    static func count(in d: Dataset) -> Int { d[keyPath: all].count }
    static func keys(in d: Dataset) -> [String] { d[keyPath: all].map(\.recordKey) }
    /// Made on every core: a load writes and digests hundreds of thousands.
    static func json(in d: Dataset) -> [JSONValue] {
        let records = d[keyPath: all]
        return Array(concurrently: records.count) { records[$0].json }
    }
    static func json(at index: Int, in d: Dataset) -> JSONValue { d[keyPath: all][index].json }
    /// The record of `d` named `key`, as the format writes it.
    static func json(of key: String, in d: Dataset) -> JSONValue? {
        d[keyPath: all].first { $0.recordKey == key }?.json
    }
    static func sort(_ d: inout Dataset) { d[keyPath: all].sort(by: precedes) }
    static func append(_ other: Dataset, to d: inout Dataset) {
        // Into an empty list (a store read kind by kind), the other's list is taken as it is:
        // appending would copy every record.
        if d[keyPath: all].isEmpty {
            d[keyPath: all] = other[keyPath: all]
        } else {
            d[keyPath: all] += other[keyPath: all]
        }
    }
    static func fields(referringTo target: RecordKind) -> [String] {
        references.filter { $0.target == target }.map(\.field)
    }
}

// MARK: - The kinds

extension Organization: IdentifiedRecord {
    /// Its name and id as messages name an organization: `安平市委（ap）` / `安平市委 (ap)`, escaped.
    public var named: Message {
        Message(zh: "\(name.inline)（\(id.inline)）", en: "\(name.inline) (\(id.inline))")
    }

    public static var kind: RecordKind { .organizations }
    public static var singular: Message { Message(zh: "组织", en: "organization") }
    public static var all: WritableKeyPath<Dataset, [Organization]> { \.organizations }
    public static var references: [Reference<Self>] {
        [
            .one("parent", .organizations, \.parent), .one("approvedBy", .organizations, \.approvedBy),
            .list("formerParents", item: "parent", .organizations) { $0.formerParents.map(\.parent) },
        ]
    }
    public var json: JSONValue { DatasetEncoder.json(self) }
    public static func decode(_ v: JSONValue, _ path: String, _ log: ProblemLog) -> Self? {
        DatasetDecoder.organization(v, path, log)
    }
}

extension Person: IdentifiedRecord {
    public static var kind: RecordKind { .people }
    public static var singular: Message { Message(zh: "人员", en: "person") }
    public static var all: WritableKeyPath<Dataset, [Person]> { \.people }
    public static var references: [Reference<Self>] { [] }
    public var json: JSONValue { DatasetEncoder.json(self) }
    public static func decode(_ v: JSONValue, _ path: String, _ log: ProblemLog) -> Self? {
        DatasetDecoder.person(v, path, log)
    }
}

extension Appointment: Record {
    public static var kind: RecordKind { .appointments }
    public static var singular: Message { Message(zh: "任职", en: "appointment") }
    public static var all: WritableKeyPath<Dataset, [Appointment]> { \.appointments }
    public static var references: [Reference<Self>] {
        [.one("person", .people, \.person), .one("organization", .organizations, \.organization)]
    }
    public static var hasID: Bool { false }
    public var recordKey: String {
        let (person, organization) = (DatasetEncoder.keyComponent(person), DatasetEncoder.keyComponent(organization))
        return "\(person)/\(organization)/\(role.rawValue)/\(from)"
    }
    public var json: JSONValue { DatasetEncoder.json(self) }
    public static func decode(_ v: JSONValue, _ path: String, _ log: ProblemLog) -> Self? {
        DatasetDecoder.appointment(v, path, log)
    }
    public static func precedes(_ a: Self, _ b: Self) -> Bool {
        if a.person != b.person { return codePointOrder(a.person, b.person) }
        if a.organization != b.organization { return codePointOrder(a.organization, b.organization) }
        if a.role != b.role { return codePointOrder(a.role.rawValue, b.role.rawValue) }
        return a.from < b.from
    }
}

extension Term: Record {
    public static var kind: RecordKind { .terms }
    public static var singular: Message { Message(zh: "届期", en: "term") }
    public static var all: WritableKeyPath<Dataset, [Term]> { \.terms }
    public static var references: [Reference<Self>] { [.one("organization", .organizations, \.organization)] }
    public static var hasID: Bool { false }
    public var recordKey: String { "\(DatasetEncoder.keyComponent(organization))/\(from)" }
    public var json: JSONValue { DatasetEncoder.json(self) }
    public static func decode(_ v: JSONValue, _ path: String, _ log: ProblemLog) -> Self? {
        DatasetDecoder.term(v, path, log)
    }
    public static func precedes(_ a: Self, _ b: Self) -> Bool {
        a.organization != b.organization ? codePointOrder(a.organization, b.organization) : a.from < b.from
    }
}

extension Plan: IdentifiedRecord {
    public static var kind: RecordKind { .plans }
    public static var singular: Message { Message(zh: "计划事项", en: "plan item") }
    public static var all: WritableKeyPath<Dataset, [Plan]> { \.plans }
    public static var references: [Reference<Self>] {
        [
            .one("conductor", .organizations, \.conductor), .one("organization", .organizations, \.organization),
            .one("talker", .people, \.talker),
        ]
    }
    public var json: JSONValue { DatasetEncoder.json(self) }
    public static func decode(_ v: JSONValue, _ path: String, _ log: ProblemLog) -> Self? {
        DatasetDecoder.plan(v, path, log)
    }
}

extension Trigger: IdentifiedRecord {
    public static var kind: RecordKind { .triggers }
    public static var singular: Message { Message(zh: "及时谈话情形", en: "trigger") }
    public static var all: WritableKeyPath<Dataset, [Trigger]> { \.triggers }
    public static var references: [Reference<Self>] { [.one("organization", .organizations, \.organization)] }
    public var json: JSONValue { DatasetEncoder.json(self) }
    public static func decode(_ v: JSONValue, _ path: String, _ log: ProblemLog) -> Self? {
        DatasetDecoder.trigger(v, path, log)
    }
}

extension Talk: IdentifiedRecord {
    public static var kind: RecordKind { .talks }
    public static var singular: Message { Message(zh: "谈话", en: "talk") }
    public static var all: WritableKeyPath<Dataset, [Talk]> { \.talks }
    public static var references: [Reference<Self>] {
        [
            .one("conductor", .organizations, \.conductor), .one("organization", .organizations, \.organization),
            .one("talkee", .people, \.talkee), .one("talker", .people, \.talker), .one("plan", .plans, \.plan),
            .list("triggers", .triggers) { $0.triggers },
        ]
    }
    public var json: JSONValue { DatasetEncoder.json(self) }
    public static func decode(_ v: JSONValue, _ path: String, _ log: ProblemLog) -> Self? {
        DatasetDecoder.talk(v, path, log)
    }
}

/// The lists of a talk: its steps, the problems pointed out and the requirements (confidential,
/// Art. 16), the departments taking part and those its archive was copied to. The texts are
/// stored as entries of their own (the `talk_entry` table), and a command that judges rules
/// reading neither does not read them (`RuleSet.reads`); the lists of words are columns of the
/// talk, read with it.
public enum TalkList: String, Vocabulary {
    case step, problem, requirement, participant, copiedTo = "copied-to"

    public var label: Message { Message(zh: rawValue, en: rawValue) }

    /// The lists of texts (confidential, Art. 16), which a rule may only count: read for it as that
    /// many empty texts (`RecordReads.counted`).
    public static let texts: Set<TalkList> = [.problem, .requirement]
}

/// What of the records a command reads beyond their plain fields, the rest left empty: which of a
/// talk's lists of texts (its lists of words are read with it, `TalkList`), and how (`whole`, or only `counted`: a rule asking `empty(talk.problems)` or
/// `count(talk.problems)`, read as that many empty texts, so the confidential texts themselves are
/// never read for it; a list read whole for any reason is not also counted), and whether a
/// trigger's note (confidential, Art. 16) is read. And which talks: those of the kinds in
/// `talks`, every talk unless said (a command judging only the deadline rules reads only the
/// supervision talks they can reach, `RuleSet.reads`).
public struct RecordReads: Sendable, Equatable {
    public private(set) var whole: Set<TalkList> = []
    public private(set) var counted: Set<TalkList> = []
    public private(set) var triggerNotes = false
    public private(set) var talks: Set<TalkKind>

    public init(
        whole: Set<TalkList> = [], counted: Set<TalkList> = [], triggerNotes: Bool = false,
        talks: Set<TalkKind> = Set(TalkKind.allCases)
    ) {
        self.whole = whole
        self.counted = counted.subtracting(whole)
        self.triggerNotes = triggerNotes
        self.talks = talks
    }

    /// Everything: what a command that shows records reads.
    public static let all = RecordReads(whole: Set(TalkList.allCases), triggerNotes: true)

    /// Nothing beyond the plain fields of the records other than talks, and no talk: what reads
    /// are gathered from (`formUnion`), as a rule's are while it is compiled.
    public static let none = RecordReads(talks: [])

    /// A field stored in a talk's list, read whole (of the talks read for other reasons).
    public static func list(_ list: TalkList) -> RecordReads { RecordReads(whole: [list], talks: []) }

    /// A trigger's note.
    public static let triggerNote = RecordReads(triggerNotes: true, talks: [])

    /// Whether no list and no note is read (whichever talks are).
    public var isEmpty: Bool { whole.isEmpty && counted.isEmpty && !triggerNotes }

    /// Whether the talks of some kinds are left unread.
    public var leavesTalksUnread: Bool { talks.count < TalkKind.allCases.count }

    public mutating func read(_ list: TalkList) {
        whole.insert(list)
        counted.remove(list)
    }

    /// Marks a list only counted, unless it is read whole.
    public mutating func count(_ list: TalkList) {
        if !whole.contains(list) { counted.insert(list) }
    }

    /// Marks the talks of these kinds read.
    public mutating func read(talks kinds: Set<TalkKind>) { talks.formUnion(kinds) }

    public mutating func formUnion(_ other: RecordReads) {
        for list in other.whole { read(list) }
        for list in other.counted { count(list) }
        triggerNotes = triggerNotes || other.triggerNotes
        talks.formUnion(other.talks)
    }
}

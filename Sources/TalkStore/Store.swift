import TalkModel

/// What a backend of the committee's records implements (SQLite today, PostgreSQL next). Every
/// command is one transaction; every write is validated in full, in the write transaction, before
/// anything is written, and leaves its audit entry. No query text or backend error code crosses
/// this interface: questions are `RecordQuery`s, failures `StoreError`s.
public protocol Store: AnyObject, RecordLookup {
    /// Where the store is, for messages (a file's path, a database's name).
    var path: String { get }

    /// The schema version the store is at.
    func schemaVersion() throws -> Int

    /// Runs `body` holding the write lock, so what it reads stays true until its writes commit:
    /// a read-modify-write never loses another clerk's change. Nested calls join the outer one.
    func writing<T>(_ body: () throws -> T) throws -> T

    /// Runs `body` on one consistent snapshot, even while others write; inside `writing` it joins it.
    func reading<T>(_ body: () throws -> T) throws -> T

    /// Validates `dataset` against itself and the stored records, then writes it with its audit
    /// entry, all in one transaction: on any problem (including `earlier` ones found while
    /// decoding) nothing is written. A record whose content is already stored is left untouched.
    func save(
        _ dataset: Dataset, locator: RecordLocator, source: String?, earlier: [Problem],
        unreadable: [RecordKind: Set<String>], progress: ((_ written: Int, _ total: Int) -> Void)?
    ) throws -> LoadSummary

    /// Deletes one record, named by its key (`DatasetEncoder.keys`), with its audit entry. A record
    /// that others refer to is refused, naming them. False when there is no record with that key.
    func delete(_ kind: RecordKind, key: String) throws -> Bool

    /// Why the record of `kind` with `key` cannot be deleted: the records that refer to it, by
    /// kind, the first five of each named; nil when none does. What `delete` refuses with, and
    /// what `talks delete` without `--yes` says before it promises a deletion.
    func deletionRefusal(_ kind: RecordKind, key: String) throws -> InputError?

    /// The whole store as a dataset, of each talk's lists those in `reads` (the others empty,
    /// a list only counted as that many empty texts) and the triggers' notes if `reads` says so:
    /// a command judging rules reads what they read (`RuleSet.reads`), all of it otherwise.
    func dataset(reads: RecordReads) throws -> Dataset

    /// The records of one kind that `query` selects, in key order.
    func records(_ kind: RecordKind, matching query: RecordQuery) throws -> Dataset

    /// How many records of one kind the store holds (those this connection may see).
    func count(_ kind: RecordKind) throws -> Int

    /// The stored records of one kind with these keys (`DatasetEncoder.keys`).
    func records(_ kind: RecordKind, keys: [String]) throws -> Dataset

    /// `prefix` and one more than the highest number stored after it among the ids of `kind`, with
    /// at least `digits` digits; ids after the prefix that are not numbers are not counted.
    func nextID(_ kind: RecordKind, prefix: String, digits: Int) throws -> String

    /// The record kinds that have a record with this id (an id may be used by several kinds).
    func kinds(having id: String) throws -> [RecordKind]

    /// Every audit entry, oldest first.
    func auditEntries() throws -> [AuditEntry]

    /// The newest entry's number and hash, to keep outside the store; nil when there is none.
    func auditAnchor() throws -> AuditAnchor?

    /// Checks the hash chain, every record's digest and the anchors kept outside the store.
    func verifyAudit(anchors: [AuditAnchor]) throws -> AuditVerdict

    /// The audit trail as stored, read on one snapshot with `dataset()` inside `reading`.
    func storedTrail() throws -> StoredTrail

    /// Writes a whole store's records and audit trail, as they are, into this one, which must hold
    /// neither, in one transaction, and checks the result as `audit verify` does before it
    /// commits: on any difference nothing is written. Gives the verdict.
    func restore(_ dataset: Dataset, trail: StoredTrail) throws -> AuditVerdict

    /// The records the database lets this connection see, when it restricts them (`talks access`
    /// on PostgreSQL); nil when it sees every record.
    var scope: AccessScope? { get }
}

/// One committee's records, with or without their confidential texts: what a PostgreSQL role
/// granted by `talks access grant` sees.
public struct AccessScope: Sendable, Equatable {
    /// The committee whose talks, plans and triggers the connection sees.
    public let conductor: String
    /// Whether it sees the problems, requirements and trigger notes.
    public let confidential: Bool

    public init(conductor: String, confidential: Bool) {
        self.conductor = conductor
        self.confidential = confidential
    }
}

/// How many records a load added and how many it replaced, by kind.
public struct LoadSummary: Sendable {
    public var added: [RecordKind: Int] = [:]
    /// Stored records whose content changed.
    public var replaced: [RecordKind: Int] = [:]
    /// Stored records given again with the same content: left untouched.
    public var unchanged: [RecordKind: Int] = [:]
    /// Their keys (`DatasetEncoder.keys`): what was said of a record when it was written is not
    /// said again each time a ledger is imported again (a weekly import repeated every note).
    public var unchangedKeys: [RecordKind: Set<String>] = [:]

    public init() {}
}

extension Store {
    @discardableResult
    public func save(
        _ dataset: Dataset, locator: RecordLocator = .document, source: String?, earlier: [Problem] = [],
        unreadable: [RecordKind: Set<String>] = [:], progress: ((_ written: Int, _ total: Int) -> Void)? = nil
    ) throws -> LoadSummary {
        try save(
            dataset, locator: locator, source: source, earlier: earlier, unreadable: unreadable, progress: progress)
    }

    /// The whole store as a dataset, every list of every talk with it.
    public func dataset() throws -> Dataset { try dataset(reads: .all) }

    /// Every record of one kind, in key order.
    public func records(_ kind: RecordKind) throws -> Dataset { try records(kind, matching: .all) }

    /// The stored records of one kind with these ids; appointments and terms have none.
    public func records(_ kind: RecordKind, ids: [String]) throws -> Dataset {
        guard RecordKind.withIDs.contains(kind) else { return Dataset() }
        return try records(kind, matching: .ids(ids))
    }

    public func verifyAudit() throws -> AuditVerdict { try verifyAudit(anchors: []) }

    public func organizations(_ query: RecordQuery = .all) throws -> [Organization] {
        try records(.organizations, matching: query).organizations
    }

    public func people(_ query: RecordQuery = .all) throws -> [Person] { try records(.people, matching: query).people }

    public func appointments(_ query: RecordQuery = .all) throws -> [Appointment] {
        try records(.appointments, matching: query).appointments
    }

    public func terms(_ query: RecordQuery = .all) throws -> [Term] { try records(.terms, matching: query).terms }

    public func plans(_ query: RecordQuery = .all) throws -> [Plan] { try records(.plans, matching: query).plans }

    public func triggers(_ query: RecordQuery = .all) throws -> [Trigger] {
        try records(.triggers, matching: query).triggers
    }

    public func talks(_ query: RecordQuery = .all) throws -> [Talk] { try records(.talks, matching: query).talks }

    /// The next free talk id of the form `T<year>-NNN`, for talks recorded without one.
    public func nextTalkID(year: Int) throws -> String { try nextID(.talks, prefix: "T\(year)-", digits: 3) }

    /// The next free `P<year>-NN` for a plan item of `year`, as the office numbers its plan.
    public func nextPlanID(year: Int) throws -> String { try nextID(.plans, prefix: "P\(year)-", digits: 2) }

    /// The next free `TR<year>-NN` for a trigger found in `year`, as the office numbers them.
    public func nextTriggerID(year: Int) throws -> String { try nextID(.triggers, prefix: "TR\(year)-", digits: 2) }

    // The lookups validation needs (`RecordLookup`), answered by typed queries.

    public func appointments(of organization: String) throws -> [Appointment] {
        try appointments(.only(.organization(organization)))
    }

    public func terms(of organization: String) throws -> [Term] { try terms(.only(.organization(organization))) }

    public func organization(_ id: String) throws -> Organization? { try organizations(.id(id)).first }

    public func recordsNaming(_ organization: String) throws -> (talks: [Talk], triggers: [Trigger], plans: [Plan]) {
        let talksWith = try talks(.only(.organization(organization)))
        let talksBy = try talks(.only(.conductor(organization))).filter { $0.organization != organization }
        let plansOf = try plans(.only(.organization(organization)))
        let plansBy = try plans(.only(.conductor(organization))).filter { $0.organization != organization }
        return (talksWith + talksBy, try triggers(.only(.organization(organization))), plansOf + plansBy)
    }
}

/// A store's audit trail as stored: its entries and every record's digest, so that `talks copy`
/// moves the chain whole (its hashes, and the anchors kept of them, stay valid).
public struct StoredTrail: Sendable {
    public let entries: [AuditEntry]
    /// Each record's kind, key, digest and the entry that last wrote it.
    public let digests: [(kind: String, key: String, digest: String, entry: Int)]
}

import Foundation
import TalkModel

/// The committee's records in one SQLite file. Every command is one transaction, and every
/// write is validated in full before anything is written.
public final class Store {
    public let path: String
    let db: Connection
    /// Who is changing the store, for the audit trail.
    let actor: Actor

    /// Marks a SQLite file as a talks store ("TALK"), so another program's database is never written into.
    private static let applicationID: Int64 = 0x5441_4C4B

    private init(path: String, db: Connection, actor: Actor) {
        self.path = path
        self.db = db
        self.actor = actor
    }

    /// Opens an existing store, bringing its schema up to date. The file is checked first
    /// (`StoreFile.inspect`): a store that is not a regular file of ours, that others can read,
    /// or that has several names is refused before SQLite opens it. On a read-only medium or
    /// in a folder we cannot write, the store is opened read-only: reads work, writes throw
    /// `StoreError.readOnly`.
    public static func open(at path: String, actor: Actor = Actor(command: "talks")) throws -> Store {
        guard let inspection = try StoreFile.inspect(path) else { throw StoreError.missing(path: path) }
        return try connect(path, readOnly: inspection.readOnly, actor: actor)
    }

    /// Opens the store at `path` and runs `body` on it. When there is none, a new store is made
    /// under a temporary name in the same folder (`mkstemp`: O_EXCL, mode 0600), given its schema,
    /// `body` runs on it there (a first `talks load` fills it), and only when `body` has succeeded
    /// is it linked to `path`. So no one ever sees a store half made, a file already there (empty
    /// or not) is never initialised, and an error, Ctrl-C or SIGTERM leaves nothing at `path`; a
    /// `kill -9` can leave only the hidden temporary file, readable by its owner alone. Says whether
    /// the store was created.
    public static func openOrCreate<T>(
        at path: String, actor: Actor = Actor(command: "talks"), _ body: (Store) throws -> T
    ) throws -> (value: T, created: Bool) {
        if try StoreFile.inspect(path) == nil {
            // Files another user left beside a store yet to be made are refused before it is made.
            try StoreFile.inspectCompanions(of: path)
            if let value = try create(path, actor: actor, body) { return (value, true) }
        }
        return (try body(try open(at: path, actor: actor)), false)
    }

    /// New stores are made as `.talks-new-PID-XXXXXX`: the process id tells a store being made
    /// from one abandoned by a process that was killed (`kill -9`) while making it.
    private static let temporaryPrefix = ".talks-new-"

    /// Removes the stores (and their `-wal`, `-shm`) that a process of ours was making when it
    /// died: they may hold a first load's confidential text and would never be used.
    private static func removeAbandonedStores(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(temporaryPrefix) {
            let parts = name.dropFirst(temporaryPrefix.count).split(separator: "-", maxSplits: 1)
            guard parts.count == 2, let pid = pid_t(parts[0]), kill(pid, 0) != 0, errno == ESRCH else { continue }
            var info = stat()
            let file = folder + "/" + name
            guard lstat(file, &info) == 0, info.st_uid == geteuid(), info.st_mode & S_IFMT == S_IFREG else { continue }
            unlink(file)
        }
    }

    /// Opens the store at `path`, making an empty one first when there is none; says whether it
    /// was made (`talks init`).
    public static func openOrCreate(at path: String, actor: Actor = Actor(command: "talks")) throws -> (
        store: Store, created: Bool
    ) {
        let created = try openOrCreate(at: path, actor: actor) { _ in () }.created
        return (try open(at: path, actor: actor), created)
    }

    /// Makes, fills and links a new store (`openOrCreate`); nil when another process made the
    /// store first (its work is then done again on that one).
    private static func create<T>(_ path: String, actor: Actor, _ body: (Store) throws -> T) throws -> T? {
        let folder = StoreFile.folder(of: path)
        removeAbandonedStores(in: folder)
        var template = Array((folder + "/\(temporaryPrefix)\(getpid())-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw StoreError.fromErrno(path: path) }
        close(descriptor)
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        NewStoreGuard.guardFiles(of: temporary)
        defer {
            for name in [temporary] + StoreFile.companions.map({ temporary + $0 }) { unlink(name) }
            NewStoreGuard.keep()
        }
        let value: T = try {
            let store = try Store(path: path, db: Connection(path: temporary, shownAs: path), actor: actor)
            try store.prepare(initialising: true)
            let value = try body(store)
            // The file alone must hold the store before it takes its name: the log is folded in,
            // and a disk too full for that fails here, with nothing at `path`.
            try store.db.checkpoint()
            return value
        }()
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { return nil }
            throw StoreError.fromErrno(path: path)
        }
        return value
    }

    private static func connect(_ path: String, readOnly: Bool, actor: Actor) throws -> Store {
        let store = Store(path: path, db: try Connection(path: path, readOnly: readOnly), actor: actor)
        try store.prepare(initialising: false)
        return store
    }

    /// Turns on what every connection needs and brings the schema up to date; only a file this
    /// process has just created (`initialising`) may be given a schema.
    private func prepare(initialising: Bool) throws {
        // Another program's database is refused before anything (the journal mode) is written to it.
        if !initialising, try db.query("PRAGMA application_id").first?.first != .integer(Self.applicationID) {
            throw StoreError.notAStore(path: path, why: .otherDatabase)
        }
        try db.execute("PRAGMA foreign_keys = ON")
        if !db.readOnly {
            let mode = try db.query("PRAGMA journal_mode = WAL")
            guard mode.first?.first == .text("wal") else {
                throw StoreError.ioFailure(path: path, detail: "write-ahead logging could not be turned on")
            }
        }
        try migrate(initialising: initialising)
    }

    /// Brings the schema up to date. The common case, a current store, is settled by a read, so
    /// readers never queue behind a writer just to open the store.
    private func migrate(initialising: Bool) throws {
        if try db.readTransaction({ try Self.schemaState(db, path: path, initialising: initialising) }) == .current {
            return
        }
        try db.writeTransaction {
            // Asked again under the write lock: another process may have migrated meanwhile.
            let state = try Self.schemaState(db, path: path, initialising: initialising)
            if state == .current { return }
            if case .empty = state {
                try db.execute("PRAGMA application_id = \(Self.applicationID)")
                try db.execute("CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
            }
            let current = if case .behind(let version) = state { version } else { 0 }
            for migration in Schema.migrations where migration.version > current {
                try db.execute(migration.sql)
                try db.run(
                    "INSERT INTO schema_migration (version, name) VALUES (?, ?)",
                    [.integer(Int64(migration.version)), .text(migration.name)])
            }
            // Records written before the audit trail existed become its first entry.
            if current == 1 { try adoptRecords() }
        }
    }

    private enum SchemaState: Equatable {
        case empty, behind(Int), current
    }

    /// Where the schema stands; call inside a transaction.
    private static func schemaState(_ db: Connection, path: String, initialising: Bool) throws -> SchemaState {
        let id = try db.query("PRAGMA application_id").first?.first
        guard id == .integer(applicationID) else {
            guard initialising else { throw StoreError.notAStore(path: path, why: .otherDatabase) }
            return .empty
        }
        guard case .integer(let version) = try db.query("SELECT max(version) FROM schema_migration").first?.first
        else { return .behind(0) }
        guard version <= Int64(Schema.latest) else {
            throw StoreError.notAStore(
                path: path, why: .newerSchema(version: Int(version), supported: Schema.latest))
        }
        return version == Int64(Schema.latest) ? .current : .behind(Int(version))
    }

    /// The schema version the store is at.
    public func schemaVersion() throws -> Int {
        guard case .integer(let v) = try db.query("SELECT max(version) FROM schema_migration").first?.first else {
            return 0
        }
        return Int(v)
    }

    // MARK: - Writing

    /// How many records a load added and how many it replaced, by kind.
    public struct LoadSummary: Sendable {
        public var added: [RecordKind: Int] = [:]
        /// Stored records whose content changed.
        public var replaced: [RecordKind: Int] = [:]
        /// Stored records given again with the same content: left untouched.
        public var unchanged: [RecordKind: Int] = [:]
    }

    /// Validates `dataset` against itself and the stored records, then writes it with its audit
    /// entry, all in one transaction: on any problem (including `earlier` ones found while
    /// decoding) nothing is written. A record whose content is already stored is left untouched.
    @discardableResult
    public func save(
        _ dataset: Dataset, locator: RecordLocator = .document, source: String?, earlier: [Problem] = [],
        unreadable: [RecordKind: Set<String>] = [:], progress: ((_ written: Int, _ total: Int) -> Void)? = nil
    ) throws -> LoadSummary {
        try db.writeTransaction {
            let problems =
                try earlier + Validator.validate(dataset, locator: locator, stored: self, unreadable: unreadable)
            guard problems.isEmpty else { throw InputError(source: source, problems: problems) }
            var trail = try AuditTrail(db)
            let summary = try write(dataset, trail: &trail, progress: progress)
            try trail.append(by: actor)
            return summary
        }
    }

    private func write(_ d: Dataset, trail: inout AuditTrail, progress: ((Int, Int) -> Void)?) throws
        -> LoadSummary
    {
        var summary = LoadSummary()
        let total = RecordKind.allCases.reduce(0) { $0 + d.count(of: $1) }
        var written = 0
        for kind in RecordKind.allCases where d.count(of: kind) > 0 {
            let keys = DatasetEncoder.keys(kind, d)
            let records = DatasetEncoder.json(kind, d)
            let stored = try storedRecords(kind, keys: keys)
            let digests = try trail.digests(kind, keys: keys)
            for (i, key) in keys.enumerated() {
                written += 1
                if written % 1000 == 0 { progress?(written, total) }
                let old = stored[key]
                if old == records[i] {
                    summary.unchanged[kind, default: 0] += 1
                    trail.changes.kinds[kind, default: .init()].unchanged += 1
                    continue
                }
                if old == nil { summary.added[kind, default: 0] += 1 } else { summary.replaced[kind, default: 0] += 1 }
                try writeRecord(kind, at: i, of: d)
                try trail.wrote(kind, key: key, record: records[i], replacing: old, digest: digests[key])
            }
        }
        return summary
    }

    /// The stored records of one kind with these keys, as JSON by key.
    private func storedRecords(_ kind: RecordKind, keys: [String]) throws -> [String: JSONValue] {
        let found = try records(kind, keys: keys)
        return Dictionary(zip(DatasetEncoder.keys(kind, found), DatasetEncoder.json(kind, found))) { first, _ in first }
    }

    private func writeRecord(_ kind: RecordKind, at i: Int, of d: Dataset) throws {
        switch kind {
        case .organizations:
            let o = d.organizations[i]
            try upsert(
                "organization", key: ["id"],
                [
                    "id": .text(o.id), "name": .text(o.name), "kind": .text(o.kind.rawValue),
                    "level": .text(o.level.rawValue), "parent": text(o.parent), "approved_by": text(o.approvedBy),
                    "established": text(o.established), "dissolved": text(o.dissolved),
                ])
            try db.run("DELETE FROM organization_former_parent WHERE organization = ?", [.text(o.id)])
            for (position, former) in o.formerParents.enumerated() {
                try db.run(
                    "INSERT INTO organization_former_parent (organization, position, parent, until_date) VALUES (?, ?, ?, ?)",
                    [.text(o.id), .integer(Int64(position)), text(former.parent), text(former.until)])
            }
        case .people:
            let p = d.people[i]
            try upsert("person", key: ["id"], ["id": .text(p.id), "name": .text(p.name)])
        case .appointments:
            let a = d.appointments[i]
            let key: [String: SQLValue] = [
                "person": .text(a.person), "organization": .text(a.organization), "role": .text(a.role.rawValue),
                "from_date": text(a.from),
            ]
            try upsert("appointment", key: Array(key.keys), key.merging(["to_date": text(a.to)]) { $1 })
        case .terms:
            let t = d.terms[i]
            let key: [String: SQLValue] = ["organization": .text(t.organization), "from_date": text(t.from)]
            try upsert(
                "term", key: Array(key.keys),
                key.merging(["to_date": text(t.to), "number": t.number.map { .integer(Int64($0)) } ?? .null]) { $1 })
        case .plans:
            let p = d.plans[i]
            try upsert(
                "plan", key: ["id"],
                [
                    "id": .text(p.id), "conductor": .text(p.conductor), "year": .integer(Int64(p.year)),
                    "organization": .text(p.organization), "talker": text(p.talker), "due": text(p.due),
                ])
            try db.run("DELETE FROM plan_basis WHERE plan = ?", [.text(p.id)])
            for (i, basis) in p.basis.enumerated() {
                try db.run(
                    "INSERT INTO plan_basis (plan, position, basis) VALUES (?, ?, ?)",
                    [.text(p.id), .integer(Int64(i)), .text(basis.rawValue)])
            }
        case .triggers:
            let t = d.triggers[i]
            try upsert(
                "trigger_event", key: ["id"],
                [
                    "id": .text(t.id), "organization": .text(t.organization), "kind": .text(t.kind.rawValue),
                    "on_date": text(t.on), "note": text(t.note),
                ])
        case .talks:
            try writeTalk(d.talks[i])
        }
    }

    /// Deletes one record, named by its key (`DatasetEncoder.keys`), with its audit entry. A record
    /// that others refer to is refused, naming them: they must be changed or deleted first.
    /// False when there is no record with that key.
    public func delete(_ kind: RecordKind, key: String) throws -> Bool {
        try db.writeTransaction {
            let found = try records(kind, keys: [key])
            guard found.count(of: kind) == 1 else { return false }
            let referrers = try references(to: kind, id: key)
            guard referrers.isEmpty else {
                throw InputError(
                    source: nil,
                    problems: referrers.map { kindOf, ids in
                        let shown = ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? " … (\(ids.count))" : "")
                        return Problem(
                            "",
                            Message(
                                zh: "\(kind.singular.zh) \(key) 仍被\(kindOf.singular.zh) \(shown) 引用，请先修改或删除这些记录",
                                en:
                                    "\(kind.singular.en) \(key) is still referred to by \(kindOf.rawValue) \(shown); change or delete those first"
                            ))
                    })
            }
            var trail = try AuditTrail(db)
            switch kind {
            case .appointments:
                let a = found.appointments[0]
                try db.run(
                    "DELETE FROM appointment WHERE person = ? AND organization = ? AND role = ? AND from_date = ?",
                    [.text(a.person), .text(a.organization), .text(a.role.rawValue), text(a.from)])
            case .terms:
                let t = found.terms[0]
                try db.run(
                    "DELETE FROM term WHERE organization = ? AND from_date = ?", [.text(t.organization), text(t.from)])
            case .plans:
                try db.run("DELETE FROM plan_basis WHERE plan = ?", [.text(key)])
            case .talks:
                try db.run("DELETE FROM talk_trigger WHERE talk = ?", [.text(key)])
                try db.run("DELETE FROM talk_entry WHERE talk = ?", [.text(key)])
            case .organizations:
                try db.run("DELETE FROM organization_former_parent WHERE organization = ?", [.text(key)])
            case .people, .triggers: break
            }
            if let table = Self.tables[kind] { try db.run("DELETE FROM \(table) WHERE id = ?", [.text(key)]) }
            try trail.deleted(kind, key: key)
            try trail.append(by: actor)
            return true
        }
    }

    /// What refers to a record, by the kind of the referring records, each with their keys.
    private func references(to kind: RecordKind, id: String) throws -> [(RecordKind, [String])] {
        let appointmentKey = Schema.appointmentKey("")
        let queries: [(RecordKind, String)] =
            switch kind {
            case .organizations:
                [
                    (
                        .organizations,
                        """
                        SELECT id FROM organization WHERE parent = ?1 OR approved_by = ?1
                        UNION SELECT organization FROM organization_former_parent WHERE parent = ?1
                        """
                    ),
                    (.appointments, "SELECT \(appointmentKey) FROM appointment WHERE organization = ?1"),
                    (.terms, "SELECT \(Schema.termKey("")) FROM term WHERE organization = ?1"),
                    (.plans, "SELECT id FROM plan WHERE conductor = ?1 OR organization = ?1"),
                    (.triggers, "SELECT id FROM trigger_event WHERE organization = ?1"),
                    (.talks, "SELECT id FROM talk WHERE conductor = ?1 OR organization = ?1"),
                ]
            case .people:
                [
                    (.appointments, "SELECT \(appointmentKey) FROM appointment WHERE person = ?1"),
                    (.plans, "SELECT id FROM plan WHERE talker = ?1"),
                    (.talks, "SELECT id FROM talk WHERE talkee = ?1 OR talker = ?1"),
                ]
            case .plans: [(.talks, "SELECT id FROM talk WHERE plan = ?1")]
            case .triggers: [(.talks, "SELECT DISTINCT talk FROM talk_trigger WHERE trigger = ?1")]
            case .appointments, .terms, .talks: []
            }
        return try queries.compactMap { referring, sql in
            let keys = try rawQuery(sql + " ORDER BY 1", [.text(id)]).map { try $0.text(0) }
            return keys.isEmpty ? nil : (referring, keys)
        }
    }

    /// The stored records of one kind with these keys. The kinds without ids are few enough
    /// (a post and a term an organization) to read whole and pick from.
    public func records(_ kind: RecordKind, keys: [String]) throws -> Dataset {
        guard kind == .appointments || kind == .terms else { return try records(kind, ids: keys) }
        let wanted = Set(keys)
        var d = try records(kind)
        let kept = DatasetEncoder.keys(kind, d).map(wanted.contains)
        d.appointments = zip(d.appointments, kept).filter(\.1).map(\.0)
        d.terms = zip(d.terms, kept).filter(\.1).map(\.0)
        return d
    }

    private func writeTalk(_ t: Talk) throws {
        try upsert(
            "talk", key: ["id"],
            [
                "id": .text(t.id), "conductor": .text(t.conductor), "kind": .text(t.kind.rawValue),
                "organization": .text(t.organization), "talkee": .text(t.talkee), "talker": .text(t.talker),
                "format": .text(t.format.rawValue), "held": text(t.held), "ended": text(t.ended), "plan": text(t.plan),
                "self_check": flag(t.selfCheck), "record_made": flag(t.record), "untruthful": flag(t.untruthful),
                "measures_reported": text(t.measures?.reported),
                "measures_reflections": t.measures.map { flag($0.reflections) } ?? .null,
                "measures_communicated": text(t.measures?.communicated),
                "report_reported": text(t.report?.reported), "report_assessment": text(t.report?.assessment?.rawValue),
                "archived": text(t.archive?.archived),
            ])
        try db.run("DELETE FROM talk_trigger WHERE talk = ?", [.text(t.id)])
        for (i, trigger) in t.triggers.enumerated() {
            try db.run(
                "INSERT INTO talk_trigger (talk, position, trigger) VALUES (?, ?, ?)",
                [.text(t.id), .integer(Int64(i)), .text(trigger)])
        }
        try db.run("DELETE FROM talk_entry WHERE talk = ?", [.text(t.id)])
        for (list, values) in TalkList.entries(of: t) {
            for (i, value) in values.enumerated() {
                try db.run(
                    "INSERT INTO talk_entry (talk, list, position, value) VALUES (?, ?, ?, ?)",
                    [.text(t.id), .text(list.rawValue), .integer(Int64(i)), .text(value)])
            }
        }
    }

    /// Inserts a row, or updates every other column of the row with the same key: never a
    /// delete-and-insert, which would trip the foreign keys of rows that refer to it.
    private func upsert(_ table: String, key: [String], _ values: [String: SQLValue]) throws {
        let columns = values.keys.sorted()
        let updates = columns.filter { !key.contains($0) }.map { "\($0) = excluded.\($0)" }
        let conflict = updates.isEmpty ? "DO NOTHING" : "DO UPDATE SET " + updates.joined(separator: ", ")
        let sql = """
            INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
            ON CONFLICT (\(key.sorted().joined(separator: ", "))) \(conflict)
            """
        try db.run(sql, columns.map { values[$0]! })
    }

    private func text(_ value: String?) -> SQLValue { value.map { .text($0) } ?? .null }
    private func text(_ date: CivilDate?) -> SQLValue { date.map { .text($0.description) } ?? .null }
    private func flag(_ value: Bool) -> SQLValue { .integer(value ? 1 : 0) }

    // MARK: - Reading

    /// Runs `body` holding the write lock, so what it reads stays true until its writes commit:
    /// a read-modify-write (a follow-up to a stored talk) never loses another clerk's change.
    public func writing<T>(_ body: () throws -> T) throws -> T {
        try db.writeTransaction(body)
    }

    /// Runs `body` on one consistent snapshot, even while others write.
    public func reading<T>(_ body: () throws -> T) throws -> T {
        try db.readTransaction(body)
    }

    /// The whole store as a dataset.
    public func dataset() throws -> Dataset {
        try reading {
            var d = Dataset()
            d.organizations = try organizations()
            d.people = try people()
            d.appointments = try appointments()
            d.terms = try terms()
            d.plans = try plans()
            d.triggers = try triggers()
            d.talks = try talks()
            return d
        }
    }

    /// The records of one kind matching an optional SQL condition, in id order.
    public func records(_ kind: RecordKind, where condition: String = "", _ values: [String] = []) throws -> Dataset {
        var d = Dataset()
        switch kind {
        case .organizations: d.organizations = try organizations(where: condition, values)
        case .people: d.people = try people(where: condition, values)
        case .appointments: d.appointments = try appointments(where: condition, values)
        case .terms: d.terms = try terms(where: condition, values)
        case .plans: d.plans = try plans(where: condition, values)
        case .triggers: d.triggers = try triggers(where: condition, values)
        case .talks: d.talks = try talks(where: condition, values)
        }
        return d
    }

    /// The stored records of one kind with these ids; appointments and terms have none.
    public func records(_ kind: RecordKind, ids: [String]) throws -> Dataset {
        guard kind != .appointments, kind != .terms else { return Dataset() }
        return try records(
            kind, where: "id IN (SELECT value FROM json_each(?))", [JSONWriter.line(.array(ids.map(JSONValue.string)))])
    }

    /// Organizations matching an optional SQL condition, by id, each with its former parents.
    public func organizations(where condition: String = "", _ values: [String] = []) throws -> [Organization] {
        var formerParents: [String: [FormerParent]] = [:]
        _ = try rows(
            "SELECT organization, parent, until_date FROM organization_former_parent",
            condition.isEmpty ? "" : "organization IN (SELECT id FROM organization WHERE \(condition))",
            values, "organization, position"
        ) { r in
            formerParents[try r.text(0), default: []].append(
                FormerParent(parent: try r.optionalText(1), until: try r.date(2)))
        }
        return try rows(
            "SELECT id, name, kind, level, parent, approved_by, established, dissolved FROM organization", condition,
            values,
            "id"
        ) { r in
            let id = try r.text(0)
            return Organization(
                id: id, name: try r.text(1), kind: try r.vocabulary(2), level: try r.vocabulary(3),
                parent: try r.optionalText(4), formerParents: formerParents[id] ?? [],
                established: try r.optionalDate(6), dissolved: try r.optionalDate(7), approvedBy: try r.optionalText(5))
        }
    }

    public func people(where condition: String = "", _ values: [String] = []) throws -> [Person] {
        try rows("SELECT id, name FROM person", condition, values, "id") { r in
            Person(id: try r.text(0), name: try r.text(1))
        }
    }

    public func appointments(where condition: String = "", _ values: [String] = []) throws -> [Appointment] {
        try rows(
            "SELECT person, organization, role, from_date, to_date FROM appointment", condition, values,
            "person, organization, role, from_date"
        ) { r in
            Appointment(
                person: try r.text(0), organization: try r.text(1), role: try r.vocabulary(2), from: try r.date(3),
                to: try r.optionalDate(4))
        }
    }

    public func terms(where condition: String = "", _ values: [String] = []) throws -> [Term] {
        try rows(
            "SELECT organization, from_date, to_date, number FROM term", condition, values, "organization, from_date"
        ) {
            r in
            Term(organization: try r.text(0), from: try r.date(1), to: try r.date(2), number: try r.optionalInt(3))
        }
    }

    public func plans(where condition: String = "", _ values: [String] = []) throws -> [Plan] {
        var basis: [String: [PlanBasis]] = [:]
        _ = try rows(
            "SELECT plan, basis FROM plan_basis",
            condition.isEmpty ? "" : "plan IN (SELECT id FROM plan WHERE \(condition))",
            values, "plan, position"
        ) { r in basis[try r.text(0), default: []].append(try r.vocabulary(1)) }
        return try rows("SELECT id, conductor, year, organization, talker, due FROM plan", condition, values, "id") {
            r in
            let id = try r.text(0)
            return Plan(
                id: id, conductor: try r.text(1), year: try r.int(2), organization: try r.text(3),
                talker: try r.optionalText(4), due: try r.optionalDate(5), basis: basis[id] ?? [])
        }
    }

    public func triggers(where condition: String = "", _ values: [String] = []) throws -> [Trigger] {
        try rows("SELECT id, organization, kind, on_date, note FROM trigger_event", condition, values, "id") { r in
            Trigger(
                id: try r.text(0), organization: try r.text(1), kind: try r.vocabulary(2), on: try r.date(3),
                note: try r.optionalText(4))
        }
    }

    /// Talks matching an optional SQL condition on the `talk` table, by id, with all their lists.
    public func talks(where condition: String = "", _ values: [String] = []) throws -> [Talk] {
        // The whole store needs no condition on the lists (SQLite would otherwise build a set of every id).
        let scope = condition.isEmpty ? "" : "talk IN (SELECT id FROM talk WHERE \(condition))"
        var triggers: [String: [String]] = [:]
        _ = try rows("SELECT talk, trigger FROM talk_trigger", scope, values, "talk, position") { r in
            triggers[try r.text(0), default: []].append(try r.text(1))
        }
        var entries: [String: [TalkList: [String]]] = [:]
        _ = try rows("SELECT talk, list, value FROM talk_entry", scope, values, "talk, list, position") { r in
            entries[try r.text(0), default: [:]][try r.vocabulary(1) as TalkList, default: []].append(try r.text(2))
        }
        let columns = """
            id, conductor, kind, organization, talkee, talker, format, held, ended, plan, self_check, record_made,
            untruthful, measures_reported, measures_reflections, measures_communicated, report_reported,
            report_assessment, archived
            """
        return try rows("SELECT \(columns) FROM talk", condition, values, "id") { r in
            var t = Talk(
                id: try r.text(0), conductor: try r.text(1), kind: try r.vocabulary(2), organization: try r.text(3),
                talkee: try r.text(4), talker: try r.text(5), held: try r.date(7), ended: try r.date(8))
            t.format = try r.vocabulary(6)
            t.plan = try r.optionalText(9)
            t.selfCheck = try r.int(10) == 1
            t.record = try r.int(11) == 1
            t.untruthful = try r.int(12) == 1
            if let reported = try r.optionalDate(13) {
                t.measures = Measures(
                    reported: reported, reflections: try r.int(14) == 1, communicated: try r.optionalDate(15))
            }
            if let reported = try r.optionalDate(16) {
                t.report = RectificationReport(reported: reported, assessment: try r.optionalVocabulary(17))
            }
            t.triggers = triggers[t.id] ?? []
            let lists = entries[t.id] ?? [:]
            try TalkList.apply(lists, to: &t, path: path)
            if let archived = try r.optionalDate(18) {
                t.archive = Archive(
                    archived: archived,
                    copiedTo: try (lists[.copiedTo] ?? []).map { try RowReader.vocabulary($0, path: path) })
            }
            return t
        }
    }

    /// Rows of a query, each read with the checks of `RowReader`.
    func rawQuery(_ sql: String, _ values: [SQLValue] = []) throws -> [RowReader] {
        try db.query(sql, values).map { RowReader(row: $0, path: path) }
    }

    private func rows<T>(
        _ select: String, _ condition: String, _ values: [String], _ order: String, _ make: (RowReader) throws -> T
    ) throws -> [T] {
        let sql = select + (condition.isEmpty ? "" : " WHERE \(condition)") + " ORDER BY \(order)"
        var made: [T] = []
        try db.forEachRow(sql, values.map { .text($0) }) { made.append(try make(RowReader(row: $0, path: path))) }
        return made
    }

    /// The next free talk id of the form `T<year>-NNN`, for talks recorded without one.
    public func nextTalkID(year: Int) throws -> String {
        try nextID(.talks, prefix: "T\(year)-", digits: 3)
    }

    /// The next free `P<year>-NN` for a plan item of `year`, as the office numbers its plan.
    public func nextPlanID(year: Int) throws -> String {
        try nextID(.plans, prefix: "P\(year)-", digits: 2)
    }

    /// The next free `TR<year>-NN` for a trigger found in `year`, as the office numbers them.
    public func nextTriggerID(year: Int) throws -> String {
        try nextID(.triggers, prefix: "TR\(year)-", digits: 2)
    }

    /// `prefix` and one more than the highest number stored after it, with at least `digits`
    /// digits; ids after the prefix that are not numbers are not counted.
    private func nextID(_ kind: RecordKind, prefix: String, digits: Int) throws -> String {
        let table = Self.tables[kind]!
        let taken = try db.query("SELECT id FROM \(table) WHERE id GLOB ?", [.text(prefix + "[0-9]*")]).compactMap {
            row -> Int? in
            guard case .text(let id) = row.first else { return nil }
            return Int(id.dropFirst(prefix.count))
        }
        let next = String((taken.max() ?? 0) + 1)
        return prefix + String(repeating: "0", count: max(0, digits - next.count)) + next
    }

    /// The record kinds that have a record with this id (an id may be used by several kinds).
    public func kinds(having id: String) throws -> [RecordKind] {
        try RecordKind.allCases.filter { Self.tables[$0] != nil }.filter { try exists($0, id: id) }
    }

    /// The tables of the kinds that have ids.
    private static let tables: [RecordKind: String] = [
        .organizations: "organization", .people: "person", .plans: "plan", .triggers: "trigger_event", .talks: "talk",
    ]
}

extension Store: RecordLookup {
    public func exists(_ kind: RecordKind, id: String) throws -> Bool {
        guard let table = Self.tables[kind] else { return false }
        return try !db.query("SELECT 1 FROM \(table) WHERE id = ?", [.text(id)]).isEmpty
    }

    public func ids(_ kind: RecordKind) throws -> [String] {
        guard let table = Self.tables[kind] else { return [] }
        return try db.query("SELECT id FROM \(table) ORDER BY id").compactMap {
            if case .text(let id) = $0.first { id } else { nil }
        }
    }

    public func secretaryAppointments(of organization: String) throws -> [Appointment] {
        try appointments(where: "organization = ? AND role = 'secretary'", [organization])
    }

    public func terms(of organization: String) throws -> [Term] {
        try terms(where: "organization = ?", [organization])
    }

    public func organization(_ id: String) throws -> Organization? {
        try organizations(where: "id = ?", [id]).first
    }
}

/// The lists of a talk kept in `talk_entry`, and which field each one is.
enum TalkList: String, Vocabulary {
    case step, problem, requirement, participant, copiedTo = "copied-to"

    var label: Message { Message(zh: rawValue, en: rawValue) }

    static func entries(of t: Talk) -> [(TalkList, [String])] {
        [
            (.step, t.steps.map(\.rawValue)), (.problem, t.problems), (.requirement, t.requirements),
            (.participant, t.participants.map(\.rawValue)), (.copiedTo, t.archive?.copiedTo.map(\.rawValue) ?? []),
        ]
    }

    static func apply(_ lists: [TalkList: [String]], to t: inout Talk, path: String) throws {
        t.steps = try (lists[.step] ?? []).map { try RowReader.vocabulary($0, path: path) }
        t.problems = lists[.problem] ?? []
        t.requirements = lists[.requirement] ?? []
        t.participants = try (lists[.participant] ?? []).map { try RowReader.vocabulary($0, path: path) }
    }
}

/// Reads one row, refusing values the schema should never have let in.
struct RowReader {
    let row: any SQLRow
    let path: String

    private func damaged(_ column: Int) -> StoreError {
        StoreError.damaged(path: path, detail: "unexpected value in column \(column)")
    }

    func optionalText(_ i: Int) throws -> String? {
        switch row.value(i) {
        case .null: return nil
        case .text(let text): return text
        case .integer: throw damaged(i)
        }
    }

    func text(_ i: Int) throws -> String {
        guard let text = try optionalText(i) else { throw damaged(i) }
        return text
    }

    func optionalInt(_ i: Int) throws -> Int? {
        switch row.value(i) {
        case .null: return nil
        case .integer(let n): return Int(n)
        case .text: throw damaged(i)
        }
    }

    func int(_ i: Int) throws -> Int {
        guard let n = try optionalInt(i) else { throw damaged(i) }
        return n
    }

    func optionalDate(_ i: Int) throws -> CivilDate? {
        guard let text = try optionalText(i) else { return nil }
        guard let date = CivilDate(text) else { throw damaged(i) }
        return date
    }

    func date(_ i: Int) throws -> CivilDate {
        guard let date = try optionalDate(i) else { throw damaged(i) }
        return date
    }

    func optionalVocabulary<V: Vocabulary>(_ i: Int) throws -> V? {
        guard let text = try optionalText(i) else { return nil }
        return try Self.vocabulary(text, path: path)
    }

    func vocabulary<V: Vocabulary>(_ i: Int) throws -> V {
        try Self.vocabulary(try text(i), path: path)
    }

    static func vocabulary<V: Vocabulary>(_ text: String, path: String) throws -> V {
        guard let value = V(rawValue: text) else {
            throw StoreError.damaged(path: path, detail: "unexpected value \(text.quoted)")
        }
        return value
    }
}

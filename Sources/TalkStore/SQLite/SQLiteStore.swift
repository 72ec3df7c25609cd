import CSQLite
import Foundation
import TalkModel

/// The committee's records in one SQLite file: the first `Store` backend. Every command is one
/// transaction, and every write is validated in full before anything is written.
public final class SQLiteStore: SQLStore {
    /// The connection, as SQLite's own (for what only SQLite has: checkpoints).
    private let file: Connection

    /// Marks a SQLite file as a talks store ("TALK"), so another program's database is never written into.
    private static let applicationID: Int64 = 0x5441_4C4B

    private init(path: String, db: Connection, actor: Actor) {
        file = db
        super.init(path: path, db: db, actor: actor)
    }

    /// Opens an existing store, bringing its schema up to date. The file is checked first
    /// (`StoreFile.inspect`): a store that is not a regular file of ours, that others can read,
    /// or that has several names is refused before SQLite opens it. On a read-only medium or
    /// in a folder we cannot write, the store is opened read-only: reads work, writes throw
    /// `StoreError.readOnly`.
    public static func open(
        at path: String, actor: Actor = Actor(command: "talks"), waiting: (() -> Void)? = nil
    ) throws -> SQLiteStore {
        guard let inspection = try StoreFile.inspect(path) else {
            // No store, but its log: the store was moved away or deleted while written, which is
            // what to say (helper-189: "no store here yet. Run … init", which the log then refused).
            try StoreFile.refuseStrayLog(beside: path)
            throw StoreError.missing(path: path)
        }
        return try connect(path, readOnly: inspection.readOnly, actor: actor, waiting: waiting)
    }

    /// Opens the store at `path` and runs `body` on it. When there is none, a new store is made
    /// under a temporary name in the same folder (`mkstemp`: O_EXCL, mode 0600), given its schema,
    /// `body` runs on it there (a first `talks load` fills it), and only when `body` has succeeded
    /// is it linked to `path`. So no one ever sees a store half made, a file already there (empty
    /// or not) is never initialised, and an error, Ctrl-C or SIGTERM leaves nothing at `path`; a
    /// `kill -9` can leave only the hidden temporary file, readable by its owner alone. Says whether
    /// the store was created.
    public static func openOrCreate<T>(
        at path: String, actor: Actor = Actor(command: "talks"), waiting: (() -> Void)? = nil,
        _ body: (SQLiteStore) throws -> T
    ) throws -> (value: T, created: Bool) {
        if try StoreFile.inspect(path) == nil {
            // Files another user left beside a store yet to be made are refused before it is made,
            // as is a log left by a store moved away while it was written (helper-188: the store
            // made then read it as its own, and was damaged).
            try StoreFile.inspectCompanions(of: path)
            try StoreFile.refuseStrayLog(beside: path)
            if let value = try create(path, actor: actor, waiting: waiting, body) { return (value, true) }
        }
        return (try body(try open(at: path, actor: actor, waiting: waiting)), false)
    }

    /// The files kept beside a store at `path`: SQLite's `-wal`, `-shm` and `-journal`, and the
    /// record of its last checked state (`VerifiedState`).
    public static func filesBeside(_ path: String) -> [String] {
        StoreFile.companions.map { path + $0 } + [VerifiedState.recordPath(for: path)]
    }

    /// New stores are made as `.talks-new-PID-XXXXXX`: the process id tells a store being made
    /// from one abandoned by a process that was killed (`kill -9`) while making it.
    private static let temporaryPrefix = ".talks-new-"

    /// Opens the store at `path`, making an empty one first when there is none; says whether it
    /// was made (`talks init`).
    public static func openOrCreate(at path: String, actor: Actor = Actor(command: "talks")) throws -> (
        store: SQLiteStore, created: Bool
    ) {
        let created = try openOrCreate(at: path, actor: actor) { _ in () }.created
        return (try open(at: path, actor: actor), created)
    }

    /// Makes, fills and links a new store (`openOrCreate`); nil when another process made the
    /// store first (its work is then done again on that one).
    private static func create<T>(
        _ path: String, actor: Actor, waiting: (() -> Void)?, _ body: (SQLiteStore) throws -> T
    ) throws -> T? {
        let folder = StoreFile.folder(of: path)
        // The stores (and their `-wal`, `-shm`) a process of ours was making when it died: they
        // may hold a first load's confidential text and would never be used.
        TemporaryFile.removeAbandoned(in: folder, prefix: temporaryPrefix)
        var template = TemporaryFile.template(in: folder, prefix: temporaryPrefix)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw StoreError.fromErrno(path: path) }
        close(descriptor)
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let temporaries = [temporary] + StoreFile.companions.map { temporary + $0 }
        NewStoreGuard.guardFiles(of: temporary, shownAs: path)
        var made = false
        defer {
            for name in temporaries { unlink(name) }
            // Once the store has its name it stays, and an interruption says so.
            if made { NewStoreGuard.committed(to: path) } else { NewStoreGuard.keep() }
        }
        let value: T = try {
            let store = try SQLiteStore(
                path: path, db: Connection(path: temporary, shownAs: path, waiting: waiting), actor: actor)
            try store.prepare(initialising: true)
            let value = try body(store)
            // The file alone must hold the store before it takes its name: the log is folded in,
            // and a disk too full for that fails here, with nothing at `path`.
            try store.file.checkpoint()
            return value
        }()
        // A log put beside the name while the store was made is refused as one there before
        // (helper-189: the first load said "loaded", and the next command read the store through
        // another database's log).
        try StoreFile.refuseStrayLog(beside: path)
        // The name given and the guard told so with no signal between (helper-163: one there
        // removed the temporary name and said the store at its name, whole, was removed).
        let failure: Int32? = NewStoreGuard.holdingSignals {
            guard link(temporary, path) == 0 else { return errno }
            NewStoreGuard.committed(to: path, removing: temporaries)
            return nil
        }
        if let failure {
            if failure == EEXIST { return nil }
            errno = failure
            throw StoreError.fromErrno(path: path)
        }
        made = true
        return value
    }

    private static func connect(_ path: String, readOnly: Bool, actor: Actor, waiting: (() -> Void)?) throws
        -> SQLiteStore
    {
        func opened(refusingWrites refusal: StoreError?) throws -> SQLiteStore {
            let store = SQLiteStore(
                path: path, db: try Connection(path: path, refusingWrites: refusal, waiting: waiting), actor: actor)
            try store.prepare(initialising: false)
            return store
        }
        guard !readOnly else { return try opened(refusingWrites: .readOnly(path: path)) }
        do {
            return try opened(refusingWrites: nil)
        } catch let error as StoreError {
            // A full disk has no room for the index SQLite keeps beside a store it may write
            // (`-shm`), which a reader needs too: opened read-only (`Connection`: through the
            // index left there, else as on a read-only medium), the store still reads (the clerk
            // sees the work list), and a write says the disk is full. A disk with no file left to
            // make (its `-wal`) is as full, though SQLite says less.
            switch error {
            case .full: break
            case .ioFailure where StoreFile.noFileCanBeMade(beside: path): break
            default: throw error
            }
            return try opened(refusingWrites: .full(path: path))
        }
    }

    /// Turns on what every connection needs and brings the schema up to date; only a file this
    /// process has just created (`initialising`) may be given a schema.
    private func prepare(initialising: Bool) throws {
        // Another program's database is refused before anything (the journal mode) is written to it.
        if !initialising, try file.query("PRAGMA application_id").first?.first != .integer(Self.applicationID) {
            // A talks store in its file read as another database through its log: the log is
            // another's (a backup copied over the store while an old log was beside it).
            if StoreFile.header(of: path, hasApplicationID: Self.applicationID) {
                throw StoreError.unsafe(path: path, why: .foreignLog(file: path + "-wal"))
            }
            // A store's tables without its mark: a copy made with `sqlite3 .dump` and read back,
            // which keeps no application id (helper-201: told as another program's database).
            let tables = try file.query(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('schema_migration', 'audit_entry', 'talk')"
            )
            if try file.query("PRAGMA application_id").first?.first == .integer(0), tables.first?.first == .integer(3) {
                throw StoreError.notAStore(path: path, why: .unmarked(applicationID: Self.applicationID))
            }
            throw StoreError.notAStore(path: path, why: .otherDatabase)
        }
        file.foldsLogOnClose()
        try file.execute("PRAGMA foreign_keys = ON")
        // Deleted confidential text (Art. 16) is overwritten with zeros, not left in free pages, on
        // every SQLite build (Debian's has it on by default, others do not).
        try file.execute("PRAGMA secure_delete = ON")
        // Every b-tree page is checked as it is read, so damage on a page a command reads or
        // writes stops it (SQLITE_CORRUPT) before anything is written.
        try file.execute("PRAGMA cell_size_check = ON")
        if !file.readOnly {
            let mode = try file.query("PRAGMA journal_mode = WAL")
            guard mode.first?.first == .text("wal") else {
                throw StoreError.ioFailure(path: path, detail: "write-ahead logging could not be turned on")
            }
        }
        try migrate(initialising: initialising)
    }

    /// Brings the schema up to date. The common case, a current store, is settled by a read, so
    /// readers never queue behind a writer just to open the store.
    private func migrate(initialising: Bool) throws {
        let state = try file.readTransaction { try Self.schemaState(file, path: path, initialising: initialising) }
        if state == .current { return }
        // A store on a read-only medium, behind only by rewritten constraints, reads the same as it
        // is; one behind by more cannot be read until it is upgraded, which cannot be done there.
        if file.readOnly, case .behind(let version) = state {
            guard Schema.readsAsItIs(Schema.migrations, from: version) else {
                // On a full disk the upgrade, a write, waits for room like any other.
                if case .full = file.writeRefusal { throw StoreError.full(path: path) }
                throw StoreError.upgradeNeeded(path: path, version: version)
            }
            return
        }
        try file.writeTransaction {
            // Asked again under the write lock: another process may have migrated meanwhile.
            let state = try Self.schemaState(file, path: path, initialising: initialising)
            if state == .current { return }
            if case .empty = state {
                try file.execute("PRAGMA application_id = \(Self.applicationID)")
                try file.execute("CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
            }
            let current = if case .behind(let version) = state { version } else { 0 }
            do {
                // A store moved by a migration is moved whole: a row referring to a record not in
                // the store (put in with the sqlite3 shell, which checks no foreign key) is damage,
                // told before anything is written (helper-156: the upgrade was written first).
                if current > 0, Schema.migrations.contains(where: { $0.version > current && !$0.rewritesConstraints }),
                    let row = try file.query("PRAGMA foreign_key_check").first
                {
                    throw StoreError.damaged(path: path, detail: try danglingReference(row))
                }
                for migration in Schema.migrations where migration.version > current {
                    for (query, detail) in migration.damage {
                        if case .text(let key) = try file.query(query).first?.first {
                            throw StoreError.damaged(path: path, detail: detail(key))
                        }
                    }
                    if migration.rewritesConstraints {
                        try rewriteConstraints(migration.sql)
                    } else {
                        try file.execute(migration.sql)
                    }
                    try file.run(
                        "INSERT INTO schema_migration (version, name) VALUES (?, ?)",
                        [.integer(Int64(migration.version)), .text(migration.name)])
                }
                // Records written before the audit trail existed become its first entry.
                if current == 1 { try adoptRecords() }
            } catch StoreError.backend(_, _, let message) where state != .empty {
                // The migrations of a new store are talks's own; one refused in a store that exists
                // met a change made outside talks: `schema_migration` edited back (migration 4
                // finding its columns already there).
                throw StoreError.damaged(
                    path: path, detail: "its upgrade from schema version \(current) failed: \(message)")
            }
        }
    }

    /// A row of `PRAGMA foreign_key_check` (table, rowid, parent, the key's id) told as damage is
    /// told when read: `a talk that is not in the store in talk_entry "NOPE", column talk`, the
    /// value found again by the key's columns (a table without rowids has no rowid to name).
    private func danglingReference(_ row: [SQLValue]) throws -> String {
        guard row.count > 3, case .text(let table) = row[0], case .text(let parent) = row[2],
            case .integer(let id) = row[3]
        else { return "a row that refers to a record not in the store" }
        func name(_ identifier: String) -> String {
            "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        let key = try file.query("PRAGMA foreign_key_list(\(name(table)))").first { $0.first == .integer(id) }
        guard let key, key.count > 4, case .text(let column) = key[3], case .text(let target) = key[4] else {
            return "a row in \(table.inline) that refers to a \(parent.inline) not in the store"
        }
        let value = try file.query(
            "SELECT \(name(column)) FROM \(name(table)) WHERE \(name(column)) NOT IN "
                + "(SELECT \(name(target)) FROM \(name(parent))) LIMIT 1"
        ).first?.first
        let shown = if case .text(let text) = value { " " + text.quoted } else { "" }
        let article = "aeiou".contains(parent.first ?? "x") ? "an" : "a"
        return
            "\(article) \(parent.inline) that is not in the store in \(table.inline)\(shown), column \(column.inline)"
    }

    /// Runs `sql`, which edits constraints' text in `sqlite_schema`, as SQLite's documentation says
    /// to (*ALTER TABLE*, "making other kinds of table schema changes"): with the schema writable,
    /// then the schema's version raised so every connection reads the new text, and writable no
    /// more whatever happened (the transaction around it undoes a failure).
    private func rewriteConstraints(_ sql: String) throws {
        guard case .integer(let version) = try file.query("PRAGMA schema_version").first?.first else {
            throw StoreError.damaged(path: path, detail: "no schema version")
        }
        try file.execute("PRAGMA writable_schema = ON")
        defer { try? file.execute("PRAGMA writable_schema = RESET") }
        try file.execute(sql)
        try file.execute("PRAGMA schema_version = \(version + 1)")
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
        // Every store talks has made records its versions as whole numbers, at least one: anything
        // else was written outside talks.
        let recorded = try db.query(
            "SELECT max(version), count(*) - count(CASE WHEN typeof(version) = 'integer' THEN 1 END) FROM schema_migration"
        ).first
        guard case .integer(let version) = recorded?.first, recorded?.last == .integer(0) else {
            throw StoreError.damaged(
                path: path, detail: "schema_migration records no version, or one that is not a number")
        }
        guard version <= Int64(Schema.latest) else {
            throw StoreError.notAStore(
                path: path, why: .newerSchema(version: Int(version), supported: Schema.latest))
        }
        return version == Int64(Schema.latest) ? .current : .behind(Int(version))
    }
}

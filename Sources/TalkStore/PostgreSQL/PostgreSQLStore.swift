import CLibPQ
import Foundation
import TalkModel

/// The committee's records in a PostgreSQL database shared by an office's clerks: the second
/// `Store` backend. The tables, constraints, audit chain and record digests are SQLite's
/// (`SQLStore` holds the logic of both); writers take one advisory lock, so each command is
/// one transaction and the audit entries form one chain.
public final class PostgreSQLStore: SQLStore {
    /// The connection, typed: the DDL of migrations and grants is run on it.
    let connection: PGConnection

    private init(db: PGConnection, actor: Actor) {
        connection = db
        super.init(path: db.path, db: db, actor: actor)
    }

    /// Opens a store already set up in the database (`talks init`), bringing its schema up to
    /// date; a database without one is `missing`, and one holding other tables `notAStore`.
    public static func open(
        _ target: PostgreSQLTarget, actor: Actor = Actor(command: "talks"), waiting: (() -> Void)? = nil
    ) throws -> PostgreSQLStore {
        let store = try connect(target, actor: actor, waiting: waiting)
        guard try store.migrate(creating: false) else { throw StoreError.missing(path: store.path) }
        try store.learnAccess()
        return store
    }

    /// Opens the store, giving an empty database its schema first; `body` runs in the same
    /// transaction as the schema's creation, so a failed first load leaves the database empty,
    /// as a SQLite store is never made half. Says whether the store was created.
    public static func openOrCreate<T>(
        _ target: PostgreSQLTarget, actor: Actor = Actor(command: "talks"), waiting: (() -> Void)? = nil,
        _ body: (PostgreSQLStore) throws -> T
    ) throws -> (value: T, created: Bool) {
        let store = try connect(target, actor: actor, waiting: waiting)
        if try store.migrate(creating: false) {
            try store.learnAccess()
            return (try body(store), false)
        }
        return try store.db.writeTransaction {
            let created = try !store.migrate(creating: true)
            try store.learnAccess()
            return (try body(store), created)
        }
    }

    /// Learns what the login may read (`talks access`): a role granted one committee's records
    /// verifies the audit chain but not all the records, and one granted without the confidential
    /// texts reads the trigger notes as absent, having no privilege on them.
    private func learnAccess() throws {
        let access = try loginAccess()
        seesEverything = access.everything
        scope = access.scope
        connection.withholdsNotes = !access.notes
    }

    private static func connect(_ target: PostgreSQLTarget, actor: Actor, waiting: (() -> Void)?) throws
        -> PostgreSQLStore
    {
        let connection = try PGConnection(target: target, waiting: waiting)
        // The audit trail names the database role the server authenticated beside the account
        // the client says it runs as: on a shared server, the role is what the server vouches for.
        let actor = Actor(user: "\(actor.user), database role \(connection.role)", command: actor.command)
        return PostgreSQLStore(db: connection, actor: actor)
    }

    /// Brings the schema up to date; false when the database has none and `creating` is false.
    /// With `creating`, true means the store was there already (made meanwhile by another clerk).
    /// The common case, a current store, is settled by a read, so readers never wait for a writer.
    private func migrate(creating: Bool) throws -> Bool {
        let found = try db.readTransaction { try schemaState() }
        if found == .current { return true }
        if found == .empty && !creating { return false }
        do {
            return try upgrade(creating: creating)
        } catch let error as StoreError {
            guard case .behind(let version) = found else { throw error }
            // A store behind only by migrations that change nothing here (PostgreSQL's 5) reads
            // the same as it is, on a read-only server or for a clerk who may not upgrade it;
            // one behind by more waits for its upgrade, which is said as such.
            let blocked: StoreError.UpgradeBlocked
            switch error {
            case .readOnly: blocked = .readOnlyServer
            case .notPermitted: blocked = .notOwner
            default: throw error
            }
            if found.readsAsItIs { return true }
            throw StoreError.upgradeNeeded(path: path, version: version, blocked: blocked)
        }
    }

    /// Brings the schema up to date under the write lock; false when the database holds no store.
    private func upgrade(creating: Bool) throws -> Bool {
        try db.writeTransaction {
            // Asked again under the write lock: another clerk may have migrated meanwhile.
            let state = try schemaState()
            if state == .current { return true }
            if state == .empty {
                try connection.execute(
                    "CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
            }
            let current = if case .behind(let version) = state { version } else { 0 }
            for migration in PostgreSQLSchema.migrations where migration.version > current {
                for (query, detail) in migration.damage {
                    if case .text(let key) = try db.query(query).first?.first {
                        throw StoreError.damaged(path: path, detail: detail(key))
                    }
                }
                try connection.execute(migration.sql)
                try db.run(
                    "INSERT INTO schema_migration (version, name) VALUES (?, ?)",
                    [.integer(Int64(migration.version)), .text(migration.name)])
            }
            return state != .empty
        }
    }

    /// Every id taken, those row-level security hides included (through `talks_taken_ids`), so
    /// that a number given to a new record is free for all committees, not just this one.
    override func takenIDs(_ kind: RecordKind, prefix: String) throws -> [[SQLValue]] {
        guard !seesEverything else { return try super.takenIDs(kind, prefix: prefix) }
        return try db.query("SELECT talks_taken_ids(?, ?)", [.text(kind.rawValue), .text(prefix)])
    }

    private enum SchemaState: Equatable {
        case empty, behind(Int), current

        /// Behind only by migrations that rewrite constraints (`Schema.Migration.rewritesConstraints`).
        var readsAsItIs: Bool {
            guard case .behind(let version) = self else { return false }
            return Schema.readsAsItIs(PostgreSQLSchema.migrations, from: version)
        }
    }

    /// Where the schema stands in the connection's schema (`search_path`). A talks store is known
    /// by its tables and columns (`PostgreSQLSchema.columns`), not by a `schema_migration` table
    /// alone: a database with other tables, or with a `schema_migration` but not a store's tables,
    /// is another program's, left untouched. Read from the catalog, which every login may read,
    /// so a clerk without a privilege is told so when a statement is refused, not "not a store".
    private func schemaState() throws -> SchemaState {
        var found: [String: Set<String>] = [:]
        for row in try rawQuery(
            """
            SELECT c.relname, a.attname FROM pg_catalog.pg_class c
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE c.relnamespace = (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = current_schema())
            AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
            """)
        {
            let columns = try row.optionalText(1).map { [$0] } ?? []
            found[try row.text(0), default: []].formUnion(columns)
        }
        if found.isEmpty { return .empty }
        func lacking(_ expected: [String: Set<String>]) -> String? {
            for (table, columns) in expected.sorted(by: { $0.key < $1.key }) {
                guard let have = found[table] else { return table }
                if let column = columns.sorted().first(where: { !have.contains($0) }) { return "\(table).\(column)" }
            }
            return nil
        }
        guard found["schema_migration"] != nil else { throw StoreError.notAStore(path: path, why: .otherDatabase) }
        if let missing = lacking(["schema_migration": ["version", "name"]]) {
            throw StoreError.notAStore(path: path, why: .incomplete(missing: missing))
        }
        let version = try schemaVersion()
        guard version <= Schema.latest else {
            throw StoreError.notAStore(path: path, why: .newerSchema(version: version, supported: Schema.latest))
        }
        guard version >= PostgreSQLSchema.first, let expected = PostgreSQLSchema.columns[version] else {
            throw StoreError.notAStore(path: path, why: .otherDatabase)
        }
        if let missing = lacking(expected) {
            throw StoreError.notAStore(path: path, why: .incomplete(missing: missing))
        }
        return version == Schema.latest ? .current : .behind(version)
    }
}

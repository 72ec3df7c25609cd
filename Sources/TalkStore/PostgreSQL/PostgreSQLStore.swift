import CLibPQ
import Foundation
import TalkModel

/// The committee's records in a PostgreSQL database shared by an office's clerks: the second
/// `Store` backend. The tables, constraints, audit chain and record digests are SQLite's
/// (`SQLStore` holds the logic of both); writers take one advisory lock, so each command is
/// one transaction and the audit entries form one chain.
public final class PostgreSQLStore: SQLStore {
    /// Whether `location` (`--db`, `TALKS_DB`) names a PostgreSQL database, as a libpq URI does.
    public static func names(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }

    /// Whether the URI holds a password (`user:secret@` or `?password=`): it would stay in the
    /// shell's history and in `ps`; libpq reads it from `~/.pgpass` or `PGPASSWORD` instead.
    public static func holdsPassword(_ uri: String) -> Bool {
        guard let options = PQconninfoParse(uri, nil) else { return false }
        defer { PQconninfoFree(options) }
        var option = options
        while let keyword = option.pointee.keyword {
            if String(cString: keyword) == "password", let value = option.pointee.val, value.pointee != 0 {
                return true
            }
            option += 1
        }
        return false
    }

    private init(uri: String, db: PGConnection, actor: Actor) {
        super.init(path: uri, db: db, actor: actor)
    }

    /// Opens a store already set up in the database (`talks init`), bringing its schema up to
    /// date; a database without one is `missing`, and one holding other tables `notAStore`.
    public static func open(
        uri: String, actor: Actor = Actor(command: "talks"), waiting: (() -> Void)? = nil
    ) throws -> PostgreSQLStore {
        let store = try connect(uri, actor: actor, waiting: waiting)
        guard try store.migrate(creating: false) else { throw StoreError.missing(path: uri) }
        return store
    }

    /// Opens the store, giving an empty database its schema first; `body` runs in the same
    /// transaction as the schema's creation, so a failed first load leaves the database empty,
    /// as a SQLite store is never made half. Says whether the store was created.
    public static func openOrCreate<T>(
        uri: String, actor: Actor = Actor(command: "talks"), waiting: (() -> Void)? = nil,
        _ body: (PostgreSQLStore) throws -> T
    ) throws -> (value: T, created: Bool) {
        let store = try connect(uri, actor: actor, waiting: waiting)
        if try store.migrate(creating: false) { return (try body(store), false) }
        return try store.db.writeTransaction {
            let created = try !store.migrate(creating: true)
            return (try body(store), created)
        }
    }

    private static func connect(_ uri: String, actor: Actor, waiting: (() -> Void)?) throws -> PostgreSQLStore {
        PostgreSQLStore(uri: uri, db: try PGConnection(uri: uri, waiting: waiting), actor: actor)
    }

    /// Brings the schema up to date; false when the database has none and `creating` is false.
    /// With `creating`, true means the store was there already (made meanwhile by another clerk).
    /// The common case, a current store, is settled by a read, so readers never wait for a writer.
    private func migrate(creating: Bool) throws -> Bool {
        let found = try db.readTransaction { try schemaState() }
        if found == .current { return true }
        if found == .empty && !creating { return false }
        return try db.writeTransaction {
            // Asked again under the write lock: another clerk may have migrated meanwhile.
            let state = try schemaState()
            if state == .current { return true }
            guard let connection = db as? PGConnection else { return true }
            if state == .empty {
                try connection.execute(
                    "CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
            }
            let current = if case .behind(let version) = state { version } else { 0 }
            for migration in PostgreSQLSchema.migrations where migration.version > current {
                try connection.execute(migration.sql)
                try db.run(
                    "INSERT INTO schema_migration (version, name) VALUES (?, ?)",
                    [.integer(Int64(migration.version)), .text(migration.name)])
            }
            return state != .empty
        }
    }

    private enum SchemaState: Equatable {
        case empty, behind(Int), current
    }

    /// Where the schema stands in the connection's schema (`search_path`); a database with other
    /// tables and no `schema_migration` is another program's, left untouched.
    private func schemaState() throws -> SchemaState {
        let tables = try rawQuery(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        ).map { try $0.text(0) }
        guard tables.contains("schema_migration") else {
            if tables.isEmpty { return .empty }
            throw StoreError.notAStore(path: path, why: .otherDatabase)
        }
        let version = try schemaVersion()
        guard version <= Schema.latest else {
            throw StoreError.notAStore(path: path, why: .newerSchema(version: version, supported: Schema.latest))
        }
        return version == Schema.latest ? .current : .behind(version)
    }
}

import TalkModel

/// What the record logic shared by the SQL backends needs of a connection: SQLite's file and
/// PostgreSQL's server answer the same SQL (`?` placeholders, `?1` for one value used twice) for
/// everything but what `jsonArrayValues` and each backend's schema say.
protocol SQLDatabase: AnyObject {
    /// The store's name in messages (a path, or a connection URI without its password).
    var path: String { get }
    /// A subquery of the text values of the JSON array bound to its one `?`.
    var jsonArrayValues: String { get }
    /// Runs `sql` with `values` bound and returns every row.
    func query(_ sql: String, _ values: [SQLValue]) throws -> [[SQLValue]]
    /// Runs `sql` with `values` bound; its rows are stepped through one at a time.
    func rows(_ sql: String, _ values: [SQLValue]) throws -> any RowCursor
    /// Runs a statement that returns no rows.
    func run(_ sql: String, _ values: [SQLValue]) throws
    /// Runs `body` as one write transaction, writers one at a time; nested calls join the outer one.
    func writeTransaction<T>(_ body: () throws -> T) throws -> T
    /// Runs `body` on one consistent snapshot; nested calls join the outer transaction.
    func readTransaction<T>(_ body: () throws -> T) throws -> T
    /// Throws `StoreError.damaged` when the database finds its own storage damaged, checked
    /// whole whatever was last known of it: what `audit verify` asks before the chain.
    func checkWhole() throws
    /// A second connection reading the store as last committed while this one writes it, for work
    /// done beside the write on another core (a load's validation); nil where the backend has
    /// none, outside a write transaction or in one that has changed the store (whose changes it
    /// would not see), and on a store opened only to read.
    func committedReader() throws -> (any SQLDatabase)?
    /// Whether this transaction's writes so far refer to records the store lacks (its deferred
    /// foreign keys unresolved): its commit would fail.
    var leavesMissingReferences: Bool { get }
}

extension SQLDatabase {
    func query(_ sql: String) throws -> [[SQLValue]] { try query(sql, []) }
}

/// The records kept in SQL tables (`RecordTable`), the same for every SQL backend: reading,
/// writing, deleting, the audit trail. A backend subclasses it with how to open its connection.
public class SQLStore: Store {
    public let path: String
    let db: any SQLDatabase
    /// Who is changing the store, for the audit trail.
    let actor: Actor
    /// Whether every record is visible to this connection: false for a PostgreSQL role that row-level
    /// security restricts (`talks access`), whose `audit verify` checks the chain but not the records.
    var seesEverything = true
    public internal(set) var scope: AccessScope?

    init(path: String, db: any SQLDatabase, actor: Actor) {
        self.path = path
        self.db = db
        self.actor = actor
    }

    /// The schema version the store is at.
    public func schemaVersion() throws -> Int {
        guard case .integer(let v) = try db.query("SELECT max(version) FROM schema_migration").first?.first else {
            return 0
        }
        return Int(v)
    }

    public func writing<T>(_ body: () throws -> T) throws -> T {
        try db.writeTransaction(body)
    }

    public func reading<T>(_ body: () throws -> T) throws -> T {
        try db.readTransaction(body)
    }

    /// Rows of a query, each read with the checks of `RowReader`.
    func rawQuery(_ sql: String, _ values: [SQLValue] = []) throws -> [RowReader] {
        try db.query(sql, values).map { RowReader(row: $0, path: path, query: sql) }
    }

    public func nextID(_ kind: RecordKind, prefix: String, digits: Int) throws -> String {
        let taken = try takenIDs(kind, prefix: prefix).compactMap { row -> Int? in
            // Only ids whose rest starts with a digit count: Int reads "+5" too.
            guard case .text(let id) = row.first, let first = id.utf8.dropFirst(prefix.utf8.count).first,
                (0x30...0x39).contains(first)
            else { return nil }
            return Int(id.dropFirst(prefix.count))
        }
        let next = String((taken.max() ?? 0) + 1)
        return prefix + String(repeating: "0", count: max(0, digits - next.count)) + next
    }

    /// The ids of `kind` that begin with `prefix`, each a row of one column.
    func takenIDs(_ kind: RecordKind, prefix: String) throws -> [[SQLValue]] {
        try db.query(
            "SELECT id FROM \(RecordTable.of(kind).table) WHERE substr(id, 1, length(CAST(?1 AS TEXT))) = ?1",
            [.text(prefix)])
    }

    public func kinds(having id: String) throws -> [RecordKind] {
        try RecordKind.allCases.filter(RecordKind.withIDs.contains).filter { try exists($0, id: id) }
    }

    public func exists(_ kind: RecordKind, id: String) throws -> Bool {
        guard RecordKind.withIDs.contains(kind) else { return false }
        return try !db.query("SELECT 1 FROM \(RecordTable.of(kind).table) WHERE id = ?", [.text(id)]).isEmpty
    }

    public func ids(_ kind: RecordKind) throws -> [String] {
        guard RecordKind.withIDs.contains(kind) else { return [] }
        return try db.query("SELECT id FROM \(RecordTable.of(kind).table) ORDER BY id").compactMap {
            if case .text(let id) = $0.first { id } else { nil }
        }
    }
}

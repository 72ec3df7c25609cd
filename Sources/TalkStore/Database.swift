import CSQLite
import Foundation

/// What went wrong with the store itself.
public enum StoreError: Error, Sendable {
    /// No store at the path: a read command was run before `talks init` or `talks load`.
    case missing(path: String)
    /// The file exists but is not a talks store (not SQLite, damaged, or from a newer version).
    case unusable(path: String, reason: String)
    /// SQLite refused an operation it should have accepted: a bug or a failing disk.
    case sqlite(code: Int32, message: String)
}

/// A value bound to or read from SQL.
enum SQLValue: Equatable {
    case null
    case integer(Int64)
    case text(String)
}

/// SQLite copies bound text at once, so Swift's temporary buffers may go away.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// One connection to a SQLite file. Not shared between threads: the CLI is synchronous.
final class Connection {
    private let handle: OpaquePointer
    private var statements: [String: Statement] = [:]

    /// Opens an existing file read-write; SQLite never creates it here (`create` is done by the caller,
    /// so the file can be made owner-only first).
    init(path: String) throws {
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &db, flags, nil)
        guard code == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(db)
            throw StoreError.unusable(path: path, reason: message)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        // Several clerks may write at once: wait for the lock rather than fail, however long
        // another process's load takes (up to an hour), saying so once after a second.
        sqlite3_busy_handler(
            db,
            { _, attempt in
                if attempt == 20 {
                    FileHandle.standardError.write(
                        Data("talks: waiting for another talks process to finish writing to the store…\n".utf8))
                }
                if attempt >= 72_000 { return 0 }  // 72,000 × 50 ms: an hour
                usleep(50_000)
                return 1
            }, nil)
    }

    deinit {
        statements.removeAll()  // finalize every statement before closing
        sqlite3_close_v2(handle)
    }

    func error(_ code: Int32) -> StoreError {
        StoreError.sqlite(code: code, message: String(cString: sqlite3_errmsg(handle)))
    }

    /// Runs SQL that returns no rows (may hold several statements).
    func execute(_ sql: String) throws {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code) }
    }

    /// A prepared statement for `sql`, kept for reuse for the life of the connection.
    func statement(_ sql: String) throws -> Statement {
        if let cached = statements[sql] {
            try cached.reset()
            return cached
        }
        var raw: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &raw, nil)
        guard code == SQLITE_OK, let raw else { throw error(code) }
        let statement = Statement(raw, connection: self)
        statements[sql] = statement
        return statement
    }

    /// Runs `sql` with `values` bound and returns every row.
    func query(_ sql: String, _ values: [SQLValue] = []) throws -> [[SQLValue]] {
        var rows: [[SQLValue]] = []
        try forEachRow(sql, values) { rows.append($0.row()) }
        return rows
    }

    /// Runs `sql` with `values` bound and hands the statement to `body` at each row, to read
    /// its columns in place: a million rows are never collected, nor copied into arrays first.
    func forEachRow(_ sql: String, _ values: [SQLValue] = [], _ body: (Statement) throws -> Void) throws {
        let statement = try self.statement(sql)
        try statement.bind(values)
        while try statement.step() { try body(statement) }
    }

    /// Runs a statement that returns no rows.
    func run(_ sql: String, _ values: [SQLValue] = []) throws {
        let statement = try self.statement(sql)
        try statement.bind(values)
        while try statement.step() {}
    }

    /// Runs `body` as one write transaction: `BEGIN IMMEDIATE` takes the write lock up front, so two
    /// writers queue on the busy timeout instead of failing half-way; any error rolls everything back.
    /// Inside another write transaction, `body` simply joins it.
    func writeTransaction<T>(_ body: () throws -> T) throws -> T {
        if sqlite3_get_autocommit(handle) == 0 { return try body() }
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` against one consistent snapshot of the store.
    func readTransaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        defer { try? execute("COMMIT") }
        return try body()
    }
}

/// A prepared statement; finalized when the connection lets go of it.
final class Statement {
    private let raw: OpaquePointer
    private unowned let connection: Connection

    init(_ raw: OpaquePointer, connection: Connection) {
        self.raw = raw
        self.connection = connection
    }

    deinit { sqlite3_finalize(raw) }

    func reset() throws {
        sqlite3_reset(raw)
        sqlite3_clear_bindings(raw)
    }

    func bind(_ values: [SQLValue]) throws {
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(raw, index)
            case .integer(let number): code = sqlite3_bind_int64(raw, index, number)
            case .text(let text):
                // With an explicit length, so a text holding U+0000 is stored whole.
                // An empty buffer has no address, which SQLite would take for NULL.
                var text = text
                code =
                    text.isEmpty
                    ? sqlite3_bind_text(raw, index, "", 0, transient)
                    : text.withUTF8 { sqlite3_bind_text(raw, index, $0.baseAddress, Int32($0.count), transient) }
            }
            guard code == SQLITE_OK else { throw connection.error(code) }
        }
    }

    /// Advances to the next row; false when done.
    func step() throws -> Bool {
        let code = sqlite3_step(raw)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.error(code)
        }
    }

    func row() -> [SQLValue] {
        (0..<Int(sqlite3_column_count(raw))).map(value)
    }
}

/// A row whose columns can be read by position: a statement at its current row, or a row read earlier.
protocol SQLRow {
    func value(_ column: Int) -> SQLValue
}

extension Array: SQLRow where Element == SQLValue {
    func value(_ column: Int) -> SQLValue { self[column] }
}

extension Statement: SQLRow {
    func value(_ column: Int) -> SQLValue {
        let column = Int32(column)
        switch sqlite3_column_type(raw, column) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(raw, column))
        default:
            let length = Int(sqlite3_column_bytes(raw, column))
            guard let bytes = sqlite3_column_text(raw, column) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self))
        }
    }
}

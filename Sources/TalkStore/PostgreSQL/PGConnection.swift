import CLibPQ
import Foundation

/// One connection to a PostgreSQL server through libpq. Not shared between threads: the CLI is
/// synchronous. Every value is bound as a parameter (`PQexecParams`), never spliced into SQL.
final class PGConnection: SQLDatabase {
    private let handle: OpaquePointer
    /// The connection URI, for messages: never holds a password (`PostgreSQLStore` refuses one).
    let path: String
    let jsonArrayValues = "SELECT json_array_elements_text(CAST(? AS json))"
    /// Called once when another clerk holds the write lock: the front end says so.
    var waiting: (() -> Void)?
    /// Inside a transaction (`BEGIN` sent), and whether it holds the write lock.
    private var inTransaction = false
    private var holdsWriteLock = false
    /// The shared SQL with `?` and `?N` turned into PostgreSQL's `$N`, by the SQL text.
    private var numberedSQL: [String: String] = [:]

    /// The key of the advisory lock every writer takes: one writer at a time per database, as
    /// SQLite's `BEGIN IMMEDIATE` gives, because every write appends to the one audit chain.
    private static let writeLock = 0x5441_4C4B  // "TALK"

    init(uri: String, waiting: (() -> Void)?) throws {
        path = uri
        self.waiting = waiting
        guard let connection = PQconnectdb(uri) else {
            throw StoreError.unreachable(path: uri, detail: "libpq could not allocate a connection")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines)
            PQfinish(connection)
            throw StoreError.fromPostgreSQLConnection(message: message, path: uri)
        }
        handle = connection
        // Text is exchanged as UTF-8 whatever the server's or the client's locale.
        guard PQsetClientEncoding(connection, "UTF8") == 0 else {
            throw StoreError.backend(name: "PostgreSQL", code: 0, message: "cannot set client_encoding to UTF8")
        }
    }

    deinit { PQfinish(handle) }

    /// Runs SQL without parameters (may hold several statements: a migration).
    func execute(_ sql: String) throws {
        PQclear(try check(PQexec(handle, sql)))
    }

    func query(_ sql: String, _ values: [SQLValue]) throws -> [[SQLValue]] {
        let result = try exec(sql, values)
        defer { PQclear(result) }
        let columns = PQnfields(result)
        let integer = (0..<columns).map { Self.integerTypes.contains(PQftype(result, $0)) }
        return (0..<PQntuples(result)).map { row in
            (0..<columns).map { column -> SQLValue in
                if PQgetisnull(result, row, column) == 1 { return .null }
                let text = String(cString: PQgetvalue(result, row, column))
                return integer[Int(column)] ? Int64(text).map(SQLValue.integer) ?? .text(text) : .text(text)
            }
        }
    }

    /// int2, int4, int8 (`pg_type.oid`): read as integers, as SQLite gives them.
    private static let integerTypes: Set<Oid> = [21, 23, 20]

    func forEachRow(_ sql: String, _ values: [SQLValue], _ body: (any SQLRow) throws -> Void) throws {
        for row in try query(sql, values) { try body(row) }
    }

    func run(_ sql: String, _ values: [SQLValue]) throws {
        PQclear(try exec(sql, values))
    }

    /// A write transaction: READ COMMITTED under the advisory write lock, taken first, so every
    /// read in it sees the last writer's commit and no other writer commits until it ends.
    func writeTransaction<T>(_ body: () throws -> T) throws -> T {
        if inTransaction {
            try takeWriteLock()
            return try body()
        }
        return try transaction("BEGIN ISOLATION LEVEL READ COMMITTED") {
            try takeWriteLock()
            return try body()
        }
    }

    /// A snapshot: REPEATABLE READ, so a command's several queries agree even while others write.
    func readTransaction<T>(_ body: () throws -> T) throws -> T {
        if inTransaction { return try body() }
        return try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ", body)
    }

    private func transaction<T>(_ begin: String, _ body: () throws -> T) throws -> T {
        try execute(begin)
        inTransaction = true
        defer {
            inTransaction = false
            holdsWriteLock = false
        }
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Waits for the write lock up to an hour (then `busy`), telling the front end once if it must wait.
    private func takeWriteLock() throws {
        guard !holdsWriteLock else { return }
        if try query("SELECT pg_try_advisory_xact_lock(\(Self.writeLock))", []).first?.first != .text("t") {
            waiting?()
            try execute("SET LOCAL lock_timeout = '1h'")
            try execute("SELECT pg_advisory_xact_lock(\(Self.writeLock))")
        }
        holdsWriteLock = true
    }

    /// Runs one statement with its values bound as text parameters (PostgreSQL infers each one's
    /// type from where it stands). libpq takes each as a C string, so a U+0000 would cut it short
    /// unseen: the decoder refuses one in every text (`TextLimits.nulCharacter`), and one that got
    /// past it is a bug, refused here rather than stored cut.
    private func exec(_ sql: String, _ values: [SQLValue]) throws -> OpaquePointer {
        for case .text(let value) in values where value.utf8.contains(0) {
            throw StoreError.backend(
                name: "PostgreSQL", code: 0, message: "a value to store holds U+0000, which libpq would cut there")
        }
        let text = numbered(sql)
        let parameters: [UnsafeMutablePointer<CChar>?] = values.map { value in
            switch value {
            case .null: nil
            case .integer(let n): strdup(String(n))
            case .text(let s): strdup(s)
            }
        }
        defer { parameters.forEach { free($0) } }
        let result = parameters.map { UnsafePointer($0) }.withUnsafeBufferPointer { buffer in
            PQexecParams(handle, text, Int32(buffer.count), nil, buffer.baseAddress, nil, nil, 0)
        }
        return try check(result)
    }

    /// The result if the statement succeeded; else the typed error, the result freed.
    private func check(_ result: OpaquePointer?) throws -> OpaquePointer {
        guard let result else {
            throw StoreError.fromPostgreSQLConnection(message: String(cString: PQerrorMessage(handle)), path: path)
        }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK: return result
        default:
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
            let message = String(cString: PQresultErrorMessage(result)).trimmingCharacters(in: .whitespacesAndNewlines)
            PQclear(result)
            if state.isEmpty || PQstatus(handle) != CONNECTION_OK {
                throw StoreError.fromPostgreSQLConnection(message: message, path: path)
            }
            throw StoreError.fromPostgreSQL(state: state, message: message, path: path)
        }
    }

    /// The SQL shared with SQLite, its `?` numbered in order and `?N` kept as `$N`; quoted text
    /// and names are left alone.
    private func numbered(_ sql: String) -> String {
        if let known = numberedSQL[sql] { return known }
        var out = ""
        var next = 0
        var quote: Character?
        var characters = sql.makeIterator()
        var pending = characters.next()
        while let c = pending {
            pending = characters.next()
            if let open = quote {
                if c == open { quote = nil }
                out.append(c)
            } else if c == "'" || c == "\"" {
                quote = c
                out.append(c)
            } else if c == "?" {
                var digits = ""
                while let d = pending, d.isASCII, d.isNumber {
                    digits.append(d)
                    pending = characters.next()
                }
                if digits.isEmpty {
                    next += 1
                    digits = String(next)
                }
                out += "$" + digits
            } else {
                out.append(c)
            }
        }
        numberedSQL[sql] = out
        return out
    }
}

extension StoreError {
    /// The typed error of a failed statement, from its SQLSTATE (PostgreSQL's Appendix A).
    static func fromPostgreSQL(state: String, message: String, path: String) -> StoreError {
        switch state {
        case "40001", "40P01", "55P03": .busy(path: path)
        case "25006": .readOnly(path: path)
        case "53100": .full(path: path)
        case "XX001", "XX002": .damaged(path: path, detail: message)
        case "58030": .ioFailure(path: path, detail: message)
        case "42501": .denied(path: path, detail: message)
        case _ where state.hasPrefix("08") || state.hasPrefix("57P") || state == "53300":
            .unreachable(path: path, detail: message)
        case _ where state.hasPrefix("28"): .denied(path: path, detail: message)
        default: .backend(name: "PostgreSQL", code: 0, message: "\(state): \(message)")
        }
    }

    /// The typed error of a connection that failed or was lost: libpq gives no SQLSTATE, only
    /// its message; a refused login is told from a server that cannot be reached by it.
    static func fromPostgreSQLConnection(message: String, path: String) -> StoreError {
        let lowered = message.lowercased()
        let login = ["authentication", "password", "role \"", "permission denied", "no pg_hba.conf entry"]
        return login.contains(where: lowered.contains)
            ? .denied(path: path, detail: message) : .unreachable(path: path, detail: message)
    }
}

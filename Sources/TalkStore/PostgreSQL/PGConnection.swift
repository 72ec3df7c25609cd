import CLibPQ
import Foundation

/// One connection to a PostgreSQL server through libpq. Not shared between threads: the CLI is
/// synchronous. Every value is bound as a parameter (`PQexecParams`), never spliced into SQL.
final class PGConnection: SQLDatabase {
    private let handle: OpaquePointer
    /// The database as messages show it (`PostgreSQLTarget.shown`): no password, no other parameter.
    let path: String
    /// The URI libpq was given, replaced by `path` should a message of libpq's quote it.
    private let uri: String
    let jsonArrayValues = "SELECT json_array_elements_text(CAST(? AS json))"
    /// Called once when another clerk holds the write lock: the front end says so.
    var waiting: (() -> Void)?
    /// Inside a transaction (`BEGIN` sent), and whether it holds the write lock.
    private var inTransaction = false
    private var holdsWriteLock = false
    /// The shared SQL with `?` and `?N` turned into PostgreSQL's `$N`, by the SQL text.
    private var numberedSQL: [String: String] = [:]
    /// The login has no privilege on the trigger notes (`talks access grant` without
    /// `--confidential`): the triggers are read with the note NULL, as a redacted export gives them.
    var withholdsNotes = false {
        didSet { numberedSQL = [:] }
    }

    /// The key of the advisory lock every writer takes: one writer at a time per database, as
    /// SQLite's `BEGIN IMMEDIATE` gives, because every write appends to the one audit chain (the
    /// audit trail's trigger takes it too, for an entry appended by another program).
    static let writeLock = 0x5441_4C4B  // "TALK"

    init(target: PostgreSQLTarget, waiting: (() -> Void)?) throws {
        path = target.shown
        uri = target.uri
        self.waiting = waiting
        handle = try Self.connect(target)
        // Text is exchanged as UTF-8 whatever the server's or the client's locale. Set as any
        // statement is sent (libpq's PQsetClientEncoding sends the same), so that a server's
        // refusal of it (a statement_timeout of 1 ms on a busy machine) is told as what it is.
        try execute("SET client_encoding TO 'UTF8'")
        // A database in another encoding (LATIN1) cannot hold Chinese text: every write would fail
        // (22P05). SQL_ASCII keeps the bytes as they are sent, so it keeps UTF-8 too.
        let encoding = PQparameterStatus(handle, "server_encoding").map { String(cString: $0) } ?? "UTF8"
        guard ["UTF8", "SQL_ASCII"].contains(encoding) else {
            throw StoreError.notAStore(path: path, why: .encoding(encoding))
        }
        // The store lives in the schema public, whatever the role's search_path says (helper-221): a
        // schema named after the login ("$user", first by default) made one database hold two stores
        // and hid the first; pg_temp made a load vanish at the end of the session; an empty path
        // left nowhere to create. A role's own temporary table is looked for last, never first.
        try execute("SET search_path TO public, pg_temp")
        // (Without public, the schema created in is the session's temporary one, pg_temp.)
        guard try query("SELECT current_schema() IS NOT DISTINCT FROM 'public'", []).first?.first == .text("t") else {
            throw StoreError.notAStore(path: path, why: .noPublicSchema)
        }
    }

    /// Connects as `PQconnectdb` does, but with the notice processor set before the server
    /// speaks: its notices and warnings (a collation version mismatch at login, a trigger's
    /// `RAISE WARNING`) are not the tool's to print, and libpq's default writes them to standard
    /// error. `connect_timeout` bounds each wait, as libpq's own loop does for one host.
    private static func connect(_ target: PostgreSQLTarget) throws -> OpaquePointer {
        guard let connection = PQconnectStart(target.uri) else {
            throw StoreError.unreachable(path: target.shown, detail: "libpq could not allocate a connection")
        }
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        func failed() -> StoreError {
            let message = folded(String(cString: PQerrorMessage(connection)), uri: target.uri, shown: target.shown)
            PQfinish(connection)
            return StoreError.fromPostgreSQLConnection(message: message, path: target.shown)
        }
        guard PQstatus(connection) != CONNECTION_BAD else { throw failed() }
        let timeout = timeoutMilliseconds(connection)
        var state = PGRES_POLLING_WRITING
        while state != PGRES_POLLING_OK {
            guard state != PGRES_POLLING_FAILED else { throw failed() }
            var socket = pollfd(
                fd: PQsocket(connection), events: Int16(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), revents: 0)
            let ready = poll(&socket, 1, timeout)
            if ready < 0 && errno == EINTR { continue }
            if ready == 0 {
                PQfinish(connection)
                throw StoreError.unreachable(path: target.shown, detail: "timeout expired")
            }
            state = PQconnectPoll(connection)
        }
        return connection
    }

    /// `connect_timeout` (from the URI or `PGCONNECT_TIMEOUT`) in milliseconds, at least two
    /// seconds as libpq makes it; -1 (wait as long as it takes) when unset or 0.
    private static func timeoutMilliseconds(_ connection: OpaquePointer) -> Int32 {
        guard let options = PQconninfo(connection) else { return -1 }
        defer { PQconninfoFree(options) }
        var option = options
        while let keyword = option.pointee.keyword {
            if String(cString: keyword) == "connect_timeout", let value = option.pointee.val,
                let seconds = Int32(String(cString: value).trimmingCharacters(in: .whitespaces)), seconds > 0
            {
                return max(2, min(seconds, 86_400)) * 1000
            }
            option += 1
        }
        return -1
    }

    /// A message of libpq's or the server's on one line (libpq adds a tab-indented hint on a line
    /// of its own), any quotation of the URI replaced by the form messages show.
    static func folded(_ message: String, uri: String, shown: String) -> String {
        message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: "; ").replacingOccurrences(of: uri, with: shown)
    }

    deinit { PQfinish(handle) }

    /// The role the server authenticated the connection as.
    var role: String { PQuser(handle).map { String(cString: $0) } ?? "" }

    /// Runs SQL without parameters (may hold several statements: a migration).
    func execute(_ sql: String) throws {
        try drain()
        PQclear(try check(PQexec(handle, sql)))
    }

    func query(_ sql: String, _ values: [SQLValue]) throws -> [[SQLValue]] {
        let result = ResultRows(try exec(sql, values))
        return (0..<result.count).map(result.values)
    }

    func rows(_ sql: String, _ values: [SQLValue]) throws -> any RowCursor { ResultRows(try exec(sql, values)) }

    /// A result received whole, its rows' values made as they are stepped through (on whichever
    /// thread steps them: `SQLStore.everyRow`).
    private final class ResultRows: RowCursor {
        private let result: OpaquePointer
        let columnCount: Int
        let count: Int32
        private var row: Int32 = 0
        /// int2, int4, int8 (`pg_type.oid`): read as integers, as SQLite gives them.
        private static let integerTypes: Set<Oid> = [21, 23, 20]
        private let integer: [Bool]

        init(_ result: OpaquePointer) {
            self.result = result
            columnCount = Int(PQnfields(result))
            count = PQntuples(result)
            integer = (0..<Int32(columnCount)).map { Self.integerTypes.contains(PQftype(result, $0)) }
        }

        deinit { PQclear(result) }

        func values(_ row: Int32) -> [SQLValue] {
            (0..<Int32(columnCount)).map { column -> SQLValue in
                if PQgetisnull(result, row, column) == 1 { return .null }
                let text = String(cString: PQgetvalue(result, row, column))
                return integer[Int(column)] ? Int64(text).map(SQLValue.integer) ?? .text(text) : .text(text)
            }
        }

        func next() -> (any SQLRow)? {
            guard row < count else { return nil }
            defer { row += 1 }
            return values(row)
        }
    }

    /// A statement that returns no rows. Inside a transaction it is pipelined (libpq's pipeline
    /// mode): sent without waiting for its answer, the answers read together before the next
    /// query, after `pipelineDepth` statements, and before the commit, the first failure thrown
    /// then. A load of many rows then costs a round trip per batch, not per row.
    func run(_ sql: String, _ values: [SQLValue]) throws {
        guard inTransaction else {
            PQclear(try exec(sql, values))
            return
        }
        if pipelined == 0, PQenterPipelineMode(handle) != 1 {
            throw StoreError.fromPostgreSQLConnection(message: errorMessage(), path: path)
        }
        let sent = try withParameters(sql, values) { text, count, parameters in
            PQsendQueryParams(handle, text, count, nil, parameters, nil, nil, 0)
        }
        pipelined += 1
        guard sent == 1 else {
            let failure = StoreError.fromPostgreSQLConnection(message: errorMessage(), path: path)
            _ = try? drain()
            throw failure
        }
        if pipelined >= Self.pipelineDepth { try drain() }
    }

    /// Statements sent in pipeline mode whose answers are not read yet.
    private var pipelined = 0
    /// Few enough that their answers (a few dozen bytes each) never fill the socket's buffers.
    private static let pipelineDepth = 256

    /// Reads the answers of the pipelined statements and leaves pipeline mode, throwing the first
    /// failure (the statements after it were not run: the transaction is rolled back).
    private func drain() throws {
        guard pipelined > 0 else { return }
        defer { pipelined = 0 }
        var failure: (any Error)?
        if PQpipelineSync(handle) != 1 {
            failure = StoreError.fromPostgreSQLConnection(message: errorMessage(), path: path)
        } else {
            for _ in 0..<pipelined {
                while let result = PQgetResult(handle) {
                    if failure == nil, PQresultStatus(result) != PGRES_PIPELINE_ABORTED {
                        do { PQclear(try check(result)) } catch { failure = error }
                    } else {
                        PQclear(result)
                    }
                }
            }
            if let sync = PQgetResult(handle) { PQclear(sync) }
        }
        if PQexitPipelineMode(handle) != 1, failure == nil {
            failure = StoreError.fromPostgreSQLConnection(message: errorMessage(), path: path)
        }
        if let failure { throw failure }
    }

    private func errorMessage() -> String {
        Self.folded(String(cString: PQerrorMessage(handle)), uri: uri, shown: path)
    }

    /// A write transaction: READ COMMITTED under the advisory write lock, taken first, so every
    /// read in it sees the last writer's commit and no other writer commits until it ends.
    func writeTransaction<T>(_ body: () throws -> T) throws -> T {
        if inTransaction {
            try takeWriteLock()
            return try body()
        }
        // Ctrl-C until the commit leaves the database as it was (the server rolls back a transaction
        // whose connection ends): said so, not ended silently.
        let guarding = NewStoreGuard.guardWrite(to: path)
        defer { NewStoreGuard.endWrite(guarding) }
        return try transaction("BEGIN ISOLATION LEVEL READ COMMITTED", guarding: guarding) {
            try takeWriteLock()
            return try body()
        }
    }

    /// A snapshot: REPEATABLE READ, so a command's several queries agree even while others write.
    /// The server keeps its own pages (data checksums, WAL) and reports damage on any read: none
    /// to ask for here.
    func checkWhole() throws {}

    /// None: a load validates first, then writes (a second session's snapshot would have to be
    /// exported from this one's, `pg_export_snapshot`, for the two to read the same state).
    func committedReader() throws -> (any SQLDatabase)? { nil }

    /// Not asked: only a save validated beside its writing asks, and PostgreSQL has none.
    var leavesMissingReferences: Bool { false }

    func readTransaction<T>(_ body: () throws -> T) throws -> T {
        if inTransaction { return try body() }
        return try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ", body)
    }

    private func transaction<T>(_ begin: String, guarding: Bool = false, _ body: () throws -> T) throws -> T {
        try execute(begin)
        inTransaction = true
        defer {
            inTransaction = false
            holdsWriteLock = false
        }
        do {
            let result = try body()
            // The pipelined statements' answers first: a failure among them is before the commit.
            try drain()
            do { try NewStoreGuard.committing(guarding) { try execute("COMMIT") } } catch StoreError.unreachable(
                let path, let detail)
            {
                // The connection lost, or the server ended, during COMMIT: the change may be in the
                // database or not (helper-221: "nothing was written", and it was).
                throw StoreError.commitUnknown(path: path, detail: detail)
            }
            return result
        } catch {
            _ = try? drain()
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
        try drain()
        return try check(
            try withParameters(sql, values) { text, count, parameters in
                PQexecParams(handle, text, count, nil, parameters, nil, nil, 0)
            })
    }

    /// Calls `body` with the statement's numbered text and its values as C strings.
    private func withParameters<R>(
        _ sql: String, _ values: [SQLValue],
        _ body: (String, Int32, UnsafePointer<UnsafePointer<CChar>?>?) -> R
    ) throws -> R {
        for case .text(let value) in values where value.utf8.contains(0) {
            throw StoreError.backend(
                name: "PostgreSQL", code: 0, message: "a value to store holds U+0000, which libpq would cut there")
        }
        for value in values {
            if value == .malformedText { throw StoreError.damaged(path: path, detail: "a text that is not UTF-8") }
            if case .foreign(let kind) = value { throw StoreError.damaged(path: path, detail: kind) }
        }
        let text = numbered(sql)
        let parameters: [UnsafeMutablePointer<CChar>?] = values.map { value in
            switch value {
            case .null, .malformedText, .foreign: nil
            case .integer(let n): strdup(String(n))
            case .text(let s): strdup(s)
            }
        }
        defer { parameters.forEach { free($0) } }
        return parameters.map { UnsafePointer($0) }.withUnsafeBufferPointer { buffer in
            body(text, Int32(buffer.count), buffer.baseAddress)
        }
    }

    /// The result if the statement succeeded; else the typed error, the result freed.
    private func check(_ result: OpaquePointer?) throws -> OpaquePointer {
        guard let result else {
            throw StoreError.fromPostgreSQLConnection(
                message: Self.folded(String(cString: PQerrorMessage(handle)), uri: uri, shown: path), path: path)
        }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK: return result
        default:
            func field(_ code: Character) -> String {
                PQresultErrorField(result, Int32(code.asciiValue!)).map { String(cString: $0) } ?? ""
            }
            let state = field("C")
            let whole = Self.folded(String(cString: PQresultErrorMessage(result)), uri: uri, shown: path)
            // The server's words without "ERROR:" and the statement's excerpt, its detail after them.
            // (Bytes that are not UTF-8, 22021, are told as the server says them: bytes, no text.)
            let quotesValue = state.hasPrefix("22") && state != "22021"
            let primary = quotesValue ? "SQLSTATE \(state)" : Self.folded(field("M"), uri: uri, shown: path)
            // An integrity violation's detail quotes the row's values (`Key (note)=(…)`, `Failing row
            // contains (…)`), confidential text among them (Art. 16; helper-221): never shown. A data
            // exception's own message may quote the value (`invalid input syntax for type integer:
            // "…"`, an administrator's trigger casting a note: helper-223): only its code is shown.
            let valueShown = !state.hasPrefix("23") && !quotesValue
            let detail = valueShown ? Self.folded(field("D"), uri: uri, shown: path) : ""
            let constraint = field("n")
            PQclear(result)
            if state.isEmpty || PQstatus(handle) != CONNECTION_OK {
                throw StoreError.fromPostgreSQLConnection(message: whole, path: path)
            }
            throw StoreError.fromPostgreSQL(
                state: state, message: detail.isEmpty ? primary : "\(primary) (\(detail))",
                whole: valueShown ? whole : "\(state): \(primary)", path: path, constraint: constraint)
        }
    }

    /// The SQL shared with SQLite, its `?` numbered in order and `?N` kept as `$N`; quoted text
    /// and names are left alone. The trigger notes are read as NULL by a login that may not read them.
    private func numbered(_ sql: String) -> String {
        if let known = numberedSQL[sql] { return known }
        var out = ""
        var next = 0
        var quote: Character?
        let source =
            withholdsNotes
            ? sql.replacingOccurrences(of: ", note FROM trigger_event", with: ", NULL FROM trigger_event") : sql
        var characters = source.makeIterator()
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
    /// `message` is the server's own (no "ERROR:", no excerpt of the statement), `whole` all libpq
    /// says, for a bug's report. A table or column missing (42P01, 42703) means the schema is not
    /// a talks store's though it passed the check at opening (changed meanwhile): the missing
    /// name is taken from the message's quotes. `constraint` names the constraint a violation broke
    /// (a primary key's ends in `_pkey`).
    static func fromPostgreSQL(
        state: String, message: String, whole: String, path: String, constraint: String = ""
    ) -> StoreError {
        switch state {
        case "42P01", "42703":
            let quoted = message.split(separator: "\"", omittingEmptySubsequences: false)
            return .notAStore(path: path, why: .incomplete(missing: quoted.count >= 3 ? String(quoted[1]) : message))
        case "40001", "40P01", "55P03": return .busy(path: path)
        case "25006": return .readOnly(path: path, server: true)
        case "53100": return .full(path: path)
        case "53300": return .connectionLimit(path: path, detail: message)
        // (22021: bytes that are not UTF-8, which a SQL_ASCII database lets another program write,
        // read as SQLite's damaged text is: helper-221, told as a bug.)
        case "XX001", "XX002", "22021": return .damaged(path: path, detail: message)
        // A key taken by a record row-level security hides (`talks access`) is refused as such: a
        // primary key's; another unique constraint is an administrator's (helper-221: told as a
        // missing grant).
        case "42501": return .notPermitted(path: path, detail: message)
        case "23505" where constraint.hasSuffix("_pkey"): return .notPermitted(path: path, detail: message)
        // A command the server cancelled (statement_timeout), a transaction it ended
        // (idle_in_transaction_session_timeout, transaction_timeout: 25P03, 25P04), a shutdown, a
        // lost connection, no memory or connections left: the machine's, not ours (exit 74).
        case "25P03", "25P04": return .unreachable(path: path, detail: message)
        case _ where ["08", "53", "57"].contains(state.prefix(2)): return .unreachable(path: path, detail: message)
        case _ where state.hasPrefix("58"): return .ioFailure(path: path, detail: message)
        case _ where state.hasPrefix("28"): return .denied(path: path, detail: message)
        // An administrator's trigger raising an exception, a constraint of theirs.
        // (A data exception, 22xxx, is one too: a value a type or a trigger of theirs refused, as
        // a column narrowed to varchar(15); helper-223, an internal error.)
        case _ where state == "P0001" || state.hasPrefix("23") || state.hasPrefix("22"):
            return .refused(path: path, detail: message)
        default: return .backend(name: "PostgreSQL", code: 0, message: "\(state): \(whole)")
        }
    }

    /// The typed error of a connection that failed or was lost: libpq gives no SQLSTATE, only
    /// its message; a refused login is told from a role without the privilege to connect
    /// (`permission denied for database`) and from a server that cannot be reached.
    static func fromPostgreSQLConnection(message: String, path: String) -> StoreError {
        let lowered = message.lowercased()
        if lowered.contains("permission denied") { return .notPermitted(path: path, detail: message) }
        // A limit of connections, a role's own too (`too many connections for role "clerk"`), is
        // the machine's for now (53300), not a refused login (helper-221: told to check the password)
        // nor an unreachable server (helper-223).
        if lowered.contains("too many connections") { return .connectionLimit(path: path, detail: message) }
        let login = ["authentication", "password", "role \"", "no pg_hba.conf entry"]
        return login.contains(where: lowered.contains)
            ? .denied(path: path, detail: message) : .unreachable(path: path, detail: message)
    }
}

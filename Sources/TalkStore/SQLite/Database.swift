import CSQLite
import Foundation
import TalkModel

/// A value bound to or read from SQL.
enum SQLValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case text(String)
    /// Text whose bytes are not UTF-8, as SQLite read it: talks never writes such a value, so only
    /// a store edited behind its back holds one. Never read as text (`RowReader` calls it damage),
    /// never bound.
    case malformedText
    /// A value of a kind talks never writes, as SQLite read it (`kind`: "a blob", "a real
    /// number"), put in with the sqlite3 shell. Damage like `malformedText`: read as its bytes, a
    /// talk's id made a blob was listed and judged but never found by `show` (helper-162).
    case foreign(kind: String)
}

/// SQLite copies bound text at once, so Swift's temporary buffers may go away.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// One connection to a SQLite file, used by one thread at a time (opened without SQLite's mutex).
final class Connection: SQLDatabase {
    private let handle: OpaquePointer
    private var statements: [String: Statement] = [:]

    /// The store's path, for messages.
    let path: String
    /// The file opened, as it really is (its folder's links resolved): `path`, or a new store's
    /// temporary name.
    private let file: String
    let jsonArrayValues = "SELECT value FROM json_each(?)"
    /// Why every write is refused before it starts, when the store was opened only to read: its
    /// file, folder or medium is read-only (`StoreError.readOnly`), or the disk is full
    /// (`StoreError.full`). Nil when it may be written.
    let writeRefusal: StoreError?
    var readOnly: Bool { writeRefusal != nil }
    /// Called once when a command has waited a second for another writer: the front end says so.
    /// The store itself prints nothing.
    var waiting: (() -> Void)?
    /// The file's own path, where `VerifiedState` is kept; nil when no state is kept (a store
    /// opened read-only, or being made under a temporary name).
    private let verifiedPath: String?
    /// The files' state as this connection last knew them whole: read from the record at the
    /// first write, then taken after each check and each commit.
    private var verified: VerifiedState?
    private var consultedRecord = false
    /// The rows this connection had changed when its last write transaction began
    /// (`sqlite3_total_changes64`): more now, and the transaction has changed the store.
    private var changesAtBegin: Int64 = 0

    /// SQLite's process-wide settings, made once before its first connection (`sqlite3_config`
    /// refuses them after): no memory statistics, which talks never reads and which cost a lock
    /// on every allocation (a load spent 4 % of its time in it).
    private static let configured: Void = { _ = talks_sqlite3_config_memstatus(0) }()

    /// Opens an existing file; SQLite never creates it here (`Store.create` does, owner-only),
    /// nor follows a symbolic link. Read-only, the file is opened as immutable unless a
    /// write-ahead log is beside it: no `-shm` can be made there, and none is needed; on a full
    /// disk the `-shm` there is read instead.
    /// `shownAs` names the file in errors when it is a new store's temporary name.
    /// `besideWriter`: opened read-only beside another connection of this process that writes
    /// the file (`committedReader`), where the file is never taken for immutable.
    init(
        path: String, refusingWrites writeRefusal: StoreError? = nil, shownAs: String? = nil,
        waiting: (() -> Void)? = nil, besideWriter: Bool = false
    ) throws {
        self.path = shownAs ?? path
        self.writeRefusal = writeRefusal
        self.waiting = waiting
        verifiedPath = writeRefusal != nil || shownAs != nil ? nil : path
        _ = Self.configured
        var db: OpaquePointer?
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW
        // SQLite's NOFOLLOW refuses a link anywhere in the path: the folder is given as it really
        // is (a home folder behind a link is common; `PathText.resolved`); the file's own name is
        // never a link (`StoreFile.inspect`), and SQLite still refuses one there.
        var name = PathText.resolved(path)
        file = name
        // SQLite's files take at most 512 bytes of path, its own suffixes (`-journal`) and the
        // final NUL included; a longer one fails as "unable to open", which is no failing disk.
        guard name.utf8.count + "-journal".utf8.count < 512 else {
            throw StoreError.unusablePath(path: self.path, detail: String(cString: strerror(ENAMETOOLONG)))
        }
        if besideWriter {
            flags |= SQLITE_OPEN_READONLY
        } else if let writeRefusal {
            flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
            var info = stat()
            let logged = lstat(path + "-wal", &info) == 0 && info.st_size > 0
            // On a full disk the index beside the store (`-shm`, left there by the attempt to open
            // it for writing) is only read: SQLite reads the log under its locks (its committed
            // changes, and another writer's that space lets through later, are seen), where an
            // immutable file would be read half-folded by a writer's checkpoint.
            let indexed = lstat(path + "-shm", &info) == 0
            if case .full = writeRefusal, indexed {
                name = Self.uri(name) + "?readonly_shm=1"
            } else {
                name = Self.uri(name) + (logged ? "" : "?immutable=1")
            }
        } else {
            flags |= SQLITE_OPEN_READWRITE
        }
        let code = sqlite3_open_v2(name, &db, flags, nil)
        guard code == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            let systemErrno = db.map { sqlite3_system_errno($0) } ?? 0
            sqlite3_close_v2(db)
            throw StoreError.from(code: code, message: message, systemErrno: systemErrno, path: self.path)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        // The log is folded into the file at the close only once the file is known to be a talks
        // store (`foldsLogOnClose`): a log another database left beside it, read into it and
        // folded, had replaced every record of the store with that database's pages (helper-189).
        talks_sqlite3_checkpoint_on_close(db, 0)
        // A writer keeping `VerifiedState` folds the log itself (`foldLargeLog`): the file must not
        // change during a commit, so that a change there is known to be someone else's.
        if verifiedPath != nil { sqlite3_wal_autocheckpoint(db, 0) }
        // Several clerks may write at once: wait for the lock rather than fail, however long
        // another process's load takes (up to an hour), telling the front end once after a second.
        sqlite3_busy_handler(
            db,
            { context, attempt in
                if attempt == 20, let context {
                    Unmanaged<Connection>.fromOpaque(context).takeUnretainedValue().waiting?()
                }
                if attempt >= 72_000 { return 0 }  // 72,000 × 50 ms: an hour
                usleep(50_000)
                return 1
            }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        // A writer that left the files as it last knew them whole records their state after the
        // close, so the next writer need not check them again (`VerifiedState.record` keeps one
        // only when the close folded the whole log into the file).
        let intact = verifiedPath.flatMap { path in verified.map { $0 == VerifiedState(of: path) } } ?? false
        statements.removeAll()  // finalize every statement before closing
        sqlite3_close_v2(handle)
        if intact, let verifiedPath { VerifiedState(of: verifiedPath)?.record(for: verifiedPath) }
    }

    /// A second connection to the file, read-only, that reads it as last committed while this one
    /// writes it: SQLite shows a reader no page of a write until its commit, and none can commit
    /// while this connection holds the write lock. Each page is checked as read, as this
    /// connection's are (`cell_size_check`). Nil outside a write transaction (a reader could see
    /// another's later commit), in one that has changed the store (the reader would not see the
    /// change), on a store opened only to read, and when the two files are not one: the file is
    /// opened again by its name, as its folder really was when this connection opened it (a link
    /// to the folder may lead elsewhere since: helper-186), and both must still be at that name
    /// (a store renamed over this one's is another: helper-185). What no name shows, a log
    /// replaced beside the file, is the caller's to catch (`SQLStore.save`).
    func committedReader() throws -> (any SQLDatabase)? {
        let unchanged =
            sqlite3_txn_state(handle, nil) == SQLITE_TXN_WRITE && sqlite3_total_changes64(handle) == changesAtBegin
        guard writeRefusal == nil, unchanged else { return nil }
        let reader = try Connection(
            path: file, refusingWrites: .readOnly(path: path), shownAs: path, besideWriter: true)
        try reader.execute("PRAGMA cell_size_check = ON")
        try reader.execute("PRAGMA query_only = ON")
        return hasMoved || reader.hasMoved ? nil : reader
    }

    /// Whether the file this connection opened is no longer at its name (renamed, replaced, deleted).
    private var hasMoved: Bool {
        var moved: Int32 = 1
        return sqlite3_file_control(handle, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK || moved != 0
    }

    var leavesMissingReferences: Bool {
        var current: Int32 = 0
        var highest: Int32 = 0
        return sqlite3_db_status(handle, SQLITE_DBSTATUS_DEFERRED_FKS, &current, &highest, 0) != SQLITE_OK
            || current != 0
    }

    /// The typed error of a failed call, read before anything else can change SQLite's state.
    func error(_ code: Int32) -> StoreError {
        StoreError.from(
            code: code, message: String(cString: sqlite3_errmsg(handle)), systemErrno: sqlite3_system_errno(handle),
            path: path)
    }

    /// A `file:` URI of a path, escaping what a URI would read as its own syntax.
    private static func uri(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var escaped = ""
        for character in absolute {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3F"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return "file://" + escaped
    }

    /// From now on the close folds the log into the file, as SQLite does by default: the file
    /// has been read as a talks store, its log with it.
    func foldsLogOnClose() { talks_sqlite3_checkpoint_on_close(handle, 1) }

    /// Folds the write-ahead log into the file and empties it; throws when SQLite could not (a
    /// disk too full to take the pages, or a reader holding the log).
    func checkpoint() throws {
        let result = try query("PRAGMA wal_checkpoint(TRUNCATE)")
        guard result.first?.first == .integer(0) else {
            throw StoreError.ioFailure(path: path, detail: "the write-ahead log could not be folded into the file")
        }
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
        let statement = try self.statement(sql)
        try statement.bind(values)
        var rows: [[SQLValue]] = []
        while try statement.step() { rows.append(statement.row()) }
        return rows
    }

    /// Runs `sql` with `values` bound: the statement, stepped row by row and read in place, so a
    /// million rows are never collected, nor copied into arrays first.
    func rows(_ sql: String, _ values: [SQLValue] = []) throws -> any RowCursor {
        let statement = try self.statement(sql)
        try statement.bind(values)
        return statement
    }

    /// Runs a statement that returns no rows.
    func run(_ sql: String, _ values: [SQLValue] = []) throws {
        let statement = try self.statement(sql)
        try statement.bind(values)
        while try statement.step() {}
    }

    /// Runs `body` as one write transaction: `BEGIN IMMEDIATE` takes the write lock up front, so two
    /// writers queue on the busy timeout instead of failing half-way; any error rolls everything back.
    /// Inside another write transaction, `body` simply joins it. A damaged file is never written
    /// to: SQLite's `quick_check` of the whole file runs first, under the lock, unless the files
    /// stand as talks last knew them whole (`VerifiedState`; the check's cost: Docs/performance.md);
    /// pages read later are checked as read (`cell_size_check`).
    func writeTransaction<T>(_ body: () throws -> T) throws -> T {
        if sqlite3_get_autocommit(handle) == 0 { return try body() }
        if let writeRefusal { throw writeRefusal }
        // A writer's changed pages stay in memory until the commit writes each once: SQLite's
        // default 2 MB would spill a province's load to the log page by page as it goes.
        try execute("PRAGMA cache_size = -65536")
        // Each upsert that may fail half-way keeps the pages it changes in a statement journal, to
        // undo only itself; past 64 KB SQLite spills that journal to a temporary file, and a load
        // then wrote 20 times its own size there, a system call per page. The journal is emptied
        // after each statement, so it is kept in memory (read at `BEGIN`).
        try execute("PRAGMA temp_store = MEMORY")
        // Ctrl-C until the commit leaves the store as it was: said so, not ended silently.
        let guarding = NewStoreGuard.guardWrite(to: path)
        defer { NewStoreGuard.endWrite(guarding) }
        try execute("BEGIN IMMEDIATE")
        changesAtBegin = sqlite3_total_changes64(handle)
        do {
            try checkIntegrity()
            let result = try body()
            // The file is written only by checkpoints, never inside a transaction: if it changed
            // during this one, or during the commit, something else wrote it, and the state after
            // the commit is not known whole (the next write checks it).
            let untouched = fileAsChecked()
            // A file renamed, replaced or deleted meanwhile would take the commit into a log beside
            // a name it no longer has: a load said "loaded", and the file moved lacked its records.
            guard !hasMoved else { throw StoreError.moved(path: path, committed: false) }
            try NewStoreGuard.committing(guarding) { try execute("COMMIT") }
            guard !hasMoved else { throw StoreError.moved(path: path, committed: true) }
            let known = untouched && fileAsChecked()
            foldLargeLog()
            verified = known ? verifiedPath.flatMap { VerifiedState(of: $0) } : nil
            return result
        } catch StoreError.damaged(let path, let detail, _) {
            try? execute("ROLLBACK")
            throw StoreError.damaged(path: path, detail: detail, writing: true)
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Throws `StoreError.damaged` when SQLite's `quick_check` of the whole file finds damage;
    /// skipped when the files stand as this connection, or the record beside them, last knew them
    /// whole. Call under the write lock.
    private func checkIntegrity() throws {
        // talks's schema has no trigger: one in the file was added outside talks, and would run
        // unseen on talks's writes (deleting the audit trail, copying confidential text elsewhere).
        let triggers = try query("SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")
        if !triggers.isEmpty {
            let names = triggers.compactMap { if case .text(let name)? = $0.first { name } else { nil } }
            throw StoreError.damaged(
                path: path, detail: "triggers added outside talks: \(names.joined(separator: ", "))", writing: true)
        }
        if let verifiedPath {
            if !consultedRecord {
                consultedRecord = true
                verified = VerifiedState.recorded(for: verifiedPath)
            }
            if let verified, verified == VerifiedState(of: verifiedPath) { return }
        }
        try quickCheck(writing: true)
        verified = verifiedPath.flatMap { VerifiedState(of: $0) }
    }

    /// SQLite's `integrity_check` of the whole file, every time: `quick_check` and also that every
    /// index holds its table's rows (helper-128: a changed index entry passed `quick_check`, and
    /// `audit verify` said intact of a store a write then refused).
    func checkWhole() throws { try check("integrity_check", writing: false) }

    private func quickCheck(writing: Bool) throws { try check("quick_check", writing: writing) }

    private func check(_ pragma: String, writing: Bool) throws {
        let check = try query("PRAGMA \(pragma)(1)")
        guard check.first?.first == .text("ok") else {
            // SQLite's report runs over lines ("*** in database main ***" then the page): one line here.
            let detail =
                if case .text(let text)? = check.first?.first {
                    text.split(whereSeparator: \.isNewline).joined(separator: " ")
                } else { "\(pragma) failed" }
            throw StoreError.damaged(path: path, detail: detail, writing: writing)
        }
    }

    /// The log's size past which a writer folds it into the file after its commit: what SQLite's
    /// own checkpoint would do during the commit, where it could not be told from another writer.
    private static let largeLog = 64 << 20

    /// Folds a large log into the file, when this connection keeps `VerifiedState` (and so has
    /// SQLite's automatic checkpoint off). A checkpoint a reader blocks is left to the close.
    private func foldLargeLog() {
        guard let verifiedPath else { return }
        var info = stat()
        if lstat(verifiedPath + "-wal", &info) == 0, info.st_size > Self.largeLog {
            _ = try? query("PRAGMA wal_checkpoint(PASSIVE)")
        }
    }

    /// Whether the store's file (not its log) stands as it did when last known whole.
    private func fileAsChecked() -> Bool {
        guard let verifiedPath, let verified else { return false }
        return VerifiedState(of: verifiedPath)?.store == verified.store
    }

    /// Runs `body` against one consistent snapshot of the store; inside a transaction (a
    /// read-modify-write's reads), `body` simply joins it.
    func readTransaction<T>(_ body: () throws -> T) throws -> T {
        if sqlite3_get_autocommit(handle) == 0 { return try body() }
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
            case .malformedText:
                throw StoreError.damaged(path: connection.path, detail: "a text that is not UTF-8")
            case .foreign(let kind):
                throw StoreError.damaged(path: connection.path, detail: kind)
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
        (0..<columnCount).map(value)
    }
}

/// The rows of a query, stepped through one at a time: a statement, or a result received whole.
protocol RowCursor {
    /// The columns of each row.
    var columnCount: Int { get }
    /// The next row, to be read before the next call; nil after the last.
    func next() throws -> (any SQLRow)?
    /// Copies the next row as it is stored to the end of `batch`, for its values to be made
    /// later, on another thread (`RowBatch`); false after the last row.
    func next(into batch: RowBatch) throws -> Bool
}

extension RowCursor {
    func next(into batch: RowBatch) throws -> Bool {
        guard let row = try next() else { return false }
        for column in 0..<batch.width { batch.append(row.value(column)) }
        return true
    }
}

/// A row whose columns can be read by position: a statement at its current row, or a row read earlier.
protocol SQLRow {
    var columnCount: Int { get }
    func value(_ column: Int) -> SQLValue
    /// Column `column` when it is a text holding a date (`YYYY-MM-DD`), read from its bytes where
    /// they lie; nil for anything else, which `value` then tells. A national store's read has
    /// about six million dates, each made a text, checked as UTF-8 and then parsed before
    /// (`Docs/performance.md`).
    func date(_ column: Int) -> CivilDate?
}

extension SQLRow {
    func date(_ column: Int) -> CivilDate? {
        guard case .text(let text) = value(column) else { return nil }
        return CivilDate(text)
    }
}

extension Array: SQLRow where Element == SQLValue {
    var columnCount: Int { count }
    func value(_ column: Int) -> SQLValue { self[column] }
}

/// Rows read on one thread to be used on another (`SQLStore.everyRow`): their values one after
/// another, a text's bytes as SQLite gave them in one buffer for the whole batch, so a batch is
/// two allocations and not one per value, and the texts are made (decoded, checked, allocated)
/// on the thread that uses them. That thread did half the work of the one stepping SQLite,
/// which made the texts too (`Docs/performance.md`).
///
/// A class, written only while it is made, on one thread, and only read once handed on: a row
/// is then two words, the batch and where the row starts, which a `RowReader` holds in place
/// (a copy of the batch's fields did not fit: every row read was boxed on the heap).
final class RowBatch: @unchecked Sendable {
    /// Rows in a full batch: enough that handing a batch over costs nothing beside reading it, few
    /// enough that the batches waiting (`pipelined`'s depth) hold a few megabytes at most.
    static let capacity = 1024
    let width: Int
    /// The cells, `width` a row, room for a full batch made at once.
    private let cells: UnsafeMutablePointer<Cell>
    private var filled = 0
    /// The texts' bytes one after another, grown as they come (`append(text:)`).
    private var bytes: UnsafeMutableRawPointer
    private var byteCount = 0
    private var byteCapacity: Int
    /// The values made already (`append(_:)`), which a cell names by their place.
    private var made: [SQLValue] = []
    private(set) var count = 0

    /// A value as stored: a text is where its bytes lie in `bytes`. Plain numbers only, so cells
    /// are written and read without counting references: a `made` value held in the cell itself
    /// made every cell a value to retain and release.
    private enum Cell {
        case null, integer(Int64), text(start: Int, count: Int)
        case made(Int)
    }

    /// The next rows of `cursor`, up to a full batch: fewer only at its end.
    init(_ cursor: any RowCursor) throws {
        width = cursor.columnCount
        cells = .allocate(capacity: max(1, width * Self.capacity))
        byteCapacity = 16 * max(1, width) * Self.capacity
        bytes = .allocate(byteCount: byteCapacity, alignment: 1)
        while count < Self.capacity, try cursor.next(into: self) { count += 1 }
    }

    deinit {
        cells.deallocate()
        bytes.deallocate()
    }

    var isFull: Bool { count == Self.capacity }

    func appendNull() { add(.null) }
    func append(_ integer: Int64) { add(.integer(integer)) }
    /// Copies `text` in: SQLite's bytes last only until the statement steps on.
    func append(text: UnsafeBufferPointer<UInt8>) {
        add(.text(start: byteCount, count: text.count))
        if byteCount + text.count > byteCapacity {
            byteCapacity = max(2 * byteCapacity, byteCount + text.count)
            let grown = UnsafeMutableRawPointer.allocate(byteCount: byteCapacity, alignment: 1)
            grown.copyMemory(from: bytes, byteCount: byteCount)
            bytes.deallocate()
            bytes = grown
        }
        if let base = text.baseAddress { (bytes + byteCount).copyMemory(from: base, byteCount: text.count) }
        byteCount += text.count
    }
    /// A value made already (a row of PostgreSQL's, whose texts are made as it is stepped).
    func append(_ value: SQLValue) {
        add(.made(made.count))
        made.append(value)
    }

    private func add(_ cell: Cell) {
        precondition(filled < width * Self.capacity, "more values than a batch's rows hold")
        (cells + filled).initialize(to: cell)
        filled += 1
    }

    /// The bytes of a text where they lie in the batch.
    private func text(_ start: Int, _ count: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: (bytes + start).assumingMemoryBound(to: UInt8.self), count: count)
    }

    var rows: some Sequence<Row> { (0..<count).lazy.map { Row(batch: self, start: $0 * self.width) } }

    struct Row: SQLRow {
        let batch: RowBatch
        let start: Int
        var columnCount: Int { batch.width }
        func value(_ column: Int) -> SQLValue {
            switch batch.cells[start + column] {
            case .null: .null
            case .integer(let integer): .integer(integer)
            case .text(let first, let count): SQLValue(stored: batch.text(first, count))
            case .made(let place): batch.made[place]
            }
        }

        func date(_ column: Int) -> CivilDate? {
            switch batch.cells[start + column] {
            case .text(let first, let count): CivilDate(utf8: batch.text(first, count))
            case .made(let place):
                if case .text(let text) = batch.made[place] { CivilDate(text) } else { nil }
            case .null, .integer: nil
            }
        }
    }
}

extension Statement: SQLRow, RowCursor {
    var columnCount: Int { Int(sqlite3_column_count(raw)) }
    func next() throws -> (any SQLRow)? { try step() ? self : nil }

    func next(into batch: RowBatch) throws -> Bool {
        guard try step() else { return false }
        for column in 0..<batch.width { copy(column, to: batch) }
        return true
    }
    func value(_ column: Int) -> SQLValue {
        let column = Int32(column)
        switch sqlite3_column_type(raw, column) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(raw, column))
        case SQLITE_TEXT: return SQLValue(stored: text(column))
        case SQLITE_BLOB: return .foreign(kind: "a blob")
        default: return .foreign(kind: "a real number")
        }
    }

    /// Copies column `column` as it is stored to the end of `batch`, through the column's value,
    /// asked for once: each `sqlite3_column_` call looks the column up and settles the
    /// statement's state again, three calls for a text (its type, bytes and length), which were
    /// a third of the stepping thread's work on a national store (`Docs/performance.md`). The
    /// connection is used by one thread at a time (`SQLITE_OPEN_NOMUTEX`), as the value must be.
    private func copy(_ column: Int, to batch: RowBatch) {
        let stored = sqlite3_column_value(raw, Int32(column))
        switch sqlite3_value_type(stored) {
        case SQLITE_NULL: batch.appendNull()
        case SQLITE_INTEGER: batch.append(sqlite3_value_int64(stored))
        case SQLITE_TEXT:
            // The text first, then its length in those bytes (SQLite's order).
            let text = sqlite3_value_text(stored)
            batch.append(text: UnsafeBufferPointer(start: text, count: Int(sqlite3_value_bytes(stored))))
        default: batch.append(value(column))
        }
    }

    func date(_ column: Int) -> CivilDate? {
        sqlite3_column_type(raw, Int32(column)) == SQLITE_TEXT ? CivilDate(utf8: text(Int32(column))) : nil
    }

    /// The bytes of a column read as text, valid until the statement steps on.
    private func text(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
        let length = Int(sqlite3_column_bytes(raw, column))
        return UnsafeBufferPointer(start: sqlite3_column_text(raw, column), count: length)
    }
}

extension SQLValue {
    /// The text of `stored` bytes, or `malformedText` when they are not UTF-8. Decoding puts
    /// U+FFFD in place of every invalid sequence, so the text keeps the bytes exactly when they
    /// were UTF-8; otherwise the value is damage, not a text to show. (`String(validating:as:)`
    /// does it in one pass but is generic, unspecialized: it looked up type metadata for every
    /// value, 10 % slower over a national store.)
    init(stored: UnsafeBufferPointer<UInt8>) {
        guard let base = stored.baseAddress, !stored.isEmpty else {
            self = .text("")
            return
        }
        // Most stored texts (ids, words) are ASCII, which is UTF-8 as it is: nothing to compare.
        if stored.allSatisfy({ $0 < 0x80 }) {
            self = .text(String(decoding: stored, as: UTF8.self))
            return
        }
        var text = String(decoding: stored, as: UTF8.self)
        let kept = text.utf8.count == stored.count && text.withUTF8 { memcmp($0.baseAddress!, base, stored.count) == 0 }
        self = kept ? .text(text) : .malformedText
    }
}

extension SQLValue {
    /// Text, or NULL for nil.
    static func optional(_ value: String?) -> SQLValue { value.map { .text($0) } ?? .null }
    /// A date as `YYYY-MM-DD`, or NULL for nil.
    static func date(_ date: CivilDate?) -> SQLValue { date.map { .text($0.description) } ?? .null }
    /// A boolean as 0 or 1.
    static func flag(_ value: Bool) -> SQLValue { .integer(value ? 1 : 0) }
    /// A list of words joined by commas, '' for none (`Schema.wordLists`).
    static func words<V: Vocabulary>(_ words: [V]) -> SQLValue { .text(words.map(\.rawValue).joined(separator: ",")) }
}

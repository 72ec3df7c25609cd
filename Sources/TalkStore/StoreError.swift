import CSQLite
import Foundation

/// What went wrong with the store itself, as a case the command line can explain: no SQLite
/// result code leaves TalkStore.
public enum StoreError: Error, Sendable, Equatable {
    /// No store at the path: a read command was run before `talks init` or `talks load`.
    case missing(path: String)
    /// The file is not a talks store, and talks leaves it untouched.
    case notAStore(path: String, why: NotAStore)
    /// The store, or one of SQLite's files beside it, could be read or written by someone else.
    case unsafe(path: String, why: Unsafe)
    /// The file is a talks store whose bytes are damaged (SQLite's corruption, or values the
    /// schema never lets in): nothing is written to it; it is restored from an export. `writing`:
    /// the damage stopped a write (found by the check before it, or by the write itself).
    case damaged(path: String, detail: String, writing: Bool = false)
    /// Another process held the write lock for the whole wait (an hour).
    case busy(path: String)
    /// The store's file was moved, renamed, replaced or deleted while this command wrote it:
    /// before the commit, nothing was committed; during it (`committed`), the change is in the
    /// log beside the name the file had (`PATH-wal`), which the file finds again once back there.
    case moved(path: String, committed: Bool)
    /// A write was asked of a store we cannot write: its file, its folder or its medium read-only,
    /// or (`server`) the PostgreSQL server holding it takes no writes (a standby, or
    /// `default_transaction_read_only`: SQLSTATE 25006).
    case readOnly(path: String, server: Bool = false)
    /// The store was written by an earlier talks (schema `version`) and must be upgraded before
    /// it can be read, which writes to it; but it cannot be written here (`blocked`).
    case upgradeNeeded(path: String, version: Int, blocked: UpgradeBlocked = .readOnlyFile)
    /// The disk (or the user's quota) is full; the transaction was rolled back.
    case full(path: String)
    /// The operating system failed a read or a write (a failing disk, a vanished mount).
    case ioFailure(path: String, detail: String)
    /// The store's files could not grow past the largest file this process may write (EFBIG):
    /// the shell's `ulimit -f`, `bytes` long, or, with no such limit set (nil), the largest file
    /// the file system holds (4 GB less a byte on FAT32, a USB stick's usual format); the
    /// transaction was rolled back.
    case fileSizeLimit(path: String, bytes: UInt64?)
    /// The folder named for a new store cannot hold one (it does not exist, or is not a folder).
    case cannotCreate(path: String, detail: String)
    /// The path itself cannot be used, whatever the command: a loop of links, a name too long (with
    /// the files SQLite and talks keep beside the store), a folder on the way that is not one or
    /// that may not be searched. `detail` is the system's word for it.
    case unusablePath(path: String, detail: String)
    /// The database server cannot be reached (refused, no such socket or host, shut down, no such
    /// database); `detail` is the server's or libpq's message.
    case unreachable(path: String, detail: String)
    /// The server takes no more connections: the role's, the database's or its own limit (53300).
    case connectionLimit(path: String, detail: String)
    /// The connection to the database server was lost after `COMMIT` was sent and before its
    /// answer came: whether the change was committed is not known.
    case commitUnknown(path: String, detail: String)
    /// The server refused the login (a wrong password, no such role, no `pg_hba.conf` entry).
    case denied(path: String, detail: String)
    /// The server refused the operation to this role: no privilege on a table, a row its
    /// row-level security policy does not let it write (`talks access grant`).
    case notPermitted(path: String, detail: String)
    /// This role was granted no confidential text (`talks access grant … --confidential`), and
    /// it was asked for.
    case confidentialWithheld(path: String)
    /// A rule of the database's own refused the command: an administrator's trigger raising an
    /// exception, a constraint talks does not make. `detail` is the server's text.
    case refused(path: String, detail: String)
    /// The backend (`name`: SQLite) refused an operation it should have accepted, with its own code: a bug.
    case backend(name: String, code: Int32, message: String)

    /// What keeps a store from its upgrade.
    public enum UpgradeBlocked: Sendable, Equatable {
        /// Its file, folder or medium is read-only.
        case readOnlyFile
        /// The PostgreSQL server holding it takes no writes (a standby, a read-only setting).
        case readOnlyServer
        /// Only the owner of its tables may change them, and this role is not it (a clerk's grant).
        case notOwner
    }

    /// Why a file is not a talks store.
    public enum NotAStore: Sendable, Equatable {
        /// A folder, a device (`/dev/null`), a FIFO or a socket: SQLite is never pointed at it.
        case notARegularFile(kind: String)
        /// A 0-byte file talks did not create: perhaps another program's, so it is left alone.
        case empty
        /// A SQLite database of another program (empty or not).
        case otherDatabase
        /// A SQLite database with a store's tables but not the application id talks marks its
        /// stores with: a copy made with `sqlite3 .dump` and read back.
        case unmarked(applicationID: Int64)
        /// Not a SQLite file at all.
        case notSQLite
        /// A store written by a newer talks.
        case newerSchema(version: Int, supported: Int)
        /// A database that looks like a store (a `schema_migration` table, or SQLite's application
        /// id) but lacks a table or column every store holds (`talk_trigger`, `talk.held`):
        /// another program's, or a store changed by hand.
        case incomplete(missing: String)
        /// A PostgreSQL database whose encoding (`LATIN1`) cannot hold the records' text.
        case encoding(String)
        /// A PostgreSQL database without the schema `public`, where a store lives.
        case noPublicSchema
    }

    /// Why a store is not safe to use.
    public enum Unsafe: Sendable, Equatable {
        /// `file` (the store or its `-wal`, `-shm`, `-journal`) belongs to another user, who could
        /// read what talks writes into it.
        case otherOwner(file: String, uid: UInt32)
        /// Others than the owner may read or write `file` (mode in octal, e.g. "644").
        case exposed(file: String, mode: String)
        /// The store has several names: each would get its own write-ahead log, and two logs corrupt it.
        case hardLinks(file: String, count: Int)
        /// `file` is a symbolic link, which talks does not follow (it could lead into another user's file).
        case symbolicLink(file: String)
        /// `file` beside the store is not a regular file (a FIFO or a device named `t.db-wal`).
        case notARegularFile(file: String)
        /// A log (`-wal` or `-journal`) that is not empty beside the name of a store yet to be made:
        /// a store moved away or deleted while it was written left it, and SQLite would read it
        /// into the new store as its own and damage it.
        case strayLog(file: String)
        /// The store's `-wal` is another database's: read with it, the store is that database
        /// (a backup copied over the store while an old log was beside it). Nothing was read from
        /// it, and the close did not fold it into the file.
        case foreignLog(file: String)
    }

    /// The typed error of a failed SQLite call on the store at `path`; `systemErrno` is the
    /// operating system's error behind it (`sqlite3_system_errno`).
    static func from(code: Int32, message: String, systemErrno: Int32, path: String) -> StoreError {
        switch code & 0xFF {
        case SQLITE_BUSY, SQLITE_LOCKED: .busy(path: path)
        case SQLITE_CORRUPT: .damaged(path: path, detail: message)
        // talks reads what a write replaces before it writes, so a key it writes already taken is
        // a row it did not write, or cannot read as its own (a blob key put in with the sqlite3
        // shell: helper-163, where it was an internal error, exit 70).
        // (SQLITE_CONSTRAINT_PRIMARYKEY and _UNIQUE, macros Swift does not import.)
        case SQLITE_CONSTRAINT where code == SQLITE_CONSTRAINT | 6 << 8 || code == SQLITE_CONSTRAINT | 8 << 8:
            .damaged(path: path, detail: message)
        case SQLITE_NOTADB: .notAStore(path: path, why: .notSQLite)
        case SQLITE_ERROR where message.hasPrefix("no such table: ") || message.hasPrefix("no such column: "):
            .notAStore(path: path, why: .incomplete(missing: String(message.drop { $0 != ":" }.dropFirst(2))))
        case SQLITE_READONLY: .readOnly(path: path)
        case SQLITE_FULL: .full(path: path)
        case SQLITE_IOERR, SQLITE_CANTOPEN:
            // ENOSPC surfaces as SQLITE_IOERR_WRITE on some paths (the -shm), EROFS as CANTOPEN.
            switch systemErrno {
            case ENOSPC, EDQUOT: .full(path: path)
            case EROFS: .readOnly(path: path)
            case ELOOP, ENAMETOOLONG, EACCES, ENOTDIR:
                .unusablePath(path: path, detail: String(cString: strerror(systemErrno)))
            case EFBIG: .fileSizeLimit(path: path, bytes: fileSizeLimit())
            // SQLite keeps no EFBIG where a write of the log or the file fails (helper-178: only
            // "disk I/O error"); with a limit set, it is the likely cause of a failed write, and
            // told as one.
            case 0 where code & 0xFF == SQLITE_IOERR:
                fileSizeLimit().map { .fileSizeLimit(path: path, bytes: $0) } ?? .ioFailure(path: path, detail: message)
            case 0: .ioFailure(path: path, detail: message)
            default: .ioFailure(path: path, detail: message + ": " + String(cString: strerror(systemErrno)))
            }
        default: .backend(name: "SQLite", code: code, message: message)
        }
    }

    /// The largest file this process may write, in bytes (`ulimit -f`, RLIMIT_FSIZE); nil when
    /// unlimited.
    static func fileSizeLimit() -> UInt64? {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) == 0,
            limit.rlim_cur != rlim_t.max /* RLIM_INFINITY */
        else { return nil }
        return UInt64(limit.rlim_cur)
    }

    /// The typed error of a failed system call on `path`, from `errno`.
    static func fromErrno(path: String) -> StoreError {
        let code = errno
        switch code {
        case ENOSPC, EDQUOT: return .full(path: path)
        case EFBIG: return .fileSizeLimit(path: path, bytes: fileSizeLimit())
        case EROFS, EACCES, EPERM: return .readOnly(path: path)
        case ENOENT, ENOTDIR: return .cannotCreate(path: path, detail: String(cString: strerror(code)))
        case ELOOP, ENAMETOOLONG: return .unusablePath(path: path, detail: String(cString: strerror(code)))
        default: return .ioFailure(path: path, detail: String(cString: strerror(code)))
        }
    }
}

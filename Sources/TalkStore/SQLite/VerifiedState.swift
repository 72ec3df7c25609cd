import Foundation
import TalkModel

/// How a store's file and its write-ahead log stood when talks last knew them whole: checked by
/// SQLite's `quick_check`, or changed since only through SQLite by a write that started from a
/// checked state. A write whose files still stand so needs no new whole-file check (issue 11: a
/// damaged store is never written; issue 16: a write costs what it writes, not the store's size).
///
/// Any change made to the files outside SQLite (a program writing bytes into them, a copy or a
/// restore over them, a rename) changes their status-change time (`st_ctime`, which no one but
/// the kernel sets), their inode or their size, so the state no longer matches and the next write
/// checks the whole file again. The state is kept beside the store as `STORE-verified`, one line of
/// numbers, no content, and only when the writer's close folded the whole log into the file (a log
/// another program keeps open between writers is not trusted: the next write checks the file). A
/// file there that is not ours alone is ignored, never trusted, and a file there that is not a
/// record is never replaced. A record is trusted for a day at most.
///
/// What no file time shows is not seen: a disk that returns other bytes than it was given (hence
/// the daily check), and writes through a memory mapping the owner's own program holds open; and a
/// change made to the files while talks itself writes them (its log during a write, the file
/// during the close's checkpoint: milliseconds, seconds on a slow disk) is taken for talks's.
///
/// File times move in clock ticks (a few milliseconds), so a change made within the tick the
/// state was taken in would keep the times. The record is therefore written only once its own
/// modification time is past the tick of every time it records (`record(for:)` waits for the
/// next tick), and a record read back is trusted only when that holds.
struct VerifiedState: Equatable {
    /// What `lstat` says of one file: enough to notice any change not made by SQLite.
    struct FileStatus: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: timespec
        var changed: timespec

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = info.st_mtim
            changed = info.st_ctim
        }

        init?(numbers: ArraySlice<Int64>) {
            guard numbers.count == 7 else { return nil }
            let n = Array(numbers)
            device = UInt64(bitPattern: n[0])
            inode = UInt64(bitPattern: n[1])
            size = n[2]
            modified = timespec(tv_sec: Int(n[3]), tv_nsec: Int(n[4]))
            changed = timespec(tv_sec: Int(n[5]), tv_nsec: Int(n[6]))
        }

        var numbers: [Int64] {
            [
                Int64(bitPattern: device), Int64(bitPattern: inode), size, Int64(modified.tv_sec),
                Int64(modified.tv_nsec), Int64(changed.tv_sec), Int64(changed.tv_nsec),
            ]
        }

        static func == (a: FileStatus, b: FileStatus) -> Bool { a.numbers == b.numbers }
    }

    /// The store's file.
    var store: FileStatus
    /// Its write-ahead log (`-wal`); nil when there is none or it is empty (an empty log holds
    /// nothing SQLite would read).
    var log: FileStatus?

    /// The files' state now; nil when the store cannot be looked at.
    init?(of path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        store = FileStatus(info)
        log = lstat(path + "-wal", &info) == 0 && info.st_size > 0 ? FileStatus(info) : nil
    }

    private init(store: FileStatus, log: FileStatus?) {
        self.store = store
        self.log = log
    }

    /// The record's name beside the store.
    static func recordPath(for path: String) -> String { path + "-verified" }

    private static let heading = "talks-verified 1"

    /// How long a record is trusted, in seconds: a write checks the whole file at least once a
    /// day, for damage no file time shows (a disk returning other bytes than it was given).
    static let trustedFor = 86_400

    /// The state recorded beside the store at `path`, when there is a record talks can trust: a
    /// regular file of ours that nobody else can open, written after the tick of the times it
    /// holds and less than `trustedFor` ago. Nil otherwise (the caller then checks the whole file).
    static func recorded(for path: String) -> VerifiedState? {
        guard let (text, info) = readRecord(recordPath(for: path)), info.st_mode & 0o077 == 0 else { return nil }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        guard (0..<trustedFor).contains(now.tv_sec - info.st_mtim.tv_sec) else { return nil }
        let lines = text.split(separator: "\n")
        guard lines.count == 2 else { return nil }
        let fields = lines[1].split(separator: " ")
        let numbers = fields.compactMap { Int64($0) }
        guard numbers.count == fields.count, let store = FileStatus(numbers: numbers[...]) else { return nil }
        let state = VerifiedState(store: store, log: nil)
        return state.recordedBefore(info.st_mtim) ? state : nil
    }

    /// The text of a record at `file` and what `fstat` says of it, when a record of ours is there:
    /// a small regular file with one name beginning with the heading. Opened without waiting, so a
    /// FIFO put there cannot hold a writer (and the write lock) forever.
    private static func readRecord(_ file: String) -> (String, stat)? {
        let descriptor = open(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid(),
            info.st_nlink == 1, info.st_size < 512
        else { return nil }
        var bytes = [UInt8](repeating: 0, count: 512)
        let count = read(descriptor, &bytes, bytes.count)
        guard count > 0 else { return nil }
        let text = String(decoding: bytes.prefix(count), as: UTF8.self)
        return text.hasPrefix(heading + "\n") ? (text, info) : nil
    }

    /// Whether the store's times this state holds are before `moment` (to the nanosecond). A
    /// recorded state has no log (`record(for:)`).
    private func recordedBefore(_ moment: timespec) -> Bool {
        func before(_ a: timespec) -> Bool {
            a.tv_sec < moment.tv_sec || (a.tv_sec == moment.tv_sec && a.tv_nsec < moment.tv_nsec)
        }
        return before(store.changed) && before(store.modified)
    }

    /// Keeps this state beside the store at `path`: written under a new name (mode 0600) and
    /// renamed over the old record, once its own time is past every time it holds. Does nothing
    /// when any of that fails, or when something other than a record of ours is at the record's
    /// name (another user's file, a store someone named so): the next write then checks the whole
    /// file, as without a record.
    ///
    /// A state with a log is not kept: a log that outlives the writer (another program holds the
    /// store open) is written by whoever holds the store, page images SQLite does not check as it
    /// reads them, so the next writer checks the whole file.
    func record(for path: String) {
        guard log == nil else { return }
        let name = Self.recordPath(for: path)
        var info = stat()
        if lstat(name, &info) == 0, Self.readRecord(name) == nil { return }
        // A record a process of ours was writing when it was killed or interrupted (after its
        // commit, helper-162) is removed; ours is named so that the next writer can do the same.
        let (folder, file) = PathText.split(name)
        TemporaryFile.removeAbandoned(in: folder, prefix: file + ".")
        var template = TemporaryFile.template(in: folder, prefix: file + ".")
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { return }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var kept = false
        defer {
            close(descriptor)
            if !kept { unlink(temporary) }
        }
        let line = store.numbers.map(String.init).joined(separator: " ")
        let text = Array("\(Self.heading)\n\(line)\n".utf8)
        guard write(descriptor, text, text.count) == text.count else { return }
        // Up to 50 ms for the clock to tick past the recorded times; a slower tick keeps no record.
        for _ in 0..<50 {
            guard fstat(descriptor, &info) == 0 else { return }
            if recordedBefore(info.st_mtim) {
                kept = rename(temporary, name) == 0
                return
            }
            usleep(1_000)
            guard futimens(descriptor, nil) == 0 else { return }
        }
    }
}

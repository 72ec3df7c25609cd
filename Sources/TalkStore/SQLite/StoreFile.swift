import Foundation
import TalkModel

/// The checks made on the store's files before SQLite opens them: the store holds confidential
/// text (Art. 16), and SQLite writes pages of it into `-wal` and `-journal` files beside it, so
/// each of them must be a regular file of ours that nobody else can open.
///
/// `lstat` is used throughout, so a symbolic link is refused rather than followed: a link in a
/// shared folder could lead into a file another user reads. SQLite is then told not to follow
/// one either (`SQLITE_OPEN_NOFOLLOW`), which closes most of the gap between the check and the open.
enum StoreFile {
    /// SQLite's files beside a store.
    static let companions = ["-wal", "-shm", "-journal"]

    /// What the checks found about a store that is there and safe.
    struct Inspection {
        /// Neither the medium nor the folder can be written: open read-only.
        let readOnly: Bool
    }

    /// Nil when nothing is at `path`; throws when something is there that talks must not open.
    static func inspect(_ path: String) throws -> Inspection? {
        // The companions' names are the store's and up to 9 bytes more (`-verified`), within a
        // file name's 255.
        if PathText.split(path).name.utf8.count > 255 - 9 {
            throw StoreError.unusablePath(path: path, detail: String(cString: strerror(ENAMETOOLONG)))
        }
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            // A folder on the way that is not one, or that may not be searched: no command can use it.
            if errno == ENOTDIR || errno == EACCES {
                throw StoreError.unusablePath(path: path, detail: String(cString: strerror(errno)))
            }
            throw StoreError.fromErrno(path: path)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: throw StoreError.unsafe(path: path, why: .symbolicLink(file: path))
        case S_IFDIR: throw StoreError.notAStore(path: path, why: .notARegularFile(kind: "folder"))
        case S_IFCHR, S_IFBLK: throw StoreError.notAStore(path: path, why: .notARegularFile(kind: "device"))
        case S_IFIFO: throw StoreError.notAStore(path: path, why: .notARegularFile(kind: "FIFO"))
        default: throw StoreError.notAStore(path: path, why: .notARegularFile(kind: "socket"))
        }
        try checkOwnership(info, of: path, store: path)
        if info.st_nlink > 1 {
            throw StoreError.unsafe(path: path, why: .hardLinks(file: path, count: Int(info.st_nlink)))
        }
        if info.st_size == 0 { throw StoreError.notAStore(path: path, why: .empty) }
        try inspectCompanions(of: path)
        return Inspection(readOnly: !writable(path))
    }

    /// Throws when a `-wal`, `-shm` or `-journal` beside `path` is not a regular file of ours
    /// with one name that nobody else can open.
    static func inspectCompanions(of path: String) throws {
        for suffix in companions {
            let file = path + suffix
            var companion = stat()
            guard lstat(file, &companion) == 0 else { continue }
            switch companion.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFLNK: throw StoreError.unsafe(path: path, why: .symbolicLink(file: file))
            default: throw StoreError.unsafe(path: path, why: .notARegularFile(file: file))
            }
            try checkOwnership(companion, of: file, store: path)
            if companion.st_nlink > 1 {
                throw StoreError.unsafe(path: path, why: .hardLinks(file: file, count: Int(companion.st_nlink)))
            }
        }
    }

    /// Throws when a log (`-wal`, `-journal`) that is not empty is beside the name of a store yet
    /// to be made: SQLite would read it into the new store as its own (`StoreError.Unsafe.strayLog`).
    static func refuseStrayLog(beside path: String) throws {
        for suffix in ["-wal", "-journal"] {
            var log = stat()
            if lstat(path + suffix, &log) == 0, log.st_size > 0 {
                throw StoreError.unsafe(path: path, why: .strayLog(file: path + suffix))
            }
        }
    }

    /// Whether the file at `path` itself, without its log, begins as a SQLite database with this
    /// application id (the header's bytes 68–71, big-endian: https://sqlite.org/fileformat.html).
    static func header(of path: String, hasApplicationID id: Int64) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 100)
        guard pread(descriptor, &header, 100, 0) == 100, header.starts(with: Array("SQLite format 3\u{0}".utf8))
        else { return false }
        return header[68..<72].reduce(Int64(0)) { $0 << 8 | Int64($1) } == id
    }

    /// Ours, and nobody else's to read or write.
    private static func checkOwnership(_ info: stat, of file: String, store: String) throws {
        if info.st_uid != geteuid() {
            throw StoreError.unsafe(path: store, why: .otherOwner(file: file, uid: info.st_uid))
        }
        if info.st_mode & 0o077 != 0 {
            throw StoreError.unsafe(
                path: store, why: .exposed(file: file, mode: String(info.st_mode & 0o777, radix: 8)))
        }
    }

    /// Whether a write could succeed: the file and its folder (where SQLite makes `-wal` and
    /// `-shm`) writable, on a medium mounted read-write. `access` answers EROFS even for root.
    static func writable(_ path: String) -> Bool {
        access(path, W_OK) == 0 && access(folder(of: path), W_OK) == 0
    }

    /// Whether the file system the store is on has no file left to make (no free inode): SQLite
    /// then cannot make its `-wal` beside the store, and says only that it could not open it.
    /// A file system that counts no files (btrfs) always has room.
    static func noFileCanBeMade(beside path: String) -> Bool {
        var info = statvfs()
        return statvfs(folder(of: path), &info) == 0 && info.f_files > 0 && info.f_favail == 0
    }

    /// The folder a file is in, as the path gives it (`.` for a bare name): the kernel resolves
    /// it as it resolves the file's path.
    static func folder(of path: String) -> String { PathText.split(path).folder }
}

/// Files a process of ours writes under a temporary name before they take theirs (a new store, the
/// record beside a store, an `--output` document): named so that a later process can remove one
/// whose writer died (`kill -9`, a power cut, a signal at the wrong moment).
public enum TemporaryFile {
    /// `mkstemp`'s template for a file a process of ours writes before it takes its name: in
    /// `folder`, `prefix`, the process's id, then `-XXXXXX`, so that a later process can tell a
    /// file whose writer died (`removeAbandoned`).
    public static func template(in folder: String, prefix: String) -> [CChar] {
        Array((folder + "/" + prefix + "\(getpid())-XXXXXX").utf8CString)
    }

    /// Removes the files of `template`'s names in `folder` whose process has ended: it was
    /// killed (`kill -9`, a power cut) or interrupted before it gave one its name or removed it.
    /// Only regular files of this user's; a running process's are left alone.
    public static func removeAbandoned(in folder: String, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            let parts = name.dropFirst(prefix.count).split(separator: "-", maxSplits: 1)
            // The id as `getpid()` writes it, then mkstemp's six letters and digits, with a store
            // companion's suffix or none: a name only a template gives (helper-163: a leading zero,
            // a dot or a space among the six took a user's file for one).
            guard parts.count == 2, let pid = pid_t(parts[0]), String(pid) == parts[0] else { continue }
            let suffix = StoreFile.companions.first { parts[1].hasSuffix($0) } ?? ""
            let letters = parts[1].dropLast(suffix.count).unicodeScalars
            guard letters.count == 6,
                letters.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) }),
                kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            var info = stat()
            let file = folder + "/" + name
            // Only a file of this user's with no other name: a hard link's other name is someone's.
            guard lstat(file, &info) == 0, info.st_uid == geteuid(), info.st_mode & S_IFMT == S_IFREG,
                info.st_nlink == 1
            else { continue }
            unlink(file)
        }
    }
}

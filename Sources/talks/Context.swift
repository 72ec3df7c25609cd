import Foundation
import TalkModel
import TalkStore

/// What every command needs from its surroundings: the language, the store's path, the output.
/// The only place that reads the environment.
struct Context {
    let language: Language
    let storePath: String
    /// The store path came from neither --db nor TALKS_DB.
    let storePathIsDefault: Bool
    /// The PostgreSQL database the store path names, checked (`PostgreSQLTarget`); nil for a file.
    let database: PostgreSQLTarget?
    /// The store as messages name it: the file's path, or the database without password or parameters.
    var storeName: String { database?.shown ?? storePath }
    /// The process environment, for the few settings read from it (TALKS_RULES).
    let environment: [String: String]
    /// Who runs which command, for the store's audit trail: the command's name and operands
    /// (files, ids), never option values, which may hold confidential text.
    let actor: Actor

    init(arguments: Arguments, environment: [String: String]) throws(UsageError) {
        self.environment = environment
        actor = Actor(command: (["talks", arguments.command] + arguments.operands).joined(separator: " "))
        language = try arguments[.lang]
        // An empty --db is a mistake (a shell variable that was not set), refused as every empty
        // value is (`Arguments`); an empty TALKS_DB is "unset", as for most variables, so the
        // default store is used.
        let db = try arguments[.db]
        if let path = db ?? environment["TALKS_DB"], !path.isEmpty {
            // A PostgreSQL URI is checked before anything connects; a password or a connection
            // string is refused in a file path too, as messages show a path as it is.
            do {
                database = try PostgreSQLTarget.parse(path)
            } catch {
                let source = db != nil ? OptionKey.db.name : "TALKS_DB"
                throw UsageError(message: targetFailure(error, source: source), command: arguments.command)
            }
            storePath = path
            storePathIsDefault = false
        } else {
            storePath = Self.defaultStorePath(environment)
            storePathIsDefault = true
            database = nil
        }
    }

    /// `$XDG_DATA_HOME/talks/talks.db`, else `~/.local/share/talks/talks.db`.
    static func defaultStorePath(_ environment: [String: String]) -> String {
        let base =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return base + "/talks/talks.db"
    }

    func text(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// Writes text for a person to standard output: hidden characters from the data (ESC, `\r`,
    /// U+202E…) are shown escaped, so nothing in a name can act on the terminal
    /// (`VisibleText`); the tool's own colours survive on a colour terminal.
    func write(_ text: String) throws(OutputFailure) {
        try StandardStreams.output(VisibleText.escaped(text, keepingLineBreaks: true, keepingColour: colour).utf8)
    }

    /// Writes the text `body` makes as it makes it (`TextStream`), each piece as `write` does.
    func write(_ body: (inout TextStream<OutputFailure>) throws(OutputFailure) -> Void) throws(OutputFailure) {
        try TextStream.write(to: { piece throws(OutputFailure) in try self.write(piece) }, body)
    }

    /// Writes a document (JSON, CSV, HTML, Markdown) as it is: each format escapes for itself.
    func writeDocument(_ text: String) throws(OutputFailure) {
        try StandardStreams.output(text.utf8)
    }

    /// Writes the document `body` makes as it makes it (`TextStream`), as it is.
    func writeDocument(_ body: (inout TextStream<OutputFailure>) throws(OutputFailure) -> Void)
        throws(OutputFailure)
    {
        try TextStream.write(to: { piece throws(OutputFailure) in try StandardStreams.output(piece.utf8) }, body)
    }

    func say(_ zh: String, _ en: String) throws(OutputFailure) {
        try write(text(zh, en) + "\n")
    }

    /// Prints what a command that has committed to the store says about it; should standard output
    /// fail, the failure says what was committed (`spec/cli.md`: "what was committed"). `notes`,
    /// what the command says on standard error after it, are said then too (helper-178: a load's
    /// notes of the histories it replaced, their only record, went with a failed confirmation).
    func confirm(_ committed: Message, _ body: () throws -> Void, then notes: () -> Void = {}) throws {
        defer { notes() }
        do { try body() } catch var failure as OutputFailure {
            failure.committed = committed
            throw failure
        }
    }

    /// A note for the person at the terminal, on standard error so it never mixes with data.
    func note(_ zh: String, _ en: String) {
        StandardStreams.error(VisibleText.escaped(text(zh, en), keepingLineBreaks: true) + "\n")
    }

    /// The store, which must exist: read commands never create one. A store others can read is
    /// refused by `Store.open` (Art. 16).
    func openStore() throws -> any Store {
        if let database {
            return try PostgreSQLStore.open(database, actor: actor, waiting: sayWaiting)
        }
        warnOfAFolderOthersWrite(storePath)
        return try SQLiteStore.open(at: storePath, actor: actor, waiting: sayWaiting)
    }

    /// Says when the folder of the store file at `path` may be written by every user (`/tmp`, a
    /// folder of mode 777): another user can make a file beside the store that SQLite would read
    /// as its log between talks' checks and its opening, and without the sticky bit remove or
    /// rename the store. (A folder writable by the group is left alone: a user's own group, on
    /// most systems.) The user guide says to keep a store in a folder only its owner writes.
    private func warnOfAFolderOthersWrite(_ path: String) {
        let folder = PathText.split(path).folder
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IWOTH != 0 else { return }
        let (mode, sticky) = (String(info.st_mode & 0o7777, radix: 8), info.st_mode & S_ISVTX != 0)
        let shown = folder.inline
        note(
            "talks: 注意：存储所在的文件夹 \(shown) 任何用户都可写入（权限 \(mode)）：其他用户可在存储旁放置 SQLite 会读取的文件"
                + (sticky ? "" : "，也可删除或改名存储") + "。请把存储放在只有自己可写的文件夹中（如 ~/.local/share/talks）",
            "talks: warning: the store's folder \(shown) can be written by every user (mode \(mode)): another user can put "
                + "a file beside the store that SQLite would read" + (sticky ? "" : ", or remove or rename the store")
                + ". Keep the store in a folder only you can write (as ~/.local/share/talks)")
    }

    /// Said once when another process has held the write lock for a second: the store prints nothing.
    private var sayWaiting: () -> Void {
        let text = text(
            "talks: 另一个 talks 进程正在写入存储，等待其完成……",
            "talks: waiting for another talks process to finish writing to the store…")
        return { StandardStreams.error(text + "\n") }
    }

    /// Runs `body` on the store, created (with its folder, owner-only) when missing: a store made
    /// here takes its name only once `body` succeeded (`Store.openOrCreate`).
    func withStore<T>(_ body: (any Store) throws -> T) throws -> (value: T, created: Bool) {
        try withStore(at: storePath, database: database, body)
    }

    /// The same for the store at `path` (a file, or the PostgreSQL `database` it names).
    func withStore<T>(at path: String, database: PostgreSQLTarget?, _ body: (any Store) throws -> T) throws -> (
        value: T, created: Bool
    ) {
        if let database {
            return try PostgreSQLStore.openOrCreate(database, actor: actor, waiting: sayWaiting, body)
        }
        if path == storePath, storePathIsDefault {
            // The default folder is ours to make; a folder named with --db must already exist.
            try? FileManager.default.createDirectory(
                atPath: PathText.split(path).folder,
                withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        }
        warnOfAFolderOthersWrite(path)
        return try SQLiteStore.openOrCreate(at: path, actor: actor, waiting: sayWaiting, body)
    }

    /// The largest document read (a dataset, a workbook, a scenario): a national store four times
    /// the benchmark's is about half of it as JSON. A bound, so `cat /dev/zero | talks load -`
    /// stops instead of taking the machine's memory.
    static let documentLimit = 1 << 30

    /// The bytes of a file, or standard input for `-`, at most `documentLimit` of them.
    func read(_ file: String) throws -> [UInt8] {
        let tooLarge = InputError(
            Message(zh: "大于 1 GiB，请分成几个文件分别载入", en: "larger than 1 GiB: split it into several files"),
            source: file)
        let unreadable = InputError(Message(zh: "无法读取该文件", en: "cannot read this file"), source: file)
        let folder = InputError(
            file == "-"
                ? Message(zh: "标准输入是文件夹，不是文件", en: "standard input is a folder, not a file")
                : Message(zh: "这是文件夹，不是文件：请写出其中的文件", en: "is a folder, not a file: name a file in it"),
            source: file)
        let handle: FileHandle
        // A file's size, which its bytes are read into without being moved as they grow (a
        // province's 4 MB were moved three times); none for a pipe or a device, which states none.
        var size = 0
        if file == "-" {
            // Closed (`<&-`), it reads as nothing: said so, not "the document is empty" (helper-178).
            guard !StandardStreams.inputWasClosed else {
                throw InputError(
                    Message(zh: "标准输入已关闭，没有可读的内容", en: "standard input is closed: there is nothing to read"),
                    source: file)
            }
            // A folder given as standard input (`< FOLDER`, helper-180), as one named.
            var info = stat()
            guard fstat(STDIN_FILENO, &info) != 0 || info.st_mode & S_IFMT != S_IFDIR else { throw folder }
            handle = .standardInput
        } else {
            let info = try existingFile(file)
            guard !info.isFolder else { throw folder }
            size = Int(info.st_size)
            guard size <= Self.documentLimit else { throw tooLarge }
            // Opened here, so a refusal is said with its reason (a file of mode 000: "permission
            // denied", not only "cannot read this file").
            let descriptor = open(file, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw notReadable(file, errno) }
            handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        }
        // In pieces, counted: a pipe or a device states no size.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        while true {
            let piece: Data?
            do { piece = try handle.read(upToCount: 1 << 20) } catch { throw unreadable }
            guard let piece, !piece.isEmpty else { return bytes }
            // A stream whose first mebibyte is NULs alone is no document (`/dev/zero`, a zeroed
            // device): told at once, not after a gibibyte read (a file of them, stating its size,
            // is told by its reader).
            if size == 0, bytes.isEmpty, piece.count == 1 << 20, !piece.contains(where: { $0 != 0 }) {
                throw InputError(
                    Message(
                        zh: "开头 1 MiB 全是 NUL 字节（值为 0 的字节），不是文件或表格：像是 /dev/zero 这样的设备，或已被清零的磁盘",
                        en:
                            "its first MiB is NUL bytes (bytes of value 0) only, no document or sheet: a device such as "
                            + "/dev/zero, or a zeroed disk"),
                    source: file)
            }
            bytes += piece
            if bytes.count > Self.documentLimit { throw tooLarge }
        }
    }
}

/// What `stat` tells of the file `path` names; nil when nothing is there (ENOENT, ENOTDIR). A
/// folder on the way that may not be entered (EACCES), a loop of links or a name too long is said
/// as it is, never as "no such file": the file may be there behind it.
func fileStatus(_ path: String) throws -> stat? {
    var info = stat()
    guard stat(path, &info) != 0 else { return info }
    if errno == ENOENT || errno == ENOTDIR { return nil }
    throw unreachable(
        path, errno,
        denied: Message(zh: "无权访问：路径上有不允许进入的文件夹", en: "permission denied: a folder on the way may not be entered"))
}

/// `fileStatus`, with nothing there said as "no such file".
func existingFile(_ path: String) throws -> stat {
    guard let info = try fileStatus(path) else {
        throw InputError(Message(zh: "文件不存在", en: "no such file"), source: path)
    }
    return info
}

extension stat {
    var isFolder: Bool { st_mode & S_IFMT == S_IFDIR }
}

/// The names in the folder at `path`, sorted; a folder that may be entered and not read (mode
/// 111) is said so, not taken for an empty one (helper-188: "found 0 .rules files").
func namesInFolder(_ path: String) throws -> [String] {
    guard let folder = opendir(path) else {
        throw unreachable(
            path, errno,
            denied: Message(zh: "无权读取该文件夹的内容", en: "permission denied: the folder's contents may not be read"))
    }
    defer { closedir(folder) }
    var names: [String] = []
    while let entry = readdir(folder) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) {
            String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
        }
        if name != ".", name != ".." { names.append(name) }
    }
    return names.sorted()
}

/// Why the file `path` could not be opened for reading, from the system's error `code`; without
/// one (a read that failed without saying why), asked of the system by opening it again, without
/// waiting for a pipe's writer: a named pipe or a device where a file must be (a rule file) is
/// said so (it was "cannot read this file").
func notReadable(_ path: String, _ code: Int32? = nil) -> InputError {
    var code = code
    var kind = S_IFREG
    if code == nil {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if descriptor < 0 {
            code = errno
        } else {
            var info = stat()
            if fstat(descriptor, &info) == 0 { kind = info.st_mode & S_IFMT }
            close(descriptor)
        }
    }
    if kind == S_IFIFO || kind == S_IFSOCK {
        return InputError(
            Message(zh: "是命名管道或套接字，不是文件：请写出一个文件", en: "is a named pipe or a socket, not a file: name a file"),
            source: path)
    }
    if kind == S_IFCHR || kind == S_IFBLK {
        return InputError(Message(zh: "是设备，不是文件：请写出一个文件", en: "is a device, not a file: name a file"), source: path)
    }
    guard let code else { return InputError(Message(zh: "无法读取该文件", en: "cannot read this file"), source: path) }
    return unreachable(
        path, code, denied: Message(zh: "无权读取该文件", en: "permission denied: the file may not be read"))
}

/// Why `path` cannot be used, from the system's error `code`: `denied` for EACCES, else the
/// system's own words.
private func unreachable(_ path: String, _ code: Int32, denied: Message) -> InputError {
    guard code != EACCES else { return InputError(denied, source: path) }
    let reason = String(cString: strerror(code))
    return InputError(Message(zh: "无法访问（\(reason)）", en: "cannot be reached (\(reason))"), source: path)
}

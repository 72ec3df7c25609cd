import Foundation
import OfficeOpenXML
import TalkModel
import TalkStore

/// Standard output and standard error, written with `write(2)` so that every failure is seen
/// (`spec/cli.md`, exit 74): a full disk (`> /dev/full`), a closed descriptor (`>&-`), a reader
/// gone (`| head -1`). Foundation's `FileHandle.write` traps on any of them.
enum StandardStreams {
    /// Called once, first: a broken pipe becomes an error (EPIPE) to handle rather than a signal,
    /// and so does a write past the shell's file size limit (`ulimit -f`: EFBIG, where SIGXFSZ
    /// killed the command silently, a CSV cut off with no word of it); a closed standard input or
    /// error is opened on /dev/null, so the store's SQLite file can never be given descriptor 0 or
    /// 2 and receive our messages. A closed standard output is filled the same way and remembered:
    /// every command then stops before doing anything; so is a closed standard input, read as `-`.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let opened = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
            if descriptor == STDIN_FILENO { inputWasClosed = true }
            if descriptor == STDOUT_FILENO { outputWasClosed = true }
        }
    }

    /// Standard input was closed when the tool started (`<&-`): `-` has nothing to read.
    nonisolated(unsafe) private(set) static var inputWasClosed = false

    /// Standard output was closed when the tool started (`>&-`).
    nonisolated(unsafe) private(set) static var outputWasClosed = false

    /// Whether any byte has gone to standard output: output is written in pieces as it is made
    /// (`TextStream`), so a failure can come after part of it is in the file.
    nonisolated(unsafe) private static var outputStarted = false

    /// Whether `--output PATH` names standard output: `-`, or a name of what it is
    /// (`/dev/stdout`, `/dev/fd/1`), written as the shell opened it: a pipe has no file to
    /// replace (helper-205: "a link to nothing"), and a file opened to append (`>> f`) keeps what
    /// it held (helper-208: replaced by the document).
    static func isNamed(by path: String) -> Bool {
        guard path != "-" else { return true }
        var named = stat()
        var output = stat()
        guard stat(path, &named) == 0, fstat(STDOUT_FILENO, &output) == 0 else { return false }
        return named.st_dev == output.st_dev && named.st_ino == output.st_ino
    }

    /// Writes all of `bytes` to standard output, or throws what stopped it.
    static func output(_ bytes: some Collection<UInt8>) throws(OutputFailure) {
        if outputWasClosed { throw OutputFailure(errorNumber: EBADF) }
        let (failure, written) = writeAll(bytes, to: STDOUT_FILENO)
        outputStarted = outputStarted || written > 0
        if failure != 0 { throw OutputFailure(errorNumber: failure, incomplete: outputStarted) }
    }

    /// Writes to standard error; a failure there has nowhere left to be told, so it is ignored.
    static func error(_ text: String) {
        _ = writeAll(text.utf8, to: STDERR_FILENO)
    }

    /// Writes a file (`--output`) as `write` makes it: into a new file beside it, renamed over
    /// the name once whole, so no one ever sees half a document and a failure leaves what was
    /// there. A signal on the way removes the new file and says `interrupted`.
    static func file(_ path: String, interrupted: String, _ write: (FileOutput) throws -> Void) throws {
        let folder = PathText.split(path).folder
        // One a process of ours was writing when it was killed is removed (helper-164: a whole
        // workbook was left under a hidden name for good).
        TemporaryFile.removeAbandoned(in: folder, prefix: ".talks-output-")
        var template = TemporaryFile.template(in: folder, prefix: ".talks-output-")
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw OutputFailure(errorNumber: errno, file: path) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // Ctrl-C while it is written removes it: a hidden file beside the output otherwise stays.
        NewStoreGuard.guardFiles([temporary], note: interrupted)
        defer { NewStoreGuard.keep() }
        var failure: (any Error)?
        do {
            try write(FileOutput(descriptor: descriptor, path: path))
            if fsync(descriptor) != 0 { throw OutputFailure(errorNumber: errno, file: path) }
        } catch { failure = error }
        if close(descriptor) != 0, failure == nil { failure = OutputFailure(errorNumber: errno, file: path) }
        if failure == nil, rename(temporary, path) != 0 { failure = OutputFailure(errorNumber: errno, file: path) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    /// Writes every byte or stops at the first failure: its `errno` (0 for none) and how many
    /// bytes went out before it. Appended, or with `at` over the file's bytes from that offset.
    fileprivate static func writeAll(
        _ bytes: some Collection<UInt8>, to descriptor: Int32, at position: Int? = nil
    ) -> (Int32, Int) {
        ContiguousArray(bytes).withUnsafeBytes { writeAll($0, to: descriptor, at: position) }
    }

    fileprivate static func writeAll(
        _ buffer: UnsafeRawBufferPointer, to descriptor: Int32, at position: Int? = nil
    ) -> (Int32, Int) {
        var offset = 0
        while offset < buffer.count {
            let (start, count) = (buffer.baseAddress! + offset, buffer.count - offset)
            let written =
                position.map { pwrite(descriptor, start, count, off_t($0 + offset)) } ?? write(descriptor, start, count)
            if written < 0 {
                if errno == EINTR { continue }
                return (errno, offset)
            }
            offset += written
        }
        return (0, offset)
    }
}

/// The temporary file of `--output` as a document is written into it: appended to as it is made,
/// a ZIP entry's local header written again in place once the entry is whole.
final class FileOutput: ZipOutput {
    let descriptor: Int32
    let path: String

    init(descriptor: Int32, path: String) {
        (self.descriptor, self.path) = (descriptor, path)
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        let failure = StandardStreams.writeAll(bytes, to: descriptor).0
        if failure != 0 { throw OutputFailure(errorNumber: failure, file: path) }
    }

    func rewrite(_ bytes: [UInt8], at offset: Int) throws {
        let failure = StandardStreams.writeAll(bytes, to: descriptor, at: offset).0
        if failure != 0 { throw OutputFailure(errorNumber: failure, file: path) }
    }
}

/// Standard output could not take what a command printed (exit 74). `committed` says what the
/// command had already written to the store, so a script does not do it twice.
struct OutputFailure: Error {
    let errorNumber: Int32
    var committed: Message?
    /// The file of `--output`, or nil for standard output.
    var file: String?
    /// Part of the output had gone to standard output before the failure: what is there is cut off.
    var incomplete: Bool

    init(errorNumber: Int32, committed: Message? = nil, file: String? = nil, incomplete: Bool = false) {
        (self.errorNumber, self.committed, self.file, self.incomplete) = (errorNumber, committed, file, incomplete)
    }

    /// The reader went away (`talks export | head -1`): a normal end for a read, said only when
    /// something had been committed.
    var readerGone: Bool { errorNumber == EPIPE }

    /// The system's reason in both languages: the C library's words for English, ours for the
    /// reasons a write meets in Chinese (the library's own, in English, for any other).
    private var reason: Message {
        let system = String(cString: strerror(errorNumber))
        let zh: String? =
            switch errorNumber {
            case ENOSPC: "磁盘已满"
            case EDQUOT: "超出磁盘配额"
            case EACCES, EPERM: "没有权限"
            case EROFS: "只读的文件系统"
            case ENOENT: "文件夹不存在"
            case ENOTDIR: "路径中有一段不是文件夹"
            case EISDIR: "这是一个文件夹"
            case EFBIG: "文件过大"
            case EIO: "输入输出错误"
            case EPIPE: "读取方已关闭"
            case ENAMETOOLONG: "文件名过长"
            default: nil
            }
        return Message(zh: zh ?? system, en: system)
    }

    func message(_ language: Language) -> String {
        let what =
            if let file = file.map(\.inline) {
                // A line break in the name would begin what looks like another message.
                Message(zh: "无法写入 \(file)（\(reason.zh)）", en: "cannot write \(file) (\(reason.en))")
            } else if errorNumber == EBADF { Message(zh: "标准输出已关闭", en: "standard output is closed") } else {
                Message(zh: "无法写入标准输出（\(reason.zh)）", en: "cannot write to standard output (\(reason.en))")
            }
        let outcome =
            committed.map {
                Message(zh: "\($0.zh)，但确认信息未能输出", en: "\($0.en); the confirmation could not be printed")
            }
            ?? Message(zh: "存储未作任何改动", en: "nothing was written to the store")
        let cut =
            incomplete
            ? Message(zh: "已输出的部分不完整，请删除后重做。", en: " What was printed is cut off: delete it and run the command again.")
            : Message(zh: "", en: "")
        return language == .zh ? "\(what.zh)；\(outcome.zh)。\(cut.zh)" : "\(what.en); \(outcome.en).\(cut.en)"
    }
}

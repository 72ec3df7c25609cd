import Foundation
import OfficeOpenXML
import TalkModel
import TalkStore

extension OptionKey where Value == TextEncoding? {
    /// `--encoding`, for every command that writes CSV (`import` gives it its own help).
    static var encoding: Self {
        OptionKey(
            .value(
                "--encoding", "utf-8|gb18030", "CSV 的编码：utf-8（默认，带 BOM，Excel、WPS 双击即可正确打开）或 gb18030",
                "encoding of CSV output: utf-8 (default, with a byte-order mark so Excel and WPS open it correctly) or gb18030"
            )
        ) { texts, arguments throws(UsageError) in
            guard let text = texts?.last else { return nil }
            guard let encoding = TextEncoding(named: text) else {
                throw arguments.fail(
                    "--encoding 只能是 utf-8 或 gb18030（gbk、gb2312 亦按 gb18030）",
                    "--encoding must be utf-8 or gb18030 (gbk and gb2312 read as gb18030)")
            }
            return encoding
        }
    }
}

/// A value of `--format`: every command names the ones it writes, the first its default.
enum OutputFormat: String, Sendable {
    case table, text, json, csv, xlsx, ics, markdown, html, docx

    /// Written as a binary file, which a terminal cannot show.
    var isBinary: Bool { self == .docx || self == .xlsx }
}

extension OptionKeys {
    /// `--format`, one of `formats`; the first is the default, and the help says so unless `help`
    /// says more. `--encoding` goes with csv only, `--output` with the binary formats only, and
    /// those are never written to a terminal.
    static func format(_ formats: [OutputFormat], help: Message? = nil) -> OptionKey<OutputFormat> {
        let names = formats.map(\.rawValue)
        let help = help ?? Message(zh: "输出格式（默认 \(names[0])）", en: "output format (default: \(names[0]))")
        return OptionKey(.value("--format", names.joined(separator: "|"), help.zh, help.en)) {
            texts, arguments throws(UsageError) in
            let given = texts?.last
            guard let format = given.map({ OutputFormat(rawValue: $0) }) ?? formats.first, formats.contains(format)
            else {
                throw arguments.fail(
                    "--format 只能是 \(names.joined(separator: "、"))", "--format must be \(names.joined(separator: ", "))"
                ).with(given.flatMap { Suggestions.hint(for: $0, among: names) })
            }
            if arguments.has(OptionKey.encoding), format != .csv {
                throw arguments.fail("--encoding 只用于 --format csv", "--encoding goes with --format csv only")
            }
            let output = try arguments[.output]
            if output != nil {
                guard format.isBinary else {
                    // The binary formats of this command, which alone are written to a file.
                    let binary = formats.filter(\.isBinary).map(\.rawValue)
                    throw arguments.fail(
                        "--output 只用于 --format \(binary.joined(separator: " 或 "))",
                        "--output goes with --format \(binary.joined(separator: " or ")) only")
                }
            }
            // `--output -` is standard output, as `-` is standard input for `load`.
            if output.map(StandardStreams.isNamed) ?? true, format.isBinary, isatty(STDOUT_FILENO) == 1 {
                throw arguments.fail(
                    "--format \(format) 是二进制文件，不能输出到终端：请重定向（> 报告.\(format)）或使用 --output 文件名",
                    "--format \(format) is a binary file and is not written to a terminal: redirect it (> report.\(format)) or use --output FILE"
                )
            }
            return format
        }
    }
}

extension Arguments {
    /// Whether confidential text was asked for; saying so on standard error when it was. A
    /// database role granted without the texts (`scope`) is refused them, as the database would.
    func confidential(_ context: Context, scope: AccessScope?) throws -> Bool {
        guard try self[.confidential] else { return false }
        if let scope, !scope.confidential {
            throw StoreError.confidentialWithheld(path: context.storeName)
        }
        context.note(
            "警告：输出含保密内容（第十六条），请按保密规定保管和传递。",
            "warning: this output holds confidential text (Art. 16); keep and pass it on as the rules on secrecy require."
        )
        return true
    }
}

extension Context {
    /// Whether standard error is a terminal: progress lines go there only then.
    var errorIsTerminal: Bool { isatty(2) == 1 }

    /// Whether standard output is a terminal: a document written there is shown, not saved.
    var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// A terminal that says it obeys no control codes (`TERM=dumb`, as Emacs's shell and some
    /// consoles set it), or says nothing (no `TERM`: a cron job's or a service's, as git and
    /// ncurses read it): no colour and no line rewritten there (helper-179, helper-181).
    var terminalIsDumb: Bool { ["", "dumb"].contains(environment["TERM"] ?? "") }

    /// Colour is for a terminal, and never when NO_COLOR is set (no-color.org) or the terminal is dumb.
    var colour: Bool { isatty(1) == 1 && (environment["NO_COLOR"] ?? "").isEmpty && !terminalIsDumb }

    /// "写入 12000/250000 条" on one line that rewrites itself; nothing when not on a terminal
    /// that can rewrite it.
    func progress(_ written: Int, _ total: Int) {
        guard errorIsTerminal, !terminalIsDumb else { return }
        StandardStreams.error("\r" + text("写入 \(written)/\(total) 条", "writing \(written)/\(total)"))
    }

    /// Clears the progress line.
    func progressDone() {
        guard errorIsTerminal, !terminalIsDumb else { return }
        StandardStreams.error("\r\u{1B}[K")
    }

    /// A sheet as CSV in the encoding asked for, or as an Excel workbook (`format` xlsx), written
    /// as its rows are made.
    func writeTable(_ table: SheetTable, format: OutputFormat, _ arguments: Arguments) throws {
        if format == .xlsx {
            var long: [String] = []
            try writeBinary(arguments) { long = try Workbook.write([table], to: $0) }
            if let first = long.first {
                note(
                    "\(long.count) 个单元格（如 \(first)）超过表格软件单元格的上限 32767 个字符：用 Excel、WPS 或 LibreOffice 保存时会被截断，"
                        + "截断后的表格不能再导入；完整内容请用 talks export（JSON）保存",
                    "\(long.count) cell(s) (\(first) the first) hold more than a spreadsheet's cell does, 32,767 characters: "
                        + "Excel, WPS and LibreOffice cut them when they save the file, which then cannot be imported; "
                        + "keep the whole texts with talks export (JSON)")
            }
        } else {
            // Written a few thousand rows at a time; the byte-order mark once, at the start.
            let encoding = try arguments[.encoding] ?? .utf8
            var encoded = 0
            var lines = 1
            var held: [UInt8] = []
            try TextStream.write(
                to: { piece in
                    let bytes: [UInt8]
                    do throws(TextEncoding.EncodingFailure) {
                        bytes = try encoding.encode(piece, at: encoded, line: lines)
                    } catch {
                        throw InputError(error.message, at: "--encoding")
                    }
                    encoded += piece.utf8.count
                    // Only an encoding that lacks some characters refuses a later line, saying which.
                    if encoding.lacksSomeCharacters {
                        lines += piece.utf8.count { $0 == UInt8(ascii: "\n") }
                        held += bytes
                    } else {
                        try StandardStreams.output(bytes)
                    }
                }
            ) { stream in try table.csv(to: &stream, shown: outputIsTerminal) }
            if !held.isEmpty { try StandardStreams.output(held) }
        }
    }

    /// A Word document or a workbook, as `write` makes it, to `--output FILE` or standard output
    /// (`-`, or no flag; never a terminal: `Arguments.format` refused that). Into the file it is
    /// written as it is made (the file is renamed into place only when whole); for standard
    /// output, where nothing can be taken back, the compressed archive is held and written at the
    /// end, so a failure leaves nothing there either. Only an archive of over 4 GB fails in
    /// `write` (no ZIP64): a file too large to write.
    func writeBinary(_ arguments: Arguments, _ write: (any ZipOutput) throws -> Void) throws {
        if let file = try arguments[.output], !StandardStreams.isNamed(by: file) {
            let path = try replaceable(file, arguments)
            let interrupted = text(
                "talks: 已中断；\(path) 未写入（保持原样）。", "talks: interrupted; \(path) was not written (it is as it was).")
            try StandardStreams.file(path, interrupted: interrupted) { output in
                do { try write(output) } catch is ZipError { throw OutputFailure(errorNumber: EFBIG, file: path) }
            }
        } else {
            let archive = ZipBytes()
            do { try write(archive) } catch is ZipError { throw OutputFailure(errorNumber: EFBIG) }
            try StandardStreams.output(archive.bytes)
        }
    }

    /// The file `--output` may replace: a new name or a plain file, never the store or its
    /// journal, a device (`/dev/full`), a pipe or a folder, which the rename that writes it
    /// whole would destroy. A symbolic link is written through: the link stays and the file it
    /// points at gets the document.
    private func replaceable(_ path: String, _ arguments: Arguments) throws(UsageError) -> String {
        var target = path
        var info = stat()
        let storeItself = arguments.fail(
            "--output \(path) 是存储本身，不能用文档替换它",
            "--output \(path) is the store itself; it is not replaced by a document")
        guard lstat(target, &info) == 0 else {
            // A new file, unless it is one the store keeps beside it (its integrity record).
            guard !isStoreName(target) else { throw storeItself }
            return target
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw arguments.fail(
                    "--output \(path) 是指向不存在文件的链接，不能写入", "--output \(path) is a link to nothing; it is not written")
            }
            target = String(cString: resolved)
            free(resolved)
            stat(target, &info)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            let kind: Message =
                switch info.st_mode & S_IFMT {
                case S_IFDIR: Message(zh: "文件夹", en: "a folder")
                case S_IFIFO: Message(zh: "管道", en: "a pipe")
                default: Message(zh: "设备或套接字", en: "a device or a socket")
                }
            throw arguments.fail(
                "--output \(path) 是\(kind.zh)，不是普通文件，不能用文档替换它",
                "--output \(path) is \(kind.en), not a plain file; it is not replaced by a document")
        }
        guard !isStoreFile(info) else { throw storeItself }
        return target
    }

    /// The SQLite store's file and the files SQLite and talks keep beside it.
    private var storeFiles: [String] {
        database == nil ? [storePath] + SQLiteStore.filesBeside(storePath) : []
    }

    /// Whether a file (as `stat` describes it) is the SQLite store or one of its companions.
    func isStoreFile(_ info: stat) -> Bool {
        storeFiles.contains { file in
            var held = stat()
            return stat(file, &held) == 0 && held.st_dev == info.st_dev && held.st_ino == info.st_ino
        }
    }

    /// Whether a path names the store or one of its companions, whether or not the file is there.
    func isStoreName(_ path: String) -> Bool {
        storeFiles.map(PathText.resolved).contains(PathText.resolved(path))
    }

    /// Refuses standard output or standard error sent into the store (`talks check >> talks.db`):
    /// whatever a command printed would be appended to the store's file.
    func refuseOutputIntoStore() throws {
        let streams = [(STDOUT_FILENO, "标准输出", "standard output"), (STDERR_FILENO, "标准错误", "standard error")]
        for (descriptor, zh, en) in streams {
            var info = stat()
            guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, isStoreFile(info) else { continue }
            // Said on standard error, unless that is the store: then nowhere (exit 64 alone).
            if descriptor == STDERR_FILENO {
                let null = open("/dev/null", O_WRONLY)
                if null >= 0 { dup2(null, STDERR_FILENO) }
            }
            throw UsageError(
                message: Message(
                    zh: "\(zh)指向存储 \(storePath) 本身，输出会写进存储；请重定向到另一个文件",
                    en:
                        "\(en) is the store \(storePath) itself: the output would be written into the store; redirect it to another file"
                ))
        }
    }
}

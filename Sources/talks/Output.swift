import Foundation
import TalkModel

/// `--encoding`, for every command that writes CSV.
let encodingOption = Option.value(
    "--encoding", "utf-8|gb18030", "CSV 的编码：utf-8（默认，带 BOM，Excel、WPS 双击即可正确打开）或 gb18030",
    "encoding of CSV output: utf-8 (default, with a byte-order mark so Excel and WPS open it correctly) or gb18030")

/// `--include-confidential`, for every command that can show confidential text (Art. 16).
let confidentialOption = Option.flag(
    "--include-confidential", "包含保密内容（指出的问题、整改要求、情形说明），并在标准错误提示",
    "include confidential text (problems, requirements, trigger notes), with a warning on standard error")

extension Arguments {
    /// `--format`, one of `formats`; the first is the default. `--encoding` goes with csv only.
    func format(_ formats: [String]) throws(UsageError) -> String {
        let format = value("--format") ?? formats[0]
        guard formats.contains(format) else {
            throw fail(
                "--format 只能是 \(formats.joined(separator: "、"))", "--format must be \(formats.joined(separator: ", "))")
        }
        if value("--encoding") != nil, format != "csv" {
            throw fail("--encoding 只用于 --format csv", "--encoding goes with --format csv only")
        }
        return format
    }

    /// `--encoding`, or nil when not given.
    func encoding() throws(UsageError) -> TextEncoding? {
        guard let text = value("--encoding") else { return nil }
        guard let encoding = TextEncoding(rawValue: text.lowercased()) else {
            throw fail("--encoding 只能是 utf-8 或 gb18030", "--encoding must be utf-8 or gb18030")
        }
        return encoding
    }

    /// Whether confidential text was asked for; saying so on standard error when it was.
    func confidential(_ context: Context) -> Bool {
        guard flag("--include-confidential") else { return false }
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

    /// Colour is for a terminal, and never when NO_COLOR is set (no-color.org).
    var colour: Bool { isatty(1) == 1 && (environment["NO_COLOR"] ?? "").isEmpty }

    /// "写入 12000/250000 条" on one line that rewrites itself; nothing when not on a terminal.
    func progress(_ written: Int, _ total: Int) {
        guard errorIsTerminal else { return }
        StandardStreams.error("\r" + text("写入 \(written)/\(total) 条", "writing \(written)/\(total)"))
    }

    /// Clears the progress line.
    func progressDone() {
        guard errorIsTerminal else { return }
        StandardStreams.error("\r\u{1B}[K")
    }

    /// CSV text in the encoding asked for: UTF-8 with a byte-order mark, or GB18030.
    func writeCSV(_ text: String, _ arguments: Arguments) throws {
        let encoding = try arguments.encoding() ?? .utf8
        let bytes: [UInt8]
        do { bytes = try encoding.encode(text) } catch {
            throw InputError(source: nil, problems: [Problem("--encoding", error.message)])
        }
        try StandardStreams.output(bytes)
    }
}

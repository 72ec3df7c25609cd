import Foundation
import TestSupport

/// The examples of one Markdown page, read by the convention of `Docs/examples.md`, and run as a
/// reader would: in order, in one folder of their own holding one store loaded with the sample.
struct DocExamples {
    /// One thing the page asks the reader to do.
    enum Step {
        /// Write a block's text to a file (`<!-- example: file NAME -->`).
        case write(file: String, text: String)
        /// Run a shell command; `talks` commands must exit with `exit`, others with 0. A transcript's
        /// expected output (`nil`: not shown, or declared to vary) is compared, `…` lines eliding.
        case run(command: String, exit: Int32, output: [String]?)
    }

    let page: String
    /// Each step with the line of the page it comes from.
    private(set) var steps: [(line: Int, step: Step)] = []
    /// Mistakes in the page's use of the convention, as `page:line: …`.
    private(set) var mistakes: [String] = []

    init(page: String, text: String) {
        self.page = page
        var directives: [(line: Int, text: String)] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var i = 0
        while i < lines.count {
            let trimmed = lines[i].trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("<!-- example:"), trimmed.hasSuffix("-->") {
                directives.append(
                    (i + 1, String(trimmed.dropFirst(13).dropLast(3)).trimmingCharacters(in: .whitespaces)))
                i += 1
                continue
            }
            guard trimmed.hasPrefix("```") else {
                if !trimmed.isEmpty { directives = [] }
                i += 1
                continue
            }
            let indent = lines[i].prefix { $0 == " " }.count
            let language = String(trimmed.dropFirst(3))
            var body: [String] = []
            i += 1
            while i < lines.count, !lines[i].trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                body.append(String(lines[i].dropFirst(min(indent, lines[i].prefix { $0 == " " }.count))))
                i += 1
            }
            block(language: language, body: body, line: i - body.count + 1, directives: directives)
            directives = []
            i += 1
        }
    }

    /// Reads one fenced block: `sh` runs its `talks` lines, `console` its `$ ` lines and compares
    /// what follows them; any other block runs nothing, and a bare one may show no command.
    private mutating func block(language: String, body: [String], line: Int, directives: [(line: Int, text: String)]) {
        var exit: Int32 = 0
        var compare = true
        for (at, directive) in directives {
            let word = directive.prefix { $0 != " " && $0 != "," && $0 != ":" }
            let rest = directive.dropFirst(word.count).trimmingCharacters(
                in: .whitespaces.union(.punctuationCharacters))
            switch word {
            case "file" where !rest.isEmpty:
                steps.append((line, .write(file: rest, text: body.joined(separator: "\n") + "\n")))
                return
            case "skip" where rest.count > 10: return
            case "exit" where Int32(rest) != nil: exit = Int32(rest)!
            case "output" where rest.hasPrefix("varies") && rest.count > 12: compare = false
            default: mistakes.append("\(page):\(at): unknown example directive \"\(directive)\" (Docs/examples.md)")
            }
        }
        let commands = logicalLines(body)
        switch language {
        case "sh":
            for (offset, command) in commands where command.hasPrefix("talks ") {
                steps.append((line + offset, .run(command: command, exit: Self.stated(command) ?? exit, output: nil)))
            }
        case "console":
            for (index, (offset, text)) in commands.enumerated() where text.hasPrefix("$ ") {
                let next = commands.dropFirst(index + 1).first { $0.text.hasPrefix("$ ") }?.offset ?? body.count
                let shown = Array(body[(offset + 1)..<next])
                let command = String(text.dropFirst(2))
                steps.append(
                    (
                        line + offset,
                        .run(
                            command: command, exit: command.hasPrefix("talks ") ? exit : 0,
                            output: compare && !shown.isEmpty ? shown : nil)
                    ))
            }
        case "":
            if let (offset, _) = commands.first(where: { $0.text.hasPrefix("talks ") || $0.text.hasPrefix("$ ") }) {
                mistakes.append(
                    "\(page):\(line + offset): a command in a bare ``` block: fence it as sh or console to run it, text not to (Docs/examples.md)"
                )
            }
        default: break
        }
    }

    /// The status a command's own comment states, as in `talks overdue   # the work list (exit 1: violations)`
    /// (or `（exit 1：有违规）`).
    static func stated(_ command: String) -> Int32? {
        guard let comment = command.range(of: "# "),
            let mark = ["(exit ", "（exit "].lazy.compactMap({
                command.range(of: $0, range: comment.upperBound..<command.endIndex)
            }).first
        else { return nil }
        return Int32(command[mark.upperBound...].prefix { $0.isNumber })
    }

    /// Keeps one step only, to run it on its own.
    mutating func keep(only index: Int) { steps = [steps[index]] }

    /// Lines joined across a trailing backslash, each with its offset in the block.
    private func logicalLines(_ body: [String]) -> [(offset: Int, text: String)] {
        var result: [(offset: Int, text: String)] = []
        var continuing = false
        for (offset, line) in body.enumerated() {
            let text = line.trimmingCharacters(in: .whitespaces)
            if continuing {
                result[result.count - 1].text = String(result[result.count - 1].text.dropLast()) + " " + text
            } else {
                result.append((offset, text))
            }
            continuing = text.hasSuffix("\\")
        }
        return result
    }

    /// Runs every step in a new folder (with `Docs/` and `Rules/` beside it and a store loaded with
    /// the sample: a file there, or `database`) and returns what went wrong, one paragraph per failing step.
    func run(language: String, database: String? = nil) throws -> [String] {
        let folder = Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["Docs", "Rules"] {
            try FileManager.default.createSymbolicLink(
                atPath: folder + "/" + name, withDestinationPath: Fixture.root + "/" + name)
        }
        let environment = [
            "PATH": URL(fileURLWithPath: Fixture.binary).deletingLastPathComponent().path + ":/usr/bin:/bin",
            "HOME": folder, "LANG": language, "TALKS_DB": database ?? folder + "/talks.db", "NO_COLOR": "1",
        ]
        let load = try Self.shell("talks load Docs/examples/sample-province.json", in: folder, environment)
        guard load.status == 0 else { return ["\(page): the sample did not load:\n\(load.output)"] }
        var failures = mistakes
        for (line, step) in steps {
            switch step {
            case .write(let file, let text):
                let path = URL(fileURLWithPath: folder + "/" + file)
                try FileManager.default.createDirectory(
                    at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
                Fixture.write(text, to: path.path)
            case .run(let command, let exit, let output):
                let run = try Self.shell(command, in: folder, environment)
                if run.status != exit {
                    failures.append(
                        "\(page):\(line): \(command)\nexited \(run.status), expected \(exit):\n\(Self.excerpt(run.output))"
                    )
                } else if let output, !Self.matches(output, Self.lines(run.output)) {
                    failures.append(
                        "\(page):\(line): \(command)\nprinted:\n\(Self.excerpt(run.output))\nthe page shows:\n\(output.joined(separator: "\n"))"
                    )
                }
            }
        }
        return failures
    }

    /// Runs `command` with `sh -c` in `folder`, standard output and error in one stream, as a terminal shows them.
    static func shell(_ command: String, in folder: String, _ environment: [String: String]) throws -> (
        status: Int32, output: String
    ) {
        let path = folder + "/.output-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = environment
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The first 25 lines of an output, for a failure's message.
    static func excerpt(_ text: String) -> String {
        let all = lines(text)
        return (all.prefix(25) + (all.count > 25 ? ["… (\(all.count - 25) more lines)"] : [])).joined(separator: "\n")
    }

    /// The lines of an output, without trailing blanks and blank lines at the end.
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Whether `actual` is what the page shows: line by line, a line `…` standing for any number of lines.
    static func matches(_ shown: [String], _ actual: [String]) -> Bool {
        let shown = lines(shown.joined(separator: "\n"))
        func match(_ s: Int, _ a: Int) -> Bool {
            if s == shown.count { return a == actual.count }
            if shown[s].trimmingCharacters(in: .whitespaces) == "…" {
                return (a...actual.count).contains { match(s + 1, $0) }
            }
            return a < actual.count && shown[s] == actual[a] && match(s + 1, a + 1)
        }
        return match(0, 0)
    }
}

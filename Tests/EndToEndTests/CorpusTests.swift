import Foundation
import TestSupport
import Testing

/// One malformed input of `Tests/Corpus`: a file, or a `.recipe` that builds one too large to
/// keep in the repository, and the lines its message must hold (`NAME.expected`).
struct CorpusCase: CustomStringConvertible, Sendable {
    let folder: String
    let name: String

    var description: String { "\(folder)/\(name)" }
    var path: String { Fixture.root + "/Tests/Corpus/\(folder)/\(name)" }

    static func all(_ folder: String) -> [CorpusCase] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: Fixture.root + "/Tests/Corpus/" + folder)) ?? []
        return names.filter { !$0.hasSuffix(".expected") }.sorted().map {
            CorpusCase(folder: folder, name: $0.hasSuffix(".recipe") ? String($0.dropLast(7)) : $0)
        }
    }

    /// The input's bytes: the file itself, or what its recipe says. A recipe's lines are
    /// `text "…"` (appended once), `repeat N "…"` (appended N times), strings as in JSON, and
    /// `python "NAME"`: what `Tests/Corpus/make-zip.py NAME` writes (binary workbooks).
    func bytes() throws -> Data {
        guard FileManager.default.fileExists(atPath: path + ".recipe") else {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
        var out = Data()
        for line in try String(contentsOfFile: path + ".recipe", encoding: .utf8).split(separator: "\n") {
            let words = line.split(separator: " ", maxSplits: line.hasPrefix("repeat") ? 2 : 1)
            let quoted = Data(words.last!.utf8)
            let text = try JSONDecoder().decode(String.self, from: quoted)
            if words[0] == "python" {
                out.append(try Self.python(Fixture.root + "/Tests/Corpus/make-zip.py", text))
                continue
            }
            let piece = Data(text.utf8)
            let times = words[0] == "repeat" ? Int(words[1])! : 1
            for _ in 0..<times { out.append(piece) }
        }
        return out
    }

    private static func python(_ script: String, _ name: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script, name]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        precondition(process.terminationStatus == 0, "make-zip.py \(name) failed")
        return data
    }

    /// The lines the message must hold, one a line.
    func expected() throws -> [String] {
        try String(contentsOfFile: path + ".expected", encoding: .utf8).split(separator: "\n").map(String.init)
    }
}

/// Every malformed input gives exit 2 and a message naming the file and the place, within a
/// time and memory bound, and leaves the store as it was.
@Suite struct CorpusTests {
    /// Runs `talks` under a 4 GB address-space limit, killed after two minutes: a crash, a hang
    /// or unbounded memory shows as a status other than 2.
    func bounded(_ arguments: [String]) throws -> Run {
        let command = (["ulimit -v 4194304; exec \"$0\" \"$@\""] + [Fixture.binary] + arguments)
        let process = try Running(command, shell: true)
        let deadline = Date().addingTimeInterval(120)
        while process.process.isRunning && Date() < deadline { usleep(50_000) }
        if process.process.isRunning { kill(process.process.processIdentifier, SIGKILL) }
        return try process.finish()
    }

    func check(_ corpus: CorpusCase, _ command: [String]) throws {
        let w = try Workspace()
        let before = try w.export()
        let input = w.folder + "/" + corpus.name
        try corpus.bytes().write(to: URL(fileURLWithPath: input))
        let run = try bounded(["--db", w.db] + command + [input])
        #expect(run.status == 2, "\(corpus): status \(run.status): \(run.stderr.prefix(500))")
        #expect(run.stderr.contains(input), "\(corpus): the message does not name the file")
        for line in try corpus.expected() {
            #expect(
                run.stderr.contains(line), "\(corpus): expected \(line.debugDescription) in \(run.stderr.prefix(500))")
        }
        #expect(run.stderr.utf8.count < 10_000, "\(corpus): a message of \(run.stderr.utf8.count) bytes")
        #expect(try w.export() == before, "\(corpus): the store changed")
    }

    @Test(arguments: CorpusCase.all("datasets")) func dataset(_ corpus: CorpusCase) throws {
        try check(corpus, ["load"])
    }

    @Test(arguments: CorpusCase.all("sheets")) func sheet(_ corpus: CorpusCase) throws {
        try check(corpus, ["import"])
    }

    @Test(arguments: CorpusCase.all("rules")) func ruleFile(_ corpus: CorpusCase) throws {
        try check(corpus, ["check", "--as-of", "2026-11-21", "--rules"])
    }
}

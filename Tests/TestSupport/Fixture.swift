import Foundation

/// Paths and temporary folders shared by the tests.
public enum Fixture {
    /// The package's root folder, found from this file's place in `Tests/TestSupport/`.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The bundled sample dataset.
    public static var sample: String { root + "/Docs/examples/sample-province.json" }

    /// The built `talks` binary: `TALKS_BIN` (set by `make test`), else the debug build.
    public static var binary: String {
        ProcessInfo.processInfo.environment["TALKS_BIN"] ?? root + "/.build/debug/talks"
    }

    /// A new empty folder of this test's own, inside `runFolder`: removed with it when the test
    /// process ends.
    public static func temporaryFolder() -> String {
        let path = runFolder + "/talks-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The folder holding every temporary folder of this test process, removed when the process
    /// exits (`atexit`): a run of the suite makes some 15,000 stores, sheets and packs, and left in
    /// the system's temporary folder they filled it run after run. A process that crashes leaves its
    /// folder, named by its process id, for a look at what it was doing.
    public static let runFolder: String = {
        let path = NSTemporaryDirectory() + "talks-tests-\(getpid())-" + UUID().uuidString.prefix(8)
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Fixture.runFolder) }
        return path
    }()

    /// The local pack the tutorial in `Docs/rules-language.md` writes (its first code block with a rule), split
    /// into the pack's header and its rule, so the tests run what a reader types.
    public static var tutorialPack: (header: String, rule: String) {
        let guide = try! String(contentsOfFile: root + "/Docs/rules-language.md", encoding: .utf8)
        let block = guide.split(separator: "```").first { $0.contains("rule di-takes-part") }!
        let rule = block.range(of: "rule di-takes-part")!
        return (String(block[..<rule.lowerBound].drop { $0.isNewline }), String(block[rule.lowerBound...]))
    }

    public static func write(_ text: String, to path: String) {
        try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}

/// What one run of the binary did.
public struct Run: Sendable {
    public let status: Int32
    /// Standard output as bytes (GB18030 CSV is not UTF-8) and as text.
    public let output: Data
    public var stdout: String { String(decoding: output, as: UTF8.self) }
    public let stderr: String
}

/// Runs the built `talks` binary with `arguments`, a clean environment (English, no colour)
/// plus `environment`, and optional standard input.
public func talks(_ arguments: [String], environment: [String: String] = [:], input: Data? = nil) throws -> Run {
    try Running(arguments, environment: environment, input: input).finish()
}

/// A `talks` process started and not yet waited for, so several can run at once.
public final class Running {
    public let process = Process()
    private let folder = Fixture.temporaryFolder()

    /// With `shell`, the first argument is a `sh -c` script and the rest its `$0`, `$1`, …
    public init(_ arguments: [String], environment: [String: String] = [:], input: Data? = nil, shell: Bool = false)
        throws
    {
        let outPath = folder + "/out"
        let errPath = folder + "/err"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: shell ? "/bin/sh" : Fixture.binary)
        process.arguments = shell ? ["-c"] + arguments : arguments
        var env = ["LANG": "C", "PATH": "/usr/bin:/bin", "HOME": folder]
        env.merge(environment) { $1 }
        process.environment = env
        // Files, not pipes: a large export cannot fill a pipe and stall the child.
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        if let input {
            let inPath = folder + "/in"
            _ = FileManager.default.createFile(atPath: inPath, contents: input)
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
    }

    /// Waits for the process to end and reads what it wrote.
    public func finish() throws -> Run {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            output: try Data(contentsOf: URL(fileURLWithPath: folder + "/out")),
            stderr: try String(contentsOfFile: folder + "/err", encoding: .utf8))
    }
}

/// Runs SQL on a store with the `sqlite3` shell, as someone editing it behind the tool's back would.
@discardableResult
public func sqlite3(_ database: String, _ sql: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [database, sql]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    precondition(process.terminationStatus == 0, "sqlite3 failed on: \(sql)")
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

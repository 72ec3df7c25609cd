import Foundation

/// A throwaway PostgreSQL server: a fresh cluster (`initdb`) in a temporary folder, listening
/// only on a Unix socket there (no TCP port), trusting local logins. Run as the `postgres`
/// account when the tests run as root, since the server refuses to run as root. `stop()`
/// shuts it down and removes the folder; call it with `defer`, so a failing test stops it too.
public final class PostgreSQLServer: @unchecked Sendable {
    public let folder: String
    private let bin: String
    private var socket: String { folder + "/socket" }
    private var data: String { folder + "/data" }
    private let asRoot = geteuid() == 0

    /// The newest installed server's programs (Debian: `/usr/lib/postgresql/N/bin`), nil when
    /// none is: the tests needing one are then skipped, saying why.
    public static let programs: String? = {
        let base = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
        return versions.compactMap(Int.init).sorted(by: >).map { "\(base)/\($0)/bin" }
            .first { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") }
    }()

    public static var installed: Bool { programs != nil }

    /// Starts a new cluster; throws with the server's log when it would not start.
    public init() throws {
        guard let bin = Self.programs else { throw Failure("PostgreSQL is not installed") }
        self.bin = bin
        // Short: a Unix socket's path must fit in 107 bytes.
        folder = "/tmp/talks-pg-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: folder + "/socket", withIntermediateDirectories: true)
        if asRoot { try Self.command("/bin/chown", ["-R", "postgres:postgres", folder]) }
        try server("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8"])
        let start = [
            bin + "/pg_ctl", "-D", data, "-l", folder + "/log", "-w", "start", "-o",
            "-k \(socket) -c listen_addresses=''",
        ]
        guard Self.spawnClosingDescriptors(asRoot ? ["/usr/sbin/runuser", "-u", "postgres", "--"] + start : start) == 0
        else {
            let log = (try? String(contentsOfFile: folder + "/log", encoding: .utf8)) ?? ""
            stop()
            throw Failure("pg_ctl start failed: \(log)")
        }
    }

    /// Makes a database and returns its libpq URI, as a clerk would give it to `--db`.
    public func database(_ name: String) throws -> String {
        try server("createdb", ["-h", socket, "-U", "postgres", name])
        return uri(name)
    }

    /// The URI of database `name`, logging in as `user`.
    public func uri(_ name: String, user: String = "postgres") -> String {
        "postgresql:///\(name)?host=\(socket)&user=\(user)"
    }

    /// Runs SQL through `psql` as `user`, as an administrator or a clerk's own client would;
    /// returns its unaligned output, or throws with psql's error.
    @discardableResult
    public func psql(_ database: String, _ sql: String, user: String = "postgres") throws -> String {
        try server(
            "psql",
            ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", socket, "-U", user, "-d", database, "-c", sql])
    }

    /// Stops the server at once and removes its folder.
    public func stop() {
        _ = try? server("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    @discardableResult
    private func server(_ program: String, _ arguments: [String]) throws -> String {
        asRoot
            ? try Self.command("/usr/sbin/runuser", ["-u", "postgres", "--", bin + "/" + program] + arguments)
            : try Self.command(bin + "/" + program, arguments)
    }

    /// Runs a program with every descriptor but 0-2 closed and waits for it: the server that
    /// `pg_ctl start` leaves running would otherwise inherit the descriptor by which Foundation's
    /// `Process` learns that a child ended (this test's or a parallel test's), and that wait
    /// would never end. Returns the exit status.
    private static func spawnClosingDescriptors(_ arguments: [String]) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // glibc's posix_spawn_file_actions_addclosefrom_np is not visible to Swift: bash closes them (dash takes only one-digit descriptors).
        let closing =
            "cd /tmp; for fd in $(ls /proc/$$/fd); do [ \"$fd\" -gt 2 ] && eval \"exec $fd>&-\"; done; exec \"$@\""
        var argv = (["/bin/bash", "-c", closing, "bash"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/bash", &actions, nil, &argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status
    }

    /// Runs a program, its output and errors read from files: the server `pg_ctl` starts would
    /// inherit pipes and hold them open, so reading a pipe to its end would never return.
    @discardableResult
    private static func command(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: "/tmp")
        let capture = NSTemporaryDirectory() + "talks-pg-run-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: capture + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: capture + ".err", contents: nil)
        defer {
            for file in [capture + ".out", capture + ".err"] { try? FileManager.default.removeItem(atPath: file) }
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: capture + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: capture + ".err"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = (try? String(contentsOfFile: capture + ".out", encoding: .utf8)) ?? ""
        let error = (try? String(contentsOfFile: capture + ".err", encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw Failure("\(path) \(arguments.joined(separator: " ")): \(error)")
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// What failed while running the server.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }
}

import Foundation
import TestSupport
import Testing

/// The PostgreSQL store against a real server started for each test (`PostgreSQLServer`),
/// through the built binary: the same output as the SQLite store, nothing lost to concurrent
/// clerks, and failures the user or the machine causes told as such.
@Suite(.enabled(if: PostgreSQLServer.installed, "PostgreSQL is not installed: make test-deps installs it"))
struct PostgreSQLTests {
    /// Runs `body` with a fresh server, stopped whatever happens.
    private func withServer(_ body: (PostgreSQLServer) throws -> Void) throws {
        let server = try PostgreSQLServer()
        defer { server.stop() }
        try body(server)
    }

    @Test func everyKeyCommandPrintsWhatTheSQLiteStorePrints() throws {
        try withServer { server in
            let pg = try server.database("office")
            let w = try Workspace(loaded: false)
            #expect(try talks(["--db", pg, "init"]).stdout.contains("schema 4"))
            let loaded = try talks(["--db", pg, "load", Fixture.sample])
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(loaded.stdout == (try w.run("load", Fixture.sample)).stdout)
            let commands = [
                ["overdue", "--as-of", "2026-11-21"], ["check", "--format", "json", "--as-of", "2026-11-21"],
                ["coverage", "--as-of", "2026-11-21"], ["export", "--include-confidential"],
                ["report", "annual", "--conductor", "jd", "--year", "2026", "--as-of", "2026-11-21"],
                ["list", "talks", "--year", "2026"], ["show", "T2026-003"],
            ]
            for command in commands {
                let sqlite = try w.run(command)
                let postgres = try talks(["--db", pg] + command)
                #expect(postgres.status == sqlite.status, "\(command): \(postgres.stderr)")
                #expect(postgres.output == sqlite.output, "\(command) differs")
                #expect(!sqlite.output.isEmpty, "\(command) printed nothing")
            }
            // The chain's hashes cover each entry's time, so only the verdict's words can agree.
            let verified = try talks(["--db", pg, "audit", "verify"])
            #expect(verified.status == 0 && verified.stdout.contains("1 entries, 178 records"), "\(verified.stdout)")

            // Moving a store: the export of one, loaded from standard input into another.
            let moved = try server.database("moved")
            let export = try w.export()
            #expect(try talks(["--db", moved, "load", "-"], input: Data(export.utf8)).status == 0)
            #expect(try talks(["--db", moved, "export", "--include-confidential"]).stdout == export)
            #expect(try talks(["--db", moved, "audit", "verify"]).status == 0)
        }
    }

    @Test func eightClerksRecordingWhileASheetIsImportedLoseNothing() throws {
        try withServer { server in
            let pg = try server.database("office")
            #expect(try talks(["--db", pg, "load", Fixture.sample]).status == 0)
            let w = try Workspace(loaded: false)
            var rows = ["id,conductor,kind,organization,talkee,talker,held"]
            for i in 0..<300 { rows.append("PG-\(i),cn,regular,jz-st,p-kong,p-dai,2026-09-25") }
            let sheet = w.file("sheet.csv", rows.joined(separator: "\n") + "\n")
            var processes = [("import", try Running(["--db", pg, "import", sheet]))]
            for n in 1...8 {
                processes.append(
                    (
                        "record \(n)",
                        try Running([
                            "--db", pg, "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou",
                            "--held", "2026-11-0\(n)",
                        ])
                    ))
            }
            for (name, process) in processes {
                let run = try process.finish()
                #expect(run.status == 0, "\(name): \(run.stderr)")
            }
            let list = try talks(["--db", pg, "list", "talks", "--format", "json"]).stdout
            let ids = Set(list.split(separator: "\"").filter { $0.hasPrefix("T2026-") || $0.hasPrefix("PG-") })
            #expect(ids.filter { $0.hasPrefix("PG-") }.count == 300)
            // The sample's T2026 talks and eight new numbers, whichever clerk took which.
            let sample = try talks(["--db", server.uri("office"), "list", "talks", "--year", "2026"]).stdout
            #expect(ids.filter { $0.hasPrefix("T2026-") }.count >= 8, "\(sample)")
            let log = try talks(["--db", pg, "audit", "log", "--format", "json"]).stdout
            #expect(log.split(separator: "\n").count == 1 + 1 + 8)
            #expect(try talks(["--db", pg, "audit", "verify"]).status == 0)
        }
    }

    @Test func aServerOrADatabaseThatCannotServeIsToldNotABug() throws {
        try withServer { server in
            let none = try talks(["--db", "postgresql:///office?host=/tmp/talks-pg-nowhere", "overdue"])
            #expect(none.status == 74 && none.stderr.contains("cannot reach the database server"), "\(none.stderr)")
            let password = try talks(["--db", "postgresql://clerk:secret@localhost/office", "overdue"])
            #expect(password.status == 64 && password.stderr.contains("~/.pgpass"), "\(password.stderr)")
            #expect(!password.stderr.contains("secret"))
            let empty = try server.database("empty")
            let missing = try talks(["--db", empty, "overdue"])
            #expect(missing.status == 2 && missing.stderr.contains("no store here yet"), "\(missing.stderr)")
            let other = try server.database("other")
            try server.psql("other", "CREATE TABLE invoice (id integer)")
            let refused = try talks(["--db", other, "load", Fixture.sample])
            #expect(refused.status == 2 && refused.stderr.contains("not a talks store"), "\(refused.stderr)")
            #expect(
                try server.psql("other", "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
                    == "1")
        }
    }
}

import Foundation
import TestSupport
import Testing

/// `talks copy --to`: a whole store with its audit trail, SQLite to PostgreSQL and back, verified
/// before it commits; an empty target only, and nothing written when anything fails.
@Suite(.enabled(if: PostgreSQLServer.installed, "PostgreSQL is not installed: make test-deps installs it"))
struct CopyTests {
    @Test func aStoreGoesToPostgreSQLAndBackWithItsAuditTrail() throws {
        let server = try PostgreSQLServer()
        defer { server.stop() }
        let w = try Workspace()
        #expect(try w.run("measures", "T2026-003", "--reported", "2026-11-19", "--reflections").status == 0)
        let anchor = try w.run("audit", "anchor").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let pg = try server.database("office")
        let there = try w.run("copy", "--to", pg)
        #expect(there.status == 0 && there.stdout.contains("178 records, 2 audit entries"), "\(there.stderr)")
        let back = w.folder + "/back.db"
        let returned = try talks(["--db", pg, "copy", "--to", back])
        #expect(returned.status == 0, "\(returned.stderr)")
        for store in [pg, back] {
            // The same records, the same chain: an anchor of the original holds in each copy.
            #expect(try talks(["--db", store, "export", "--include-confidential"]).stdout == (try w.export()))
            #expect(
                try talks(["--db", store, "audit", "log", "--format", "json"]).stdout
                    == (try w.run("audit", "log", "--format", "json")).stdout)
            let verified = try talks(["--db", store, "audit", "verify", "--anchor", anchor])
            #expect(verified.status == 0 && verified.stdout.contains("178 records"), "\(verified.stdout)")
        }
        // A copy keeps being a store: the next write extends the copied chain.
        #expect(try talks(["--db", pg, "delete", "talks", "T2026-003", "--yes"]).status == 0)
        #expect(try talks(["--db", pg, "audit", "verify", "--anchor", anchor]).status == 0)
    }

    @Test func onlyAnEmptyStoreIsCopiedIntoAndAFailedCopyWritesNothing() throws {
        let server = try PostgreSQLServer()
        defer { server.stop() }
        let w = try Workspace()
        let pg = try server.database("office")
        #expect(try talks(["--db", pg, "init"]).status == 0)
        // An initialised, empty store may be copied into; a second copy finds it full.
        #expect(try w.run("copy", "--to", pg).status == 0)
        let full = try w.run("copy", "--to", pg)
        #expect(full.status == 2 && full.stderr.contains("not empty"), "\(full.stderr)")
        let file = try w.run("copy", "--to", w.db)
        #expect(file.status == 2 && file.stderr.contains("not empty"), "\(file.stderr)")

        // A store whose audit trail does not verify is not copied: no file, an empty database.
        try sqlite3(w.db, "UPDATE talk SET held = '2026-01-02' WHERE id = 'T2026-001'")
        let target = w.folder + "/copy.db"
        let refused = try w.run("copy", "--to", target)
        #expect(refused.status == 2 && refused.stderr.contains("does not verify"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target))
        let empty = try server.database("empty")
        #expect(try w.run("copy", "--to", empty).status == 2)
        #expect(try server.psql("empty", "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "0")

        #expect(try w.run("copy").status == 64)
        #expect(try w.run("copy", "--to", "postgresql://clerk:secret@host/talks").status == 64)
    }
}

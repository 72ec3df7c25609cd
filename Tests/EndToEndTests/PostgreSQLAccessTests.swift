import Foundation
import TestSupport
import Testing

/// `talks access` (Art. 16) on a real server: a role granted one committee sees and writes only
/// its records, through talks and through psql alike, the confidential texts only when granted
/// them, and the audit trail only grows.
@Suite(.enabled(if: PostgreSQLServer.installed, "PostgreSQL is not installed: make test-deps installs it"))
struct PostgreSQLAccessTests {
    /// A server holding the sample, loaded by the superuser (the owner), with the logins `jzclerk`
    /// (granted jz) and `jzsecret` (granted jz with the confidential texts).
    static func withGrants(_ body: (PostgreSQLServer, _ owner: String) throws -> Void) throws {
        let server = try PostgreSQLServer()
        defer { server.stop() }
        let owner = try server.database("office")
        #expect(try talks(["--db", owner, "load", Fixture.sample]).status == 0)
        for role in ["jzclerk", "jzsecret", "other"] { try server.psql("office", "CREATE ROLE \(role) LOGIN") }
        let granted = try talks(["--db", owner, "access", "grant", "jzclerk", "--conductor", "jz"])
        #expect(granted.status == 0 && granted.stdout.contains("records of jz"), "\(granted.stderr)")
        #expect(
            try talks(["--db", owner, "access", "grant", "jzsecret", "--conductor", "jz", "--confidential"]).status == 0
        )
        try body(server, owner)
    }

    /// The problems and requirements of the sample's talks whose conductor passes `conductor`.
    static func texts(_ conductor: (String) -> Bool) -> [String] {
        let sample =
            try! JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Fixture.sample)))
            as! [String: Any]
        return (sample["talks"] as! [[String: Any]]).filter { conductor($0["conductor"] as! String) }.flatMap {
            ($0["problems"] as? [String] ?? []) + ($0["requirements"] as? [String] ?? [])
        }
    }

    /// A store of the version before, opened first by a clerk: only the owner of its tables may
    /// upgrade it, which is said (exit 2, nothing written; helper-155: the clerk was told to ask
    /// for a grant it had); once the owner has run talks on it, the clerk works as before.
    @Test func aClerkOpeningAStoreOfTheVersionBeforeIsToldToAskItsOwner() throws {
        try Self.withGrants { server, owner in
            let clerk = server.uri("office", user: "jzclerk")
            let listed = try talks(["--db", clerk, "list", "talks", "--format", "json"])
            try server.psql("office", postgreSQLUndoingTheWordColumns)
            let refused = try talks(["--db", clerk, "list", "talks", "--format", "json"])
            #expect(refused.status == 2, "\(refused.stderr)")
            #expect(
                refused.stderr.contains("(schema version 5) and must be upgraded")
                    && refused.stderr.contains("only the owner of its tables may upgrade it")
                    && refused.stderr.contains("Ask the store's owner to run talks on it once"), "\(refused.stderr)")
            #expect(!refused.stderr.contains("access grant"), "\(refused.stderr)")
            #expect(try server.psql("office", "SELECT max(version) FROM schema_migration") == "5")
            #expect(try talks(["--db", owner, "audit", "verify"]).status == 0)
            #expect(try talks(["--db", clerk, "list", "talks", "--format", "json"]).stdout == listed.stdout)
        }
    }

    @Test func aRoleGrantedJZSeesOnlyJZsRecordsThroughTalksAndPsql() throws {
        try Self.withGrants { server, owner in
            let clerk = server.uri("office", user: "jzclerk")
            let listed = try talks(["--db", clerk, "list", "talks", "--format", "json"])
            #expect(listed.status == 0, "\(listed.stderr)")
            let talksSeen = try JSONSerialization.jsonObject(with: listed.output) as! [[String: Any]]
            #expect(talksSeen.count == 4 && talksSeen.allSatisfy { $0["conductor"] as? String == "jz" })
            // psql sees what talks sees: the database, not the tool, holds the line.
            for user in ["jzclerk", "jzsecret"] {
                #expect(try server.psql("office", "SELECT DISTINCT conductor FROM talk", user: user) == "jz")
                #expect(try server.psql("office", "SELECT DISTINCT conductor FROM plan", user: user) == "jz")
                #expect(
                    try server.psql("office", "SELECT string_agg(id, ',') FROM trigger_event", user: user)
                        == "TR2026-05")
                #expect(
                    try server.psql("office", "SELECT count(*) FROM talk_entry WHERE talk NOT LIKE 'JZ-%'", user: user)
                        == "0")
                // The tree, its people, posts and terms are read whole: the rules and the names need them.
                #expect(try server.psql("office", "SELECT count(*) FROM organization", user: user) == "21")
            }
            #expect(try server.psql("office", "SELECT count(*) FROM talk") == "40")
            // A login granted nothing reads nothing.
            #expect(throws: (any Error).self) { try server.psql("office", "SELECT count(*) FROM talk", user: "other") }
            // Nor the ids the owner's functions would give away.
            #expect(throws: (any Error).self) {
                try server.psql("office", "SELECT talks_taken_ids('talks', 'T')", user: "other")
            }
            let denied = try talks(["--db", server.uri("office", user: "other"), "list", "talks"])
            #expect(denied.status == 2 && denied.stderr.contains("may not"), "\(denied.stderr)")

            // The confidential texts: only with --confidential, through talks and psql.
            let ours = Self.texts { $0 == "jz" }
            #expect(!ours.isEmpty)
            let problems = "SELECT count(*) FROM talk_entry WHERE list IN ('problem', 'requirement')"
            #expect(try server.psql("office", problems, user: "jzclerk") == "0")
            #expect(try server.psql("office", problems, user: "jzsecret") == String(ours.count))
            #expect(throws: (any Error).self) {
                try server.psql("office", "SELECT note FROM trigger_event", user: "jzclerk")
            }
            #expect(
                try server.psql("office", "SELECT note FROM trigger_event", user: "jzsecret") == "主体责任检查发现问题较多")
            // show says the texts are withheld, never that there are none.
            let shown = try talks(["--db", clerk, "show", "JZ-T2026-001"]).stdout
            #expect(
                shown.contains("withheld from this database role") && !shown.contains("problems           —"),
                "\(shown)")
            let backup = try talks(["--db", clerk, "export", "--include-confidential"])
            #expect(backup.status == 2 && backup.stderr.contains("granted no confidential text"), "\(backup.stderr)")
            let secretExport = try talks([
                "--db", server.uri("office", user: "jzsecret"), "export", "--include-confidential",
            ])
            for text in ours { #expect(secretExport.stdout.contains(text)) }
            for text in Self.texts({ $0 != "jz" }) where !ours.contains(text) {
                #expect(!secretExport.stdout.contains(text), "\(text)")
            }

            let list = try talks(["--db", owner, "access", "list"]).stdout
            #expect(list.contains("postgres") && list.contains("every record"), "\(list)")
            #expect(list.contains("jzclerk") && list.contains("hidden") && list.contains("jzsecret"), "\(list)")
        }
    }

    @Test func aRoleWritesOnlyItsCommitteesRecordsAndTheTextsOnlyWhenGranted() throws {
        try Self.withGrants { server, owner in
            let clerk = server.uri("office", user: "jzclerk")
            let secret = server.uri("office", user: "jzsecret")
            let ours = try talks([
                "--db", secret, "record", "--kind", "regular", "--organization", "tl", "--talker", "p-he", "--held",
                "2026-11-18", "--problem", "示例问题",
            ])
            // Numbered past every committee's talks, though it sees only jz's.
            #expect(ours.status == 0 && ours.stdout.contains("T2026-030"), "\(ours.stderr)")
            let theirs = try talks([
                "--db", secret, "record", "--id", "JD-1", "--conductor", "jd", "--kind", "regular", "--organization",
                "jz", "--talker", "p-chen", "--held", "2026-11-18",
            ])
            #expect(theirs.status == 2 && theirs.stderr.contains("row-level security"), "\(theirs.stderr)")
            // Another committee's record, by id, is not there for it.
            #expect(try talks(["--db", secret, "measures", "T2026-003", "--reported", "2026-11-19"]).status == 2)
            #expect(
                try server.psql("office", "UPDATE talk SET talker = 'p-he' WHERE conductor <> 'jz'", user: "jzsecret")
                    == "")
            #expect(
                try server.psql("office", "SELECT count(*) FROM talk WHERE talker = 'p-he' AND conductor <> 'jz'")
                    == "0")
            #expect(throws: (any Error).self) {
                try server.psql("office", "UPDATE talk SET conductor = 'jd' WHERE conductor = 'jz'", user: "jzsecret")
            }
            // Without the texts: plans, but not talks, which are written whole.
            let plan = try talks([
                "--db", clerk, "plan", "add", "--conductor", "jz", "--year", "2026", "--organization", "tl",
            ])
            #expect(plan.status == 0, "\(plan.stderr)")
            let talk = try talks([
                "--db", clerk, "record", "--kind", "regular", "--organization", "tl", "--talker", "p-he", "--held",
                "2026-11-19",
            ])
            #expect(talk.status == 2 && talk.stderr.contains("permission denied"), "\(talk.stderr)")
            let plans = try talks([
                "--db", clerk, "plan", "add", "--conductor", "jd", "--year", "2026", "--organization", "jz",
            ])
            #expect(plans.status == 2, "\(plans.stderr)")
            // What the roles wrote keeps the owner's audit trail whole.
            let verified = try talks(["--db", owner, "audit", "verify"])
            #expect(verified.status == 0 && verified.stdout.contains("3 entries"), "\(verified.stdout)")
            // Each entry names the role the server authenticated.
            let log = try talks(["--db", owner, "audit", "log", "--last", "2"]).stdout
            #expect(log.contains("database role jzsecret") && log.contains("database role jzclerk"), "\(log)")
            let theirsVerified = try talks(["--db", clerk, "audit", "verify"])
            #expect(
                theirsVerified.status == 0 && theirsVerified.stdout.contains("not checked"), "\(theirsVerified.stdout)")

            // Revoked, the role reads nothing more.
            #expect(try talks(["--db", owner, "access", "revoke", "jzclerk"]).status == 0)
            #expect(try talks(["--db", clerk, "list", "talks"]).status == 2)
            #expect(!(try talks(["--db", owner, "access", "list"]).stdout.contains("jzclerk")))
        }
    }

    @Test func theAuditTrailIsReadByEveryRoleAndOnlyGrows() throws {
        try Self.withGrants { server, owner in
            let log = try talks(["--db", server.uri("office", user: "jzclerk"), "audit", "log"])
            #expect(log.status == 0 && log.stdout.contains("#1"), "\(log.stderr)")
            for user in ["jzclerk", "jzsecret", "postgres"] {
                for sql in ["UPDATE audit_entry SET command = 'x'", "DELETE FROM audit_entry", "TRUNCATE audit_entry"] {
                    #expect(throws: (any Error).self, "\(user): \(sql)") { try server.psql("office", sql, user: user) }
                }
            }
            // An entry that does not extend the chain is refused, even well-formed.
            #expect(throws: (any Error).self) {
                try server.psql(
                    "office",
                    """
                    INSERT INTO audit_entry SELECT seq + 1, at, "user", command, changes, state, hash, hash
                    FROM audit_entry ORDER BY seq DESC LIMIT 1
                    """, user: "jzsecret")
            }
            #expect(try talks(["--db", owner, "audit", "verify"]).status == 0)
        }
    }

    /// A committee is named as everywhere else (its id or its name); PostgreSQL's predefined
    /// roles, which no clerk logs in as, are refused.
    @Test func aGrantTakesTheCommitteesNameAndRefusesPredefinedRoles() throws {
        try Self.withGrants { _, owner in
            let named = try talks(["--db", owner, "access", "grant", "other", "--conductor", "江州市委"])
            #expect(named.status == 0 && named.stdout.contains("records of jz"), "\(named.stderr)")
            #expect(named.stderr.contains("\"江州市委\" → jz"))
            let predefined = try talks(["--db", owner, "access", "grant", "pg_read_all_data", "--conductor", "jz"])
            #expect(predefined.status == 2 && predefined.stderr.contains("predefined"), "\(predefined.stderr)")
        }
    }

    @Test func aRestrictedRolesWorkListCoverageAndCheckAreItsCommittees() throws {
        try Self.withGrants { server, owner in
            for user in ["jzclerk", "jzsecret"] {
                let role = server.uri("office", user: user)
                for command in [
                    ["overdue", "--conductor", "jz", "--as-of", "2026-11-21"], ["overdue", "--as-of", "2026-11-21"],
                    ["coverage", "--as-of", "2026-11-21"],
                ] {
                    let mine = try talks(["--db", role] + command)
                    let all = try talks(
                        ["--db", owner] + command + (command.contains("--conductor") ? [] : ["--conductor", "jz"]))
                    #expect(
                        mine.status == all.status && mine.stdout == all.stdout, "\(user) \(command): \(mine.stderr)")
                }
            }
            func findings(_ run: Run) throws -> [String] {
                let json = try JSONSerialization.jsonObject(with: run.output) as! [String: Any]
                return (json["findings"] as! [[String: Any]]).filter { $0["conductor"] as? String == "jz" }.map {
                    "\($0["rule"]!) \(($0["subject"] as! [String: Any])["id"]!)"
                }
            }
            let check = ["check", "--format", "json", "--as-of", "2026-11-21"]
            let all = try findings(try talks(["--db", owner] + check))
            #expect(try findings(try talks(["--db", server.uri("office", user: "jzsecret")] + check)) == all)
            // Without the texts, the rule that reads them is left out, and said to be.
            let blind = try talks(["--db", server.uri("office", user: "jzclerk")] + check)
            #expect(try findings(blind) == all.filter { !$0.hasPrefix("problems-pointed-out") })
            #expect(blind.stderr.contains("problems-pointed-out"), "\(blind.stderr)")
            // So does `explain` (helper-221: a talk with its problems was told it had none).
            let explain = ["explain", "JZ-T2026-001", "--format", "json", "--as-of", "2026-11-21"]
            let seen = try talks(["--db", owner] + explain)
            let unseen = try talks(["--db", server.uri("office", user: "jzclerk")] + explain)
            #expect(String(decoding: seen.output, as: UTF8.self).contains("problems-pointed-out"))
            #expect(
                unseen.status == 0 && !String(decoding: unseen.output, as: UTF8.self).contains("problems-pointed-out")
                    && unseen.stderr.contains("the rules that read them (problems-pointed-out) were not judged"),
                "\(unseen.stderr)")
            // The annual report counts what `check` gives, as it says, and says what it left out
            // (helper-171: the rule was judged on empty lists, its findings counted, unsaid).
            let report = ["report", "annual", "--conductor", "jz", "--year", "2026", "--as-of", "2026-11-21"]
            let counted = try talks(["--db", server.uri("office", user: "jzclerk")] + report + ["--format", "json"])
            let counts = try JSONSerialization.jsonObject(with: counted.output) as! [String: Any]
            let severities = try JSONSerialization.jsonObject(with: blind.output) as! [String: Any]
            let jz = (severities["findings"] as! [[String: Any]]).filter { $0["conductor"] as? String == "jz" }
            for severity in ["violation", "warning", "notice"] {
                #expect(
                    (counts["findings"] as! [String: Int])[severity] ?? 0
                        == jz.count { $0["severity"] as? String == severity }, "\(severity)")
            }
            #expect(counted.stderr.contains("problems-pointed-out"), "\(counted.stderr)")
            // Another committee's report, or the roll-up of those below, would show them as having
            // recorded nothing: refused (helper-171: "nothing recorded" for jz, which held talks).
            for other in [
                ["report", "rollup", "--under", "jz", "--year", "2026"],
                ["report", "annual", "--conductor", "jd", "--year", "2026"],
            ] {
                let refused = try talks(
                    ["--db", server.uri("office", user: "jzsecret")] + other + ["--as-of", "2026-11-21"])
                #expect(
                    refused.status == 2 && refused.stdout.isEmpty
                        && refused.stderr.contains("sees the records of jz only"), "\(other): \(refused.stderr)")
            }
        }
    }

    @Test func accessIsForAPostgreSQLStoreOnly() throws {
        let w = try Workspace()
        let run = try w.run("access", "list")
        #expect(run.status == 64 && run.stderr.contains("PostgreSQL store only"), "\(run.stderr)")
        #expect(try w.run("access", "grant", "clerk").status == 64)
        #expect(try w.run("access", "revoke", "clerk", "--confidential").status == 64)
    }
}

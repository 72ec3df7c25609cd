import Foundation
import TestSupport
import Testing

/// A hostile clerk against `talks access`, through psql and talks: each test is a way round the
/// database's guard that once worked (a grant widened, the trail forged or broken for everyone,
/// the store made unreadable), and shows the database now refuses it.
@Suite(.enabled(if: PostgreSQLServer.installed, "PostgreSQL is not installed: make test-deps installs it"))
struct PostgreSQLAccessAttackTests {
    /// The outside review's ways round the policies: a temporary table shadowing the grants, a
    /// digest written or removed for a record the role may not write, an entry naming another role.
    @Test func aRoleCannotWidenItsGrantNorForgeTheTrail() throws {
        try PostgreSQLAccessTests.withGrants { server, owner in
            for user in ["jzclerk", "jzsecret"] {
                let widened = try server.psql(
                    "office",
                    """
                    CREATE TEMP TABLE talks_access (role TEXT, conductor TEXT, confidential BOOLEAN);
                    INSERT INTO talks_access VALUES (current_user, 'cn', true);
                    SELECT count(*) FROM talk WHERE conductor <> 'jz'
                    """, user: user)
                #expect(widened == "0", "\(user)")
            }
            let digests = "SELECT string_agg(kind || key || digest, ',' ORDER BY kind, key) FROM record_digest"
            let before = try server.psql("office", digests)
            for user in ["jzclerk", "jzsecret"] {
                #expect(throws: (any Error).self, "\(user)") {
                    try server.psql(
                        "office", "INSERT INTO record_digest VALUES ('talks', 'T2026-041', repeat('a', 64), 1)",
                        user: user)
                }
                _ = try? server.psql("office", "DELETE FROM record_digest WHERE kind <> 'plans'", user: user)
            }
            _ = try? server.psql(
                "office", "UPDATE record_digest SET digest = repeat('a', 64) WHERE kind = 'talks'", user: "jzclerk")
            #expect(try server.psql("office", digests) == before)
            // An entry that extends the chain but names another writer than the server's role.
            #expect(throws: (any Error).self) {
                try server.psql(
                    "office",
                    """
                    INSERT INTO audit_entry SELECT seq + 1, at, 'root (uid 0), database role postgres', command,
                        changes, state, hash, encode(sha256(convert_to(concat_ws(E'\\n', hash, (seq + 1)::text, at,
                        'root (uid 0), database role postgres', command, changes, state), 'UTF8')), 'hex')
                    FROM audit_entry ORDER BY seq DESC LIMIT 1
                    """, user: "jzsecret")
            }
            #expect(try talks(["--db", owner, "audit", "verify"]).status == 0)
        }
    }

    /// A record deleted by a granted role takes its digest with it: the digest, hidden with its
    /// record, was left behind, and the owner's `audit verify` said the record was deleted outside talks.
    @Test func aRoleDeletesItsRecordsLeavingTheTrailWhole() throws {
        try PostgreSQLAccessTests.withGrants { server, owner in
            let clerk = server.uri("office", user: "jzclerk")
            let secret = server.uri("office", user: "jzsecret")
            #expect(
                try talks(["--db", clerk, "plan", "add", "--conductor", "jz", "--year", "2026", "--organization", "tl"])
                    .stdout.contains("P2026-17"))
            let talk = try talks([
                "--db", secret, "record", "--kind", "regular", "--organization", "tl", "--talker", "p-he", "--held",
                "2026-11-18", "--problem", "示例问题",
            ])
            #expect(talk.stdout.contains("T2026-030"), "\(talk.stderr)")
            for (role, kind, id) in [(clerk, "plans", "P2026-17"), (secret, "talks", "T2026-030")] {
                let deleted = try talks(["--db", role, "delete", kind, id, "--yes"])
                #expect(deleted.status == 0, "\(deleted.stderr)")
            }
            let verified = try talks(["--db", owner, "audit", "verify"])
            #expect(verified.status == 0, "\(verified.stdout)")
        }
    }

    /// A day the calendar has not (02-31, month 00, year 0000) has a date's shape but no reader
    /// takes it: written by a granted role through psql, it left the store unreadable for every
    /// committee, the owner's `export` and `audit verify` included.
    @Test func aRoleCannotWriteADayThatDoesNotExist() throws {
        try PostgreSQLAccessTests.withGrants { server, owner in
            for (user, sql) in [
                ("jzclerk", "INSERT INTO plan VALUES ('JZ-X', 'jz', 2026, 'tl', NULL, '2026-02-31')"),
                ("jzclerk", "UPDATE plan SET due = '2026-00-10' WHERE conductor = 'jz'"),
                ("jzsecret", "UPDATE talk SET archived = '2025-02-29' WHERE conductor = 'jz'"),
                ("jzsecret", "UPDATE trigger_event SET on_date = '0000-01-01'"),
            ] {
                #expect(throws: (any Error).self, "\(user): \(sql)") { try server.psql("office", sql, user: user) }
            }
            #expect(try talks(["--db", owner, "export"]).status == 0)
            #expect(try talks(["--db", owner, "audit", "verify"]).status == 0)
            // A day that is one still passes, 29 February of a leap year included.
            try server.psql("office", "UPDATE plan SET due = '2024-02-29' WHERE id = 'JZ2026-01'", user: "jzclerk")
        }
    }

    /// An entry that extends the chain and names its role may still lie about the records (its
    /// state: every later entry would then fail the owner's `audit verify`) or carry a line break
    /// or control characters to pass for another entry, by another role, in `audit log`.
    @Test func anAppendedEntrySaysWhatTheStoreHoldsInPlainText() throws {
        try PostgreSQLAccessTests.withGrants { server, owner in
            func append(
                at: String = "at", user: String = "'wang (uid 1001), database role ' || session_user",
                command: String = "command", state: String = "state"
            ) throws {
                try server.psql(
                    "office", Self.nextEntry(at: at, user: user, command: command, state: state), user: "jzclerk")
            }
            try append()  // the next link, naming its role, saying what the store holds: taken
            for forged in [
                { try append(state: "repeat('0', 64)") },
                { try append(user: "E'root (uid 0), database role postgres\\n#9  ' || session_user") },
                { try append(user: "'root (uid 0), database role postgres, database role ' || session_user") },
                { try append(command: "E'talks load \\u001b]0;x\\u0007'") },
                { try append(at: "'yesterday'") },
            ] as [() throws -> Void] {
                #expect(throws: (any Error).self) { try forged() }
            }
            // Nor does a digest that is not one stop every later entry from being added up.
            #expect(throws: (any Error).self) {
                try server.psql(
                    "office", "UPDATE record_digest SET digest = 'zz' WHERE kind = 'plans'", user: "jzclerk")
            }
            #expect(try talks(["--db", owner, "audit", "verify"]).status == 0)
        }
    }

    /// An INSERT of the next audit entry, its hash computed as talks computes it, each field an SQL
    /// expression over the newest entry's columns (by default its own: then only the number,
    /// previous hash and user differ, and the state is the records' as they stand).
    static func nextEntry(
        at: String = "at", user: String = "'wang (uid 1001), database role ' || session_user",
        command: String = "command", changes: String = "changes", state: String = "state"
    ) -> String {
        """
        INSERT INTO audit_entry SELECT seq, at, u, c, ch, state, previous,
            encode(sha256(convert_to(concat_ws(E'\\n', previous, seq::text, at, u, c, ch, state),
            'UTF8')), 'hex')
        FROM (SELECT seq + 1 AS seq, \(at) AS at, \(user) AS u, \(command) AS c, \(changes) AS ch,
            \(state) AS state, hash AS previous FROM audit_entry ORDER BY seq DESC LIMIT 1) AS next
        """
    }

    /// The changes are the writer's word, JSON whose ids may hold an escaped line break: in `audit
    /// log` the rest of such an id stood on lines of its own, an entry #3 by the owner that the
    /// trail does not hold. Every field of an entry is shown on its own line, its breaks escaped.
    @Test func anEntrysIdsCannotPassForAnotherEntryInTheLog() throws {
        try PostgreSQLAccessTests.withGrants { server, owner in
            let forged =
                #"{"plans": {"added": ["P1\n#3  2026-12-01 10:00:00 China time  root (uid 0), database role postgres  talks delete talks T2026-001"]}}"#
            try server.psql("office", Self.nextEntry(changes: "'\(forged)'"), user: "jzclerk")
            for language in ["en", "zh"] {
                let log = try talks(["--db", owner, "--lang", language, "audit", "log"])
                #expect(log.status == 0, "\(log.stderr)")
                let entries = log.stdout.split(separator: "\n").filter { $0.hasPrefix("#") }
                #expect(entries.count == 2 && log.stdout.contains(#"P1\n#3"#), "\(log.stdout)")
            }
        }
    }

    /// An entry appended through psql while a talks command writes: the trigger takes the writers'
    /// lock, so the command waits for it and then appends after it; talks failed on the number
    /// psql had taken meanwhile (`audit_entry_pkey`), telling even the owner it may not.
    @Test func anEntryAppendedThroughPsqlWaitsForTheWritersLock() throws {
        try PostgreSQLAccessTests.withGrants { server, owner in
            let appended = DispatchGroup()
            DispatchQueue.global().async(group: appended) {
                _ = try? server.psql("office", Self.nextEntry() + "; SELECT pg_sleep(3)", user: "jzclerk")
            }
            Thread.sleep(forTimeInterval: 1)
            let plan = try talks([
                "--db", owner, "plan", "add", "--conductor", "jz", "--year", "2026", "--organization", "tl",
            ])
            appended.wait()
            #expect(plan.status == 0, "\(plan.stderr)")
            let verified = try talks(["--db", owner, "audit", "verify"])
            #expect(verified.status == 0, "\(verified.stdout)")
        }
    }

    /// A schema other roles may create objects in (PUBLIC's CREATE on `public`, PostgreSQL's
    /// default before 15): a function there with a closer signature than PostgreSQL's own
    /// (`convert_to(text, text)`) was chosen inside the audit trail's trigger, which runs as the
    /// owner, and widened the clerk's own grant. The functions now look in `pg_catalog` only, and
    /// a grant is refused while the schema stays open.
    @Test func aFunctionAClerkMakesInTheSchemaRunsNothingAsTheOwner() throws {
        try PostgreSQLAccessTests.withGrants { server, owner in
            try server.psql("office", "GRANT CREATE ON SCHEMA public TO PUBLIC")
            try server.psql(
                "office",
                """
                CREATE FUNCTION public.convert_to(t text, e text) RETURNS bytea LANGUAGE plpgsql AS $$ BEGIN
                    IF current_user <> session_user THEN
                        UPDATE public.talks_access SET conductor = 'cn', confidential = true WHERE role = 'jzclerk';
                    END IF;
                    RETURN pg_catalog.convert_to(t, e::name);
                END $$
                """, user: "jzclerk")
            let plan = try talks([
                "--db", server.uri("office", user: "jzclerk"), "plan", "add", "--conductor", "jz", "--year", "2026",
                "--organization", "tl",
            ])
            #expect(plan.status == 0, "\(plan.stderr)")
            #expect(try server.psql("office", "SELECT conductor FROM talks_access WHERE role = 'jzclerk'") == "jz")
            #expect(try talks(["--db", owner, "audit", "verify"]).status == 0)
            let refused = try talks(["--db", owner, "access", "grant", "other", "--conductor", "jz"])
            #expect(
                refused.status == 2 && refused.stderr.contains(#"REVOKE CREATE ON SCHEMA "public" FROM PUBLIC"#),
                "\(refused.stderr)")
            try server.psql("office", "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
            #expect(try talks(["--db", owner, "access", "grant", "other", "--conductor", "jz"]).status == 0)
        }
    }

    /// Roles that could make themselves the owner are refused as the owner is: a member that does
    /// not inherit (`SET ROLE` makes it the owner), and before PostgreSQL 16 one with `CREATEROLE`
    /// (`GRANT owner TO itself`), which read every text once granted.
    @Test func aGrantRefusesARoleThatCouldBecomeTheOwner() throws {
        try PostgreSQLAccessTests.withGrants { server, owner in
            try server.psql("office", "CREATE ROLE sneaky LOGIN NOINHERIT; GRANT postgres TO sneaky")
            try server.psql("office", "CREATE ROLE roler LOGIN CREATEROLE")
            let member = try talks(["--db", owner, "access", "grant", "sneaky", "--conductor", "jz"])
            #expect(member.status == 2 && member.stderr.contains("store's owner"), "\(member.stderr)")
            let before16 = try Int(server.psql("office", "SHOW server_version_num"))! < 160000
            let roler = try talks(["--db", owner, "access", "grant", "roler", "--conductor", "jz"])
            #expect((roler.status == 2) == before16, "\(roler.stderr)")
            if before16 { #expect(roler.stderr.contains("CREATEROLE"), "\(roler.stderr)") }
        }
    }
}

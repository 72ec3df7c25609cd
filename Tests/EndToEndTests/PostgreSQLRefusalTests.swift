import Foundation
import TestSupport
import Testing

/// What the server refuses is said as what it is, never as talks' bug (exit 70): a time limit
/// or a shutdown (74), an administrator's rule (2), a role's missing privilege (2) told apart
/// from a refused login, in the user's language.
@Suite(.enabled(if: PostgreSQLServer.installed, "PostgreSQL is not installed: make test-deps installs it"))
struct PostgreSQLRefusalTests {
    @Test func aTimeLimitAndAnAdministratorsTriggerAreNotInternalErrors() throws {
        let w = try Workspace()
        let server = try PostgreSQLServer()
        defer { server.stop() }
        let limited = try server.database("limited") + "&options=-c%20statement_timeout%3D1"
        let timedOut = try w.run("copy", "--to", limited)
        #expect(timedOut.status == 74, "\(timedOut.stderr)")
        #expect(timedOut.stderr.contains("statement timeout"), "\(timedOut.stderr)")
        #expect(!timedOut.stderr.contains("internal error"), "\(timedOut.stderr)")

        let guarded = try server.database("guarded")
        try server.psql(
            "guarded",
            """
            CREATE FUNCTION no_tables() RETURNS event_trigger LANGUAGE plpgsql AS
            $$BEGIN RAISE EXCEPTION 'no new tables on Fridays'; END$$;
            CREATE EVENT TRIGGER no_tables ON ddl_command_start EXECUTE FUNCTION no_tables();
            """)
        let refused = try w.run("copy", "--to", guarded)
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(
            refused.stderr.contains("a rule of the database") && refused.stderr.contains("no new tables on Fridays"),
            "\(refused.stderr)")
        let chinese = try w.run("--lang", "zh", "copy", "--to", guarded)
        #expect(chinese.stderr.contains("数据库的规则") && chinese.stderr.contains("原文：“no new tables"), "\(chinese.stderr)")
    }

    /// The store lives in the schema public whatever a role's search_path (helper-221): a schema
    /// named after the login hid it and `init` made a second one; with pg_temp a load said
    /// "loaded" and vanished at the end of the session; an empty path was told as a bug (exit 70).
    @Test func theStoreIsInPublicWhateverTheSearchPath() throws {
        let server = try PostgreSQLServer()
        defer { server.stop() }
        let office = try server.database("office")
        #expect(try talks(["--db", office, "load", Fixture.sample]).status == 0)
        let people = try talks(["--db", office, "list", "people"]).stdout
        try server.psql("office", "CREATE SCHEMA postgres")
        let own = try talks(["--db", office, "list", "people"])
        #expect(own.status == 0 && own.stdout == people, "\(own.stderr)")
        for path in ["pg_temp", "''"] {
            try server.psql("office", "ALTER DATABASE office SET search_path = \(path)")
            let listed = try talks(["--db", office, "list", "people"])
            #expect(listed.status == 0 && listed.stdout == people, "\(path): \(listed.stderr)")
            let recorded = try talks([
                "--db", office, "trigger", "add", "--organization", "tl", "--kind", "petitions", "--on",
                path == "pg_temp" ? "2026-11-03" : "2026-11-04",
            ])
            #expect(recorded.status == 0, "\(path): \(recorded.stderr)")
        }
        #expect(
            try server.psql("office", "SELECT count(*) FROM public.trigger_event WHERE on_date >= '2026-11-03'") == "2")
        #expect(try server.psql("office", "SELECT count(*) FROM pg_tables WHERE schemaname = 'postgres'") == "0")
        // Without the schema public, no store can be made: said so (exit 2), not as a bug.
        _ = try server.database("bare")
        try server.psql("bare", "DROP SCHEMA public")
        let bare = try talks(["--db", server.uri("bare"), "init"])
        #expect(bare.status == 2 && bare.stderr.contains("the database has no schema public"), "\(bare.stderr)")
    }

    /// Text that is not UTF-8, which a SQL_ASCII database lets another program write, is a damaged
    /// store (exit 2), as in SQLite (helper-221: an internal error, exit 70); a connection the server
    /// ends during COMMIT leaves it unknown whether the change was committed, and says so (it said
    /// nothing was written, and the change may have been).
    @Test func badBytesAndACommitCutShortAreSaidAsWhatTheyAre() throws {
        let server = try PostgreSQLServer()
        defer { server.stop() }
        try server.psql(
            "postgres", "CREATE DATABASE ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
        let ascii = server.uri("ascii")
        #expect(try talks(["--db", ascii, "load", Fixture.sample]).status == 0)
        try server.psql("ascii", "UPDATE person SET name = E'\\xd6\\xdc' WHERE id = 'p-zhou'")
        let listed = try talks(["--db", ascii, "list", "people"])
        #expect(listed.status == 2 && listed.stderr.contains("the store is damaged"), "\(listed.stderr)")
        let office = try server.database("office")
        #expect(try talks(["--db", office, "load", Fixture.sample]).status == 0)
        try server.psql(
            "office",
            """
            CREATE FUNCTION cut() RETURNS trigger LANGUAGE plpgsql AS
            $$BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END$$;
            CREATE CONSTRAINT TRIGGER cut AFTER INSERT ON trigger_event DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION cut();
            """)
        let cut = try talks([
            "--db", office, "trigger", "add", "--organization", "tl", "--kind", "petitions", "--on", "2026-11-03",
        ])
        #expect(cut.status == 74, "\(cut.stderr)")
        #expect(cut.stderr.contains("whether it was committed is not known"), "\(cut.stderr)")
        #expect(!cut.stderr.contains("Nothing was written"), "\(cut.stderr)")
    }

    /// An administrator's constraint that a write breaks is their rule (exit 2), told without the
    /// row's values, confidential text among them (helper-221: a unique index's violation quoted the
    /// trigger's note and was told as a missing grant; a NOT NULL column's quoted the whole row).
    @Test func anAdministratorsConstraintIsToldWithoutTheRowsTexts() throws {
        let server = try PostgreSQLServer()
        defer { server.stop() }
        let office = try server.database("office")
        #expect(try talks(["--db", office, "load", Fixture.sample]).status == 0)
        let add = ["trigger", "add", "--organization", "tl", "--kind", "petitions", "--note", "某书记收受礼金二十万元"]
        try server.psql("office", "CREATE UNIQUE INDEX note_once ON trigger_event (note)")
        #expect(try talks(["--db", office] + add + ["--on", "2026-11-20"]).status == 0)
        let twice = try talks(["--db", office] + add + ["--on", "2026-11-21"])
        #expect(twice.status == 2 && twice.stderr.contains("a rule of the database"), "\(twice.stderr)")
        try server.psql(
            "office",
            "DROP INDEX note_once; ALTER TABLE trigger_event ADD COLUMN reviewed text NOT NULL DEFAULT 'no'; "
                + "ALTER TABLE trigger_event ALTER COLUMN reviewed DROP DEFAULT")
        let null = try talks(["--db", office] + add + ["--on", "2026-11-22"])
        #expect(null.status == 2 && null.stderr.contains("a rule of the database"), "\(null.stderr)")
        // A value a trigger of theirs or a narrowed column refuses (22P02, 22001) is their rule too,
        // and its message, which may quote the value, is not shown (helper-223: exit 70, the note quoted).
        try server.psql(
            "office",
            """
            ALTER TABLE trigger_event DROP COLUMN reviewed;
            CREATE FUNCTION cast_note() RETURNS trigger LANGUAGE plpgsql AS
            $$BEGIN PERFORM NEW.note::int; RETURN NEW; END$$;
            CREATE TRIGGER cast_note BEFORE INSERT ON trigger_event FOR EACH ROW EXECUTE FUNCTION cast_note();
            """)
        let cast = try talks(["--db", office] + add + ["--on", "2026-11-23"])
        #expect(cast.status == 2 && cast.stderr.contains("a rule of the database"), "\(cast.stderr)")
        try server.psql(
            "office",
            "DROP TRIGGER cast_note ON trigger_event; ALTER TABLE trigger_event ALTER COLUMN note TYPE varchar(200)")
        let long = try talks(
            ["--db", office, "trigger", "add", "--organization", "tl", "--kind", "petitions", "--on", "2026-11-24"]
                + ["--note", String(repeating: "某书记收受礼金", count: 40)])
        #expect(long.status == 2 && long.stderr.contains("a rule of the database"), "\(long.stderr)")
        for run in [twice, null, cast, long] {
            #expect(!run.stderr.contains("收受") && !run.stderr.contains("talks access grant"), "\(run.stderr)")
        }
    }

    /// What only the database's administrator can change is told as theirs (helper-221): a role's
    /// connection limit is no refused login (74, not "check the password"); a database the role may
    /// not connect to asks for GRANT CONNECT, not for talks access grant; a role's name with a line
    /// break is shown escaped.
    @Test func whatTheAdministratorGrantsIsToldAsTheirs() throws {
        let server = try PostgreSQLServer()
        defer { server.stop() }
        let office = try server.database("office")
        #expect(try talks(["--db", office, "load", Fixture.sample]).status == 0)
        try server.psql("office", "CREATE ROLE limited LOGIN CONNECTION LIMIT 0; CREATE ROLE shut LOGIN")
        let limited = try talks(["--db", server.uri("office", user: "limited"), "list", "people"])
        #expect(
            limited.status == 74 && !limited.stderr.contains("password")
                && limited.stderr.contains("the database server takes no more connections"), "\(limited.stderr)")
        try server.psql("office", "REVOKE CONNECT ON DATABASE office FROM PUBLIC")
        let shut = try talks(["--db", server.uri("office", user: "shut"), "list", "people"])
        #expect(
            shut.status == 2 && shut.stderr.contains("GRANT CONNECT ON DATABASE")
                && !shut.stderr.contains("talks access grant"), "\(shut.stderr)")
        try server.psql("office", "CREATE ROLE \"jz\nclerk\" LOGIN")
        let granted = try talks(["--db", office, "access", "grant", "jz\nclerk", "--conductor", "jz"])
        #expect(granted.status == 0 && granted.stdout.contains("the role jz\\nclerk now reads"), "\(granted.stdout)")
    }

    @Test func aRoleWithoutThePrivilegeIsToldSoNotToCheckItsPassword() throws {
        let server = try PostgreSQLServer()
        defer { server.stop() }
        let owner = try server.database("office")
        #expect(try talks(["--db", owner, "load", Fixture.sample]).status == 0)
        try server.psql("office", "CREATE ROLE jzclerk LOGIN")
        #expect(try talks(["--db", owner, "access", "grant", "jzclerk", "--conductor", "jz"]).status == 0)
        let clerk = server.uri("office", user: "jzclerk")
        let record = [
            "record", "--kind", "regular", "--organization", "tl", "--talker", "p-he", "--held", "2026-11-19",
        ]
        let english = try talks(["--db", clerk] + record)
        #expect(english.status == 2, "\(english.stderr)")
        #expect(
            english.stderr.contains("this database role may not do this with these records")
                && english.stderr.contains("talks access grant") && !english.stderr.contains("password"),
            "\(english.stderr)")
        let chinese = try talks(["--db", clerk, "--lang", "zh"] + record)
        #expect(chinese.status == 2 && chinese.stderr.contains("此数据库角色无权"), "\(chinese.stderr)")
        #expect(!chinese.stderr.contains("密码"), "\(chinese.stderr)")
        // talks' own refusal comes in the user's language, not quoted as the server's text.
        let withheld = try talks(["--db", clerk, "--lang", "zh", "export", "--include-confidential"])
        #expect(withheld.status == 2 && withheld.stderr.contains("未获授权读取保密内容"), "\(withheld.stderr)")
        #expect(!withheld.stderr.contains("原文") && !withheld.stderr.contains("granted"), "\(withheld.stderr)")
    }
}

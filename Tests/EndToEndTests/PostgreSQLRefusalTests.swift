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

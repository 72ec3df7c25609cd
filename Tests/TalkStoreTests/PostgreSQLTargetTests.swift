import Foundation
import TestSupport
import Testing

@testable import TalkStore

/// What `--db` may name as a PostgreSQL database, checked before anything connects, and the only
/// form of it messages show.
@Suite struct PostgreSQLTargetTests {
    @Test(arguments: [
        // A scheme in any case, as libpq spells it (libpq itself reads only lower case).
        ("POSTGRESQL:///talks", "postgresql:///talks"),
        ("Postgres://clerk@db/talks", "postgresql://clerk@db/talks"),
        // Only user, host, port and database are shown; every other parameter is left out.
        (
            "postgresql://clerk@db.office.internal:5433/talks?sslmode=verify-full&application_name=x&sslkey=/k",
            "postgresql://clerk@db.office.internal:5433/talks"
        ),
        ("postgresql:///talks?host=/run/postgresql&user=clerk", "postgresql://clerk@/talks?host=/run/postgresql"),
        ("postgresql://[::1]:5432/talks", "postgresql://[::1]:5432/talks"),
        ("postgresql://a:1,b:2/talks", "postgresql:///talks?host=a,b&port=1,2"),
        ("postgresql://%63lerk@db/t%20alks", "postgresql://clerk@db/t%20alks"),
        ("postgresql://", "postgresql:///"),
    ])
    func aURIIsShownWithUserHostPortAndDatabaseOnly(_ location: String, _ shown: String) throws {
        let target = try #require(try PostgreSQLTarget.parse(location))
        #expect(target.shown == shown)
        #expect(target.uri.hasPrefix("postgresql://") || target.uri.hasPrefix("postgres://"))
    }

    @Test(arguments: [
        "talks.db", "/srv/talks/talks.db", "./a=b.db", "postgresql.db", "with space.db", "password.db",
        "password-list=x.db",
    ])
    func aFilePathIsAFile(_ location: String) throws {
        #expect(try PostgreSQLTarget.parse(location) == nil)
    }

    @Test(arguments: [
        ("postgresql:///talks?PASSWORD=hunter2", PostgreSQLTarget.Problem.password),
        ("postgresql:///talks?pass%77ord=hunter2", .password),
        ("postgresql:///talks?sslpassword=hunter2", .password),
        ("postgresql://clerk:hunter2@db/talks", .password),
        ("postgresql:///talks?dbname=postgres%20password=hunter2", .password),
        ("postgresql:///postgres%20password%20%3D%20hunter2", .password),
        ("host=/tmp password=hunter2", .password),
        ("dbname=postgres%20password=hunter2", .password),
        ("/home/clerk/password=hunter2.db", .password),
        ("/home/passwords/talks%20password%09=hunter2.db", .password),
        // Read scalar by scalar, as the regular expression did: a combining mark after `=` or a
        // prepended sign before `password` does not hide it.
        ("pw/password%3D%CC%81.db", .password),
        ("pw/\u{0600}password=.db", .password),
        ("postgresql://u@localhost/db?password%3D%CC%81x", .password),
        ("pw/password\u{0B}\u{85}\u{3000}=.db", .password),
        ("host=/tmp dbname=talks", .connectionString),
        ("postgresql:talks", .notAURI),
        ("postgres:/talks", .notAURI),
        ("postgresql:///talks?bogus=1", .unknownParameter("bogus")),
        ("postgresql:///talks?SSLMODE=require", .unknownParameter("SSLMODE")),
        (
            "postgresql:///talks?sslmode=bogus",
            .badValue(
                parameter: "sslmode",
                expected: .oneOf(["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]))
        ),
        ("postgresql:///talks?connect_timeout=abc", .badValue(parameter: "connect_timeout", expected: .wholeNumber)),
        ("postgresql://db:99999/talks", .badValue(parameter: "port", expected: .ports)),
        ("postgresql:///talks?host=a,b&port=1,2,3", .badValue(parameter: "port", expected: .ports)),
        (
            "postgresql://[bad",
            .malformed("end of string reached when looking for matching \"]\" in IPv6 host address in URI")
        ),
        ("postgresql:///talks?sslmode", .malformed("missing key/value separator \"=\" in URI query parameter")),
        ("postgresql:///talks%zz", .malformed("invalid percent-encoded token")),
    ])
    func aValueThatCannotBeUsedIsAUsageError(_ location: String, _ problem: PostgreSQLTarget.Problem) {
        #expect(throws: problem) { try PostgreSQLTarget.parse(location) }
    }

    /// A statement refused for a table or column the database lacks says the database is not a
    /// talks store (it was changed after it was opened), not an internal error.
    @Test func aMissingTableOrColumnIsNotAStore() {
        let missing = StoreError.fromPostgreSQL(
            state: "42P01", message: "relation \"talk_trigger\" does not exist", whole: "", path: "p")
        #expect(missing == .notAStore(path: "p", why: .incomplete(missing: "talk_trigger")))
        let column = StoreError.fromPostgreSQL(
            state: "42703", message: "column \"held\" does not exist", whole: "", path: "p")
        #expect(column == .notAStore(path: "p", why: .incomplete(missing: "held")))
        let other = StoreError.fromPostgreSQL(state: "XX000", message: "m", whole: "XX000 whole", path: "p")
        #expect(other == .backend(name: "PostgreSQL", code: 0, message: "XX000: XX000 whole"))
    }

    /// What the server refuses or cuts short is said as such, never as talks' bug: a time limit,
    /// a shutdown, a lost connection or exhausted resources are the machine's (exit 74); a role's
    /// missing privilege, a refused login and an administrator's rule are told apart (exit 2).
    @Test(arguments: [
        ("57014", StoreError.unreachable(path: "p", detail: "m")), ("57P01", .unreachable(path: "p", detail: "m")),
        ("08006", .unreachable(path: "p", detail: "m")), ("53200", .unreachable(path: "p", detail: "m")),
        ("53100", .full(path: "p")), ("58030", .ioFailure(path: "p", detail: "m")),
        ("42501", .notPermitted(path: "p", detail: "m")), ("28P01", .denied(path: "p", detail: "m")),
        ("P0001", .refused(path: "p", detail: "m")), ("23514", .refused(path: "p", detail: "m")),
        ("XX001", .damaged(path: "p", detail: "m")),
        // A transaction the server ended for its idle or whole time (idle_in_transaction_session_timeout,
        // transaction_timeout), which a role's own settings can set: it was an internal error (exit 70).
        ("25P03", .unreachable(path: "p", detail: "m")), ("25P04", .unreachable(path: "p", detail: "m")),
    ])
    func aServersRefusalMapsToWhatItMeans(_ state: String, _ expected: StoreError) {
        #expect(StoreError.fromPostgreSQL(state: state, message: "m", whole: "w", path: "p") == expected)
    }

    /// A connection refused without a SQLSTATE: a role without CONNECT is told it may not, a
    /// wrong password to check it, a server not there that it cannot be reached.
    @Test func aRefusedConnectionIsToldByWhy() {
        let noConnect = "connection to server failed: FATAL:  permission denied for database \"office\""
        #expect(
            StoreError.fromPostgreSQLConnection(message: noConnect, path: "p")
                == .notPermitted(path: "p", detail: noConnect))
        let password = "FATAL:  password authentication failed for user \"clerk\""
        #expect(
            StoreError.fromPostgreSQLConnection(message: password, path: "p") == .denied(path: "p", detail: password))
        let gone = "connection to server on socket \"/x\" failed: No such file or directory"
        #expect(StoreError.fromPostgreSQLConnection(message: gone, path: "p") == .unreachable(path: "p", detail: gone))
    }

    @Test func libpqsMessagesComeOnOneLineWithoutTheURI() {
        let message =
            "connection to server on socket \"/x/.s.PGSQL.5432\" failed: No such file or directory\n\tIs the server running locally?\n"
        #expect(
            PGConnection.folded(message, uri: "postgresql:///t?host=/x", shown: "S")
                == "connection to server on socket \"/x/.s.PGSQL.5432\" failed: No such file or directory; Is the server running locally?"
        )
        #expect(
            PGConnection.folded("bad postgresql:///t?host=/x here", uri: "postgresql:///t?host=/x", shown: "S")
                == "bad S here")
    }
}

/// The tables and columns by which a PostgreSQL store is known are those its migrations make.
@Suite(.enabled(if: PostgreSQLServer.installed, "PostgreSQL is not installed: make test-deps installs it"))
struct PostgreSQLSchemaTests {
    @Test func theDescribedColumnsAreTheOnesTheMigrationsCreate() throws {
        #expect(Set(PostgreSQLSchema.columns.keys) == Set(PostgreSQLSchema.migrations.map(\.version)))
        let server = try PostgreSQLServer()
        defer { server.stop() }
        let uri = try server.database("described")
        let target = try #require(try PostgreSQLTarget.parse(uri))
        #expect(try PostgreSQLStore.openOrCreate(target) { _ in }.created)
        let rows = try server.psql(
            "described",
            "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'public'")
        let created = Set(rows.split(separator: "\n").map(String.init))
        let described = Set(
            PostgreSQLSchema.columns[Schema.latest]!.flatMap { table, columns in columns.map { "\(table).\($0)" } })
        #expect(created == described)
    }
}

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
            #expect(try talks(["--db", pg, "init"]).stdout.contains("schema 6"))
            let loaded = try talks(["--db", pg, "load", Fixture.sample])
            #expect(loaded.status == 0, "\(loaded.stderr)")
            // The same, but for the store the next step's commands name.
            let withoutStore = { (text: String, store: String) in text.replacing(store, with: "STORE") }
            #expect(
                withoutStore(loaded.stdout, "'\(pg)'")
                    == withoutStore(try w.run("load", Fixture.sample).stdout, w.db), "\(loaded.stdout)")
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
            // Loaded again: the stored secretaries of the document's organizations read in one
            // question (`RecordQuery.Filter.organizations`), alike.
            let again = try talks(["--db", pg, "load", Fixture.sample])
            let againSQLite = try w.run("load", Fixture.sample)
            #expect(again.status == 0 && again.stderr == againSQLite.stderr, "\(again.stderr)")
            #expect(withoutStore(again.stdout, "'\(pg)'") == withoutStore(againSQLite.stdout, w.db))

            // Moving a store: the export of one, loaded from standard input into another.
            let moved = try server.database("moved")
            let export = try w.export()
            #expect(try talks(["--db", moved, "load", "-"], input: Data(export.utf8)).status == 0)
            #expect(try talks(["--db", moved, "export", "--include-confidential"]).stdout == export)
            #expect(try talks(["--db", moved, "audit", "verify"]).status == 0)
        }
    }

    /// A table of more than a thousand rows is read in batches, past the first on another thread
    /// (`SQLStore.everyRow`): the same bytes from both stores, every talk once, in the store's order.
    @Test func aLargeStoreReadsAlikeOnBothStores() throws {
        try withServer { server in
            let pg = try server.database("office")
            let w = try Workspace()
            #expect(try talks(["--db", pg, "load", Fixture.sample]).status == 0)
            let bulk = w.folder + "/bulk.json"
            // 2,500 talks and as many problems: three batches and part of a fourth, of each table.
            try bulkTalks(2_500, prefix: "ROW").write(to: URL(fileURLWithPath: bulk))
            #expect(try w.run("load", bulk).status == 0)
            #expect(try talks(["--db", pg, "load", bulk]).status == 0)
            let commands = [
                ["export", "--include-confidential"], ["check", "--format", "json", "--as-of", "2026-11-21"],
                ["list", "talks", "--format", "csv"],
            ]
            for command in commands {
                let sqlite = try w.run(command)
                let postgres = try talks(["--db", pg] + command)
                #expect(postgres.status == sqlite.status, "\(command): \(postgres.stderr)")
                #expect(postgres.output == sqlite.output, "\(command) differs")
            }
            let exported = try JSONSerialization.jsonObject(with: Data(try w.export().utf8)) as? [String: Any]
            let ids = (exported?["talks"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(ids.count(where: { $0.hasPrefix("ROW-") }) == 2_500)
            #expect(ids == ids.sorted() && Set(ids).count == ids.count)
        }
    }

    /// A store of the version before (5: a talk's words as rows of `talk_entry`) on a server
    /// that takes no writes: migration 6 moves them, a write, so every command says the store
    /// must be upgraded there first (exit 74; helper-155: it said only that reads still work) and
    /// nothing changes, as SQLite's store on a read-only medium is
    /// refused; once the server takes writes again, the first command upgrades it, and every
    /// list reads as before, in its order.
    @Test func aStoreOfTheVersionBeforeWaitsForAServerThatTakesWrites() throws {
        try withServer { server in
            let pg = try server.database("office")
            #expect(try talks(["--db", pg, "load", Fixture.sample]).status == 0)
            let exported = try talks(["--db", pg, "export"])
            #expect(exported.stdout.contains("\"copiedTo\": [\"discipline-inspection\""), "\(exported.stdout)")
            try server.psql("office", postgreSQLUndoingTheWordColumns)
            try server.psql("office", "ALTER DATABASE office SET default_transaction_read_only = on")
            for command in [["list", "people"], ["audit", "verify"]] {
                let run = try talks(["--db", pg] + command)
                #expect(run.status == 74, "\(command): \(run.stderr)")
                #expect(
                    run.stderr.contains(
                        "(schema version 5) and must be upgraded before it can be read, which writes to it, but the PostgreSQL server holding it takes no writes"
                    ), "\(command): \(run.stderr)")
                #expect(!run.stderr.contains("still work"), "\(run.stderr)")
            }
            #expect(try server.psql("office", "SELECT max(version) FROM schema_migration") == "5")
            try server.psql("postgres", "ALTER DATABASE office SET default_transaction_read_only = off")
            #expect(try talks(["--db", pg, "export"]).stdout == exported.stdout)
            #expect(try server.psql("office", "SELECT max(version) FROM schema_migration") == "6")
            #expect(try talks(["--db", pg, "audit", "verify"]).status == 0)
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

    /// U+0000 is refused in every free text, by load, import and record alike, at its place and
    /// with the same words on both stores; nothing is written, so the stores stay identical.
    @Test func aNulCharacterIsRefusedAlikeOnBothStores() throws {
        try withServer { server in
            let pg = try server.database("office")
            #expect(try talks(["--db", pg, "load", Fixture.sample]).status == 0)
            let w = try Workspace()
            let document = w.file(
                "nul.json",
                #"{"format": "supervision-talks/1", "triggers": [{"id": "TR-NUL", "organization": "bs", "kind": "petitions", "on": "2026-03-02", "note": "X\u0000y"}], "talks": [{"id": "T-NUL", "conductor": "cn", "kind": "regular", "organization": "jz-st", "talkee": "p-kong", "talker": "p-dai", "held": "2026-09-25", "problems": ["secret\u0000nul"]}]}"#
            )
            let talkSheet = w.file(
                "talks.csv",
                "id,conductor,kind,organization,talkee,talker,held,problems\nT-NUL,cn,regular,jz-st,p-kong,p-dai,2026-09-25,secret\u{0}nul\n"
            )
            let triggerSheet = w.file(
                "triggers.csv", "id,organization,kind,on,note\nTR-NUL,bs,petitions,2026-03-02,X\u{0}y\n")
            let talk = w.file(
                "talk.json",
                #"{"conductor": "cn", "kind": "regular", "organization": "jz-st", "talker": "p-dai", "held": "2026-09-25", "requirements": ["a\u0000b"]}"#
            )
            let refusal = ": must not contain U+0000 (NUL)"
            // A sheet's NUL is a damaged file's, told so at its cell before the stores are asked.
            let damaged = ": the cell holds NUL bytes (U+0000)"
            let attempts: [([String], [String])] = [
                (["load", document], ["triggers[0].note" + refusal, "talks[0].problems[0]" + refusal]),
                (["import", talkSheet], ["row 2, column H (problems)" + damaged]),
                (["import", triggerSheet], ["row 2, column E (note)" + damaged]),
                (["record", "--file", talk], ["talk.requirements[0]" + refusal]),
            ]
            let before = try w.export()
            for (command, expected) in attempts {
                let sqlite = try w.run(command)
                let postgres = try talks(["--db", pg] + command)
                #expect(sqlite.status == 2, "\(command): \(sqlite.stderr)")
                for place in expected { #expect(sqlite.stderr.contains(place), "\(command): \(sqlite.stderr)") }
                #expect(postgres.status == sqlite.status && postgres.stderr == sqlite.stderr, "\(command)")
            }
            #expect(try w.export() == before)
            #expect(try talks(["--db", pg, "export", "--include-confidential"]).stdout == before)
            #expect(try talks(["--db", pg, "audit", "verify"]).status == 0)
        }
    }

    /// A store is known by its tables and columns, not by a `schema_migration` table: another
    /// program's is "not a talks store" on both backends, and so is a store that lost a table
    /// or a column; nothing is written to either, and nothing is an internal error.
    @Test func anotherProgramsMigrationTableOrAMissingTableIsNotATalksStore() throws {
        try withServer { server in
            let migrations = "CREATE TABLE schema_migration (version int); INSERT INTO schema_migration VALUES (4)"
            let other = try server.database("other")
            try server.psql("other", migrations)
            let file = Fixture.temporaryFolder() + "/other.db"
            try sqlite3(file, migrations)
            #expect(chmod(file, 0o600) == 0)
            for command in [["load", Fixture.sample], ["list", "talks"], ["init"]] {
                for store in [other, file] {
                    let run = try talks(["--db", store] + command)
                    #expect(run.status == 2 && run.stderr.contains("not a talks store"), "\(command): \(run.stderr)")
                }
            }
            #expect(
                try server.psql(
                    "other",
                    "SELECT string_agg(table_name, ',') FROM information_schema.tables WHERE table_schema = 'public'")
                    == "schema_migration")
            #expect(try server.psql("other", "SELECT version FROM schema_migration") == "4")
            #expect(try sqlite3(file, "SELECT group_concat(name) FROM sqlite_master") == "schema_migration")

            let pg = try server.database("office")
            #expect(try talks(["--db", pg, "load", Fixture.sample]).status == 0)
            let w = try Workspace()
            try server.psql("office", "ALTER TABLE talk_trigger RENAME TO talk_trigger_old")
            try sqlite3(w.db, "ALTER TABLE talk_trigger RENAME TO talk_trigger_old")
            for store in [pg, w.db] {
                let run = try talks(["--db", store, "list", "talks"])
                #expect(
                    run.status == 2 && run.stderr.contains("not a talks store: it lacks talk_trigger"), "\(run.stderr)")
            }
            try server.psql("office", "ALTER TABLE talk_trigger_old RENAME TO talk_trigger")
            try server.psql("office", "ALTER TABLE talk RENAME COLUMN held TO held_on")
            let column = try talks(["--db", pg, "overdue"])
            #expect(column.status == 2 && column.stderr.contains("it lacks talk.held"), "\(column.stderr)")

            // A database in an encoding that cannot hold Chinese text is refused before anything is made in it.
            try server.psql(
                "postgres", "CREATE DATABASE latin ENCODING 'LATIN1' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'")
            for command in [["init"], ["load", Fixture.sample]] {
                let latin = try talks(["--db", server.uri("latin")] + command)
                #expect(
                    latin.status == 2 && latin.stderr.contains("the database's encoding is LATIN1"), "\(latin.stderr)")
            }
            #expect(
                try server.psql("latin", "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
                    == "0")
        }
    }

    /// A database is named in messages by user, host, port and database only; a password is
    /// refused however it is written, in a URI, a connection string or a path; a value that
    /// starts with a PostgreSQL scheme but cannot be used is a usage error before anything
    /// connects (and never becomes a SQLite file); libpq's message comes on one line, and after
    /// a Chinese sentence under --lang zh.
    @Test func aDatabaseIsNamedWithoutSecretsAndAMalformedOneIsAUsageError() throws {
        try withServer { server in
            let office = try server.database("office")
            let socket = server.folder + "/socket"
            let withPassword = [
                "postgresql:///office?host=\(socket)&PASSWORD=hunter2",
                "postgresql:///office?host=\(socket)&pass%77ord=hunter2",
                "postgresql://postgres:hunter2@/office?host=\(socket)",
                "postgresql:///office?host=\(socket)&dbname=postgres%20password=hunter2",
                "postgresql:///postgres%20password=hunter2?host=\(socket)",
                "host=\(socket) password=hunter2",
                "dbname=postgres%20password=hunter2",
            ]
            for db in withPassword {
                let run = try talks(["--db", db, "list", "talks"])
                #expect(run.status == 64 && run.stderr.contains("~/.pgpass"), "\(db): \(run.stderr)")
                #expect(!run.stderr.contains("hunter2"), "\(db): \(run.stderr)")
            }
            let environment = try talks(["list", "talks"], environment: ["TALKS_DB": withPassword[0]])
            #expect(environment.status == 64 && environment.stderr.contains("TALKS_DB must not hold a password"))

            let unusable = [
                ("postgresql:office", "begins with a PostgreSQL scheme but is not a URI"),
                ("POSTGRES:office", "begins with a PostgreSQL scheme but is not a URI"),
                ("postgresql://[bad", "is not a PostgreSQL URI libpq can read"),
                ("postgresql:///office?host=\(socket)&sslmode=bogus", "sslmode must be one of disable, allow"),
                ("postgresql:///office?host=\(socket)&bogus=1", "has a parameter bogus that is not one of libpq's"),
                ("postgresql:///office?host=\(socket)&connect_timeout=abc", "connect_timeout must be a whole number"),
                ("host=\(socket) dbname=office", "is a libpq key=value connection string"),
            ]
            for (db, expected) in unusable {
                // Run in a folder of its own: a value taken for a file path would become a store there.
                let folder = Fixture.temporaryFolder()
                let run = try Running(
                    [#"cd "$1" && exec "$2" --db "$3" load "$4""#, "sh", folder, Fixture.binary, db, Fixture.sample],
                    shell: true
                ).finish()
                #expect(run.status == 64 && run.stderr.contains(expected), "\(db): \(run.stderr)")
                #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "\(db)")
            }

            // libpq's scheme in any case; messages show only user, host, port and database.
            let upper = "POSTGRESQL" + office.dropFirst("postgresql".count)
            let made = try talks(["--db", upper + "&application_name=hunter2&sslkey=/k/hunter2", "init"])
            #expect(made.stdout == "created store postgresql://postgres@/office?host=\(socket) (schema 6)\n", "\(made)")
            let absent = try talks(["--db", server.uri("absent") + "&application_name=hunter2", "list", "talks"])
            #expect(absent.status == 74 && !absent.stderr.contains("hunter2"), "\(absent.stderr)")
            #expect(absent.stderr.hasPrefix("talks: postgresql://postgres@/absent?host=\(socket): cannot reach"))

            let nowhere = "postgresql:///office?host=/tmp/talks-pg-nowhere"
            let english = try talks(["--db", nowhere, "list", "talks"])
            #expect(english.status == 74 && english.stderr.split(separator: "\n").count == 1, "\(english.stderr)")
            #expect(!english.stderr.contains("\\t") && english.stderr.contains("directory; Is the server running"))
            let chinese = try talks(["--lang", "zh", "--db", nowhere, "list", "talks"])
            #expect(chinese.stderr.hasPrefix("talks: \(nowhere)：无法连接数据库服务器；本次未写入任何内容。"), "\(chinese.stderr)")
            #expect(chinese.stderr.contains("（原文：“connection to server on socket"), "\(chinese.stderr)")
        }
    }

    /// The server's notices and warnings (one at every login, one from a trigger an office added)
    /// are not the tool's to print: libpq's default would write them to standard error.
    @Test func theServersWarningsAreNotPrinted() throws {
        try withServer { server in
            let pg = try server.database("office")
            #expect(try talks(["--db", pg, "load", Fixture.sample]).status == 0)
            try server.psql("office", "ALTER DATABASE office SET default_text_search_config = 'pg_catalog.nope'")
            try server.psql(
                "office",
                """
                CREATE FUNCTION warn() RETURNS trigger LANGUAGE plpgsql
                AS $$ BEGIN RAISE WARNING 'a trigger of the office''s own'; RETURN NEW; END $$;
                CREATE TRIGGER warn BEFORE INSERT ON talk FOR EACH ROW EXECUTE FUNCTION warn()
                """)
            let recorded = try talks([
                "--db", pg, "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held",
                "2026-11-03",
            ])
            #expect(recorded.status == 0 && recorded.stderr.isEmpty, "\(recorded.stderr)")
            let listed = try talks(["--db", pg, "list", "talks", "--year", "2026"])
            #expect(listed.status == 0 && listed.stderr.isEmpty, "\(listed.stderr)")
        }
    }
}

import Foundation
import TestSupport
import Testing

/// The bytes of a file, to prove a refused file was left exactly as it was.
private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

/// Whether the tests run as root, which the tests of other users' files and of media need.
let isRoot = getuid() == 0
let needsRoot = "needs root: other users' files, tmpfs and read-only mounts"

/// Part 3 of the hardening issue: the store must be ours, whole and safe (the machine's failures
/// are `StoreMachineTests`).
@Suite struct StoreSafetyTests {
    // MARK: - Whose file

    @Test(.enabled(if: isRoot, Comment(rawValue: needsRoot)))
    func aWriteAheadLogAnotherUserMadeBeforeTheFirstLoadIsRefused() throws {
        let w = try Workspace(loaded: false)
        // Another user, in a shared folder, prepares the log talks would write every text into.
        _ = FileManager.default.createFile(atPath: w.db + "-wal", contents: nil)
        chmod(w.db + "-wal", 0o666)
        chown(w.db + "-wal", 65534, 65534)
        let loaded = try w.run("load", Fixture.sample)
        #expect(loaded.status == 2)
        #expect(loaded.stderr.contains("\(w.db)-wal belongs to another user (uid 65534)"), "\(loaded.stderr)")
        #expect(bytes(w.db + "-wal")?.isEmpty == true, "the other user's file was written")
        #expect(!FileManager.default.fileExists(atPath: w.db), "a store was left behind")
    }

    @Test(.enabled(if: isRoot, Comment(rawValue: needsRoot)))
    func aStoreOfAnotherUserIsRefused() throws {
        let w = try Workspace()
        chown(w.db, 65534, 65534)
        let before = bytes(w.db)
        let listed = try w.run("list", "talks")
        #expect(listed.status == 2)
        #expect(listed.stderr.contains("belongs to another user (uid 65534)"), "\(listed.stderr)")
        let recorded = try w.run(
            "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-11-18")
        #expect(recorded.status == 2)
        #expect(bytes(w.db) == before)
    }

    /// A deleted talk's problem text is overwritten (`secure_delete`), not left in the file's free
    /// pages or its log, where anyone with the file could read it (Art. 16).
    @Test func aDeletedProblemIsGoneFromTheFileAndItsLog() throws {
        let w = try Workspace()
        let secret = Data("保密的问题-\(UUID().uuidString)".utf8)
        let recorded = try w.run(
            "record", "--id", "T2026-900", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou",
            "--held", "2026-11-18", "--problem", String(decoding: secret, as: UTF8.self))
        #expect(recorded.status == 0, "\(recorded.stderr)")
        func stored() -> Bool { [w.db, w.db + "-wal"].contains { bytes($0)?.range(of: secret) != nil } }
        #expect(stored(), "the text is in the file while the talk is stored")
        let deleted = try w.run("delete", "talks", "T2026-900", "--yes")
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(!stored())
    }

    @Test func aCompanionOthersCanReadIsRefusedWithTheChmodToRun() throws {
        let w = try Workspace()
        _ = FileManager.default.createFile(atPath: w.db + "-journal", contents: nil)
        chmod(w.db + "-journal", 0o644)
        let listed = try w.run("list", "talks")
        #expect(listed.status == 2)
        #expect(listed.stderr.contains("Run chmod 600 \(w.db)-journal"), "\(listed.stderr)")
    }

    /// A log left beside the name of a store yet to be made (a store moved away while it was
    /// written) is not read into the store made there: the load is refused, naming it, and
    /// nothing is made; an empty one is harmless (helper-188: the new store said "loaded" and
    /// then read as damaged).
    @Test(arguments: ["-wal", "-journal"]) func aLogWithNoStoreBesideItIsNotReadIntoANewStore(suffix: String) throws {
        let w = try Workspace(loaded: false)
        _ = FileManager.default.createFile(
            atPath: w.db + suffix, contents: Data(repeating: 7, count: 4096), attributes: [.posixPermissions: 0o600])
        // A command that only reads says the same, not "no store here yet. Run … init".
        for command in [["load", Fixture.sample], ["overdue"]] {
            let refused = try w.run(command)
            #expect(refused.status == 2, "\(command): \(refused.stderr)")
            #expect(
                refused.stderr.contains("\(w.db)\(suffix) is a log that is not empty, with no store beside it"),
                "\(command): \(refused.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: w.db))
        #expect(truncate(w.db + suffix, 0) == 0)
        let loaded = try w.run("load", Fixture.sample)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(try w.run("audit", "verify").status == 0)
    }

    /// Another database's log beside a store (a backup copied over the store while an old log was
    /// beside it) is refused, naming it, and never folded into the store: a read command had
    /// replaced every record with that database's pages, and said it left the file untouched
    /// (helper-189). One without the store's first page reads as damage, whose advice moves the
    /// log away before any backup is restored (helper-192: restoring would have lost what was
    /// written since). Moved away, the store reads as it was.
    @Test(arguments: [true, false]) func anotherDatabasesLogIsNeverFoldedIntoTheStore(firstPage: Bool) throws {
        let w = try Workspace()
        let before = try Data(contentsOf: URL(fileURLWithPath: w.db))
        let other = w.folder + "/other.db"
        if !firstPage {
            _ = try sqlite3(other, "PRAGMA journal_mode = WAL; CREATE TABLE z (a); INSERT INTO z VALUES (1);")
        }
        // The other database's log copied while its connection is open, before the close folds it:
        // a new table changes its first page, a row of an old one only the table's page.
        let change = firstPage ? "CREATE TABLE y (a);" : "PRAGMA wal_autocheckpoint = 0;"
        let made = try Running(
            [
                #"sqlite3 "$0" 'PRAGMA journal_mode = WAL;' "$2" 'CREATE TABLE IF NOT EXISTS z (a);' "INSERT INTO z VALUES (randomblob(400));" ".shell cp '$0-wal' '$1-wal'""#,
                other, w.db, change,
            ], shell: true
        ).finish()
        #expect(made.status == 0, "\(made.stderr)")
        chmod(w.db + "-wal", 0o600)
        let said =
            firstPage
            ? "\(w.db)-wal is not this store's log"
            : "If \(w.db)-wal was put beside the store (copied with it, or left by another), it may be another database's log: move it away first"
        for command in [["overdue"], ["audit", "verify"], ["load", Fixture.sample]] {
            let run = try w.run(command)
            #expect(run.status == 2, "\(command): \(run.stderr)")
            #expect(run.stderr.contains(said), "\(command): \(run.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: w.db)) == before, "\(command) changed the store")
        }
        #expect(rename(w.db + "-wal", w.db + "-wal.old") == 0)
        #expect(try w.run("audit", "verify").status == 0)
    }

    /// The commands a refusal gives to paste are quoted for the shell: `rm my store.db-wal`
    /// would have removed two other files (helper-189).
    @Test func theCommandsARefusalGivesArePastable() throws {
        let w = try Workspace(loaded: false)
        let store = w.folder + "/my store.db"
        _ = FileManager.default.createFile(
            atPath: store + "-wal", contents: Data([1]), attributes: [.posixPermissions: 0o600])
        let stray = try talks(["--db", store, "load", Fixture.sample])
        #expect(stray.status == 2 && stray.stderr.contains("rm '\(store)-wal'"), "\(stray.stderr)")
        #expect(unlink(store + "-wal") == 0)
        _ = FileManager.default.createFile(
            atPath: store + "-journal", contents: nil, attributes: [.posixPermissions: 0o644])
        let exposed = try talks(["--db", store, "init"])
        #expect(exposed.status == 2 && exposed.stderr.contains("chmod 600 '\(store)-journal'"), "\(exposed.stderr)")
    }

    /// A store in a folder every user may write (mode 777, or /tmp's 1777) is warned of at each
    /// command, on standard error: another user can put a log beside it for SQLite to read, or
    /// remove it (helper-219: said nothing). The command still does its work.
    @Test func aStoreInAFolderEveryoneWritesIsWarnedOf() throws {
        let w = try Workspace()
        let quiet = try w.run("list", "talks")
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")
        for (mode, removable) in [("777", ", or remove or rename the store"), ("1777", "")] {
            #expect(chmod(w.folder, mode_t(mode, radix: 8)!) == 0)
            let listed = try w.run("list", "talks")
            #expect(listed.status == 0 && listed.stdout == quiet.stdout, "\(listed.stderr)")
            #expect(
                listed.stderr
                    == "talks: warning: the store's folder \(w.folder) can be written by every user (mode \(mode)): "
                    + "another user can put a file beside the store that SQLite would read\(removable). Keep the store "
                    + "in a folder only you can write (as ~/.local/share/talks)\n", "\(listed.stderr)")
        }
        #expect(chmod(w.folder, 0o700) == 0)
    }

    @Test func aStoreWithTwoNamesIsRefused() throws {
        let w = try Workspace()
        #expect(link(w.db, w.folder + "/other-name.db") == 0)
        let listed = try w.run("list", "talks")
        #expect(listed.status == 2)
        #expect(listed.stderr.contains("\(w.db) has 2 names (hard links)"), "\(listed.stderr)")
        // A companion file with a second name is named itself.
        #expect(unlink(w.folder + "/other-name.db") == 0)
        _ = FileManager.default.createFile(
            atPath: w.db + "-journal", contents: nil, attributes: [.posixPermissions: 0o600])
        #expect(link(w.db + "-journal", w.folder + "/other-journal") == 0)
        let companion = try w.run("list", "talks")
        #expect(companion.status == 2)
        #expect(companion.stderr.contains("\(w.db)-journal has 2 names (hard links)"), "\(companion.stderr)")
    }

    /// A symbolic link is never followed, so it cannot lead talks into someone else's file.
    @Test func aSymbolicLinkIsNotFollowed() throws {
        let w = try Workspace()
        let alias = w.folder + "/alias.db"
        #expect(symlink(w.db, alias) == 0)
        let listed = try talks(["--db", alias, "list", "talks"])
        #expect(listed.status == 2)
        #expect(listed.stderr.contains("is a symbolic link, which talks does not follow"), "\(listed.stderr)")
        #expect(symlink(w.folder + "/elsewhere", w.db + "-wal") == 0)
        #expect(try w.run("list", "talks").status == 2)
    }

    /// A store in a folder reached through a link (a home folder moved to another disk) opens,
    /// is written and read as any other; only the store's own name may not be a link.
    @Test func aStoreInALinkedFolderIsUsedAsAnyOther() throws {
        let w = try Workspace(loaded: false)
        try FileManager.default.createDirectory(atPath: w.folder + "/real", withIntermediateDirectories: false)
        #expect(symlink(w.folder + "/real", w.folder + "/linked") == 0)
        let db = w.folder + "/linked/t.db"
        let loaded = try talks(["--db", db, "load", Fixture.sample])
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let recorded = try talks([
            "--db", db, "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held",
            "2026-11-18",
        ])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let listed = try talks(["--db", db, "list", "talks"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(FileManager.default.fileExists(atPath: w.folder + "/real/t.db"))
    }

    /// `link/../name` names the parent of where the link leads, as the kernel reads it, and `~`
    /// is a folder's name: the store checked, the store opened and a file written with `--output`
    /// are the ones the kernel names (read as text, `link/..` was the link's own folder and `~` the
    /// home folder, so talks checked one file and opened another).
    @Test func aPathIsReadAsTheKernelReadsIt() throws {
        let w = try Workspace(loaded: false)
        // Run in the workspace, so that a relative `~/t.db` is read there.
        func talks(_ arguments: [String], in folder: String) throws -> Run {
            try Running(["cd \"$0\" && exec \"$@\"", folder, Fixture.binary] + arguments, shell: true).finish()
        }
        try FileManager.default.createDirectory(atPath: w.folder + "/real/inner", withIntermediateDirectories: true)
        #expect(symlink(w.folder + "/real/inner", w.folder + "/link") == 0)
        try FileManager.default.createDirectory(atPath: w.folder + "/~", withIntermediateDirectories: false)
        for (db, file) in [
            (w.folder + "/link/../t.db", w.folder + "/real/t.db"), ("~/t.db", w.folder + "/~/t.db"),
        ] {
            let loaded = try talks(["--db", db, "load", Fixture.sample], in: w.folder)
            #expect(loaded.status == 0, "\(db): \(loaded.stderr)")
            #expect(FileManager.default.fileExists(atPath: file), "\(db)")
            let listed = try talks(["--db", db, "list", "talks"], in: w.folder)
            #expect(listed.status == 0, "\(db): \(listed.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: w.folder + "/t.db"))
        let exported = try talks(
            ["--db", "~/t.db", "export", "--format", "xlsx", "--kind", "talks", "--output", "link/../talks.xlsx"],
            in: w.folder)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(FileManager.default.fileExists(atPath: w.folder + "/real/talks.xlsx"))
    }

    // MARK: - What is not a store

    @Test func anEmptyDbIsAUsageErrorAndAnEmptyTalksDbMeansUnset() throws {
        let w = try Workspace()
        let refused = try talks(["--db", "", "list", "talks"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--db must not be empty"))
        // TALKS_DB="" is as if unset: the default store under $XDG_DATA_HOME, which here is empty.
        let defaulted = try talks(["list", "talks"], environment: ["TALKS_DB": "", "XDG_DATA_HOME": w.folder])
        #expect(defaulted.status == 2)
        #expect(defaulted.stderr.contains("\(w.folder)/talks/talks.db: no store here yet"), "\(defaulted.stderr)")
        #expect(defaulted.stderr.contains("Run talks init (or talks load FILE) first"), "\(defaulted.stderr)")
        // Named with --db, the commands to paste name it too: pasted bare, they made the default store.
        let named = try talks(["--db", w.folder + "/new.db", "list", "talks"])
        #expect(
            named.stderr.contains(
                "Run talks --db \(w.folder)/new.db init (or talks --db \(w.folder)/new.db load FILE)"),
            "\(named.stderr)")
    }

    @Test func anEmptyFileAndAnotherProgramsDatabaseAreLeftUntouched() throws {
        let w = try Workspace(loaded: false)
        let empty = w.folder + "/empty.db"
        _ = FileManager.default.createFile(atPath: empty, contents: nil, attributes: [.posixPermissions: 0o600])
        let other = w.folder + "/other.db"
        try sqlite3(other, "PRAGMA user_version = 7")
        chmod(other, 0o600)
        let otherBefore = bytes(other)
        for (file, reason) in [
            (empty, "an empty file talks did not make"), (other, "another program's SQLite database"),
        ] {
            for command in [["load", Fixture.sample], ["init"], ["list", "talks"]] {
                let run = try talks(["--db", file] + command)
                #expect(run.status == 2, "\(command)")
                #expect(run.stderr.contains(reason), "\(run.stderr)")
            }
        }
        #expect(bytes(empty)?.isEmpty == true)
        #expect(bytes(other) == otherBefore)
        let left = try FileManager.default.contentsOfDirectory(atPath: w.folder).sorted()
        #expect(left == ["empty.db", "other.db"], "\(left)")
    }

    /// A store copied with `sqlite3 .dump` and read back has its tables and not its mark: said so,
    /// with how to use it (helper-201: "another program's SQLite database").
    @Test func aStoreCopiedWithDumpIsToldSo() throws {
        let w = try Workspace()
        let dumped = w.folder + "/dumped.db"
        let copied = try Running([#"sqlite3 "$0" .dump | sqlite3 "$1" && chmod 600 "$1""#, w.db, dumped], shell: true)
            .finish()
        #expect(copied.status == 0, "\(copied.stderr)")
        let before = bytes(dumped)
        let refused = try talks(["--db", dumped, "list", "talks"])
        #expect(
            refused.status == 2 && refused.stderr.contains("not the mark talks gives its stores"), "\(refused.stderr)")
        #expect(bytes(dumped) == before)
        let id = refused.stderr.firstMatch(of: /application_id = (\d+)/).map { String($0.1) } ?? ""
        try sqlite3(dumped, "PRAGMA application_id = \(id)")
        #expect(try talks(["--db", dumped, "audit", "verify"]).status == 0)
    }

    /// A store's name with a line break or a terminal control is shown escaped, on one line: the
    /// break would begin what looks like another message.
    @Test func aStoresNameIsShownOnOneLine() throws {
        let w = try Workspace(loaded: false)
        let run = try talks(["--db", w.folder + "/a\nb\u{1B}[31m.db", "list", "talks"])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("/a\\nb\\u{1B}[31m.db: no store here yet"), "\(run.stderr)")
    }

    @Test func onlyARegularFileCanBeAStore() throws {
        let w = try Workspace(loaded: false)
        let fifo = w.folder + "/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        for (path, kind) in [("/dev/null", "a device"), (w.folder, "a folder"), (fifo, "a FIFO")] {
            for command in [["list", "talks"], ["load", Fixture.sample]] {
                let run = try talks(["--db", path] + command)
                #expect(run.status == 2, "\(path) \(command): \(run.stderr)")
                #expect(run.stderr.contains("it is not a regular file (\(kind))"), "\(run.stderr)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
    }

    // MARK: - Damage

    /// Bytes overwritten inside the talks table: reads exit 2 saying how to restore, and a
    /// write is refused before it starts, leaving the file as it was.
    @Test func aDamagedStoreIsReadAsDamagedAndNeverWritten() throws {
        let w = try Workspace()
        let page = Int(try sqlite3(w.db, "PRAGMA page_size"))!
        let root = Int(try sqlite3(w.db, "SELECT rootpage FROM sqlite_schema WHERE name = 'talk'"))!
        let handle = try #require(FileHandle(forUpdatingAtPath: w.db))
        try handle.seek(toOffset: UInt64((root - 1) * page))
        handle.write(Data(repeating: 0xA5, count: 64))
        try handle.close()
        let damaged = bytes(w.db)
        let listed = try w.run("list", "talks")
        #expect(listed.status == 2)
        #expect(listed.stderr.contains("the store is damaged"), "\(listed.stderr)")
        #expect(listed.stderr.contains("talks export --include-confidential"), "\(listed.stderr)")
        #expect(!listed.stderr.contains("will not write"), "a read is not told about writing: \(listed.stderr)")
        let recorded = try w.run(
            "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-11-18")
        #expect(recorded.status == 2)
        #expect(recorded.stderr.contains("talks will not write to it"), "\(recorded.stderr)")
        #expect(bytes(w.db) == damaged)
        #expect(!FileManager.default.fileExists(atPath: w.db + "-wal") || bytes(w.db + "-wal")?.isEmpty == true)
    }

    /// An index page no read of the command touches: `audit verify` checks the whole file before
    /// the chain, and says the store is damaged (exit 2, SQLite's report on one line) rather than
    /// "intact" of a file every write refuses (helper-126).
    @Test func auditVerifyChecksTheWholeFile() throws {
        let w = try Workspace()
        #expect(try w.run("audit", "verify").status == 0)
        let page = Int(try sqlite3(w.db, "PRAGMA page_size"))!
        let root = Int(try sqlite3(w.db, "SELECT rootpage FROM sqlite_schema WHERE name = 'organization_by_parent'"))!
        let handle = try #require(FileHandle(forUpdatingAtPath: w.db))
        try handle.seek(toOffset: UInt64((root - 1) * page))
        handle.write(Data([0x0D] + Array(repeating: 0xFF, count: 7)))
        try handle.close()
        let verified = try w.run("audit", "verify")
        #expect(verified.status == 2 && verified.stdout.isEmpty, "\(verified.stdout)")
        #expect(
            verified.stderr.contains("the store is damaged (*** in database main *** Page \(root)")
                && verified.stderr.split(separator: "\n").count == 1, "\(verified.stderr)")
    }

    /// A damaged index of the talks stops no read the table itself allows: `export`, the way out
    /// of a damaged store, writes every record (room made for the talks by counting them through
    /// the index refused it, then took minutes on an index damaged to loop: helper-179), and
    /// `audit verify` still names the page.
    @Test func aDamagedIndexStopsNoExport() throws {
        let w = try Workspace()
        let before = try w.run("export", "--include-confidential")
        let plan = try sqlite3(w.db, "EXPLAIN QUERY PLAN SELECT count(*) FROM talk")
        let index = try #require(plan.split(separator: " ").last.map(String.init), "\(plan)")
        let page = Int(try sqlite3(w.db, "PRAGMA page_size"))!
        let root = Int(try sqlite3(w.db, "SELECT rootpage FROM sqlite_schema WHERE name = '\(index)'"))!
        let handle = try #require(FileHandle(forUpdatingAtPath: w.db))
        try handle.seek(toOffset: UInt64((root - 1) * page))
        handle.write(Data([0x0D] + Array(repeating: 0xFF, count: page - 1)))
        try handle.close()
        #expect(
            try Running(["/usr/bin/sqlite3 \"$0\" 'SELECT count(*) FROM talk' 2>&1", w.db], shell: true).finish()
                .stdout.contains("malformed"))
        let exported = try w.run("export", "--include-confidential")
        #expect(exported.status == 0 && exported.output == before.output, "\(exported.stderr)")
        let verified = try w.run("audit", "verify")
        #expect(verified.status == 2 && verified.stderr.contains("Page \(root)"), "\(verified.stderr)")
    }

    /// An index entry no longer matching its row, which `quick_check` passes: `audit verify` finds
    /// it too (helper-128: intact, of a store a write then refused).
    @Test func auditVerifyFindsAnIndexAtOddsWithItsTable() throws {
        let w = try Workspace()
        #expect(try w.run("audit", "verify").status == 0)
        var bytes = try #require(FileManager.default.contents(atPath: w.db))
        let key = Data("jd2026-02-05T2026-002".utf8)
        let at = try #require(bytes.range(of: key), "the index talk_by_conductor keeps conductor, held and id")
        bytes.replaceSubrange(at.lowerBound..<at.lowerBound + 2, with: Data("jx".utf8))
        try bytes.write(to: URL(fileURLWithPath: w.db))
        #expect(try sqlite3(w.db, "PRAGMA quick_check") == "ok")
        let verified = try w.run("audit", "verify")
        #expect(
            verified.status == 2 && verified.stderr.contains("missing from index talk_by_conductor"),
            "\(verified.stderr)")
    }

    /// The outside review's case: damage on a `talk_entry` page a talk recorded never reads (8
    /// bytes flipped 100 bytes before the file's end, then its last page; since schema 6 the file
    /// ends with a talk's page, so the last of `talk_entry`'s is found and its header flipped).
    /// Every write still checks the whole file first (`quick_check`): exit 2, "damaged", and the
    /// file's bytes unchanged.
    @Test func damageOnAPageAWriteDoesNotReadStillStopsTheWrite() throws {
        let w = try Workspace()
        let page = try #require(Int(try sqlite3(w.db, "SELECT max(pageno) FROM dbstat WHERE name = 'talk_entry'")))
        let size = try #require(Int(try sqlite3(w.db, "PRAGMA page_size")))
        var copy = try #require(bytes(w.db))
        for i in ((page - 1) * size)..<((page - 1) * size + 8) { copy[i] ^= 0xFF }
        try copy.write(to: URL(fileURLWithPath: w.db))
        let checked = try Running(["/usr/bin/sqlite3 \"$0\" 'PRAGMA quick_check' 2>&1", w.db], shell: true).finish()
        #expect(checked.stdout.contains("Page \(page)"), "\(checked.stdout)")
        let damaged = bytes(w.db)
        let document = w.file(
            "one.json",
            #"{"format": "supervision-talks/1", "organizations": [{"id": "zz", "name": "新区委", "kind": "local-committee", "level": "province"}]}"#
        )
        for command in [
            ["record", "--kind", "regular", "--organization", "lc", "--talker", "p-zhou", "--held", "2026-09-17"],
            ["measures", "T2026-003", "--reported", "2026-11-20"], ["load", document],
        ] {
            let run = try w.run(command)
            #expect(run.status == 2, "\(command): \(run.status) \(run.stdout) \(run.stderr)")
            #expect(run.stderr.contains("damaged"), "\(command): \(run.stderr)")
            #expect(bytes(w.db) == damaged, "\(command) changed the file")
        }
    }

    /// After a write, the store's state is recorded beside it (`-verified`) and the next write
    /// skips the whole-file check while the files stand so. Damage made right after that write,
    /// within milliseconds, still stops the next one: the record no longer matches the file.
    @Test func damageJustAfterAWriteStillStopsTheNextWrite() throws {
        let w = try Workspace()
        let page = Int(try sqlite3(w.db, "PRAGMA page_size"))!
        let root = Int(try sqlite3(w.db, "SELECT rootpage FROM sqlite_schema WHERE name = 'plan'"))!
        let recorded = try w.run(
            "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-11-18")
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(FileManager.default.fileExists(atPath: w.db + "-verified"))
        let handle = try #require(FileHandle(forUpdatingAtPath: w.db))
        try handle.seek(toOffset: UInt64((root - 1) * page))
        handle.write(Data(repeating: 0xA5, count: 64))
        try handle.close()
        let damaged = bytes(w.db)
        let again = try w.run("measures", "T2026-030", "--reported", "2026-11-20")
        #expect(again.status == 2, "\(again.stdout) \(again.stderr)")
        #expect(again.stderr.contains("damaged"), "\(again.stderr)")
        #expect(bytes(w.db) == damaged)
    }

    /// A flag other than 0 or 1, a plan item's year or a blank name the load refuses, put in with
    /// the sqlite3 shell told to check no constraint, is damage told at its record and column
    /// (helper-165: a self-check of 2 was read as none, a year of eleven digits judged, a blank
    /// name shown as nothing).
    @Test(arguments: [
        ("UPDATE talk SET self_check = 2 WHERE id = 'T2026-001'", "talk \"T2026-001\", column self_check"),
        ("UPDATE talk SET untruthful = -1 WHERE id = 'T2026-001'", "talk \"T2026-001\", column untruthful"),
        ("UPDATE plan SET year = 20260000000 WHERE id = 'CN2026-01'", "plan \"CN2026-01\", column year"),
        ("UPDATE person SET name = '' WHERE id = 'p-deng'", "person \"p-deng\", column name"),
        ("UPDATE organization SET name = char(12288) WHERE id = 'ap'", "organization \"ap\", column name"),
    ])
    func aValueTheLoadRefusesIsDamage(_ edit: String, _ place: String) throws {
        let w = try Workspace()
        try sqlite3(w.db, "PRAGMA ignore_check_constraints = ON; " + edit)
        try expectDamage(
            w, [["check", "--as-of", "2026-11-21"], ["export", "--include-confidential"]], says: " in \(place)")
    }

    /// A report reads no confidential text it does not show (Art. 16), as `check` reads none: a
    /// problem's text damaged behind the store's back is met by the annual appendix asked for
    /// and nothing else (they read the texts whole before, a national roll-up 1.2 million).
    @Test func aReportReadsNoConfidentialTextItDoesNotShow() throws {
        let w = try Workspace()
        try sqlite3(
            w.db,
            "PRAGMA ignore_check_constraints = ON; "
                + "UPDATE talk_entry SET value = CAST(X'E6FF' AS TEXT) WHERE talk = 'JZ-T2026-001' AND list = 'problem'"
        )
        for command in [
            ["report", "rollup", "--under", "jd", "--year", "2026"],
            ["report", "annual", "--conductor", "jz", "--year", "2026"],
            ["export", "--for", "discipline-inspection"], ["export", "--for", "organization", "--format", "json"],
        ] {
            let run = try w.run(command + ["--as-of", "2026-11-21"])
            #expect(run.status == 0, "\(command): \(run.stderr)")
        }
        try expectDamage(
            w,
            [
                [
                    "report", "annual", "--conductor", "jz", "--year", "2026", "--include-confidential", "--as-of",
                    "2026-11-21",
                ]
            ],
            says: "a text that is not UTF-8 in talk_entry \"JZ-T2026-001\", column value")
    }

    /// A damaged value (a replacement character, a control character) is shown escaped, never
    /// sent raw to the terminal, with the record and column it is in; a read is told to restore,
    /// not that talks will not write.
    @Test func aDamagedValueIsShownEscaped() throws {
        let w = try Workspace()
        try sqlite3(
            w.db,
            "PRAGMA ignore_check_constraints = ON; UPDATE talk SET kind = CAST(X'6F72EFBFBD1B5B326A6F6E' AS TEXT) WHERE id = 'T2026-001'"
        )
        // `overdue` and `coverage`, which read only some kinds of talk, read a kind no talk has
        // too (helper-141: a damaged kind was left out without a word).
        for command in [
            ["list", "talks"], ["export"], ["--lang", "zh", "list", "talks"], ["overdue", "--as-of", "2026-11-21"],
            ["coverage", "--as-of", "2026-11-21"],
        ] {
            let run = try w.run(command)
            #expect(run.status == 2, "\(command): \(run.stderr)")
            #expect(
                run.stderr.contains(#"unexpected value "or\u{FFFD}\u{1B}[2jon" in talk "T2026-001", column kind"#),
                "\(command): \(run.stderr)")
            #expect(!run.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{FFFD}" }, "\(command)")
            #expect(!run.stderr.contains("will not write") && !run.stderr.contains("不会写入"), "\(command)")
        }
    }

    /// A damaged value's quotes end where it does: a quotation mark or backslash in it is escaped
    /// as every quoted text's is (`"re\"gu\\lar"`), never `"re"gu\lar"`.
    @Test func aQuotationMarkInADamagedValueIsEscaped() throws {
        let w = try Workspace()
        try sqlite3(
            w.db,
            #"PRAGMA ignore_check_constraints = ON; UPDATE talk SET kind = 're"gu\lar' WHERE id = 'T2026-001'"#)
        let run = try w.run("list", "talks")
        #expect(run.status == 2, "\(run.stderr)")
        #expect(
            run.stderr.contains(#"unexpected value "re\"gu\\lar" in talk "T2026-001", column kind"#), "\(run.stderr)")
    }

    /// Bytes that are not UTF-8 in a text column (written with the sqlite3 shell) are damage: every
    /// command that reads them says so (exit 2), naming the table, record and column, instead of
    /// writing U+FFFD in their place; and no write goes on from what was read.
    @Test(arguments: [
        ("person", "name", "p-zhou", "person \"p-zhou\", column name"),
        ("talk", "talker", "T2026-003", "talk \"T2026-003\", column talker"),
    ])
    func textThatIsNotUTF8IsDamage(_ table: String, _ column: String, _ id: String, _ place: String) throws {
        let w = try Workspace()
        try sqlite3(w.db, "UPDATE \(table) SET \(column) = CAST(X'E5BCFF' AS TEXT) WHERE id = '\(id)'")
        let damaged = bytes(w.db)
        let runs = try expectDamage(
            w,
            [
                ["export"], ["export", "--include-confidential"], ["list", table == "talk" ? "talks" : "people"],
                ["check", "--as-of", "2026-11-21"], ["overdue", "--as-of", "2026-11-21"], ["audit", "verify"],
                ["export", "--format", "csv", "--kind", table == "talk" ? "talks" : "people"],
                ["load", Fixture.sample],
            ], says: "damaged (a text that is not UTF-8 in \(place))")
        for (command, run) in runs {
            #expect(!run.stdout.unicodeScalars.contains("\u{FFFD}"), "\(command)")
        }
        #expect(bytes(w.db) == damaged)
    }

    /// A blob where talks writes a text (the sqlite3 shell's `X'…'`), even one whose bytes are a
    /// text, is damage told with its place: read as its bytes, a talk's id made a blob was listed
    /// and judged, and never found by `show` or `explain` (helper-162).
    @Test func aBlobIsDamage() throws {
        let w = try Workspace()
        try sqlite3(w.db, "UPDATE person SET name = X'E591A8E6ADA3' WHERE id = 'p-zhou'")
        let damaged = bytes(w.db)
        _ = try expectDamage(
            w,
            [
                ["export"], ["list", "people"], ["check", "--as-of", "2026-11-21"],
                ["overdue", "--as-of", "2026-11-21"],
                ["load", Fixture.sample],
            ], says: #"damaged (a blob in person "p-zhou", column name)"#)
        #expect(bytes(w.db) == damaged)
        // A talk's id made a blob: a load meets a key it cannot read as its own (it was exit 70).
        let other = try Workspace()
        try sqlite3(other.db, "UPDATE talk SET id = X'31303030' WHERE id = 'T2026-009'")
        let load = try other.run("load", Fixture.sample)
        #expect(
            load.status == 2 && load.stderr.contains("the store is damaged (UNIQUE constraint failed"), "\(load.stderr)"
        )
    }

    /// A step that is no step (put in with the sqlite3 shell: a word misspelt, a trailing space,
    /// two commas) is damage told at the talk and the column `steps` by every command that reads
    /// the steps.
    @Test(arguments: [
        ("explaining,commitment", "explaining"), ("explanation ,commitment", "explanation "),
        ("explanation,,commitment", ""),
    ])
    func aStepThatIsNoStepIsDamageAtItsColumn(_ steps: String, _ word: String) throws {
        let w = try Workspace()
        try sqlite3(
            w.db,
            "PRAGMA ignore_check_constraints = ON; UPDATE talk SET steps = '\(steps)' WHERE id = 'T2026-001'"
        )
        try expectDamage(
            w,
            [
                ["check", "--as-of", "2026-11-21"], ["list", "talks"], ["export"],
                ["show", "T2026-001"], ["explain", "T2026-001", "--as-of", "2026-11-21"],
            ], says: "unexpected value \"\(word)\" in talk \"T2026-001\", column steps)")
    }

    /// A row of a list of words left in `talk_entry` (put there with the sqlite3 shell past its
    /// CHECK) is damage told at its row by every command that reads the table, `check` too, which
    /// reads only the problems (helper-155: it was passed over): since schema 6 the words are the
    /// talk's columns. So are copies without an archive.
    @Test(arguments: [
        (
            "PRAGMA ignore_check_constraints = ON; INSERT INTO talk_entry VALUES ('T2026-001', 'copied-to', 2, 'other')",
            "talk_entry \"T2026-001\", column list"
        ),
        (
            "PRAGMA ignore_check_constraints = ON; UPDATE talk SET archived = NULL, copied_to = 'organization' WHERE id = 'T2026-001'",
            "copies without an archive in talk \"T2026-001\", column copied_to"
        ),
    ])
    func wordsOutsideTheirColumnsAreDamage(_ change: String, _ place: String) throws {
        let w = try Workspace()
        try sqlite3(w.db, change)
        try expectDamage(
            w, [["list", "talks"], ["export"], ["show", "T2026-001"], ["check", "--as-of", "2026-11-21"]], says: place)
    }

    /// A row of a talk's list or triggers whose talk is not in the store (put in with the sqlite3
    /// shell, which checks no foreign key) is damage, told at its table, talk and column by every
    /// command that reads the list (exit 2), where the row was dropped without a word; an entry
    /// before every talk, one after them, a trigger's row alike. `check` reads every talk, so it
    /// tells it too (`overdue` reads only the talks its rules reach, and passes over the rows of
    /// the others: `Docs/architecture.md`).
    @Test(arguments: [
        ("INSERT INTO talk_entry VALUES ('T2026-999', 'problem', 0, 'x')", "talk_entry \"T2026-999\""),
        ("INSERT INTO talk_entry VALUES ('A-000', 'problem', 0, 'x')", "talk_entry \"A-000\""),
        (
            "INSERT INTO talk_trigger SELECT 'T2026-999', 0, trigger FROM talk_trigger LIMIT 1",
            "talk_trigger \"T2026-999\""
        ),
    ])
    func aListRowOfNoTalkIsDamage(_ insert: String, _ place: String) throws {
        let w = try Workspace()
        try sqlite3(w.db, insert)
        try expectDamage(
            w,
            [
                ["export", "--include-confidential"], ["list", "talks", "--include-confidential"],
                ["export", "--format", "csv", "--include-confidential"], ["show", "T2026-001"],
                ["check", "--as-of", "2026-11-21"],
            ], says: "damaged (a talk that is not in the store in \(place), column talk)")
    }

    /// A record named by another that the loader checks, lost in a store edited behind its back,
    /// is damage told with the record naming it: a post's holder deleted (helper-159: the
    /// organization had no leader and dropped out of coverage without a word), a talk's plan item
    /// that is not stored (read as no plan item), a plan item's talker, a trigger a talk answers,
    /// the organization that approved one.
    @Test(arguments: [
        (
            "DELETE FROM person WHERE id = 'p-deng'",
            "appointment \"p-deng/ap/secretary/2021-07-01\": person \"p-deng\" is not stored"
        ),
        ("UPDATE talk SET plan = 'nope' WHERE id = 'CN-T2026-001'", "talk CN-T2026-001: plan \"nope\" is not stored"),
        ("UPDATE plan SET talker = 'nobody' WHERE id = 'CN2026-01'", "plan CN2026-01: person \"nobody\" is not stored"),
        // helper-165: read as approved by none.
        (
            "UPDATE organization SET approved_by = 'zz' WHERE id = 'edu'",
            "organization edu, approved by: organization \"zz\" is not stored"
        ),
    ])
    func aRecordNamedButNotStoredIsDamage(_ edit: String, _ told: String) throws {
        let w = try Workspace()
        try sqlite3(w.db, edit)
        try expectDamage(w, [["check", "--as-of", "2026-11-21"], ["coverage", "--as-of", "2026-11-21"]], says: told)
    }

    /// Parents forming a loop on some day, put in with sqlite3 told to check no constraint, or
    /// former parents' last days out of order, are damage told by every command that walks the tree or writes the records out (helper-167:
    /// `report rollup` ran without end, filling the memory; the others judged the loop without a
    /// word; `export` wrote a document `load` refuses), and no copy is made. The roll-up runs
    /// under a time limit, so an endless walk fails the test rather than stalling it.
    @Test(arguments: [
        (
            "UPDATE organization SET parent = 'jz' WHERE id = 'jd'",
            "organization jd: its parents form a loop: jd → jz → jd"
        ),
        ("UPDATE organization SET parent = 'jd' WHERE id = 'jd'", "organization jd: its parents form a loop: jd → jd"),
        (
            "UPDATE organization SET parent = 'ap' WHERE id = 'jd'; "
                + "INSERT INTO organization_former_parent VALUES ('jd', 0, NULL, '2026-02-28')",
            "organization ap: its parents form a loop from 2026-03-01: ap → jd → ap"
        ),
        // helper-166: an organization approved by itself, which the load refuses.
        ("UPDATE organization SET approved_by = id WHERE id = 'edu'", "organization edu: approved by itself"),
        // helper-168: last days out of order, judged by a tree no load accepts.
        (
            "INSERT INTO organization_former_parent VALUES ('jd', 0, NULL, '2026-02-28'), ('jd', 1, 'jz', '2026-02-28')",
            "organization jd, former parent until 2026-02-28: not after the previous parent's last day 2026-02-28"
        ),
    ])
    func aTreeNoLoadAcceptsIsDamage(_ edit: String, _ told: String) throws {
        let w = try Workspace()
        try sqlite3(w.db, "PRAGMA ignore_check_constraints = ON; " + edit)
        let copy = w.folder + "/copy.db"
        try expectDamage(
            w,
            [
                ["check", "--as-of", "2026-11-21"], ["coverage", "--as-of", "2026-11-21"],
                ["overdue", "--as-of", "2026-11-21"], ["export", "--include-confidential"], ["copy", "--to", copy],
                // helper-168: a sheet `import` refuses was written.
                ["export", "--format", "csv", "--kind", "organizations"],
            ], says: told)
        #expect(!FileManager.default.fileExists(atPath: copy))
        let rollup = try Running(
            [
                "exec timeout 60 \"$0\" \"$@\"", Fixture.binary, "--db", w.db, "report", "rollup", "--under", "jd",
                "--year", "2026",
            ], shell: true
        ).finish()
        #expect(rollup.status == 2 && rollup.stderr.contains(told), "\(rollup.status) \(rollup.stderr)")
    }

    /// A talk or trigger is not written into a store whose parents form a loop on its day
    /// (helper-168: `record` took the conductor from the loop, a city committee holding a talk
    /// with its own province committee), and nothing is written.
    @Test func nothingIsRecordedUnderALoopOfParents() throws {
        let w = try Workspace()
        try sqlite3(w.db, "PRAGMA ignore_check_constraints = ON; UPDATE organization SET parent = 'jz' WHERE id = 'jd'")
        let before = try sqlite3(w.db, "SELECT count(*) FROM talk; SELECT count(*) FROM trigger_event")
        for command in [
            ["record", "--kind", "regular", "--organization", "jd", "--talker", "p-zhou", "--held", "2026-09-17"],
            ["trigger", "add", "--organization", "jd", "--kind", "petitions", "--on", "2026-09-17"],
        ] {
            let run = try w.run(command)
            #expect(run.status == 2, "\(command): \(run.stdout) \(run.stderr)")
            #expect(
                run.stderr.contains(
                    "the stored parents form a loop on 2026-09-17 (jd → jz → jd): the store is damaged"),
                "\(command): \(run.stderr)")
        }
        #expect(try sqlite3(w.db, "SELECT count(*) FROM talk; SELECT count(*) FROM trigger_event") == before)
    }

    /// A trigger a timely talk answers, not stored, is damage told with the talk (helper-165: read
    /// as no trigger, and the talk exported into a document no store would load) by every command
    /// that reads timely talks (`coverage` reads regular talks only).
    @Test func aTriggerATalkAnswersThatIsNotStoredIsDamage() throws {
        let w = try Workspace()
        try sqlite3(w.db, "UPDATE talk_trigger SET trigger = 'zz' WHERE talk = 'T2025-006'")
        try expectDamage(
            w, [["check", "--as-of", "2026-11-21"], ["overdue", "--as-of", "2026-11-21"], ["explain", "T2025-006"]],
            says: "talk T2025-006: trigger \"zz\" is not stored")
    }

    /// A finding's subject keeps its record's id when the organization's name is long or full of
    /// escapes: the name is cut, not the id (helper-160: the row no longer said which talk).
    @Test func aLongNameIsCutBeforeTheTalksId() throws {
        let w = try Workspace()
        try sqlite3(
            w.db,
            "UPDATE organization SET name = '南屏' || char(8203) || char(8203) || '市委国有资产监督管理委员会委员会' WHERE id = 'np'")
        let run = try w.run("check", "--as-of", "2026-11-21", "--lang", "en")
        let row = run.stdout.split(separator: "\n").first { $0.contains("rectification report") && $0.contains("南屏") }
        #expect(
            row?.contains("南屏\\u{200B}\\u{200B}… T2026-007 ") == true, "\(row ?? "")")
        // An id too long for the column is shown whole (helper-161: it was cut, and the name lost).
        let long = "T2026-007-" + String(repeating: "Z", count: 40)
        try sqlite3(
            w.db,
            "UPDATE talk_entry SET talk = '\(long)' WHERE talk = 'T2026-007'; "
                + "UPDATE talk_trigger SET talk = '\(long)' WHERE talk = 'T2026-007'; "
                + "UPDATE talk SET id = '\(long)' WHERE id = 'T2026-007'")
        let again = try w.run("check", "--as-of", "2026-11-21", "--lang", "en")
        #expect(again.stdout.contains("  \(long)  "), "\(again.stdout.prefix(2000))")
    }

    /// A plan item's basis or an organization's former parent whose owner is not in the store is
    /// damage too, told at its table, owner and column: every list table is read the same way.
    @Test(arguments: [
        (
            "INSERT INTO plan_basis VALUES ('P-999', 0, 'inspection')",
            "a plan that is not in the store in plan_basis \"P-999\", column plan", "plans"
        ),
        (
            "INSERT INTO organization_former_parent VALUES ('zz-none', 0, NULL, '2020-01-01')",
            // "an organization", not "a organization": the article follows the owner's name.
            "an organization that is not in the store in organization_former_parent \"zz-none\", column organization",
            "organizations"
        ),
    ])
    func aListRowOfNoOwnerIsDamage(_ insert: String, _ place: String, _ kind: String) throws {
        let w = try Workspace()
        try sqlite3(w.db, insert)
        try expectDamage(w, [["export"], ["list", kind]], says: "damaged (\(place))")
    }

    /// `talks check >> talks.db` would append the findings to the store's file: refused (64)
    /// before anything is written, whatever the command.
    @Test func standardOutputIntoTheStoreIsRefused() throws {
        let w = try Workspace()
        let before = bytes(w.db)
        for command in [
            "check", "list talks", "record --kind regular --organization ap --talker p-zhou --held 2026-11-18",
        ] {
            let run = try Running(["exec \"$0\" --db \"$1\" \(command) >> \"$1\"", Fixture.binary, w.db], shell: true)
                .finish()
            #expect(run.status == 64, "\(command): \(run.stderr)")
            #expect(run.stderr.contains("standard output is the store \(w.db) itself"), "\(run.stderr)")
            #expect(bytes(w.db) == before, "\(command) wrote into the store")
        }
        // The shell made the log before talks refused: an empty file others can read, to be removed.
        _ = try Running(["exec \"$0\" --db \"$1\" list talks >> \"$1-wal\"", Fixture.binary, w.db], shell: true)
            .finish()
        let advised = try w.run("list", "talks")
        #expect(advised.status == 2)
        #expect(
            advised.stderr.contains(
                "\(w.db)-wal can be opened by other users (mode 644) and is empty. Run chmod 600 \(w.db)-wal, or remove it: rm \(w.db)-wal"
            ),
            "\(advised.stderr)")
        try FileManager.default.removeItem(atPath: w.db + "-wal")
        // Standard error into the store: refused too, and said nowhere (saying it would write it).
        let run = try Running(["exec \"$0\" --db \"$1\" check 2>> \"$1\"", Fixture.binary, w.db], shell: true).finish()
        #expect(run.status == 64)
        #expect(run.output.isEmpty)
        #expect(bytes(w.db) == before, "standard error was written into the store")
        // Nor does --output write the store's integrity record, made or yet to be made.
        #expect(!FileManager.default.fileExists(atPath: w.db + "-verified"))
        let taken = try w.run("list", "talks", "--format", "xlsx", "--output", w.db + "-verified")
        #expect(taken.status == 64, "\(taken.stderr)")
        #expect(!FileManager.default.fileExists(atPath: w.db + "-verified"))
        _ = try w.run("measures", "T2026-003", "--reported", "2026-11-20")
        #expect(FileManager.default.fileExists(atPath: w.db + "-verified"))
        let replaced = try w.run("list", "talks", "--format", "xlsx", "--output", w.db + "-verified")
        #expect(replaced.status == 64, "\(replaced.stderr)")
    }

    /// A path no command can use is said as such (exit 2), not as a failing disk (74): a loop of
    /// links, a file where a folder should be, a name too long for the files beside the store.
    @Test func aPathNoCommandCanUseIsSaidAsSuch() throws {
        let w = try Workspace(loaded: false)
        #expect(symlink(w.folder + "/loop", w.folder + "/loop") == 0)
        _ = w.file("plain.txt", "not a folder")
        // Each name short, the whole path longer than SQLite takes.
        let deep = w.folder + String(repeating: "/" + String(repeating: "x", count: 100), count: 5)
        try FileManager.default.createDirectory(atPath: deep, withIntermediateDirectories: true)
        for (db, command) in [
            (deep + "/t.db", "init"),
            (w.folder + "/loop/t.db", "list"), (w.folder + "/plain.txt/t.db", "list"),
            (w.folder + "/" + String(repeating: "长", count: 82) + ".db", "init"),
        ] {
            let run = try talks(["--db", db, command] + (command == "list" ? ["talks"] : []))
            #expect(run.status == 2, "\(db): \(run.status) \(run.stderr)")
            #expect(run.stderr.contains("this path cannot be used"), "\(run.stderr)")
        }
    }

    @Test func aDamagedHeaderIsNotReadAsAStore() throws {
        let w = try Workspace()
        let handle = try #require(FileHandle(forUpdatingAtPath: w.db))
        handle.write(Data(repeating: 0x5A, count: 16))
        try handle.close()
        let listed = try w.run("list", "talks")
        #expect(listed.status == 2)
        #expect(listed.stderr.contains("not a SQLite database (or its header is damaged)"), "\(listed.stderr)")
    }

    /// Bytes flipped anywhere in the file: every command either works or says the store is
    /// damaged (exit 2); none crashes or calls it a bug (70), and none writes into it.
    @Test func damageAnywhereIsSaidNeverCrashes() throws {
        let w = try Workspace()
        let pristine = try #require(bytes(w.db))
        let pages = pristine.count / 4096
        var damaged = 0
        for page in 1..<pages {
            for offset in [100, 3900] {
                var copy = pristine
                let at = page * 4096 + offset
                for i in at..<min(at + 6, copy.count) { copy[i] ^= 0x21 }
                try copy.write(to: URL(fileURLWithPath: w.db))
                for command in [
                    ["check", "--as-of", "2026-11-21"], ["list", "talks"], ["export"], ["audit", "verify"],
                ] {
                    let run = try w.run(command)
                    #expect(
                        [0, 1, 2].contains(run.status),
                        "page \(page)+\(offset) \(command): \(run.status) \(run.stderr.prefix(300))")
                    if run.status == 2, run.stderr.contains("damaged") { damaged += 1 }
                }
                let written = try w.run("measures", "T2026-003", "--reported", "2026-11-20")
                #expect(
                    [0, 2].contains(written.status),
                    "page \(page)+\(offset): \(written.status) \(written.stderr.prefix(300))")
            }
        }
        #expect(damaged > 0, "some damage must be seen")
    }

    /// Runs each of `commands` on `w`'s store, expecting each to stop at the damage (exit 2) and
    /// say `text` on standard error; returns the runs for what a test asks of them besides.
    @discardableResult
    func expectDamage(_ w: Workspace, _ commands: [[String]], says text: String) throws -> [([String], Run)] {
        try commands.map { command in
            let run = try w.run(command)
            #expect(run.status == 2, "\(command): \(run.stdout) \(run.stderr)")
            #expect(run.stderr.contains(text), "\(command): \(run.stderr)")
            return (command, run)
        }
    }
}

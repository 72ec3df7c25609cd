import Foundation
import TestSupport
import Testing

/// Runs a shell command as root's helper (mount, chown); fails the test when it fails.
@discardableResult
private func shell(_ script: String) throws -> Run {
    let run = try Running([script], shell: true).finish()
    #expect(run.status == 0, "\(script): \(run.stderr)")
    return run
}

/// A folder of `w` that is a tmpfs of its own of `size` (to fill, or to remount read-only).
private func medium(_ w: Workspace, _ name: String, size: String) throws -> String {
    let mount = w.folder + "/" + name
    try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: false)
    try shell("mount -t tmpfs -o size=\(size),mode=0700 talks-test \(mount)")
    return mount
}

/// The sample loaded into a store on a medium of its own (`medium`), for a test to remount
/// read-only: the medium's folder, to unmount, and the store.
private func sampleOnMedium(_ w: Workspace) throws -> (mount: String, db: String) {
    let mount = try medium(w, "medium", size: "8m")
    let db = mount + "/talks.db"
    #expect(try talks(["--db", db, "load", Fixture.sample]).status == 0)
    return (mount, db)
}

/// Unmounts `mount` and whatever a test mounted on it.
private func unmount(_ mount: String) { _ = try? Running(["umount -l \(mount)"], shell: true).finish() }

/// The machine's failures said as such (exit 74), never as a bug (70), and nothing written
/// half-way: a read-only medium, a full disk, a store edited outside talks, Ctrl-C and kills.
@Suite struct StoreMachineTests {
    /// A store on a medium mounted read-only: reads work, writes exit 74 saying nothing was written.
    @Test(.enabled(if: isRoot, Comment(rawValue: needsRoot)))
    func aReadOnlyMediumServesReadsAndRefusesWrites() throws {
        let (mount, db) = try sampleOnMedium(try Workspace(loaded: false))
        defer { unmount(mount) }
        let exported = try talks(["--db", db, "export", "--include-confidential"]).stdout
        try shell("mount -o remount,ro \(mount)")
        let listed = try talks(["--db", db, "list", "talks"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("T2026-003"))
        #expect(try talks(["--db", db, "export", "--include-confidential"]).stdout == exported)
        #expect(try talks(["--db", db, "audit", "verify"]).status == 0)
        let recorded = try talks([
            "--db", db, "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held",
            "2026-11-18",
        ])
        #expect(recorded.status == 74)
        #expect(
            recorded.stderr.contains("\(db): the store's file, folder or medium is read-only"), "\(recorded.stderr)")
        #expect(recorded.stderr.contains("Nothing was written."))
        let created = try talks(["--db", mount + "/new.db", "init"])
        #expect(created.status == 74, "\(created.stderr)")
    }

    /// A store of the version before on a read-only medium: version 6 moves a talk's words into
    /// its row, a write, so it cannot be read there until upgraded (a store behind only by
    /// version 5, which rewrote constraints, was read as it was: `Schema.readsAsItIs`). Said as
    /// such, exit 74, nothing written; upgraded where it can be written, it judges as before.
    @Test(.enabled(if: isRoot, Comment(rawValue: needsRoot)))
    func aStoreOfTheVersionBeforeIsUpgradedWhereItCanBeWritten() throws {
        let (mount, db) = try sampleOnMedium(try Workspace(loaded: false))
        defer { unmount(mount) }
        let checked = try talks(["--db", db, "check", "--as-of", "2026-11-21"])
        try makeVersion5(db)
        try shell("mount -o remount,ro \(mount)")
        for command in [["check", "--as-of", "2026-11-21"], ["audit", "verify"], ["list", "talks"]] {
            let run = try talks(["--db", db] + command)
            #expect(run.status == 74, "\(command): \(run.stderr)")
            #expect(
                run.stderr.contains(
                    "the store was written by an earlier talks (schema version 5) and must be upgraded"),
                "\(run.stderr)")
        }
        try shell("mount -o remount,rw \(mount)")
        #expect(try sqlite3(db, "SELECT max(version) FROM schema_migration") == "5", "nothing was written")
        #expect(try talks(["--db", db, "check", "--as-of", "2026-11-21"]).stdout == checked.stdout)
    }

    /// A store of an earlier schema that must be upgraded to be read, on a read-only medium: said
    /// as such (not that reading commands still work), exit 74, the store as it was. On a full
    /// disk, where reading commands otherwise work, the upgrade waits for room like any write.
    @Test(.enabled(if: isRoot, Comment(rawValue: needsRoot)), arguments: [false, true])
    func aStoreThatMustBeUpgradedIsSaidWhereItCannotBeWritten(onAFullDisk: Bool) throws {
        let (mount, db) = try sampleOnMedium(try Workspace(loaded: false))
        defer { unmount(mount) }
        try makeVersion4(db)
        // Version 3: without what migration 4 adds.
        _ = try sqlite3(
            db,
            """
            DROP TABLE organization_former_parent;
            ALTER TABLE organization DROP COLUMN established;
            ALTER TABLE organization DROP COLUMN dissolved;
            DELETE FROM schema_migration WHERE version = 4;
            """)
        if onAFullDisk {
            _ = try Running(["dd if=/dev/zero of=\(mount)/filler bs=4k 2>/dev/null"], shell: true).finish()
        } else {
            try shell("mount -o remount,ro \(mount)")
        }
        for command in [["list", "people"], ["audit", "verify"]] {
            let run = try talks(["--db", db] + command)
            #expect(run.status == 74, "\(command): \(run.stderr)")
            #expect(
                run.stderr.contains(
                    onAFullDisk
                        ? "\(db): the disk is full."
                        : "\(db): the store was written by an earlier talks (schema version 3) and must be upgraded"),
                "\(run.stderr)")
            #expect(!run.stderr.contains("still work"), "\(run.stderr)")
        }
        if onAFullDisk {
            try FileManager.default.removeItem(atPath: mount + "/filler")
        } else {
            try shell("mount -o remount,rw \(mount)")
        }
        #expect(try sqlite3(db, "SELECT max(version) FROM schema_migration") == "3", "nothing was written")
        #expect(try talks(["--db", db, "list", "people"]).status == 0, "upgraded where it can be written")
    }

    /// A store whose record of its schema's version was edited to an earlier one: its tables are
    /// not that version's, and the migration finding them so says the store is damaged (exit 2),
    /// not an internal error.
    @Test(arguments: [
        "DELETE FROM schema_migration WHERE version >= 4",
        "DELETE FROM schema_migration",
        // A version that is not a number, in a table rebuilt without its integer key.
        """
        ALTER TABLE schema_migration RENAME TO kept;
        CREATE TABLE schema_migration (version, name);
        INSERT INTO schema_migration SELECT * FROM kept;
        INSERT INTO schema_migration VALUES ('five', 'x');
        DROP TABLE kept
        """,
        // The last migration's record deleted, and a trigger someone added to refuse the upgrade's
        // own bookkeeping: the upgrade finds its columns there first.
        """
        DELETE FROM schema_migration WHERE version = 6;
        CREATE TRIGGER t BEFORE INSERT ON schema_migration BEGIN SELECT RAISE(ABORT, 'no'); END
        """,
    ])
    func aStoreWithItsSchemaRecordEditedIsCalledDamaged(_ edit: String) throws {
        let w = try Workspace()
        _ = try sqlite3(w.db, edit)
        let before = try sqlite3(w.db, "SELECT * FROM schema_migration ORDER BY 1")
        for command in [["list", "people"], ["load", Fixture.sample], ["audit", "verify"]] {
            let run = try talks(["--db", w.db] + command)
            #expect(run.status == 2, "\(command): \(run.stderr)")
            #expect(run.stderr.contains("\(w.db): the store is damaged"), "\(command): \(run.stderr)")
        }
        #expect(try sqlite3(w.db, "SELECT * FROM schema_migration ORDER BY 1") == before, "nothing was written")
    }

    /// A trigger someone added to the file, whether it refuses talks's writes or runs beside them
    /// unseen (deleting the audit trail, copying a problem's text into a name anyone lists): the
    /// store was changed outside talks (exit 2) and nothing is written; reading still works.
    @Test(arguments: [
        "CREATE TRIGGER t BEFORE INSERT ON talk_entry BEGIN SELECT RAISE(ABORT, 'no'); END",
        "CREATE TRIGGER t AFTER INSERT ON talk BEGIN DELETE FROM audit_entry; END",
        """
        CREATE TRIGGER t AFTER INSERT ON talk_entry WHEN NEW.list = 'problem'
        BEGIN INSERT INTO person (id, name) VALUES (NEW.value, 'x'); END
        """,
    ])
    func aTriggerAddedOutsideTalksIsSaid(_ trigger: String) throws {
        let w = try Workspace()
        _ = try sqlite3(w.db, trigger)
        let before = try w.export()
        let more = w.folder + "/more.json"
        try bulkTalks(3, prefix: "TRIG").write(to: URL(fileURLWithPath: more))
        let run = try w.run("load", more)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("triggers added outside talks: t"), "\(run.stderr)")
        #expect(try w.export() == before)
        #expect(try w.run("list", "people").status == 0)
    }

    /// A full disk: a write exits 74 saying so and that nothing was written; the store is as
    /// before, and commands that only read still work.
    @Test(.enabled(if: isRoot, Comment(rawValue: needsRoot)))
    func aFullDiskIsSaidAndNothingIsWritten() throws {
        let w = try Workspace(loaded: false)
        let mount = try medium(w, "small", size: "1m")
        defer { unmount(mount) }
        let db = mount + "/talks.db"
        // A first load on a disk too small for it: said as such, and nothing is left behind.
        try shell("mount -t tmpfs -o size=200k,mode=0700 talks-tiny \(mount)")
        let tiny = try talks(["--db", db, "load", Fixture.sample])
        #expect(tiny.status == 74, "\(tiny.stderr)")
        #expect(tiny.stderr.contains("\(db): the disk is full. Nothing was written."), "\(tiny.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount).isEmpty)
        try shell("umount \(mount)")
        #expect(try talks(["--db", db, "load", Fixture.sample]).status == 0)
        let before = try talks(["--db", db, "export", "--include-confidential"]).stdout
        let reads = [["overdue", "--as-of", "2026-11-21"], ["check", "--as-of", "2026-11-21"], ["list", "talks"]]
        let readBefore = try reads.map { try talks(["--db", db] + $0) }
        // What is left of the disk is taken by another file.
        _ = try Running(["dd if=/dev/zero of=\(mount)/filler bs=4k 2>/dev/null"], shell: true).finish()
        // Reading needs no room: the clerk still sees the work list (it said the disk was full).
        for (command, earlier) in zip(reads, readBefore) {
            let run = try talks(["--db", db] + command)
            #expect(run.status == earlier.status && run.stdout == earlier.stdout, "\(command): \(run.stderr)")
        }
        let big = w.folder + "/big.json"
        try bulkTalks(2_000, prefix: "FULL").write(to: URL(fileURLWithPath: big))
        let loaded = try talks(["--db", db, "load", big])
        #expect(loaded.status == 74, "\(loaded.stderr)")
        #expect(loaded.stderr.contains("\(db): the disk is full. Nothing was written."), "\(loaded.stderr)")
        #expect(!loaded.stderr.contains("internal error"))
        try FileManager.default.removeItem(atPath: mount + "/filler")
        #expect(try talks(["--db", db, "export", "--include-confidential"]).stdout == before)
        #expect(try talks(["--db", db, "audit", "verify"]).status == 0)
        // Output written in pieces that fills a disk half-way (the sample's JSON is about 38 KB):
        // said to be cut off.
        let out = try medium(w, "out", size: "16k")
        defer { unmount(out) }
        let cut = try Running(
            [
                "exec \"$0\" --db \"$1\" check --format json --as-of 2026-11-21 > \"$2\"", Fixture.binary, db,
                out + "/c.json",
            ],
            shell: true
        ).finish()
        #expect(cut.status == 74, "\(cut.stderr)")
        #expect(cut.stderr.contains("What was printed is cut off: delete it"), "\(cut.stderr)")
        #expect((FileManager.default.contents(atPath: out + "/c.json")?.count ?? 0) > 0)
    }

    /// A full disk, and beside the store a log of committed changes another connection left
    /// unfolded (it was killed) without its index: reading commands read the log (they said the
    /// disk was full), a write is refused, and the store is sound once space is freed.
    @Test(.enabled(if: isRoot, Comment(rawValue: needsRoot)))
    func aFullDiskReadsTheLogLeftBesideTheStore() throws {
        let w = try Workspace(loaded: false)
        let mount = try medium(w, "small", size: "1m")
        defer { unmount(mount) }
        let db = mount + "/talks.db"
        #expect(try talks(["--db", db, "load", Fixture.sample]).status == 0)
        // sqlite3 holds the store open, so the talk recorded stays in the log; then it is killed.
        // (Its read is waited for, not slept on: on a busy machine the talk was recorded first,
        // the log checkpointed and reused, and the write on the full disk found room.)
        let listed = w.folder + "/listed.txt"
        let counted = w.folder + "/counted.txt"
        try shell(
            """
            set -e; mkfifo "\(w.folder)/f"; stdbuf -oL sqlite3 "\(db)" < "\(w.folder)/f" > "\(counted)" & exec 3> "\(w.folder)/f"
            printf 'BEGIN;\nSELECT count(*) FROM talk;\n' >&3
            while [ ! -s "\(counted)" ]; do sleep 0.05; done
            "\(Fixture.binary)" --db "\(db)" record --kind regular --organization ap --talker p-zhou --held 2026-11-18
            "\(Fixture.binary)" --db "\(db)" list talks > "\(listed)"
            kill -9 $!; rm "\(db)-shm"
            """)
        let log = try FileManager.default.attributesOfItem(atPath: db + "-wal")[.size] as? Int ?? 0
        #expect(log > 0, "the recorded talk is in the log")
        _ = try Running(["dd if=/dev/zero of=\(mount)/filler bs=4k 2>/dev/null"], shell: true).finish()
        let list = try talks(["--db", db, "list", "talks"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout == (try String(contentsOfFile: listed, encoding: .utf8)))
        #expect(try talks(["--db", db, "audit", "verify"]).status == 0)
        let recorded = try talks([
            "--db", db, "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held",
            "2026-11-19",
        ])
        #expect(recorded.status == 74)
        #expect(recorded.stderr.contains("\(db): the disk is full. Nothing was written."), "\(recorded.stderr)")
        try FileManager.default.removeItem(atPath: mount + "/filler")
        #expect(try sqlite3(db, "PRAGMA integrity_check") == "ok")
        #expect(try talks(["--db", db, "list", "talks"]).stdout == list.stdout)
    }

    /// A disk with room but no file left to make (no free inode): SQLite cannot make the store's
    /// log, and said only that it could not open it ("the system failed… Check the disk"). It is
    /// a full disk: reading commands work, a write says so.
    @Test(.enabled(if: isRoot, Comment(rawValue: needsRoot)))
    func aDiskWithNoFileLeftToMakeIsFull() throws {
        let w = try Workspace(loaded: false)
        let mount = w.folder + "/inodes"
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: false)
        try shell("mount -t tmpfs -o size=4m,nr_inodes=16,mode=0700 talks-test \(mount)")
        defer { unmount(mount) }
        let db = mount + "/talks.db"
        #expect(try talks(["--db", db, "load", Fixture.sample]).status == 0)
        let listed = try talks(["--db", db, "list", "talks"]).stdout
        _ = try Running(["i=0; while touch \(mount)/f$i 2>/dev/null; do i=$((i+1)); done"], shell: true).finish()
        let list = try talks(["--db", db, "list", "talks"])
        #expect(list.status == 0 && list.stdout == listed, "\(list.stderr)")
        let recorded = try talks([
            "--db", db, "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held",
            "2026-11-19",
        ])
        #expect(recorded.status == 74)
        #expect(recorded.stderr.contains("\(db): the disk is full. Nothing was written."), "\(recorded.stderr)")
    }

    /// A command that began reading on a full disk, and a writer that freed space lets through
    /// meanwhile: the reader sees the store before or after the write, and never calls it damaged
    /// (opened as immutable, it read pages the writer's checkpoint was rewriting: "damaged").
    @Test(.enabled(if: isRoot, Comment(rawValue: needsRoot)))
    func aReadOnAFullDiskIsWholeWhenAWriterFollows() throws {
        let w = try Workspace(loaded: false)
        let mount = try medium(w, "large", size: "64m")
        defer { unmount(mount) }
        let db = mount + "/talks.db"
        let big = w.folder + "/big.json"
        try bulkTalks(20_000, prefix: "BIG").write(to: URL(fileURLWithPath: big))
        #expect(try talks(["--db", db, "load", Fixture.sample]).status == 0)
        #expect(try talks(["--db", db, "load", big]).status == 0)
        for round in 0..<4 {
            let more = w.folder + "/more.json"
            try bulkTalks(3_000, prefix: "MORE\(round)").write(to: URL(fileURLWithPath: more))
            _ = try Running(["dd if=/dev/zero of=\(mount)/filler bs=64k 2>/dev/null"], shell: true).finish()
            // Both on one core, the reader at the lowest priority: the writer runs while it reads.
            let reader = try Running(
                ["exec taskset -c 0 nice -n 19 \"$0\" --db \"$1\" export", Fixture.binary, db], shell: true)
            usleep(20_000)
            try FileManager.default.removeItem(atPath: mount + "/filler")
            let writer = try Running(
                ["exec taskset -c 0 \"$0\" --db \"$1\" load \"$2\"", Fixture.binary, db, more], shell: true)
            #expect(try writer.finish().status == 0)
            let read = try reader.finish()
            #expect(read.status == 0, "round \(round): \(read.stderr)")
            let added = read.stdout.components(separatedBy: "\"id\": \"MORE").count - 1
            #expect(added % 3_000 == 0, "round \(round): \(added) talks of the writer's")
        }
        #expect(try sqlite3(db, "PRAGMA integrity_check") == "ok")
    }

    /// A signal after a write committed (here as the record beside the store takes its name, by
    /// strace's fault injection) says that the store holds the change, and the record it was
    /// writing is removed by the next writer (helper-162: exit 130 in silence, a file left).
    @Test(
        .enabled(if: straceTraces, "strace cannot trace here (not installed, or ptrace not permitted): make test-deps"))
    func aSignalAfterTheCommitSaysTheStoreHoldsTheChange() throws {
        let w = try Workspace(loaded: false)
        #expect(try w.run("init").status == 0)
        let traced = try Running(
            [
                #"exec strace -f -qq -o /dev/null -e trace=rename -e inject=rename:signal=INT:error=EINTR "$0" --db "$1" load "$2""#,
                Fixture.binary, w.db, Fixture.sample,
            ], environment: ["PATH": "/usr/bin:/bin"], shell: true
        ).finish()
        #expect(traced.status == 130, "\(traced.stderr)")
        #expect(traced.stderr.contains("interrupted after the change was committed: the store \(w.db) holds it"))
        #expect(try sqlite3(w.db, "SELECT count(*) FROM talk") == "40")
        func records() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: w.folder).filter { $0.hasPrefix("talks.db-verified.") }
        }
        #expect(try records().count == 1)
        #expect(try w.run("load", Fixture.sample).status == 0)
        #expect(try records().isEmpty)
        // A first load interrupted at each of its first removals of a file (SQLite's journals,
        // then the new store's temporary name): a store at its name is said kept, never
        // "removed" (helper-163), one not there said removed, and no temporary name is left.
        for removal in 1...8 {
            let fresh = try Workspace(loaded: false)
            let run = try Running(
                [
                    #"exec strace -f -qq -o /dev/null -e trace=unlink -e inject=unlink:signal=TERM:error=EINTR:when=$3 "$0" --db "$1" load "$2""#,
                    Fixture.binary, fresh.db, Fixture.sample, String(removal),
                ], environment: ["PATH": "/usr/bin:/bin"], shell: true
            ).finish()
            let kept = FileManager.default.fileExists(atPath: fresh.db)
            let left = try FileManager.default.contentsOfDirectory(atPath: fresh.folder).filter {
                $0.hasPrefix(".talks-new-")
            }
            #expect(left.isEmpty, "unlink \(removal): \(left)")
            if run.status == 143 {
                let said = kept ? "after the change was committed" : "just created at \(fresh.db) was removed"
                #expect(run.stderr.contains(said), "unlink \(removal): \(run.stderr)")
            } else {
                #expect(run.status == 0 && kept, "unlink \(removal): \(run.stderr)")
            }
            if kept { #expect(try sqlite3(fresh.db, "SELECT count(*) FROM talk") == "40") }
        }
    }

    /// Ctrl-C, SIGTERM or SIGHUP during a first load leaves nothing behind: no store, no log, no temporary file.
    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
    func anInterruptedFirstLoadLeavesNothing(signal: Int32, status: Int32) throws {
        let w = try Workspace(loaded: false)
        // The sample with many more talks, so a first load has work to be interrupted in.
        var document = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Fixture.sample)))
                as? [String: Any])
        let more = try #require(
            try JSONSerialization.jsonObject(with: bulkTalks(20_000, prefix: "SIG")) as? [String: Any])
        document["talks"] = (document["talks"] as? [Any] ?? []) + (more["talks"] as? [Any] ?? [])
        let big = w.folder + "/big.json"
        try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: big))
        let load = try Running(["--db", w.db, "load", big])
        try waitForANewStore(in: w.folder)
        kill(load.process.processIdentifier, signal)
        let run = try load.finish()
        #expect(run.status == status, "\(run.stderr)")
        #expect(run.stderr.contains("interrupted; nothing was written"), "\(run.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: w.folder)
        #expect(left == ["big.json"], "\(left)")
    }

    /// Ctrl-C, SIGTERM or SIGHUP during a load into a store that holds records already: one line says the
    /// store is as it was, the status is the signal's, and the store is indeed unchanged. It
    /// ended silently, killed by the signal.
    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
    func anInterruptedWriteToAStoreSaysItIsAsItWas(signal: Int32, status: Int32) throws {
        // The signal is sent once the load holds the store's write lock; on a machine busy enough
        // (CI) the load may still have ended its write before it came: that try is not this
        // test's case, and another is made, up to three.
        var missed: [String] = []
        for _ in 1...3 {
            let w = try Workspace()
            let before = try w.run("export", "--include-confidential").stdout
            let big = w.folder + "/big.json"
            try bulkTalks(20_000, prefix: "SIG").write(to: URL(fileURLWithPath: big))
            let start = Date()
            let load = try Running(["--db", w.db, "load", big])
            // Until the load holds the store's write lock, it is only reading its document.
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline,
                try Running(["exec sqlite3 \"$0\" 'BEGIN IMMEDIATE; ROLLBACK;' 2>&1", w.db], shell: true).finish()
                    .status == 0
            {
                usleep(2_000)
            }
            let locked = Date().timeIntervalSince(start)
            kill(load.process.processIdentifier, signal)
            let run = try load.finish()
            if run.status == 0 || run.stderr.contains("after the change was committed") {
                missed.append(String(format: "lock seen after %.2f s; %d: %@", locked, run.status, run.stderr))
                continue
            }
            #expect(run.status == status, "\(run.stderr)")
            #expect(
                run.stderr == "talks: interrupted; nothing was written, and the store \(w.db) is as it was "
                    + "(the change was rolled back).\n", "\(run.stderr)")
            #expect(try w.run("export", "--include-confidential").stdout == before)
            #expect(try w.run("audit", "verify").status == 0)
            return
        }
        Issue.record("the load ended its write before each signal: \(missed)")
    }

    /// Ctrl-C during `talks copy` into a new file removes that file and names it: the note named
    /// the store copied from, which was left as it was.
    @Test func anInterruptedCopyNamesTheStoreItRemoved() throws {
        let w = try Workspace()
        let big = w.folder + "/big.json"
        try bulkTalks(20_000, prefix: "COPY").write(to: URL(fileURLWithPath: big))
        #expect(try w.run("load", big).status == 0)
        let folder = w.folder + "/copies"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let target = folder + "/copy.db"
        let copy = try Running(["--db", w.db, "copy", "--to", target])
        try waitForANewStore(in: folder)
        kill(copy.process.processIdentifier, SIGINT)
        let run = try copy.finish()
        #expect(run.status == 130, "\(run.stderr)")
        #expect(run.stderr.contains("the store just created at \(target) was removed"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        #expect(try w.run("audit", "verify").status == 0)
    }

    /// A first load fills its store under a temporary name: until it commits, nothing is at the
    /// store's path, and not even `kill -9` leaves an empty store there. The next store made in
    /// the folder removes what the killed process left.
    @Test func aFirstLoadKilledOutrightLeavesNoStore() throws {
        let w = try Workspace(loaded: false)
        let big = w.folder + "/big.json"
        try bulkTalks(20_000, prefix: "KILL").write(to: URL(fileURLWithPath: big))
        let load = try Running(["--db", w.db, "load", big])
        try waitForANewStore(in: w.folder)
        kill(load.process.processIdentifier, SIGKILL)
        _ = try load.finish()
        #expect(!FileManager.default.fileExists(atPath: w.db))
        #expect(try talks(["--db", w.db, "init"]).status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: w.folder).sorted()
        #expect(left == ["big.json", "talks.db"], "\(left)")
    }

    /// Waits until a load has begun writing a new store (its temporary file), then a little more.
    private func waitForANewStore(in folder: String) throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline,
            !(try FileManager.default.contentsOfDirectory(atPath: folder)).contains(where: {
                $0.hasPrefix(".talks-new-")
            })
        {
            usleep(2_000)
        }
        usleep(100_000)
    }
}

/// Whether strace can trace a process here: make test-deps installs it, and a container may
/// forbid ptrace.
private let straceTraces: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
    process.arguments = ["-f", "-qq", "-o", "/dev/null", "/bin/true"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}()

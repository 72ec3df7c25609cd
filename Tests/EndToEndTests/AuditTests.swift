import Foundation
import TestSupport
import Testing

/// The audit trail through the binary: what each change writes, and that `audit verify`
/// catches every kind of edit made behind the tool's back.
@Suite struct AuditTests {
    /// A store with four entries: the sample loaded, a talk recorded, its measures, a delete.
    func changedStore() throws -> Workspace {
        let w = try Workspace()
        let recorded = try w.run(
            "record", "--id", "T-AUDIT", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou",
            "--held", "2026-11-18", "--plan", "P2026-12", "--problem", "SECRET-PROBLEM-TEXT",
            "--requirement", "SECRET-REQUIREMENT-TEXT")
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(try w.run("measures", "T-AUDIT", "--reported", "2026-11-20").status == 0)
        #expect(try w.run("delete", "talks", "T2026-003", "--yes").status == 0)
        return w
    }

    @Test func everyChangeAppendsAnEntryWithIdsAndFieldsOnly() throws {
        let w = try changedStore()
        let log = try w.run("audit", "log", "--full")
        #expect(log.status == 0)
        let entries = log.stdout.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(entries.count == 4)
        #expect(entries[0].contains("talks load \(Fixture.sample)"))
        #expect(entries[1].contains("talks record"))
        #expect(log.stdout.contains("T-AUDIT (measures)"))
        #expect(log.stdout.contains("1 deleted: T2026-003"))
        #expect(log.stdout.contains("40 added:"))
        // The user is the operating system's account, not something the environment claims.
        #expect(entries[0].contains("(uid \(getuid()))"))
        let json = try w.run("audit", "log", "--format", "json")
        for run in [log, json] {
            #expect(!run.stdout.contains("SECRET"), "confidential text in the audit trail")
        }
        #expect(json.stdout.split(separator: "\n").count == 4)
        // Loading the sample again brings the deleted talk back; a third time changes nothing
        // and so adds no entry.
        #expect(try w.run("load", Fixture.sample).status == 0)
        #expect(try w.run("audit", "log", "--last", "1").stdout.contains("talks  1 added: T2026-003; 39 unchanged"))
        #expect(try w.run("load", Fixture.sample).status == 0)
        #expect(try w.run("audit", "log", "--format", "json").stdout.split(separator: "\n").count == 5)
    }

    @Test func verifyPassesOnAnIntactStore() throws {
        let w = try changedStore()
        let verified = try w.run("audit", "verify")
        #expect(verified.status == 0)
        #expect(verified.stdout.contains("audit trail intact: 4 entries"))
    }

    @Test(arguments: [
        (
            "UPDATE talk SET talker = 'p-chen' WHERE id = 'T2025-007'",
            "talk T2025-007 was changed outside talks (entry 1"
        ),
        (
            "DELETE FROM talk_entry WHERE talk = 'T-AUDIT' AND list = 'problem'",
            "talk T-AUDIT was changed outside talks (entry 3"
        ),
        (
            "DELETE FROM talk_entry WHERE talk = 'T2025-001'; DELETE FROM talk_trigger WHERE talk = 'T2025-001'; DELETE FROM talk WHERE id = 'T2025-001'",
            "talk T2025-001 was deleted outside talks (entry 1"
        ),
        ("INSERT INTO person VALUES ('p-ghost', 'Ghost')", "person p-ghost was added outside talks"),
        ("UPDATE audit_entry SET user = 'someone else' WHERE seq = 2", "entry 2 was altered outside talks"),
        ("UPDATE audit_entry SET changes = '{}' WHERE seq = 3", "entry 3 was altered outside talks"),
        ("DELETE FROM audit_entry WHERE seq = 2", "entry 2 has been deleted"),
        ("DELETE FROM audit_entry WHERE seq = 4", "the record digests do not match the newest entry, 3"),
        ("DELETE FROM audit_entry", "every audit entry has been deleted, but the store holds"),
        (
            // (The digests no longer add up: the record is not blamed, helper-199.)
            "UPDATE record_digest SET digest = '00' || substr(digest, 3) WHERE key = 'ap'",
            "organization ap does not match its digest (entry 1): the record or the digest was altered"
        ),
    ])
    func verifyNamesTheFirstBrokenEntry(edit: String, expected: String) throws {
        let w = try changedStore()
        try sqlite3(w.db, edit)
        let verified = try w.run("audit", "verify")
        #expect(verified.status == 1)
        #expect(verified.stdout.contains(expected), "\(verified.stdout)")
    }

    /// Every record changed outside talks is named, a line each, not only the first with a count
    /// of the rest ("and 14 more" was all discipline inspection learned): the first ten, and
    /// with --full every one; the people, by name, in the order of their ids.
    @Test func verifyNamesEveryRecordChangedOutsideTalks() throws {
        let w = try Workspace()
        let people = try sqlite3(w.db, "SELECT id FROM person ORDER BY id LIMIT 15").split(separator: "\n").map(
            String.init)
        try sqlite3(
            w.db, "UPDATE person SET name = name || 'X' WHERE id IN (SELECT id FROM person ORDER BY id LIMIT 15)")
        let told = people.map { "person \($0) was changed outside talks (entry 1 last wrote it)" }
        let verified = try w.run("audit", "verify")
        #expect(verified.status == 1)
        let lines = verified.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "the audit trail is broken: " + told[0], "\(verified.stdout)")
        #expect(lines.dropFirst().first == "14 more:", "\(verified.stdout)")
        #expect(Array(lines.dropFirst(2).prefix(10)) == told[1...10].map { "  " + $0 }, "\(verified.stdout)")
        #expect(lines.last == "  … and 4 more not listed (--full lists them all)", "\(verified.stdout)")
        let full = try w.run("audit", "verify", "--full")
        #expect(full.status == 1)
        #expect(full.stdout.split(separator: "\n").dropFirst(2).map(String.init) == told.dropFirst().map { "  " + $0 })
    }

    /// A broken chain or a cut trail does not hide the records changed besides, nor they it
    /// (helper-198: an entry altered hid every changed record; the newest entry deleted with a
    /// record changed was told only as the change); digests deleted are told once, not as every
    /// record added outside talks.
    @Test(arguments: [
        (
            "DELETE FROM audit_entry WHERE seq = 4; UPDATE talk SET held = '2026-11-17' WHERE id = 'T-AUDIT'",
            [
                // (Entry 4 deleted a talk: the digests no longer add up to the newest entry's state, so
                // the record is not blamed.)
                "talk T-AUDIT does not match its digest",
                // (The talk entry 4 deleted is gone with its digest: by entry 4, or outside talks.)
                "the record digests do not match the newest entry, 3: 1 record the trail wrote is gone with its digest (below), deleted outside talks or by later entries since deleted",
            ]
        ),
        (
            "UPDATE audit_entry SET user = 'x' WHERE seq = 3; UPDATE talk SET held = '2026-11-17' WHERE id = 'T-AUDIT'",
            ["entry 3 was altered outside talks", "talk T-AUDIT was changed outside talks"]
        ),
        ("DELETE FROM record_digest", ["every record digest has been deleted outside talks"]),
        // A record deleted with its digest is named from the trail (helper-200: only "the digests
        // do not match").
        (
            "DELETE FROM talk_entry WHERE talk = 'T-AUDIT'; DELETE FROM talk_trigger WHERE talk = 'T-AUDIT'; "
                + "DELETE FROM talk WHERE id = 'T-AUDIT'; DELETE FROM record_digest WHERE key = 'T-AUDIT'",
            [
                "talk T-AUDIT was deleted outside talks with its digest (entry 3 last wrote it)",
                // The deletion is the reason given first, not later entries deleted (helper-205).
                "the record digests do not match the newest entry, 4: 1 record the trail wrote is gone with its digest",
            ]
        ),
        // A digest tampered with blames no record (helper-199: "organization jd was added outside talks").
        (
            "DELETE FROM record_digest WHERE key = 'jd'",
            [
                "the record digests do not match the newest entry, 4",
                "organization jd has no digest: added outside talks, or its digest deleted",
            ]
        ),
        (
            "DELETE FROM audit_entry WHERE seq >= 3; UPDATE talk SET format = 'group' WHERE id = 'T2025-001'",
            [
                "talk T2025-001 does not match its digest",
                "the entries after 2 have been deleted (records were written by entry",
            ]
        ),
    ])
    func verifyTellsEachProblemBeside(edit: String, told: [String]) throws {
        let w = try changedStore()
        try sqlite3(w.db, edit)
        let verified = try w.run("audit", "verify")
        #expect(verified.status == 1)
        for line in told { #expect(verified.stdout.contains(line), "\(line): \(verified.stdout)") }
        #expect(!verified.stdout.contains("was added outside talks"), "\(verified.stdout)")
    }

    /// A record deleted behind the tool's back and then loaded again is still told: a load takes
    /// from the state only the digests of the records it replaces, never the deleted one's.
    @Test func aRecordDeletedOutsideTalksIsStillToldAfterALoadBringsItBack() throws {
        let w = try changedStore()
        try sqlite3(
            w.db,
            "DELETE FROM talk_entry WHERE talk = 'T2025-001'; DELETE FROM talk_trigger WHERE talk = 'T2025-001'; DELETE FROM talk WHERE id = 'T2025-001'"
        )
        #expect(try w.run("audit", "verify").stdout.contains("talk T2025-001 was deleted outside talks"))
        let loaded = try w.run("load", Fixture.sample)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let verified = try w.run("audit", "verify")
        #expect(verified.status == 1, "\(verified.stdout)")
        #expect(verified.stdout.contains("the record digests do not match the newest entry, 5"), "\(verified.stdout)")
    }

    /// A record edited behind the tool's back, or its kept digest, is not written over by a load
    /// or `delete`: that would hide the edit from `audit verify` (helper-188: an edit, loaded
    /// over, verified as intact; helper-191: so did a forged digest). Refused as damage, nothing
    /// written, and `verify` still names the record.
    @Test(arguments: [
        ("UPDATE talk SET talker = 'p-chen' WHERE id = 'T2025-007'", false),
        ("UPDATE talk SET talker = 'p-chen' WHERE id = 'T2025-007'", true),
        ("UPDATE record_digest SET digest = '00' || substr(digest, 3) WHERE key = 'T2025-007'", false),
        ("DELETE FROM record_digest WHERE key = 'T2025-007'", true),
    ]) func aRecordEditedOutsideTalksIsNotWrittenOver(edit: String, deleting: Bool) throws {
        let w = try changedStore()
        var changed = try String(contentsOfFile: Fixture.sample, encoding: .utf8)
        // The document changes the talk, so the load writes over it.
        changed = changed.replacingOccurrences(
            of: "\"id\": \"T2025-007\"", with: "\"id\": \"T2025-007\", \"untruthful\": true")
        let document = w.file("changed.json", changed)
        try sqlite3(w.db, edit)
        let before = try w.run("audit", "verify").stdout
        #expect(before.contains("talk T2025-007 "), "\(before)")
        let written = deleting ? try w.run("delete", "talks", "T2025-007", "--yes") : try w.run("load", document)
        #expect(written.status == 2, "\(written.stdout)\(written.stderr)")
        #expect(written.stderr.contains("talk T2025-007 was changed outside talks"), "\(written.stderr)")
        #expect(try w.run("audit", "verify").stdout == before)
    }

    @Test func deleteRefusesARecordOthersReferTo() throws {
        let w = try Workspace()
        let before = try w.export()
        let refused = try w.run("delete", "organizations", "ap", "--yes")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("organization ap is still referred to by talks T2025-007"))
        // Without --yes, the same refusal: nothing promised that --yes would refuse.
        let preview = try w.run("delete", "organizations", "ap")
        #expect(preview.status == 2 && preview.stderr == refused.stderr && preview.stdout.isEmpty)
        let dryRun = try w.run("delete", "terms", "ap/2021-07-01")
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout.contains("would delete the term of 安平市委 (ap) from 2021-07-01 to 2026-06-30"))
        #expect(try w.export() == before)
        let unknown = try w.run("delete", "talks", "T2026-0003", "--yes")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no talk with id \"T2026-0003\""))
        let deleted = try w.run("delete", "terms", "ap/2021-07-01", "--yes")
        #expect(deleted.status == 0)
        #expect(try w.export() != before)
        #expect(try w.run("audit", "verify").status == 0)
    }

    /// A store written before the audit trail existed gets one entry for the records it held.
    @Test func aStoreFromBeforeTheAuditTrailIsAdopted() throws {
        let w = try Workspace()
        try sqlite3(
            w.db,
            "DROP TABLE audit_entry; DROP TABLE record_digest; \(undoingTheWordColumns) \(undoingTheTreeHistory) DELETE FROM schema_migration WHERE version >= 2"
        )
        let log = try w.run("audit", "log")
        #expect(log.stdout.contains("#1 "))
        #expect(log.stdout.contains("40 already stored"))
        #expect(try w.run("audit", "verify").status == 0)
    }

    /// Art. 16: a refused input never echoes the confidential text beside the mistake.
    @Test func errorsNeverQuoteConfidentialText() throws {
        let w = try Workspace()
        let document = w.file(
            "bad.json",
            """
            {"format": "supervision-talks/1", "talks": [{"id": "T-X", "conductor": "jd", "kind": "regular",
             "organization": "ap", "talkee": "p-deng", "talker": "p-nobody", "held": "2026-02-30",
             "problems": ["SECRET-PROBLEM"], "requirements": ["SECRET-REQUIREMENT", 7]}],
             "triggers": [{"id": "TR-X", "organization": "nowhere", "kind": "other", "on": "2026-13-01", "note": "SECRET-NOTE"}]}
            """)
        let loaded = try w.run("load", document)
        let recorded = try w.run(
            "record", "--kind", "regular", "--organization", "ap", "--talker", "p-nobody", "--held", "2026-11-01",
            "--problem", "SECRET-PROBLEM", "--requirement", "SECRET-REQUIREMENT")
        for run in [loaded, recorded] {
            #expect(run.status == 2)
            #expect(!run.stderr.isEmpty && !run.stderr.contains("SECRET"), "\(run.stderr)")
        }
    }

    @Test func theStoreIsOwnerOnlyAndAnExposedOneIsRefused() throws {
        let w = try Workspace()
        let mode = try FileManager.default.attributesOfItem(atPath: w.db)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        chmod(w.db, 0o644)
        let listed = try w.run("list", "talks")
        #expect(listed.status == 2)
        #expect(listed.stdout.isEmpty)
        #expect(
            listed.stderr.contains("can be opened by other users (mode 644). Run chmod 600 \(w.db)"), "\(listed.stderr)"
        )
        chmod(w.db, 0o600)
        let again = try w.run("list", "talks")
        #expect(again.status == 0 && again.stderr.isEmpty)
    }

    /// Person `p/x` at `o` and person `p` at `x/o` once shared the key `p/x/o/…`; escaped, each
    /// has its own, so the store loads, verifies and deletes each one by its key.
    @Test func idsWithTheSeparatorHaveKeysOfTheirOwn() throws {
        let w = try Workspace(loaded: false)
        let document = w.file(
            "slashes.json",
            """
            {"format": "supervision-talks/1",
             "organizations": [
               {"id": "o", "name": "O", "kind": "local-committee", "level": "city"},
               {"id": "x/o", "name": "X/O", "kind": "local-committee", "level": "city"},
               {"id": "100%", "name": "Percent", "kind": "local-committee", "level": "city"}],
             "people": [{"id": "p/x", "name": "PX"}, {"id": "p", "name": "P"}, {"id": "q/r", "name": "QR"}],
             "appointments": [
               {"person": "p/x", "organization": "o", "role": "secretary", "from": "2021-01-01"},
               {"person": "q/r", "organization": "o", "role": "member", "from": "2021-01-01"},
               {"person": "p", "organization": "x/o", "role": "secretary", "from": "2021-01-01"}],
             "terms": [
               {"organization": "x/o", "from": "2021-01-01", "to": "2025-12-31"},
               {"organization": "100%", "from": "2021-01-01", "to": "2025-12-31"}]}
            """)
        let loaded = try w.run("load", document)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(try w.run("audit", "verify").status == 0)
        // Loaded again, each record is found by its key, the escaped ids read back as they were.
        let again = try w.run("load", document)
        for line in ["appointments: 3 (0 new, 0 replaced, 3 unchanged)", "terms: 2 (0 new, 0 replaced, 2 unchanged)"] {
            #expect(again.stdout.contains(line), "\(again.stdout)")
        }
        let log = try w.run("audit", "log", "--full").stdout
        for key in ["p%2Fx/o/secretary/2021-01-01", "p/x%2Fo/secretary/2021-01-01", "100%25/2021-01-01"] {
            #expect(log.contains(key), "\(log)")
        }
        // A store written before keys were escaped: its digests under the old keys move on opening.
        try sqlite3(
            w.db,
            """
            UPDATE record_digest SET key = 'q/r/o/member/2021-01-01' WHERE key = 'q%2Fr/o/member/2021-01-01';
            UPDATE record_digest SET key = '100%/2021-01-01' WHERE key = '100%25/2021-01-01';
            \(undoingTheWordColumns)
            \(undoingTheTreeHistory)
            DELETE FROM schema_migration WHERE version >= 3;
            """)
        #expect(try w.run("audit", "verify").status == 0)
        #expect(try sqlite3(w.db, "SELECT max(version) FROM schema_migration") == "6")
        for (kind, key) in [
            ("appointments", "p%2Fx/o/secretary/2021-01-01"), ("appointments", "p/x%2Fo/secretary/2021-01-01"),
            ("terms", "100%25/2021-01-01"),
        ] {
            let deleted = try w.run("delete", kind, key, "--yes")
            #expect(deleted.status == 0, "\(key): \(deleted.stderr)")
            #expect(try w.run("audit", "verify").status == 0, "after deleting \(key)")
        }
        let left = try w.export()
        #expect(!left.contains("\"person\": \"p/x\"") && !left.contains("\"100%\", \"from\""))
        #expect(left.contains("\"organization\": \"x/o\", \"from\""), "the term of x/o is still there")
    }
}

/// SQL that takes a store back to before migration 4 (the tree's history), so a test can make a
/// store of an earlier version from a current one.
let undoingTheTreeHistory = """
    DROP TABLE organization_former_parent;
    ALTER TABLE organization DROP COLUMN established;
    ALTER TABLE organization DROP COLUMN dissolved;
    """

import Foundation
import TalkModel
import TalkStore
import TestSupport
import Testing

/// Schema version 6: a talk's steps, participants and copies are columns of the talk, each its
/// words in order joined by commas; `talk_entry` keeps the problems and requirements.
@Suite struct TalkWordColumnsTests {
    let folder = Fixture.temporaryFolder()
    var path: String { folder + "/talks.db" }

    /// The sample, one talk's steps out of their order and one copied to a single department, so
    /// the order and the lengths of the lists are seen to move.
    private func records() throws -> Dataset {
        var d = try sampleDataset().dataset
        let regular = try #require(d.talks.firstIndex { $0.steps.count == 5 })
        d.talks[regular].steps.reverse()
        if let archived = d.talks.firstIndex(where: { $0.archive != nil }) {
            d.talks[archived].archive?.copiedTo = [.organization]
        }
        return d
    }

    /// How many rows an update changed that a CHECK would otherwise refuse (`OR IGNORE` skips them), undone after.
    private func changed(_ update: String) throws -> String {
        try sqlite3(path, "BEGIN; UPDATE OR IGNORE talk SET \(update); SELECT changes(); ROLLBACK;")
    }

    @Test func aTalksWordsAreColumnsAndItsTextsRows() throws {
        let store = try SQLiteStore.openOrCreate(at: path).store
        let d = try records()
        try store.save(d, source: nil)
        let talk = try #require(d.talks.first { !$0.steps.isEmpty && !$0.problems.isEmpty })
        #expect(
            try sqlite3(path, "SELECT steps FROM talk WHERE id = '\(talk.id)'")
                == talk.steps.map(\.rawValue).joined(separator: ","))
        #expect(try sqlite3(path, "SELECT DISTINCT list FROM talk_entry ORDER BY list") == "problem\nrequirement")
        #expect(try store.dataset() == d.canonicallySorted())
    }

    @Test func aWordColumnHoldsOnlyItsWordsJoinedByCommas() throws {
        let store = try SQLiteStore.openOrCreate(at: path).store
        try store.save(try records(), source: nil)
        let talk = try sqlite3(path, "SELECT id FROM talk WHERE archived IS NOT NULL LIMIT 1")
        let one = " WHERE id = '\(talk)'"
        #expect(try changed("steps = 'commitment,explanation,commitment'" + one) == "1")
        #expect(try changed("steps = ''" + one) == "1")
        for wrong in [
            "explanation,bogus", ",explanation", "explanation,", "explanation,,commitment", "explanation commitment",
        ] {
            #expect(try changed("steps = '\(wrong)'" + one) == "0", "\(wrong)")
        }
        #expect(try changed("participants = 'audit,publicity'" + one) == "1")
        #expect(try changed("participants = 'other'" + one) == "0")
        #expect(try changed("copied_to = 'other,organization'" + one) == "1")
        #expect(try changed("copied_to = 'audit'" + one) == "0")
        #expect(try changed("archived = NULL, copied_to = 'other'" + one) == "0")
        // A blob of the same bytes is no text (helper-155: `NOT GLOB` passed it).
        #expect(try changed("steps = x'2c636f6d6d69746d656e74'" + one) == "0")
        // A word has no row of its own any more.
        #expect(
            try sqlite3(
                path,
                "BEGIN; INSERT OR IGNORE INTO talk_entry VALUES ('\(talk)', 'step', 0, 'explanation'); SELECT changes(); ROLLBACK;"
            ) == "0")
    }

    /// A store of version 5 whose words cannot all move (a row of a talk not in the store, copies
    /// of a talk without an archive: put in with the sqlite3 shell; version 5 told the first as
    /// damage and dropped the second unseen) is refused as damaged, naming the row or its table,
    /// and left as it was (helper-155: the migration dropped them without a word; helper-156: a
    /// problem's row of a talk not in the store was told only after the upgrade was written).
    @Test(arguments: [
        (
            "INSERT INTO talk_entry VALUES ('NOPE', 'participant', 0, 'audit')",
            "a talk that is not in the store in talk_entry \"NOPE\", column talk"
        ),
        (
            "INSERT INTO talk_entry VALUES ('NOPE', 'problem', 0, 'x')",
            "a talk that is not in the store in talk_entry \"NOPE\", column talk"
        ),
        (
            "UPDATE talk SET archived = NULL WHERE id = (SELECT talk FROM talk_entry WHERE list = 'copied-to' LIMIT 1)",
            "copies without an archive in talk_entry"
        ),
    ])
    func aVersion5StoreWhoseWordsCannotMoveIsDamaged(_ damage: String, _ detail: String) throws {
        let store = try SQLiteStore.openOrCreate(at: path).store
        try store.save(try records(), source: nil)
        try makeVersion5(path)
        _ = try sqlite3(path, "PRAGMA ignore_check_constraints = ON; \(damage)")
        let rows = try sqlite3(path, "SELECT count(*) FROM talk_entry")
        #expect {
            _ = try SQLiteStore.open(at: path)
        } throws: { error in
            guard case StoreError.damaged(_, let said, _) = error else { return false }
            return said.contains(detail)
        }
        #expect(try sqlite3(path, "SELECT max(version) FROM schema_migration") == "5")
        #expect(try sqlite3(path, "SELECT count(*) FROM talk_entry") == rows)
    }

    /// A store at version 5 (its talks' words as rows of `talk_entry`) is brought to version 6
    /// when opened: the same tables as a new store's, each list in its order, its records and
    /// audit trail untouched.
    @Test func aVersion5StoreGetsItsWordsInColumnsAndKeepsItsRecords() throws {
        let store = try SQLiteStore.openOrCreate(at: path).store
        try store.save(try records(), source: nil)
        let records = try store.dataset()
        let schema = try sqlite3(path, "SELECT sql FROM sqlite_schema ORDER BY name")
        try makeVersion5(path)
        #expect(try sqlite3(path, "SELECT count(*) FROM talk_entry WHERE list = 'step'") != "0")
        #expect(try !sqlite3(path, "SELECT sql FROM sqlite_schema WHERE name = 'talk'").contains("steps"))
        #expect(try sqlite3(path, "PRAGMA integrity_check") == "ok")

        let reopened = try SQLiteStore.open(at: path)
        #expect(try reopened.schemaVersion() == 6)
        #expect(try sqlite3(path, "SELECT sql FROM sqlite_schema ORDER BY name") == schema)
        #expect(try reopened.dataset() == records)
        #expect(try sqlite3(path, "SELECT DISTINCT list FROM talk_entry ORDER BY list") == "problem\nrequirement")
        guard case .intact = try reopened.verifyAudit() else {
            Issue.record("the audit trail no longer matches the records")
            return
        }
        #expect(try sqlite3(path, "PRAGMA integrity_check") == "ok")
        #expect(try sqlite3(path, "PRAGMA foreign_key_check") == "")
    }
}

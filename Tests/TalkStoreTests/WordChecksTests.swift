import Foundation
import TalkModel
import TalkStore
import TestSupport
import Testing

/// Schema version 5: a column's words are checked by comparisons, which SQLite evaluates in
/// place, not by `IN` lists, which it evaluates through a temporary b-tree built again for every
/// row written (Docs/performance.md, step six). The constraints are the same.
@Suite struct WordChecksTests {
    let folder = Fixture.temporaryFolder()
    var path: String { folder + "/talks.db" }

    /// Three words or more in an `IN` list, and the comparisons version 5 writes instead.
    private let wordList = try! Regex(#"(\w+) IN \(('[^']*'(?:, '[^']*'){2,})\)"#)
    private let comparisons = try! Regex(#"\((\w+) = '[^']*'(?: OR \w+ = '[^']*'){2,}\)"#)

    /// Each table's SQL as the store's file holds it, by name.
    private func tables() throws -> [String: String] {
        let names = try sqlite3(path, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        return Dictionary(
            uniqueKeysWithValues: try names.split(separator: "\n").map { name in
                (
                    String(name),
                    try sqlite3(path, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = '\(name)'")
                )
            })
    }

    /// How many rows an insert wrote that a CHECK would otherwise refuse (`OR IGNORE` skips them), undone after.
    private func written(_ insert: String) throws -> String {
        try sqlite3(path, "BEGIN; INSERT OR IGNORE \(insert); SELECT changes(); ROLLBACK;")
    }

    @Test func aNewStoreChecksItsWordsByComparisons() throws {
        _ = try SQLiteStore.openOrCreate(at: path)
        let schema = try tables().values.joined(separator: "\n")
        #expect(schema.firstMatch(of: wordList) == nil, "\(schema)")
        #expect(
            schema.contains(
                "(kind = 'regular' OR kind = 'timely' OR kind = 'clue-disposal' OR kind = 'appointment' OR kind = 'admonishment')"
            ))
        let entry = "INTO talk_entry (talk, list, position, value) VALUES ('t', 'problem', 0, "
        #expect(try written(entry + "'x')") == "1")
        #expect(try written("INTO talk_entry (talk, list, position, value) VALUES ('t', 'texts', 0, 'x')") == "0")
        #expect(try written("INTO appointment VALUES ('p', 'o', 'chair', '2026-01-01', NULL)") == "0")
        #expect(try written("INTO appointment VALUES ('p', 'o', 'member', '2026-01-01', NULL)") == "1")
        let program = try sqlite3(path, "EXPLAIN INSERT " + entry + "'x')")
        #expect(!program.contains("OpenEphemeral"), "a temporary b-tree for each row written")
    }

    /// A store at version 4 (its CHECKs as `IN` lists) is brought to version 5 when opened: the
    /// same tables as a new store's, its records and audit trail untouched.
    @Test func aVersion4StoreGetsTheComparisonsAndKeepsItsRecords() throws {
        let store = try SQLiteStore.openOrCreate(at: path).store
        try store.save(try sampleDataset().dataset, source: nil)
        let records = try store.dataset()
        let current = try tables()
        try makeVersion4(path)
        #expect(try tables()["talk"]?.contains("kind IN ('regular', 'timely'") == true)
        #expect(try sqlite3(path, "PRAGMA integrity_check") == "ok")

        let reopened = try SQLiteStore.open(at: path)
        #expect(try reopened.schemaVersion() == 6)
        #expect(try tables() == current)
        #expect(try reopened.dataset() == records)
        guard case .intact = try reopened.verifyAudit() else {
            Issue.record("the audit trail no longer matches the records")
            return
        }
        #expect(try sqlite3(path, "PRAGMA integrity_check") == "ok")
    }

    /// Only talks's own tables are rewritten: a table someone added to the file, whose column's
    /// name ends in one of talks's (`org_kind`), is left as it was (a first version turned it into
    /// `org_(kind = …)`, and every command called the store damaged).
    @Test func aTableSomeoneAddedIsLeftAsItWas() throws {
        _ = try SQLiteStore.openOrCreate(at: path)
        try makeVersion4(path)
        let added =
            "CREATE TABLE local_note (id INTEGER PRIMARY KEY, org_kind TEXT CHECK (org_kind IN ('local-committee', 'party-group', 'grassroots', 'other')))"
        _ = try sqlite3(path, added)
        let reopened = try SQLiteStore.open(at: path)
        #expect(try reopened.schemaVersion() == 6)
        #expect(try tables()["local_note"] == added)
        #expect(try tables()["organization"]?.firstMatch(of: wordList) == nil)
        #expect(try sqlite3(path, "PRAGMA integrity_check") == "ok")
    }

    /// The schema's version is raised by SQLite's own pragma, not by a table made and dropped: a
    /// table of that name in the file was an internal error (exit 70).
    @Test func noNameInTheFileStopsTheMigration() throws {
        _ = try SQLiteStore.openOrCreate(at: path)
        try makeVersion4(path)
        _ = try sqlite3(path, "CREATE TABLE talks_schema_changed (x); CREATE VIEW talks_schema_view AS SELECT 1")
        let before = try sqlite3(path, "PRAGMA schema_version")
        let reopened = try SQLiteStore.open(at: path)
        #expect(try reopened.schemaVersion() == 6)
        #expect(try sqlite3(path, "PRAGMA schema_version") != before)
        #expect(try tables()["talks_schema_changed"] != nil)
    }
}

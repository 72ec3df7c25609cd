import Foundation
import TalkModel
import TestSupport
import Testing

/// Re-chains the whole trail as someone with write access to the file could: every entry's hash
/// recomputed after some were changed (the chain has no secret to stop it).
private func rechain(_ db: String) throws {
    let rows = try sqlite3(
        db,
        """
        SELECT json_group_array(json_object('seq', seq, 'at', at, 'user', user, 'command', command,
            'changes', changes, 'state', state)) FROM (SELECT * FROM audit_entry ORDER BY seq)
        """)
    let entries = try #require(try JSONSerialization.jsonObject(with: Data(rows.utf8)) as? [[String: Any]])
    var previous = String(repeating: "0", count: 64)
    var sql = ""
    for entry in entries {
        let seq = try #require(entry["seq"] as? Int)
        let fields = try ["at", "user", "command", "changes", "state"].map { try #require(entry[$0] as? String) }
        let hash = SHA256.hex(Array(([previous, String(seq)] + fields).joined(separator: "\n").utf8))
        sql += "UPDATE audit_entry SET previous = '\(previous)', hash = '\(hash)' WHERE seq = \(seq);\n"
        previous = hash
    }
    try sqlite3(db, sql)
}

/// Part 4 of the hardening issue: a trail rewritten by someone who can write the file verifies
/// on its own, and only an anchor kept outside the store shows it.
@Suite struct AuditAnchorTests {
    /// The sample loaded and one talk recorded: two entries.
    private func store() throws -> (Workspace, anchor: String) {
        let w = try Workspace()
        let recorded = try w.run(
            "record", "--id", "T-ANCHOR", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou",
            "--held", "2026-11-18", "--problem", "a problem")
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let anchor = try w.run("audit", "anchor")
        #expect(anchor.status == 0)
        return (w, anchor.stdout.trimmingCharacters(in: .newlines))
    }

    @Test func anchorPrintsTheNewestEntrysNumberAndHash() throws {
        let (w, anchor) = try store()
        let newest = try w.run("audit", "log", "--format", "json").stdout.split(separator: "\n").last!
        let hash = try #require(
            (try JSONSerialization.jsonObject(with: Data(newest.utf8)) as? [String: Any])?["hash"] as? String)
        #expect(anchor == "2:\(hash)")
        let verified = try w.run("audit", "verify", "--anchor", anchor, "--anchor", anchor.uppercased())
        #expect(verified.status == 0, "\(verified.stdout)")
        #expect(verified.stdout.contains("2 anchors kept outside the store match it"))
        let one = try w.run("audit", "verify", "--anchor", anchor)
        #expect(one.stdout.contains("The anchor kept outside the store matches it."), "\(one.stdout)")
    }

    @Test func aReattributedAndRechainedTrailIsCaughtOnlyByTheAnchor() throws {
        let (w, anchor) = try store()
        try sqlite3(w.db, "UPDATE audit_entry SET user = 'someone else' WHERE seq = 1")
        try rechain(w.db)
        #expect(try w.run("audit", "verify").status == 0, "the rewrite should fool verify on its own")
        let verified = try w.run("audit", "verify", "--anchor", anchor)
        #expect(verified.status == 1)
        #expect(verified.stdout.contains("entry 2 differs from the anchor \(anchor)"), "\(verified.stdout)")
    }

    @Test func theNewestEntryDroppedAndItsChangeUndoneIsCaughtOnlyByTheAnchor() throws {
        let (w, anchor) = try store()
        try sqlite3(
            w.db,
            """
            DELETE FROM talk_entry WHERE talk = 'T-ANCHOR'; DELETE FROM talk_trigger WHERE talk = 'T-ANCHOR';
            DELETE FROM talk WHERE id = 'T-ANCHOR'; DELETE FROM record_digest WHERE key = 'T-ANCHOR';
            DELETE FROM audit_entry WHERE seq = 2;
            """)
        #expect(try w.run("audit", "verify").status == 0, "the rewrite should fool verify on its own")
        let verified = try w.run("audit", "verify", "--anchor", anchor)
        #expect(verified.status == 1)
        #expect(verified.stdout.contains("entry 2 is missing (the trail now has 1)"), "\(verified.stdout)")
    }

    @Test(arguments: ["2", "x:abc", "0:" + String(repeating: "a", count: 64), "2:" + String(repeating: "g", count: 64)])
    func aMalformedAnchorIsAUsageError(anchor: String) throws {
        let (w, _) = try store()
        let verified = try w.run("audit", "verify", "--anchor", anchor)
        #expect(verified.status == 64)
        #expect(verified.stderr.contains("must be N:HASH"), "\(verified.stderr)")
    }
}

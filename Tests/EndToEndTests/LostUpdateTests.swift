import Foundation
import TestSupport
import Testing

/// Every read-modify-write runs inside one write transaction: an import that keeps the columns a
/// sheet lacks must read the stored records under the same lock it writes them with, or a
/// follow-up committed in between is overwritten by the stale copy.
@Suite struct LostUpdateTests {
    /// A talks sheet of 3,000 rows without the measures columns, the first row a stored talk.
    private func sheet(_ w: Workspace) -> String {
        var rows = [
            "id,conductor,kind,organization,talkee,talker,held",
            "CN-T2026-001,cn,regular,jz-st,p-kong,p-dai,2026-09-25",
        ]
        for i in 0..<2999 { rows.append("LU-\(i),cn,regular,jz-st,p-kong,p-dai,2026-09-25") }
        return w.file("sheet.csv", rows.joined(separator: "\n") + "\n")
    }

    /// The day the stored talk's measures were reported, as `talks show` gives it.
    private func measuresReported(_ w: Workspace) throws -> String? {
        let shown = try w.run("show", "CN-T2026-001", "--format", "json")
        let pages = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]]
        let record = pages?.first?["record"] as? [String: Any]
        return (record?["measures"] as? [String: Any])?["reported"] as? String
    }

    @Test func measuresRecordedWhileASheetIsImportedAreKept() throws {
        let w = try Workspace()
        let file = sheet(w)
        #expect(try w.run("import", file).status == 0)
        // The measures call lands at a different point of the import each time: before it reads,
        // while it reads and decodes, and while it waits for or holds the write lock.
        for attempt in 0..<12 {
            let day = "2026-10-\(attempt + 10)"
            let importing = try Running(["--db", w.db, "import", file])
            Thread.sleep(forTimeInterval: 0.03 * Double(attempt))
            let measures = try w.run("measures", "CN-T2026-001", "--reported", day)
            let imported = try importing.finish()
            #expect(measures.status == 0, "\(measures.stderr)")
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(try measuresReported(w) == day, "attempt \(attempt): the measures of \(day) were lost")
        }
    }
}

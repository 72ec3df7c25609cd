import Foundation
import TestSupport
import Testing

/// The Art. 12 copies for the discipline-inspection organ and the organization department.
@Suite struct DepartmentCopyTests {
    let asOf = ["--as-of", "2026-11-21"]

    /// The rows of a CSV copy by talk id, each a dictionary from header to cell.
    private func rows(_ w: Workspace, _ extra: [String] = []) throws -> [String: [String: String]] {
        let run = try w.run(
            ["--lang", "zh", "export", "--for", "discipline-inspection", "--format", "csv"] + asOf + extra)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.trimmingPrefix("\u{FEFF}").split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        return Dictionary(
            uniqueKeysWithValues: lines.dropFirst().map { ($0[0], Dictionary(uniqueKeysWithValues: zip(lines[0], $0))) }
        )
    }

    /// `--for` takes the departments' everyday names, as a 抄送 cell does (helper-206: 纪委 refused).
    @Test(arguments: [
        ("纪委", "discipline-inspection"), ("纪检监察机关", "discipline-inspection"), ("组织部", "organization"),
        ("组织（人事）部门", "organization"),
    ])
    func theDepartmentIsNamedAsOfficesNameIt(name: String, recipient: String) throws {
        let w = try Workspace()
        let named = try w.run(["export", "--for", name] + asOf)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout == (try w.run(["export", "--for", recipient] + asOf)).stdout)
        let other = try w.run(["export", "--for", "宣传部"] + asOf)
        #expect(
            other.status == 64 && other.stderr.contains("--for must be discipline-inspection (纪委)"), "\(other.stderr)")
    }

    @Test func daysTriggersAndTheAsOfDateHaveColumnsOfTheirOwn() throws {
        let w = try Workspace()
        let copy = try rows(w)
        let late = try #require(copy["T2026-002"])
        #expect(late["状态截至"] == "2026-11-21")
        #expect(late["整改措施"] == "逾期完成" && late["整改措施逾期天数"] == "7")
        #expect(copy["T2026-013"]?["整改措施"] == "已逾期" && copy["T2026-013"]?["整改措施逾期天数"] == "44")
        // No count of days hides in a text cell.
        let daysInText = try Regex(#"\d+ ?天"#)
        #expect(!copy.values.flatMap(\.values).contains { $0.firstMatch(of: daysInText) != nil })
        // T2026-018 names no trigger; the rule (and the annual report) finds it answered TR2026-02.
        let timely = try #require(copy["T2026-018"])
        #expect(timely["及时谈话情形类别"] == "（二）被通报批评或负面舆情" && timely["情形发现日期"] == "2026-05-18")
        let report =
            try JSONSerialization.jsonObject(
                with: w.run(
                    "report", "annual", "--conductor", "jd", "--year", "2026", "--format", "json", asOf[0], asOf[1]
                ).output) as! [String: Any]
        let items = (report["triggers"] as! [String: Any])["items"] as! [[String: Any]]
        #expect(items.first { $0["id"] as? String == "TR2026-02" }?["talk"] as? String == "T2026-018")
        // The committee's own Art. 17 (一) failure, by name.
        #expect(copy["T2026-005"]?["问责提示（第十七条）"] == "第七条 与白沙市委书记的定期谈话应由江东省委书记谈，实际谈话人为陈立新")
        #expect(copy["T2026-011"]?["问责提示（第十七条）"]?.hasPrefix("第十七条第一款第二项") == true)
    }

    /// By default the copy is the store's own committee's; --below adds those under it.
    @Test func theCopyCoversTheCommitteeAskedFor() throws {
        let w = try Workspace()
        let own = try rows(w)
        #expect(!own.isEmpty && own.values.allSatisfy { $0["开展谈话的党委"] == "江东省委" })
        let below = try rows(w, ["--below"])
        #expect(below.count > own.count && below.values.contains { $0["开展谈话的党委"] == "江州市委" })
        let jz = try rows(w, ["--conductor", "jz"])
        #expect(!jz.isEmpty && jz.values.allSatisfy { $0["开展谈话的党委"] == "江州市委" })
        // A second tree: the store no longer says whose office it is.
        let other = w.file(
            "other.json",
            #"""
            {"format": "supervision-talks/1", "organizations": [
              {"id": "hx", "name": "河西省委", "kind": "local-committee", "level": "province"},
              {"id": "hx-a", "name": "河西甲市委", "kind": "local-committee", "level": "city", "parent": "hx"}]}
            """#)
        #expect(try w.run("load", other).status == 0)
        let ambiguous = try w.run(["--lang", "zh", "export", "--for", "organization"] + asOf)
        #expect(ambiguous.status == 2 && ambiguous.stderr.contains("--conductor"), "\(ambiguous.stderr)")
        #expect(try w.run(["export", "--for", "organization", "--conductor", "jd"] + asOf).status == 0)
    }

    /// What does not go with a copy is refused, each with its own reason, exit 64 (helper-217: --kind
    /// was told the copy holds nothing confidential).
    @Test func whatACopyDoesNotTakeIsRefusedWithItsReason() throws {
        let w = try Workspace()
        let kind = try w.run(["export", "--for", "organization", "--kind", "plans"] + asOf)
        #expect(kind.status == 64 && kind.stderr.contains("--kind does not go with --for (a copy has a row per talk"))
        let confidential = try w.run(["export", "--for", "organization", "--include-confidential"] + asOf)
        #expect(
            confidential.status == 64
                && confidential.stderr.contains("--include-confidential does not go with --for (the copy holds nothing")
        )
    }

    /// In a workbook the days are number cells and the dates date cells.
    @Test func theWorkbookHasNumberAndDateCells() throws {
        let w = try Workspace()
        let path = w.folder + "/copy.xlsx"
        let run = try w.run(
            ["--lang", "zh", "export", "--for", "discipline-inspection", "--format", "xlsx", "--output", path] + asOf)
        #expect(run.status == 0, "\(run.stderr)")
        let cells = try python(
            """
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1]).active
            header = [c.value for c in ws[1]]
            for row in ws.iter_rows(min_row=2):
                if row[0].value in ('T2026-002', 'T2026-018'):
                    for name in ('状态截至', '整改措施逾期天数', '情形发现日期'):
                        c = row[header.index(name)]
                        print(row[0].value, name, c.data_type, c.is_date, c.value)
            """, [path])
        #expect(
            cells == """
                T2026-002 状态截至 d True 2026-11-21 00:00:00
                T2026-002 整改措施逾期天数 n False 7
                T2026-002 情形发现日期 n False None
                T2026-018 状态截至 d True 2026-11-21 00:00:00
                T2026-018 整改措施逾期天数 n False None
                T2026-018 情形发现日期 d True 2026-05-18 00:00:00

                """, "\(cells)")
    }
}

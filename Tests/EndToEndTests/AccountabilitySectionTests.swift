import Foundation
import TestSupport
import Testing

/// Section 六 of the annual report (Art. 13, 17) and what reads the same question: the committee's
/// failures to hold talks as required (Art. 17 (一)) are triggers answered late or not at all by
/// the as-of date and talks held by someone who may not, never a trigger whose timely talk is only
/// due soon or still open, though `check` gives those a severity.
@Suite struct AccountabilitySectionTests {
    static let asOf = ["--as-of", "2026-07-10"]
    /// Listed in section 六 on 2026-07-10: the untruthful report (T2026-011) and the wrong talker
    /// (T2026-005) of the sample, and the triggers added here whose talk is late or overdue.
    static let failed = ["T2026-011", "T2026-005", "T2026-006", "TR-LATE", "TR-OVERDUE"]
    /// Not listed: due soon (TR-SOON, due 2026-07-13; P-SOON, due 2026-07-14), open (TR2026-03).
    static let notFailed = ["TR-SOON", "TR2026-03", "P-SOON"]

    /// The sample with three more triggers for 江东省委 and one for 江州市委, and a plan item due soon.
    /// TR-LATE is answered by the sample's timely talk T2026-027 with 南屏市委 (2026-07-01), after its
    /// due date (2026-06-22).
    static func workspace() throws -> Workspace {
        let w = try Workspace()
        let extra = w.file(
            "extra.json",
            #"""
            {"format": "supervision-talks/1",
             "triggers": [
              {"id": "TR-SOON", "organization": "ap", "kind": "other", "on": "2026-06-13"},
              {"id": "TR-OVERDUE", "organization": "bl", "kind": "other", "on": "2026-05-04"},
              {"id": "TR-LATE", "organization": "np", "kind": "other", "on": "2026-05-20"},
              {"id": "TR-SOON-JZ", "organization": "cn", "kind": "other", "on": "2026-06-15"}],
             "plans": [
              {"id": "P-SOON", "conductor": "jd", "year": 2026, "organization": "hw", "talker": "p-zhou",
               "due": "2026-07-14"}]}
            """#)
        let loaded = try w.run("load", extra)
        precondition(loaded.status == 0, loaded.stderr)
        return w
    }

    /// The text from section 六's heading to section 七's, tags and all.
    static func sectionSix(_ text: String, _ lang: String) -> String {
        let (six, seven) =
            lang == "zh" ? ("六、需追究责任的情形", "七、尚未完成的事项") : ("Accountability (Art. 17)", "Open items")
        guard let start = text.range(of: six),
            let end = text.range(of: seven, range: start.upperBound..<text.endIndex)
        else { return "" }
        return String(text[start.lowerBound..<end.lowerBound])
    }

    @Test(arguments: ["zh", "en"], ["markdown", "html", "docx"])
    func sectionSixListsAndCountsOnlyWhatFailed(lang: String, format: String) throws {
        let w = try Self.workspace()
        let run = try w.run(
            ["--lang", lang, "report", "annual", "--conductor", "jd", "--year", "2026", "--format", format] + Self.asOf)
        #expect(run.status == 0, "\(run.stderr)")
        var text = run.stdout
        if format == "docx" {
            let path = w.folder + "/annual.docx"
            try run.output.write(to: URL(fileURLWithPath: path))
            // The document's text, its runs joined: tags between the characters of one cell are dropped.
            text = try ReportTests.run("/usr/bin/unzip", ["-p", path, "word/document.xml"])
                .replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        }
        let section = Self.sectionSix(text, lang)
        #expect(!section.isEmpty, "no section 六 in \(format)")
        for id in Self.failed { #expect(section.contains(id), "\(lang) \(format): \(id) not in section 六") }
        for id in Self.notFailed { #expect(!section.contains(id), "\(lang) \(format): \(id) in section 六") }
        let count =
            lang == "zh"
            ? "共5起：被谈话人不如实报告或整改不到位1起，本党委未按规定开展监督谈话（第十七条第一款第一项）4起。"
            : "5 in all: 1 by talkees (untruthful reports, poor rectification) and 4 by this committee not holding talks as required (Art. 17 (1))."
        #expect(section.contains(count), "\(lang) \(format): \(section)")
    }

    private static func json(_ run: Run) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: run.output) as! [String: Any]
    }

    private static func listed(_ findings: Any?) -> [(id: String, status: String)] {
        (findings as! [[String: Any]]).map {
            (($0["subject"] as! [String: String])["id"]!, $0["status"] as! String)
        }
    }

    @Test(arguments: ["zh", "en"])
    func theJSONListsOnlyWhatFailedAndTheTriggerTableStillShowsWhatIsDueSoon(lang: String) throws {
        let w = try Self.workspace()
        let report = try Self.json(
            w.run(
                ["--lang", lang, "report", "annual", "--conductor", "jd", "--year", "2026", "--format", "json"]
                    + Self.asOf))
        let failures = Self.listed(report["committeeFailures"])
        // (T2026-006, a group talk: Art. 7 as its talker's rules, helper-228.)
        #expect(Set(failures.map(\.id)) == ["T2026-005", "T2026-006", "TR-LATE", "TR-OVERDUE"])
        #expect(failures.allSatisfy { ["late", "overdue", "not-met"].contains($0.status) }, "\(failures)")
        #expect(Self.listed(report["accountability"]).map(\.id) == ["T2026-011"])
        // The trigger table and the open items still show what is due soon: it is the work to do.
        let triggers = ((report["triggers"] as! [String: Any])["items"] as! [[String: Any]])
        #expect(triggers.contains { $0["id"] as? String == "TR-SOON" && $0["status"] as? String == "due-soon" })
        #expect(Self.listed(report["openItems"]).contains { $0.id == "TR-SOON" && $0.status == "due-soon" })
        // `check` still reports it, a grade lower.
        let check = try Self.json(w.run(["check", "--format", "json"] + Self.asOf))
        let soon = (check["findings"] as! [[String: Any]]).first {
            ($0["subject"] as! [String: String])["id"] == "TR-SOON"
        }
        #expect(soon?["status"] as? String == "due-soon" && soon?["severity"] as? String == "notice")
    }

    /// The roll-up's rows are the annual reports of the committees below: 江州市委's trigger due soon
    /// is not its failure.
    @Test func theRollupRowsAskTheSameQuestion() throws {
        let w = try Self.workspace()
        let rollup = try Self.json(
            w.run(["report", "rollup", "--under", "jd", "--year", "2026", "--format", "json"] + Self.asOf))
        let jz = (rollup["committees"] as! [[String: Any]]).first {
            ($0["conductor"] as! [String: String])["id"] == "jz"
        }!
        #expect(Self.listed(jz["committeeFailures"]).isEmpty)
        let triggers = ((jz["triggers"] as! [String: Any])["items"] as! [[String: Any]])
        #expect(triggers.map { $0["id"] as? String } == ["TR-SOON-JZ"])
    }

    /// The discipline-inspection copy's accountability column (Art. 12, 17) asks the same question:
    /// the timely talk that answered TR-LATE after its due date carries it, as the report does.
    @Test func theDisciplineInspectionCopyNamesTheLateAnswer() throws {
        let w = try Self.workspace()
        let copy = try w.run(["export", "--for", "discipline-inspection", "--format", "json"] + Self.asOf)
        #expect(copy.status == 0, "\(copy.stderr)")
        let rows = try Self.json(copy)["talks"] as! [[String: Any]]
        let answer = rows.first { $0["talk"] as? String == "T2026-027" }
        #expect(
            (answer?["accountability"] as? [String])?.contains("timely-followup") == true,
            "\(String(describing: answer))")
    }
}

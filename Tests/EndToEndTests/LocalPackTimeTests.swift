import Foundation
import TestSupport
import Testing

/// A local pack is law from its own effective date (Art. 18; spec/rules-catalogue.md, "Local
/// packs and time"): its rules judge nothing dated before it, its `set`, `severity` and `disable`
/// change only later subjects, and its `scope` narrows only its own rules.
@Suite struct LocalPackTimeTests {
    /// The tutorial's pack, as `Docs/rules-language.md` writes it.
    static let (header, tutorialRule) = Fixture.tutorialPack

    /// The findings of `check --format json`, as (rule, subject id, due) triples.
    func findings(_ w: Workspace, _ arguments: String...) throws -> [(rule: String, subject: String, due: String?)] {
        try findings(w, arguments)
    }

    func findings(_ w: Workspace, _ arguments: [String]) throws -> [(rule: String, subject: String, due: String?)] {
        let run = try w.run(["check", "--format", "json"] + arguments)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return try #require(json["findings"] as? [[String: Any]]).map { finding in
            (
                finding["rule"] as! String, (finding["subject"] as! [String: Any])["id"] as! String,
                finding["due"] as? String
            )
        }
    }

    /// Records a talk of 江东省委 with 安平市委 (`ap`), talker 周文远, held on `held` (`more`: its
    /// other flags), and expects it stored.
    func record(_ w: Workspace, _ id: String, _ kind: String = "regular", held: String, _ more: String...) throws {
        let run = try w.run(
            ["record", "--id", id, "--kind", kind, "--organization", "ap", "--talker", "p-zhou", "--held", held] + more)
        #expect(run.status == 0, "\(id): \(run.stderr)")
    }

    /// The tutorial's rule judges timely talks that ended from 2026-06-01 on, and nothing at all
    /// with an as-of date before it.
    @Test func aLocalRuleJudgesOnlyFromItsPacksEffectiveDate() throws {
        let w = try Workspace()
        let pack = w.file("my.rules", Self.header + Self.tutorialRule)
        let flagged = Set(
            try findings(w, "--as-of", "2026-11-21", "--rules", pack).filter { $0.rule == "di-takes-part" }.map(
                \.subject))
        // The sample's timely talks without discipline inspection: March and May ones are before the pack.
        #expect(flagged == ["T2026-016", "T2026-019", "T2026-027", "T2026-029", "JZ-T2026-003"], "\(flagged)")
        #expect(!flagged.contains("T2026-017") && !flagged.contains("T2026-018"))
        let before = try findings(w, "--as-of", "2026-05-31", "--rules", pack)
        #expect(!before.contains { $0.rule == "di-takes-part" })
    }

    /// `set due-soon-window = 3 days` from 2026-06-01 (the tutorial pack's date): a talk that ended
    /// in May keeps the national seven days (helper-148: it was judged by the window of as-of, and
    /// left the work list), one that ended in June gets three; a wider window is dated the same way.
    @Test func aDueSoonWindowSetByAPackChangesOnlySubjectsDatedFromIt() throws {
        let w = try Workspace()
        for (id, held) in [("T-MAY", "2026-05-29"), ("T-JUNE", "2026-06-05")] {
            try record(w, id, held: held)
        }
        func statuses(_ window: String, asOf: String) throws -> [String: String] {
            let pack = w.file("window.rules", Self.header + "set due-soon-window = \(window)\n")
            let run = try w.run("overdue", "--as-of", asOf, "--rules", pack, "--format", "csv")
            var found: [String: String] = [:]
            for line in run.stdout.split(separator: "\r\n").dropFirst() {
                let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                if cells[0] == "measures-deadline", ["T-MAY", "T-JUNE"].contains(cells[5]) {
                    found[cells[5]] = cells[3]
                }
            }
            return found
        }
        // T-MAY's measures are due 2026-06-29, five days after as-of: due soon by the national window.
        #expect(try statuses("3 days", asOf: "2026-06-24")["T-MAY"] == "due-soon")
        // T-JUNE's are due 2026-07-06 (07-05 is a Sunday): four days off is not due soon by three.
        #expect(try statuses("3 days", asOf: "2026-07-02")["T-JUNE"] == nil)
        #expect(try statuses("3 days", asOf: "2026-07-03")["T-JUNE"] == "due-soon")
        // A wider window does not reach back either: T-MAY twelve days off is not due soon, T-JUNE
        // nineteen days off is.
        let wide = try statuses("20 days", asOf: "2026-06-17")
        #expect(wide["T-MAY"] == nil && wide["T-JUNE"] == "due-soon", "\(wide)")
    }

    /// `set measures-period = 15 working days` from 2026-06-01: a talk that ended in May keeps the
    /// national month, one that ended in June gets fifteen working days.
    @Test func aSetParameterChangesOnlySubjectsDatedFromItsPack() throws {
        let w = try Workspace()
        for (id, held) in [("T-MAY", "2026-05-11"), ("T-JUNE", "2026-06-10")] {
            try record(w, id, held: held)
        }
        let set = "set measures-period = 15 working days\n"
        let dated = w.file("dated.rules", Self.header + set)
        let always = w.file("always.rules", "pack always { version \"1\" }\n" + set)
        func due(_ subject: String, _ arguments: String...) throws -> String? {
            try findings(w, ["--as-of", "2026-12-31"] + arguments).first {
                $0.rule == "measures-deadline" && $0.subject == subject
            }?.due
        }
        let national = (may: try due("T-MAY"), june: try due("T-JUNE"))
        let fifteen = (may: try due("T-MAY", "--rules", always), june: try due("T-JUNE", "--rules", always))
        #expect(national.may != fifteen.may && national.june != fifteen.june, "the two periods must differ")
        #expect(try due("T-MAY", "--rules", dated) == national.may)
        #expect(try due("T-JUNE", "--rules", dated) == fifteen.june)
        // explain says which value applied and why.
        let explained = try w.run("explain", "T-MAY", "--as-of", "2026-12-31", "--rules", dated)
        #expect(explained.stdout.contains("the talk ended 2026-05-11, before my-province took effect on 2026-06-01"))
        let list = try w.run("rules", "list", "--rules", dated)
        #expect(list.stdout.contains("15 working days from 2026-06-01"), "\(list.stdout)")
        // A later pack's value changes the one before it, whichever pack's (helper-217: said to
        // change the national pack's).
        let later = w.file(
            "later.rules", "pack later {\n  version \"1\"\n  effective 2026-09-01\n}\nset measures-period = 20 days\n")
        let both = try w.run("rules", "list", "--rules", dated, "--rules", later)
        #expect(both.stdout.contains("later (was my-province)"), "\(both.stdout)")
        // A talk that ends after as-of is judged as of that day, and said so (helper-133: "the talk
        // ended 2026-05-30", the as-of day, beside "talk ended: 2026-06-02").
        try record(w, "T-SPAN", held: "2026-05-28", "--ended", "2026-06-02")
        let early = try w.run("explain", "T-SPAN", "--as-of", "2026-05-30", "--rules", dated)
        #expect(
            early.stdout.contains(
                "as of 2026-05-30, before the talk ends on 2026-06-02, before my-province took effect"),
            "\(early.stdout)")
        #expect(!early.stdout.contains("the talk ended 2026-05-30"))
    }

    /// A pack's holiday file for a year the national notice gives takes its place from the pack's
    /// start only, as the pack's rules do, and is said wherever the year is named (helper-232: a
    /// pack of 2027 moved a due date of 2026 and cleared a late report, unsaid). 端午 ends on
    /// 2026-06-21 in the notice; the pack's copy runs it to 06-22, the day T-H1's measures fall due.
    @Test func aPacksHolidayFileTakesTheNoticesPlaceFromItsStartOnly() throws {
        let w = try Workspace()
        try record(w, "T-H1", held: "2026-05-22")
        #expect(try w.run("measures", "T-H1", "--reported", "2026-06-23").status == 0)
        let notice = try String(contentsOfFile: Fixture.root + "/Rules/cn-2026.holidays", encoding: .utf8)
        let longer = notice.replacingOccurrences(of: "2026-06-19 to 2026-06-21", with: "2026-06-19 to 2026-06-22")
        #expect(longer != notice)
        func pack(_ name: String, effective: String?) -> String {
            try? FileManager.default.createDirectory(atPath: w.folder + "/" + name, withIntermediateDirectories: true)
            _ = w.file(name + "/region.holidays", longer)
            return w.file(
                name + "/region.rules",
                "pack \(name) {\n  version \"1\"\n" + (effective.map { "  effective \($0)\n" } ?? "") + "}\n")
        }
        let (later, throughout) = (pack("later", effective: "2027-06-01"), pack("throughout", effective: nil))
        func due(_ rules: String, asOf: String) throws -> String? {
            try findings(w, "--as-of", asOf, "--rules", (rules as NSString).deletingLastPathComponent).first {
                $0.rule == "measures-deadline" && $0.subject == "T-H1"
            }?.due
        }
        #expect(try due(later, asOf: "2026-07-01") == "2026-06-22")
        #expect(try due(later, asOf: "2027-07-01") == "2026-06-22")
        // In force throughout, the pack's 端午 moves the due date to 06-23: reported on time.
        #expect(try due(throughout, asOf: "2026-07-01") == nil)
        let list = try w.run("rules", "list", "--rules", w.folder + "/later")
        #expect(
            list.stdout.contains("2026 (") && list.stdout.contains("from 2027-06-01, in place of "), "\(list.stdout)")
        let calendar = try w.run("rules", "calendar", "2026", "--rules", w.folder + "/later")
        #expect(calendar.stdout.contains("region.holidays, from 2027-06-01, in place of "), "\(calendar.stdout)")
        // Without another pack's file in its place, a year's source is said as before.
        let plain = try w.run("rules", "calendar", "2026")
        #expect(plain.status == 0 && !plain.stdout.contains("in place of"), "\(plain.stdout)")
        // A file a pack given after it replaces on every day is said (helper-233: unsaid).
        let undone = try w.run("rules", "lint", "--rules", w.folder + "/later", "--rules", w.folder + "/throughout")
        #expect(
            undone.stderr.contains("later/region.holidays:4:6: note: the holidays of 2026 take effect on no day"),
            "\(undone.stderr)")
        // A year no other pack gives is the notice's from the beginning, however late its pack
        // (helper-233: a talk of November was told 2027 had no notice, its pack being of December).
        try record(w, "T-NOV", held: "2026-11-08")
        try? FileManager.default.createDirectory(atPath: w.folder + "/next", withIntermediateDirectories: true)
        _ = w.file("next/next.rules", "pack next {\n  version \"1\"\n  effective 2026-12-01\n}\n")
        _ = w.file(
            "next/cn-2027.holidays",
            """
            year 2027
            notice "2027通知" "2027 notice"
            holiday "元旦" "New Year's Day" 2027-01-01 to 2027-01-03
            holiday "春节" "Spring Festival" 2027-02-05 to 2027-02-11
            holiday "清明节" "Qingming Festival" 2027-04-05 to 2027-04-05
            holiday "劳动节" "Labour Day" 2027-05-01 to 2027-05-05
            holiday "端午节" "Dragon Boat Festival" 2027-06-09 to 2027-06-09
            holiday "中秋节" "Mid-Autumn Festival" 2027-09-15 to 2027-09-15
            holiday "国庆节" "National Day" 2027-10-01 to 2027-10-07

            """)
        let next = try w.run("explain", "T-NOV", "--as-of", "2026-12-06", "--rules", w.folder + "/next")
        #expect(
            next.stdout.contains("+3 months = 2027-02-08 (Mon, Spring Festival) → moved to 2027-02-12 (Fri)")
                && !next.stdout.contains("provisional") && !next.stderr.contains("no State Council holiday notice"),
            "\(next.stdout)\(next.stderr)")
        // rules list names the file of a year only a pack gives (helper-234: unnamed).
        let listed = try w.run("rules", "list", "--rules", w.folder + "/next")
        #expect(
            listed.stdout.contains("2027 (") && listed.stdout.contains("next/cn-2027.holidays)"), "\(listed.stdout)")
    }

    /// A local pack's rules are judged within the national pack's scopes too, whatever its own date
    /// (Art. 18, Art. 20; `spec/rules-catalogue.md`, `effective`): a province's rule judges no talk
    /// that ended before 2026-01-30 (helper-232: the tutorial's rule without its `effective`
    /// flagged a talk of 2025), and reports nothing with an as-of date before it.
    @Test func aLocalRuleJudgesNothingBeforeTheNationalMeasures() throws {
        let w = try Workspace()
        try record(w, "T-2025", "timely", held: "2025-11-03")
        for header in [
            "pack undated {\n  version \"1\"\n}\n", "pack early {\n  version \"1\"\n  effective 1900-01-01\n}\n",
        ] {
            let pack = w.file("p.rules", header + Self.tutorialRule)
            let flagged = try findings(w, "--as-of", "2026-11-21", "--rules", pack).filter {
                $0.rule == "di-takes-part"
            }
            #expect(!flagged.isEmpty && !flagged.contains { $0.subject == "T-2025" }, "\(flagged)")
            #expect(try findings(w, "--as-of", "2025-12-31", "--rules", pack).isEmpty)
        }
    }

    /// `rules list` says what is in force when packs overlap (helper-232): a rule switched off and
    /// brought back by a later pack is off until the day before; a rule of a pack not yet in
    /// force has its day; and `rules lint` and `list` name a statement a pack given after it undoes
    /// on every day, at its `file:line:col`.
    @Test func overlappingPacksAreListedAsTheyTakeEffect() throws {
        let w = try Workspace()
        let off = w.file("off.rules", "pack pa {\n  version \"1\"\n  effective 2026-06-01\n}\ndisable record\n")
        let back = w.file(
            "back.rules",
            "pack pd {\n  version \"1\"\n  effective 2026-08-01\n}\nreplace rule record {\n  article \"新\"\n"
                + "  quote \"记录\"\n  subject talk\n  requires talk.record\n  severity notice\n"
                + "  message zh \"无记录\" en \"no record\"\n}\n")
        let list = try w.run("rules", "list", "--rules", off, "--rules", back)
        #expect(list.stdout.contains("record  by pa, from 2026-06-01 until 2026-07-31"), "\(list.stdout)")
        let json = try w.run("rules", "list", "--format", "json", "--rules", off, "--rules", back)
        #expect(json.stdout.contains(#""from": "2026-06-01", "until": "2026-07-31""#), "\(json.stdout)")
        let future = w.file(
            "future.rules", Self.header.replacingOccurrences(of: "2026-06-01", with: "2027-03-01") + Self.tutorialRule)
        let later = try w.run("rules", "list", "--rules", future)
        #expect(later.stdout.contains("from 2027-03-01: warning (my-province)"), "\(later.stdout)")
        // Given the other way round, the switch-off undoes the replacement on every day.
        let undone = try w.run("rules", "lint", "--rules", back, "--rules", off)
        #expect(
            undone.status == 0
                && undone.stderr.contains("back.rules:5:14: note: replace rule record takes effect on no day"),
            "\(undone.stderr)")
        // A switch-off a pack given after it undoes on every day, as well (helper-233: unsaid).
        let early = w.file(
            "early.rules",
            "pack pe {\n  version \"1\"\n  effective 2026-06-01\n}\nreplace rule record {\n  article \"新\"\n"
                + "  quote \"记录\"\n  subject talk\n  requires talk.record\n  severity notice\n"
                + "  message zh \"无记录\" en \"no record\"\n}\n")
        let late = w.file("late.rules", "pack pl {\n  version \"1\"\n  effective 2026-08-01\n}\ndisable record\n")
        // And a severity a later-given pack's severity undoes (helper-234: unsaid).
        let notice = w.file("notice.rules", Self.header + "severity self-check = notice\n")
        let violation = w.file(
            "violation.rules",
            "pack pv {\n  version \"1\"\n  effective 2026-03-01\n}\nseverity self-check = violation\n")
        let severities = try w.run("rules", "lint", "--rules", notice, "--rules", violation)
        #expect(severities.stderr.contains("note: severity self-check takes effect on no day"), "\(severities.stderr)")
        let switched = try w.run("rules", "lint", "--rules", late, "--rules", early)
        #expect(
            switched.stderr.contains("late.rules:5:9: note: disable record takes effect on no day"),
            "\(switched.stderr)")
        let a = w.file("a.rules", Self.header + "set measures-period = 15 working days\n")
        let b = w.file(
            "b.rules", "pack b {\n  version \"1\"\n  effective 2026-04-01\n}\nset measures-period = 2 months\n")
        let set = try w.run("rules", "list", "--rules", a, "--rules", b)
        #expect(
            set.stderr.contains("a.rules:") && set.stderr.contains("note: set measures-period takes effect on no day"),
            "\(set.stderr)")
        #expect(try w.run("rules", "lint", "--rules", b, "--rules", a).stderr.isEmpty)
    }

    /// `explain` says what it did and why (helper-232): a due date left on a Saturday because the
    /// pack sets `calendar = plain`, a talk of several days with its last day, and which reason
    /// leaves a talk unjudged.
    @Test func explainSaysWhyADayIsWhatItIs() throws {
        let w = try Workspace()
        try record(w, "T-JULY", held: "2026-06-30", "--ended", "2026-07-01")
        let plain = w.file(
            "plain.rules", "pack plainp {\n  version \"1\"\n  effective 2026-06-01\n}\nset calendar = plain\n")
        let explained = try w.run("explain", "T-JULY", "--as-of", "2026-12-01", "--rules", plain)
        #expect(
            explained.stdout.hasPrefix("Talk T-JULY: 江东省委 → 安平市委, regular, 2026-06-30 to 2026-07-01 (as of"),
            "\(explained.stdout)")
        #expect(
            explained.stdout.contains("+1 month = 2026-08-01 (Sat), not moved (the packs set calendar = plain)"),
            "\(explained.stdout)")
        let early = try w.run("explain", "T-JULY", "--as-of", "2026-06-01")
        #expect(early.stdout.contains("No rule judges this talk: it had not been held by then."), "\(early.stdout)")
        let old = try w.run("explain", "T2025-001", "--as-of", "2026-06-01")
        #expect(
            old.stdout.contains("it ended before the measures took effect on 2026-01-30 (Art. 20)"), "\(old.stdout)")
        // Held before the measures and ended after, asked of a day before them (helper-233: "no
        // rule's scope takes it in").
        try record(w, "T-SPAN-30", held: "2026-01-20", "--ended", "2026-02-05")
        let before = try w.run("explain", "T-SPAN-30", "--as-of", "2026-01-29")
        #expect(
            before.stdout.contains("the day asked about is before the measures took effect on 2026-01-30"),
            "\(before.stdout)")
    }

    /// `disable` and `severity` take effect the same way: checked on a talk rule of the sample that
    /// has findings on talks that ended both before and after the pack's date.
    @Test func disableAndSeverityTakeEffectOnTheirPacksDate() throws {
        let w = try Workspace()
        let ended = try talksEnded(w)
        let all = try findings(w, "--as-of", "2026-11-21").filter { ended[$0.subject] != nil }
        let rule = try #require(
            Set(all.map(\.rule)).sorted().first { rule in
                let days = all.filter { $0.rule == rule }.map { ended[$0.subject]! }
                return days.contains { $0 < "2026-06-01" } && days.contains { $0 >= "2026-06-01" }
            })
        let national = all.filter { $0.rule == rule }
        let earlier = Set(national.map(\.subject).filter { ended[$0]! < "2026-06-01" })
        let pack = w.file("off.rules", Self.header + "disable \(rule)\n")
        let dated = try findings(w, "--as-of", "2026-11-21", "--rules", pack).filter { $0.rule == rule }
        #expect(Set(dated.map(\.subject)) == earlier, "\(rule)")
        let lowered = w.file("lowered.rules", Self.header + "severity \(rule) = notice\n")
        let run = try w.run("check", "--as-of", "2026-11-21", "--format", "json", "--rules", lowered)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        for finding in try #require(json["findings"] as? [[String: Any]]) where finding["rule"] as? String == rule {
            let subject = (finding["subject"] as! [String: Any])["id"] as! String
            let severity = finding["severity"] as? String
            #expect((severity == "notice") == !earlier.contains(subject), "\(subject) \(severity ?? "")")
        }
    }

    func talksEnded(_ w: Workspace) throws -> [String: String] {
        let run = try w.run("export", "--format", "csv", "--kind", "talks")
        var ended: [String: String] = [:]
        let lines = run.stdout.split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        let header = lines[0].map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}")) }
        let (id, held, end) = (
            header.firstIndex(of: "id")!, header.firstIndex(of: "held")!, header.firstIndex(of: "ended")!
        )
        for line in lines.dropFirst() { ended[String(line[id])] = String(line[end].isEmpty ? line[held] : line[end]) }
        return ended
    }

    /// A local `scope` narrows only the local pack's own rules: every national finding stays.
    @Test func aLocalScopeChangesNoNationalFinding() throws {
        let w = try Workspace()
        let national = try findings(w, "--as-of", "2026-11-21").map { "\($0.rule) \($0.subject)" }
        let pack = w.file("scoped.rules", Self.header + "scope talk when talk.kind = timely\n" + Self.tutorialRule)
        let local = try findings(w, "--as-of", "2026-11-21", "--rules", pack).map { "\($0.rule) \($0.subject)" }
        #expect(local.filter { !$0.hasPrefix("di-takes-part") } == national)
        #expect(local.contains { $0.hasPrefix("di-takes-part") })
    }

    /// A pack effective mid-year judges that year's plan items (only an earlier year's are before it).
    @Test func aPackEffectiveMidYearJudgesThatYearsPlanItems() throws {
        let w = try Workspace()
        let rule = """
            rule plan-has-basis {
              article  "省细则第五条"
              quote    "年度计划应当写明列入依据"
              subject  plan
              requires not empty(plan.basis)
              severity notice
              message  zh "计划事项未写明列入依据" en "the plan item names no basis"
            }

            """
        let found = try findings(w, "--as-of", "2026-11-21", "--rules", w.file("plan.rules", Self.header + rule))
            .filter { $0.rule == "plan-has-basis" }
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { !$0.subject.contains("2025") }, "\(found.map(\.subject))")
    }

    /// A pack's folder is tested by its scenarios/ folder, as `rules test` without a path reads it
    /// (helper-206: `rules test Rules` found no scenarios).
    @Test func aPacksFolderIsTestedByItsScenarios() throws {
        let w = try Workspace(loaded: false)
        let folder = try w.run("rules", "test", Fixture.root + "/Rules")
        let scenarios = try w.run("rules", "test", Fixture.root + "/Rules/scenarios")
        #expect(folder.status == 0 && folder.stdout.contains("passed"), "\(folder.stderr)")
        #expect(folder.stdout == scenarios.stdout)
    }

    @Test func anEmptyScenarioFolderIsNoPassAndABadFileIsNamed() throws {
        let w = try Workspace(loaded: false)
        let folder = w.folder + "/scenarios"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let empty = try w.run("rules", "test", folder)
        #expect(empty.status == 2 && empty.stderr.contains("no scenarios found"), "\(empty.stderr)")
        let bad = w.file("scenarios/broken.json", "{\"rules\": [\"record\"], \"cases\": [")
        let broken = try w.run("rules", "test", folder)
        #expect(broken.status == 2 && broken.stderr.contains(bad), "\(broken.stderr)")
        // Every broken file is named, and the others still run and say how they did.
        let wrong = w.file("scenarios/wrong-field.json", "{\"rules\": [\"record\"], \"cases\": [], \"extra\": 1}")
        for name in ["base.json", "coverage.json"] {
            _ = w.file(
                "scenarios/" + name,
                try String(contentsOfFile: Fixture.root + "/Rules/scenarios/" + name, encoding: .utf8))
        }
        let all = try w.run("rules", "test", folder)
        #expect(all.status == 2, "\(all.stderr)")
        #expect(all.stderr.contains(bad + ":1:") && all.stderr.contains(wrong + ": extra: "), "\(all.stderr)")
        #expect(all.stdout.contains(" passed, 0 failed."), "\(all.stdout)")
        // A FIFO is refused, not opened (it would wait for ever); a missing base is said in the
        // scenario naming it; a line break in a file's name is shown escaped (an outside review).
        #expect(mkfifo(folder + "/pipe.json", 0o600) == 0)
        _ = w.file("scenarios/missing-base.json", "{\"base\": \"nope.json\", \"rules\": [\"record\"], \"cases\": []}")
        _ = w.file("scenarios/two\nlines.json", "{}")
        let odd = try w.run("rules", "test", folder)
        #expect(odd.status == 2, "\(odd.stderr)")
        #expect(odd.stderr.contains("pipe.json: is not a regular file"), "\(odd.stderr)")
        #expect(odd.stderr.contains("missing-base.json: base: \"nope.json\": no such file"), "\(odd.stderr)")
        #expect(odd.stderr.contains(#"two\nlines.json: "#) && !odd.stderr.contains("two\nlines"), "\(odd.stderr)")
    }
}

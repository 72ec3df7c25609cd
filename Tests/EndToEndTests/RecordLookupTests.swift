import Foundation
import TestSupport
import Testing

/// Every command finds a record a person names the same way (`NameLookup`): an id typed in
/// another Unicode normalization form than the stored one names the stored record, and a filter
/// or operand naming no record is refused (exit 2) with the closest ids, never answered with
/// nothing (found by an outside review: `show` and `record` said "no record with id" for an id
/// `explain` found, and `list talks --organization nosuch` printed nothing and exited 0).
@Suite struct RecordLookupTests {
    /// The stored ids, composed (NFC) as every id written must be, and the same ids as a person
    /// may type them: "café" with e and a combining accent, 한국 as Hangul jamo, 豈 as the CJK
    /// compatibility ideograph U+F900 (whose canonical form is U+8C48).
    private static let (cafe, typedCafe) = ("caf\u{E9}", "cafe\u{301}")
    private static let (korean, typedKorean) = (
        "p-\u{D55C}\u{AD6D}", "p-\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}"
    )
    private static let (compatibility, typedCompatibility) = ("p-\u{8C48}", "p-\u{F900}")
    private static let (talk, typedTalk) = ("T-\u{E9}-1", "T-e\u{301}-1")
    private static let (plan, typedPlan) = ("P-\u{E9}", "P-e\u{301}")
    private static let (trigger, typedTrigger) = ("TR-\u{E9}", "TR-e\u{301}")

    /// The sample, with an organization, people, a talk, a plan item and a trigger whose ids are
    /// not ASCII.
    private func workspace() throws -> Workspace {
        let w = try Workspace()
        let more = w.file(
            "more.json",
            """
            {"format": "supervision-talks/1",
             "organizations": [
               {"id": "\(Self.cafe)", "name": "咖啡市委", "kind": "local-committee", "level": "city", "parent": "jd"},
               {"id": "cafe-1", "name": "咖啡一号县委", "kind": "local-committee", "level": "county", "parent": "\(Self.cafe)"}],
             "people": [{"id": "\(Self.korean)", "name": "韩一"}, {"id": "\(Self.compatibility)", "name": "韩二"}],
             "appointments": [
               {"person": "\(Self.korean)", "organization": "\(Self.cafe)", "role": "secretary", "from": "2021-07-01"},
               {"person": "\(Self.compatibility)", "organization": "cafe-1", "role": "secretary", "from": "2021-07-01"}],
             "terms": [{"organization": "\(Self.cafe)", "from": "2021-07-01", "to": "2026-06-30"}],
             "plans": [{"id": "\(Self.plan)", "conductor": "jd", "year": 2026, "organization": "\(Self.cafe)"}],
             "triggers": [{"id": "\(Self.trigger)", "organization": "\(Self.cafe)", "kind": "petitions", "on": "2026-09-01"}],
             "talks": [{"id": "\(Self.talk)", "conductor": "jd", "kind": "regular", "organization": "\(Self.cafe)",
                        "talkee": "\(Self.korean)", "talker": "p-zhou", "held": "2026-09-25"}]}
            """)
        let loaded = try w.run("load", more)
        precondition(loaded.status == 0, loaded.stderr)
        return w
    }

    /// Whether `text` holds the bytes of `id`: `String.contains` compares by canonical equivalence.
    private func hasBytes(_ text: String, _ id: String) -> Bool {
        Data(text.utf8).range(of: Data(id.utf8)) != nil
    }

    @Test func anIDTypedInAnotherNormalizationFormNamesTheStoredRecord() throws {
        let w = try workspace()
        let asOf = ["--as-of", "2026-11-21"]
        let reads: [[String]] = [
            ["show", Self.typedCafe], ["show", Self.typedKorean], ["show", Self.typedCompatibility],
            ["show", Self.typedTalk], ["show", Self.typedPlan], ["show", Self.typedTrigger],
            ["explain", Self.typedTalk] + asOf,
            ["list", "talks", "--organization", Self.typedCafe],
            ["list", "organizations", "--conductor", Self.typedCafe],
            ["overdue", "--organization", Self.typedCafe] + asOf, ["overdue", "--conductor", Self.typedCafe] + asOf,
            ["coverage", "--conductor", Self.typedCafe] + asOf,
            ["report", "annual", "--conductor", Self.typedCafe, "--year", "2026"] + asOf,
            ["report", "rollup", "--under", Self.typedCafe, "--year", "2026"] + asOf,
            ["export", "--for", "discipline-inspection", "--conductor", Self.typedCafe] + asOf,
            ["delete", "talks", Self.typedTalk],
        ]
        for words in reads {
            let run = try w.run(words)
            #expect([0, 1].contains(run.status), "\(words): \(run.stderr)")
            #expect(!run.stderr.contains("with id"), "\(words): \(run.stderr)")
        }
        // Written records refer to the stored ids, in their stored bytes.
        let writes: [[String]] = [
            [
                "record", "--kind", "timely", "--organization", Self.typedCafe, "--talkee", Self.typedKorean,
                "--talker", "p-zhou", "--held", "2026-10-01", "--plan", Self.typedPlan, "--trigger",
                Self.typedTrigger, "--id", "T-e\u{301}-2",
            ],
            ["measures", Self.typedTalk, "--reported", "2026-10-20"],
            [
                "plan", "add", "--conductor", Self.typedCafe, "--year", "2026", "--organization", "cafe-1", "--talker",
                Self.typedKorean, "--id", "P-e\u{301}-2",
            ],
            ["trigger", "add", "--organization", Self.typedCafe, "--kind", "petitions", "--on", "2026-10-01"],
            ["move", Self.typedCafe, "--to", "bl", "--from", "2026-11-01"],
        ]
        for words in writes {
            let run = try w.run(words)
            #expect(run.status == 0, "\(words): \(run.stderr)")
        }
        let stored = try w.export()
        for typed in [Self.typedCafe, Self.typedKorean, Self.typedTalk, Self.typedPlan, Self.typedTrigger] {
            #expect(!hasBytes(stored, typed), "\(typed.unicodeScalars.map(\.value))")
        }
        for id in ["T-\u{E9}-2", "P-\u{E9}-2"] { #expect(hasBytes(stored, "\"id\": \"\(id)\"")) }
        let deleted = try w.run("delete", "talks", "T-e\u{301}-2", "--yes")
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(!hasBytes(try w.export(), "T-\u{E9}-2"))
    }

    /// Every option naming an organization to read about, in every command, and every operand
    /// naming a record: a name no record has is exit 2, said at its place, with the closest ids.
    @Test func aFilterOrOperandNamingNoRecordIsRefusedAlike() throws {
        let w = try Workspace()
        let filters: [(words: [String], flag: String)] = [
            (["list", "talks"], "--conductor"), (["list", "talks"], "--organization"),
            (["list", "plans"], "--conductor"),
            (["list", "plans"], "--organization"), (["list", "triggers"], "--organization"),
            (["list", "appointments"], "--organization"), (["list", "terms"], "--organization"),
            (["list", "organizations"], "--conductor"), (["overdue"], "--conductor"), (["overdue"], "--organization"),
            (["coverage"], "--conductor"), (["export", "--for", "discipline-inspection"], "--conductor"),
            (["export", "--for", "organization"], "--conductor"),
            (["report", "annual", "--year", "2026"], "--conductor"),
            (["report", "rollup", "--year", "2026"], "--under"),
        ]
        for (words, flag) in filters {
            let run = try w.run(words + [flag, "apx"])
            #expect(run.status == 2, "\(words) \(flag)")
            #expect(run.stdout.isEmpty, "\(words) \(flag)")
            #expect(
                run.stderr == "talks: \(flag): no organization with id \"apx\"; did you mean \"ap\"?\n",
                "\(words) \(flag): \(run.stderr)")
            let zh = try w.run(["--lang", "zh"] + words + [flag, "nosuch"])
            #expect(zh.status == 2 && zh.stderr == "talks: \(flag): 没有编号为 \"nosuch\" 的组织\n", "\(zh.stderr)")
        }
        let operands: [(words: [String], message: String)] = [
            (["show", "T2026-0003"], "no record with id \"T2026-0003\""),
            (["explain", "T2026-0003"], "no talk with id \"T2026-0003\""),
            (["measures", "T2026-0003", "--reported", "2026-10-01"], "no talk with id \"T2026-0003\""),
            (["delete", "talks", "T2026-0003"], "no talk with id \"T2026-0003\""),
        ]
        for (words, message) in operands {
            let run = try w.run(words)
            #expect(run.status == 2, "\(words)")
            #expect(run.stderr.hasPrefix("talks: \(message); did you mean "), "\(words): \(run.stderr)")
            #expect(run.stderr.contains("\"T2026-003\""), "\(words): \(run.stderr)")
        }
    }
}

import Foundation
import TestSupport
import Testing

/// Art. 16 against local rule packs: a rule that would show a confidential text, however it
/// computes it, is refused when the pack loads, and nothing confidential reaches the terminal.
@Suite struct ConfidentialRuleTests {
    /// Every problem, requirement and trigger note of the sample the workspaces load.
    static let secrets: [String] = {
        let data = FileManager.default.contents(atPath: Fixture.sample)!
        let json = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
        let talks = json["talks"] as? [[String: Any]] ?? []
        let triggers = json["triggers"] as? [[String: Any]] ?? []
        return talks.flatMap { ($0["problems"] as? [String] ?? []) + ($0["requirements"] as? [String] ?? []) }
            + triggers.compactMap { $0["note"] as? String }
    }()

    static let leaks = CorpusCase.all("rules").filter { $0.name.hasPrefix("confidential-") }

    @Test func theSampleHasConfidentialTextToLeak() {
        #expect(Self.secrets.count > 5)
        #expect(Self.leaks.count >= 10)
    }

    /// `rules lint`, `check`, `explain` and `report annual` with the pack all stop at load: exit 2,
    /// the refusal at `file:line:col`, and no confidential text of the store on either stream.
    @Test(arguments: leaks)
    func aRuleShowingConfidentialTextIsRefused(_ leak: CorpusCase) throws {
        let w = try Workspace()
        let file = w.folder + "/" + leak.name
        try leak.bytes().write(to: URL(fileURLWithPath: file))
        let runs = [
            try w.run("rules", "lint", file),
            try w.run("check", "--as-of", "2026-11-21", "--rules", file),
            try w.run("explain", "T2026-003", "--as-of", "2026-11-21", "--rules", file),
            try w.run("report", "annual", "--conductor", "jd", "--year", "2026", "--rules", file),
        ]
        for run in runs {
            #expect(run.status == 2, "\(leak): status \(run.status): \(run.stderr)")
            for line in try leak.expected() {
                #expect(run.stderr.contains(w.folder + "/" + line), "\(leak): \(run.stderr)")
            }
            for secret in Self.secrets {
                #expect(!run.stdout.contains(secret) && !run.stderr.contains(secret), "\(leak) printed \(secret)")
            }
        }
    }

    /// A condition may read confidential text; its explanation counts the texts and never quotes them,
    /// nor which talks a confidential condition matched.
    @Test func explanationsOfConditionsOnConfidentialTextAreRedacted() throws {
        let w = try Workspace()
        let rules = w.file(
            "conditions.rules",
            """
            pack conditions { version "1" }
            rule few-problems {
              article "细则"
              quote "示例"
              subject talk
              let similar = [t for t in talks(conductor: talk.conductor) where min(t.problems) = min(talk.problems)]
              requires count(similar) > 100 and max(talk.problems) = "无"
              severity notice
              message zh "谈话 {talk.id}" en "talk {talk.id}"
            }
            """)
        #expect(try w.run("rules", "lint", rules).status == 0)
        let run = try w.run("explain", "T2026-003", "--as-of", "2026-11-21", "--rules", rules)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("few-problems"))
        #expect(run.stdout.contains("(contents confidential)") || run.stdout.contains("（内容保密）"), "\(run.stdout)")
        for secret in Self.secrets {
            #expect(!run.stdout.contains(secret) && !run.stderr.contains(secret), "printed \(secret)")
        }
    }
}

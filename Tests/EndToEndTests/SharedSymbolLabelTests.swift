import Foundation
import TestSupport
import Testing

/// A value spelled alike in two vocabularies reads with the label of its own: `other` is a trigger
/// kind （六）其他情形, an organization kind and a level 其他, and a copy recipient 其他单位; `audit`
/// is a plan basis 审计监督 and a department 审计机关. Messages and explanations showed the label of
/// whichever vocabulary was listed first: "甲市委出现其他单位后…", "after other".
@Suite struct SharedSymbolLabelTests {
    /// 2026-07-10: the trigger of kind `other` was answered late (due 2026-06-04, talk 2026-07-06);
    /// 某协会党组织 is of kind `other`, 丙区委 a local committee of level `other`, and the plan item
    /// for it was drawn from an audit.
    static let dataset = """
        {"format": "supervision-talks/1",
         "organizations": [
           {"id": "p", "name": "某省委", "kind": "local-committee", "level": "province"},
           {"id": "c", "name": "甲市委", "kind": "local-committee", "level": "city", "parent": "p"},
           {"id": "o", "name": "某协会党组织", "kind": "other", "level": "other", "parent": "p"},
           {"id": "v", "name": "丙区委", "kind": "local-committee", "level": "other", "parent": "p"}],
         "people": [{"id": "p-sec", "name": "省委书记"}, {"id": "c-sec", "name": "甲市委书记"},
                    {"id": "o-sec", "name": "协会党组织书记"}, {"id": "v-sec", "name": "丙区委书记"}],
         "appointments": [
           {"person": "p-sec", "organization": "p", "role": "secretary", "from": "2020-01-01"},
           {"person": "c-sec", "organization": "c", "role": "secretary", "from": "2020-01-01"},
           {"person": "o-sec", "organization": "o", "role": "secretary", "from": "2020-01-01"},
           {"person": "v-sec", "organization": "v", "role": "secretary", "from": "2020-01-01"}],
         "plans": [
           {"id": "P-AUDIT", "conductor": "p", "year": 2026, "organization": "v", "talker": "p-sec",
            "due": "2026-12-31", "basis": ["audit"]}],
         "triggers": [{"id": "TR-OTHER", "organization": "c", "kind": "other", "on": "2026-05-04"}],
         "talks": [
           {"id": "T-TIMELY", "conductor": "p", "kind": "timely", "organization": "c", "talkee": "c-sec",
            "talker": "p-sec", "held": "2026-07-06", "triggers": ["TR-OTHER"]},
           {"id": "T-KIND", "conductor": "p", "kind": "regular", "organization": "o", "talkee": "o-sec",
            "talker": "p-sec", "held": "2026-07-06"},
           {"id": "T-LEVEL", "conductor": "p", "kind": "regular", "organization": "v", "talkee": "v-sec",
            "talker": "p-sec", "held": "2026-07-06", "plan": "P-AUDIT"}]}
        """

    /// A local rule that shows a plan item's basis in its message and its explanation.
    static let basisPack = """
        pack basis-shown { version "1" }
        rule basis-shown {
          article  "第五条第二款"
          quote    "结合巡视巡察、审计监督等情况"
          label    zh "计划依据" en "plan basis"
          subject  plan
          requires empty(plan.basis)
          severity notice
          message  zh "计划依据为{plan.basis}" en "drawn from {plan.basis}"
        }

        """

    static let asOf = ["--as-of", "2026-07-10"]

    /// The trigger kind's own label, as `list triggers` shows it, and never the copy recipient's.
    static let triggerKind = ["zh": "（六）其他情形", "en": "(6) other"]
    /// The message of `timely-followup` (the annual report names organizations without their ids).
    static let timelyMessage = ["zh": "出现（六）其他情形后", "en": "after (6) other"]
    static let basisMessage = ["zh": "计划依据为审计监督", "en": "drawn from audit"]

    func loaded() throws -> Workspace {
        let w = try Workspace(loaded: false)
        let load = try w.run("load", w.file("store.json", Self.dataset))
        #expect(load.status == 0, "\(load.stderr)")
        return w
    }

    @Test(arguments: ["zh", "en"])
    func aTriggerOfKindOtherReadsAsItsOwnKind(language: String) throws {
        let w = try loaded()
        let listed = try w.run(["--lang", language, "list", "triggers"])
        let kind = try #require(Self.triggerKind[language])
        #expect(listed.stdout.contains(kind), "\(listed.stdout)")
        let message = try #require(Self.timelyMessage[language])
        let runs = [
            try w.run(["--lang", language, "check"] + Self.asOf),
            try w.run(["--lang", language, "check", "--format", "json"] + Self.asOf),
            try w.run(["--lang", language, "explain", "T-TIMELY"] + Self.asOf),
            try w.run(["--lang", language, "report", "annual", "--conductor", "p", "--year", "2026"] + Self.asOf),
        ]
        for run in runs {
            #expect(run.stdout.contains(message), "\(run.stdout)\n\(run.stderr)")
            #expect(!run.stdout.contains("其他单位"), "\(run.stdout)")
        }
    }

    /// An organization's kind and level `other` read 其他 in an explanation, not 其他单位.
    @Test func anOrganizationOfKindOrLevelOtherIsExplainedAsSuch() throws {
        let w = try loaded()
        let kind = try w.run(["--lang", "zh", "explain", "T-KIND"] + Self.asOf)
        let level = try w.run(["--lang", "zh", "explain", "T-LEVEL"] + Self.asOf)
        let kindLines = kind.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let levelLines = level.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(kindLines.contains("· 组织类别：其他"), "\(kind.stdout)\n\(kind.stderr)")
        #expect(levelLines.contains("· 层级：其他"), "\(level.stdout)\n\(level.stderr)")
        for run in [kind, level] { #expect(!run.stdout.contains("其他单位"), "\(run.stdout)") }
    }

    /// A plan item drawn from an audit reads 审计监督 (its basis), not 审计机关 (the department).
    @Test(arguments: ["zh", "en"])
    func aPlanBasisOfAuditReadsAsABasis(language: String) throws {
        let w = try loaded()
        let pack = w.file("basis.rules", Self.basisPack)
        let message = try #require(Self.basisMessage[language])
        let check = try w.run(["--lang", language, "check", "--rules", pack] + Self.asOf)
        let explain = try w.run(["--lang", language, "explain", "T-LEVEL", "--rules", pack] + Self.asOf)
        for run in [check, explain] {
            #expect(run.stdout.contains(message), "\(run.stdout)\n\(run.stderr)")
            #expect(!run.stdout.contains("审计机关"), "\(run.stdout)")
        }
        let trace = language == "zh" ? "· 计划依据：审计监督" : "· basis: audit"
        #expect(
            explain.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.contains(trace),
            "\(explain.stdout)")
    }
}

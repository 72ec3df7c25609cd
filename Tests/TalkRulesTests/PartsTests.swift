import Foundation
import TalkModel
import TestSupport
import Testing

@testable import TalkRules

/// Judging on every core: subjects are cut into parts judged on their own threads, and the parts
/// joined in order, so the findings do not depend on how they were cut (nor on the core count).
@Suite struct PartsTests {
    /// The sample's facts judged whole and cut into parts of one subject each (every part on its own thread).
    @Test func findingsDoNotDependOnTheParts() throws {
        let bytes = Array(FileManager.default.contents(atPath: Fixture.sample)!)
        let facts = Facts(DatasetDecoder.decode(try JSONReader.parse(bytes)).dataset)
        let asOf = CivilDate("2026-11-21")!
        var whole = Engine(rules: try nationalPack(), facts: facts)
        whole.partSize = .max
        var cut = whole
        cut.partSize = 1
        #expect(cut.parts(of: facts.talks.count).count == facts.talks.count)
        let one = try whole.check(asOf: asOf)
        let many = try cut.check(asOf: asOf)
        #expect(!one.findings.isEmpty)
        // A finding's rule is a reference (`Finding.source`): its id is what tells two apart.
        #expect(many.findings.map { "\($0.rule) \($0)" } == one.findings.map { "\($0.rule) \($0)" })
        #expect(many.yearsWithoutData == one.yearsWithoutData)
        let every = try cut.outcomes(asOf: asOf, rules: { _ in true }) { _, _ in true }
        let everyWhole = try whole.outcomes(asOf: asOf, rules: { _ in true }) { _, _ in true }
        #expect(every.findings.map { "\($0.rule) \($0)" } == everyWhole.findings.map { "\($0.rule) \($0)" })
    }

    /// The findings come judged in the order `spec/cli.md` gives them (conductor, subject type,
    /// subject id, rule id, by code point), never sorted after: every kind of subject judged in
    /// one sequence by its place. Every outcome too, met and not applicable included.
    @Test(arguments: [1, 512])
    func findingsComeInTheSpecsOrder(_ partSize: Int) throws {
        let bytes = Array(FileManager.default.contents(atPath: Fixture.sample)!)
        let facts = Facts(DatasetDecoder.decode(try JSONReader.parse(bytes)).dataset)
        var engine = Engine(rules: try nationalPack(), facts: facts)
        engine.partSize = partSize
        let asOf = CivilDate("2026-11-21")!
        for findings in [
            try engine.check(asOf: asOf).findings,
            try engine.outcomes(asOf: asOf, rules: { _ in true }) { _, _ in true }.findings,
        ] {
            let keys = findings.map { [$0.conductor ?? "", $0.subjectType.rawValue, $0.subjectID, $0.rule] }
            #expect(Set(findings.map(\.subjectType)).count == SubjectType.allCases.count)
            #expect(Set(findings.compactMap(\.conductor)).count > 2)
            for (a, b) in zip(keys, keys.dropFirst()) {
                #expect(a.lexicographicallyPrecedes(b, by: codePointOrder), "\(a) before \(b)")
            }
        }
    }

    /// An engine that writes messages in one language writes what an engine writing both writes
    /// in that language, on both sides of each message (a view may read either).
    @Test(arguments: [Language.zh, .en])
    func messagesInOneLanguageAreThoseOfBoth(_ language: Language) throws {
        let bytes = Array(FileManager.default.contents(atPath: Fixture.sample)!)
        let facts = Facts(DatasetDecoder.decode(try JSONReader.parse(bytes)).dataset)
        let asOf = CivilDate("2026-11-21")!
        let both = try Engine(rules: try nationalPack(), facts: facts).check(asOf: asOf).findings
        let one = try Engine(rules: try nationalPack(), facts: facts, language: language).check(asOf: asOf).findings
        #expect(!both.isEmpty && one.count == both.count)
        #expect(one.map(\.message?.zh) == both.map { $0.message?.text(language) })
        #expect(one.map(\.message?.en) == both.map { $0.message?.text(language) })
    }

    /// What is kept of an outcome is decided knowing its subject's place among the records of its
    /// kind (a year's report keeps the year's), from its verdict: the place is the outcome's
    /// subject, whichever part judged it, and names the subject a kept outcome then names; an
    /// outcome not kept is not in the result.
    @Test func keepingIsGivenTheSubjectsPlace() throws {
        let bytes = Array(FileManager.default.contents(atPath: Fixture.sample)!)
        let facts = Facts(DatasetDecoder.decode(try JSONReader.parse(bytes)).dataset)
        var engine = Engine(rules: try nationalPack(), facts: facts)
        engine.partSize = 1
        let kept = try engine.outcomes(
            asOf: CivilDate("2026-11-21")!, rules: { _ in true },
            keeping: { outcome, subject in
                #expect(outcome.subjectIndex == subject, "\(outcome.rule) \(outcome.subjectIndex) \(subject)")
                return outcome.subjectType == .talk && facts.talks[subject].held.year == 2026 ? .identified : nil
            }
        ) { _, _ in true }
        #expect(!kept.findings.isEmpty)
        #expect(
            kept.findings.allSatisfy {
                $0.subjectType == .talk && facts.talks[$0.subjectIndex].id == $0.subjectID
                    && facts.talks[$0.subjectIndex].held.year == 2026
            })
    }

    /// The cut: up to 64 ranges, in order, covering every subject once.
    @Test(arguments: [0, 1, 511, 512, 1_000, 100_000])
    func partsCoverEverySubjectOnceInOrder(_ count: Int) {
        let parts = Engine(rules: try! nationalPack(), facts: Facts(Dataset())).parts(of: count)
        #expect(parts.count <= 64 && !parts.isEmpty)
        #expect(parts.first?.lowerBound == 0 && parts.last?.upperBound == count)
        #expect(zip(parts, parts.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    /// A message is shared only with one of the same bytes: two organizations whose names look the
    /// same but are typed differently ("é" composed, and "e" with a combining accent; names are not
    /// normalized) each show their own name, as the session before `Env.shared` did. Swift's `==`
    /// on text is canonical equivalence, under which the two names are one.
    @Test func aMessageIsSharedOnlyWithTheSameBytes() throws {
        let bytes = Array(FileManager.default.contents(atPath: Fixture.sample)!)
        var dataset = DatasetDecoder.decode(try JSONReader.parse(bytes)).dataset
        let (composed, decomposed) = ("Caf\u{E9} district committee", "Cafe\u{301} district committee")
        #expect(composed == decomposed && !composed.utf8.elementsEqual(decomposed.utf8))
        dataset.organizations[0].name = decomposed
        dataset.organizations[1].name = composed
        let local = pack(
            """
            pack names { version "1" title "names" }
            rule named {
              article "x"
              quote "x"
              subject organization
              requires false
              severity notice
              message zh "{organization.name}" en "{organization.name}"
            }
            """)
        let facts = Facts(dataset)
        let findings = try Engine(rules: try nationalPack(extra: [local]), facts: facts).check(
            asOf: CivilDate("2026-11-21")!
        ).findings.filter { $0.rule == "named" }
        #expect(findings.count == facts.organizations.count)
        for finding in findings {
            let name = facts.organization(finding.subjectID)!.name
            #expect(finding.message!.en.utf8.elementsEqual(name.utf8), "\(finding.subjectID)")
            #expect(finding.message!.zh.utf8.elementsEqual(name.utf8), "\(finding.subjectID)")
        }
    }
}

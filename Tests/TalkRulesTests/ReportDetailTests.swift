import Foundation
import TalkModel
import TestSupport
import Testing

@testable import TalkRules

/// The year's reports write out each shown item only as far as the report shows it
/// (`YearJudgement`'s `shown`): a national roll-up holds hundreds of thousands of them.
@Suite struct ReportDetailTests {
    /// The same figures and items at every detail; messages and explanations only where asked for.
    @Test func aRollupsItemsCarryNoMessageButTheSameFigures() throws {
        let bytes = Array(FileManager.default.contents(atPath: Fixture.sample)!)
        let engine = Engine(
            rules: try nationalPack(), facts: Facts(DatasetDecoder.decode(try JSONReader.parse(bytes)).dataset))
        let asOf = CivilDate("2026-11-21")!
        let full = try YearJudgement(engine: engine, year: 2026, asOf: asOf, shown: .explained)
        let rows = try YearJudgement(engine: engine, year: 2026, asOf: asOf, shown: .identified)
        let quoted = try YearJudgement(engine: engine, year: 2026, asOf: asOf, shown: .described)
        let fullItems = full.openItems.values.flatMap { $0 }
        // An open item that is not yet a finding (status open, no severity) has no message: the
        // rule's message states a deadline missed.
        #expect(
            !fullItems.isEmpty
                && fullItems.allSatisfy {
                    !$0.explanation.isEmpty
                        && ($0.severity == nil ? $0.message == nil : $0.message?.en.isEmpty == false)
                })
        #expect(fullItems.contains { $0.severity == nil } && fullItems.contains { $0.severity != nil })
        for (judgement, message, explained) in [(rows, false, false), (quoted, true, false)] {
            #expect(judgement.findingCounts == full.findingCounts)
            #expect(judgement.openItems.keys.sorted() == full.openItems.keys.sorted())
            for (conductor, items) in judgement.openItems {
                let expected = full.openItems[conductor]!
                #expect(items.map(\.subjectID) == expected.map(\.subjectID))
                #expect(items.map(\.rule) == expected.map(\.rule))
                #expect(items.map(\.due) == expected.map(\.due) && items.map(\.status) == expected.map(\.status))
                #expect(
                    items.allSatisfy {
                        ($0.severity == nil ? $0.message == nil : $0.message?.en.isEmpty != message)
                            && $0.explanation.isEmpty != explained
                    })
            }
            #expect(judgement.outcomes.mapValues(\.count) == full.outcomes.mapValues(\.count))
        }
    }
}

import Foundation
import TestSupport
import Testing

@testable import TalkRules

/// The keywords are declared once; the language's documentation lists each of them.
@Suite struct KeywordTests {
    @Test func everyClauseHasARowInTheDocumentedTable() throws {
        let text = try String(contentsOfFile: Fixture.root + "/Docs/rules-language.md", encoding: .utf8)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { $0.split(separator: "|")[0] }
        for clause in ClauseWord.allCases {
            #expect(
                rows.contains { $0.contains("`\(clause.rawValue) ") || $0.contains("`\(clause.rawValue)`") },
                "\(clause.rawValue) has no row in Docs/rules-language.md")
        }
    }

    @Test func anUnknownClauseListsTheDeclaredOnes() throws {
        let found = try problems("pack p { version \"1\" }\nrule r { artcle \"第一条\" }")
        let listed = ClauseWord.allCases.map(\.rawValue).sorted().joined(separator: ", ")
        #expect(found.contains { $0.message.en.contains("expected one of: \(listed)") }, "\(found)")
    }
}

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

    /// The table of report roles says what `ReportRole.needs` declares: subject, kind of rule,
    /// how many rules, needed or not.
    @Test func everyRoleHasARowSayingWhatItNeeds() throws {
        let text = try String(contentsOfFile: Fixture.root + "/Docs/rules-language.md", encoding: .utf8)
        for role in ReportRole.allCases {
            let row = try #require(
                text.split(separator: "\n").first { $0.hasPrefix("| `\(role.rawValue)` |") },
                "\(role.rawValue) has no row in Docs/rules-language.md")
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells.count == 7, "\(row)")
            guard cells.count == 7 else { continue }
            let subjects = Subject.allCases.filter { cells[2].contains("`\($0.rawValue)`") }
            #expect(subjects == role.needs.subjects, "\(row)")
            let kind =
                switch role.needs.shape {
                case .deadline: "deadline"
                case .condition: "condition"
                case nil: "either"
                }
            #expect(cells[3].hasPrefix(kind), "\(row)")
            #expect(cells[4] == (role.needs.single ? "one" : "any number"), "\(row)")
            #expect(cells[6] == (role.needs.required ? "yes" : "no"), "\(row)")
        }
    }

    @Test func anUnknownClauseListsTheDeclaredOnes() throws {
        let found = try problems("pack p { version \"1\" }\nrule r { artcle \"第一条\" }")
        let listed = ClauseWord.allCases.map(\.rawValue).sorted().joined(separator: ", ")
        #expect(found.contains { $0.message.en.contains("expected one of: \(listed)") }, "\(found)")
    }
}

import Foundation
import TalkModel
import Testing

/// The tree has history (`spec/dataset-format.md`): former parents, established, dissolved, each
/// read, written back byte for byte, and validated with its JSON path.
@Suite struct TreeHistoryTests {
    static let people = #""people": [{"id": "p-a", "name": "甲"}, {"id": "p-b", "name": "乙"}]"#

    /// A document of organizations (and optionally talks, triggers, plans).
    func document(_ organizations: String, _ rest: String = "") -> String {
        #"{"format": "supervision-talks/1", "organizations": ["# + organizations + "], " + Self.people
            + (rest.isEmpty ? "" : ", " + rest) + "}"
    }

    static let root = #"{"id": "r", "name": "省委", "kind": "local-committee", "level": "province"}"#
    static let a = #"{"id": "a", "name": "甲市委", "kind": "local-committee", "level": "city", "parent": "r"}"#
    static let b = #"{"id": "b", "name": "乙市委", "kind": "local-committee", "level": "city", "parent": "r"}"#

    @Test func historyRoundTripsByteForByte() throws {
        let moved =
            #"{"id": "k", "name": "丙县委", "kind": "local-committee", "level": "county", "parent": "b", "formerParents": [{"parent": "a", "until": "2026-06-30"}, {"until": "2026-08-31"}], "established": "2020-01-01", "dissolved": "2030-12-31"}"#
        let decoded = DatasetDecoder.decode(
            try JSONReader.parse(Array(document([Self.root, Self.a, Self.b, moved].joined(separator: ", ")).utf8)))
        #expect(decoded.problems.isEmpty, "\(decoded.problems)")
        let k = try #require(decoded.dataset.organizations.first { $0.id == "k" })
        #expect(
            k.formerParents == [
                FormerParent(parent: "a", until: CivilDate("2026-06-30")!),
                FormerParent(parent: nil, until: CivilDate("2026-08-31")!),
            ])
        #expect(k.parent(on: CivilDate("2026-06-30")!) == "a")
        #expect(k.parent(on: CivilDate("2026-07-01")!) == nil)
        #expect(k.parent(on: CivilDate("2026-09-01")!) == "b")
        #expect(k.exists(on: CivilDate("2019-12-31")!) == false && k.exists(on: CivilDate("2030-12-31")!))
        let exported = DatasetEncoder.document(decoded.dataset, confidential: true)
        #expect(exported.contains(moved))
        // An old document (no history) writes no new field.
        let plain = DatasetEncoder.document(
            DatasetDecoder.decode(try JSONReader.parse(Array(document(Self.root).utf8))).dataset, confidential: true)
        #expect(!plain.contains("formerParents") && !plain.contains("established") && !plain.contains("dissolved"))
    }

    @Test(arguments: [
        // until dates out of order
        (
            #"{"id": "k", "name": "丙", "kind": "local-committee", "level": "county", "parent": "b", "formerParents": [{"parent": "a", "until": "2026-06-30"}, {"parent": "r", "until": "2026-06-30"}]}"#,
            "",
            "organizations[3].formerParents[1].until: 2026-06-30 must be after the previous parent's last day 2026-06-30"
        ),
        // dissolved before established
        (
            #"{"id": "k", "name": "丙", "kind": "local-committee", "level": "county", "parent": "b", "established": "2026-05-01", "dissolved": "2026-04-30"}"#,
            "",
            "organizations[3].dissolved: 2026-04-30 is before established 2026-05-01"
        ),
        // an unknown former parent
        (
            #"{"id": "k", "name": "丙", "kind": "local-committee", "level": "county", "parent": "b", "formerParents": [{"parent": "x", "until": "2026-06-30"}]}"#,
            "",
            "organizations[3].formerParents[0].parent: unknown organization \"x\""
        ),
        // a talk with an organization on a day it did not exist
        (
            #"{"id": "k", "name": "丙", "kind": "local-committee", "level": "county", "parent": "a", "established": "2026-05-01"}"#,
            #""talks": [{"id": "T1", "conductor": "a", "kind": "regular", "organization": "k", "talkee": "p-b", "talker": "p-a", "held": "2026-04-10"}]"#,
            "talks[0].organization: \"k\" did not exist on 2026-04-10 (it existed 2026-05-01–…)"
        ),
        // a trigger likewise
        (
            #"{"id": "k", "name": "丙", "kind": "local-committee", "level": "county", "parent": "a", "dissolved": "2026-03-31"}"#,
            #""triggers": [{"id": "TR1", "organization": "k", "kind": "petitions", "on": "2026-04-01"}]"#,
            "triggers[0].organization: \"k\" did not exist on 2026-04-01 (it existed …–2026-03-31)"
        ),
        // a plan item of a year in which the organization never existed
        (
            #"{"id": "k", "name": "丙", "kind": "local-committee", "level": "county", "parent": "a", "dissolved": "2025-12-31"}"#,
            #""plans": [{"id": "P1", "conductor": "a", "year": 2026, "organization": "k"}]"#,
            "plans[0].organization: \"k\" did not exist in 2026 (it existed …–2025-12-31)"
        ),
        // a loop of parents on one day only: a under k until 2026-06-30 while k is under a
        (
            #"{"id": "k", "name": "丙", "kind": "local-committee", "level": "county", "parent": "a"}, {"id": "m", "name": "丁", "kind": "local-committee", "level": "county", "parent": "r", "formerParents": [{"parent": "n", "until": "2026-06-30"}]}, {"id": "n", "name": "戊", "kind": "local-committee", "level": "county", "parent": "m"}"#,
            "",
            // (Said with its last day: helper-206, no day at all.)
            "organizations[4].parent: parents form a loop (until 2026-06-30): m → n → m"
        ),
        // a loop from one transfer to the next: m under n from July to August
        (
            #"{"id": "m", "name": "丁", "kind": "local-committee", "level": "county", "parent": "r", "formerParents": [{"parent": "r", "until": "2026-06-30"}, {"parent": "n", "until": "2026-08-31"}]}, {"id": "n", "name": "戊", "kind": "local-committee", "level": "county", "parent": "m"}"#,
            "",
            "organizations[3].parent: parents form a loop (from 2026-07-01 to 2026-08-31): m → n → m"
        ),
        // a parent set up after the organization was (helper-264: loaded, as `talks move` refuses)
        (
            #"{"id": "k", "name": "丙", "kind": "local-committee", "level": "county", "parent": "n", "established": "2026-01-01"}, {"id": "n", "name": "戊", "kind": "local-committee", "level": "city", "parent": "r", "established": "2026-09-01"}"#,
            "",
            "organizations[3].parent: the parent \"n\" was established on 2026-09-01, after the organization was, on 2026-01-01"
        ),
        // or after a first parent, with the organization there from before any day
        (
            #"{"id": "k", "name": "丙", "kind": "local-committee", "level": "county", "parent": "a", "formerParents": [{"parent": "n", "until": "2026-09-30"}]}, {"id": "n", "name": "戊", "kind": "local-committee", "level": "city", "parent": "r", "established": "2026-09-01"}"#,
            "",
            "organizations[3].formerParents[0].parent: the parent \"n\" was established on 2026-09-01, and the organization, with no day of establishment, existed before it"
        ),
    ])
    func historyIsValidatedAtItsPlace(_ organization: String, _ rest: String, _ expected: String) throws {
        let found = try problems(document([Self.root, Self.a, Self.b, organization].joined(separator: ", "), rest))
        #expect(found.contains { $0.hasPrefix(expected) }, "\(found)")
    }

    /// A loop that exists only from a transfer on: found on the day it begins.
    @Test func aLoopFromATransferOnIsFound() throws {
        let m =
            #"{"id": "m", "name": "丁", "kind": "local-committee", "level": "county", "parent": "n", "formerParents": [{"parent": "r", "until": "2026-06-30"}]}"#
        let n =
            #"{"id": "n", "name": "戊", "kind": "local-committee", "level": "county", "parent": "m", "formerParents": [{"parent": "r", "until": "2026-08-31"}]}"#
        let found = try problems(document([Self.root, m, n].joined(separator: ", ")))
        #expect(found.contains { $0.contains("parents form a loop (from 2026-09-01)") }, "\(found)")
    }
}

import Testing

@testable import TalkRules

/// Records found by id through `IDIndex`: each id once, the first of two with one id, nothing for
/// an id no record has, and ids matched by their bytes, as the store matches them.
@Suite struct IDIndexTests {
    @Test(arguments: [0, 1, 2, 1_000, 70_000])
    func everyIDIsFoundAtItsPosition(_ count: Int) {
        let ids = (0..<count).map { "T\($0 * 7919 % max(count, 1))-\($0)" }
        let index = IDIndex(count: ids.count) { ids[$0] }
        #expect(ids.indices.allSatisfy { index[ids[$0]] == $0 })
        #expect(index["T-none"] == nil && index[""] == nil)
    }

    @Test func theFirstOfTwoWithOneIDIsFound() {
        let ids = ["a", "b", "a", "c", "b"]
        let index = IDIndex(count: ids.count) { ids[$0] }
        #expect(["a", "b", "c"].map { index[$0] } == [0, 1, 3])
    }

    /// Two ids equal as Swift compares texts (canonical equivalence) but not in bytes are two
    /// records, as in the store: a reference to either finds its own, never the other's.
    @Test func idsAreMatchedByTheirBytes() {
        let ids = ["caf\u{E9}", "x", "cafe\u{301}"]
        #expect(ids[0] == ids[2])
        let index = IDIndex(count: ids.count) { ids[$0] }
        #expect(index["caf\u{E9}"] == 0)
        #expect(index["cafe\u{301}"] == 2)
        #expect(index["ca\u{301}fe"] == nil)
    }
}

import Testing

@testable import TalkRules

/// Values grouped by key as ranges of one array (`Groups`): each key's in the pairs' order,
/// keys with none empty, pairs naming no key (negative) left out, as an array of arrays held them.
@Suite struct GroupsTests {
    @Test func eachKeyHoldsItsPositionsInOrder() {
        let keys = [2, 0, -1, 2, 3, 0, 2]
        let groups = Groups(count: 5, keys: keys)
        var arrays = [[Int]](repeating: [], count: 5)
        for (position, key) in keys.enumerated() where key >= 0 { arrays[key].append(position) }
        #expect(groups.map(Array.init) == arrays)
        #expect(arrays == [[1, 5], [], [0, 3, 6], [4], []])
    }

    @Test func pairsKeepTheirOrderUnderEachKey() {
        let groups = Groups(
            count: 3, [(key: 1, value: "9"), (key: 0, value: "4"), (key: -1, value: "x"), (key: 1, value: "2")])
        #expect(groups.map(Array.init) == [["4"], ["9", "2"], []])
        // A key's values are a slice of one array: its first index is not 0.
        #expect(groups[1].first == "9" && groups[1].startIndex == 1)
    }

    @Test func noKeysAndNoPositions() {
        #expect(Groups(count: 2, keys: []).map(Array.init) == [[], []])
        #expect(Groups(count: 0, keys: []).isEmpty)
    }
}

import Testing

@testable import TalkRules

/// Positions grouped by key as ranges of one array (`Groups`): each key's in the pairs' order,
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
        let groups = Groups(count: 3, [(key: 1, position: 9), (key: 0, position: 4), (key: 1, position: 2)])
        #expect(Array(groups[0]) == [4] && Array(groups[1]) == [9, 2] && groups[2].isEmpty)
    }

    @Test func noKeysAndNoPositions() {
        #expect(Groups(count: 2, keys: []).map(Array.init) == [[], []])
        #expect(Groups(count: 0, keys: []).isEmpty)
    }
}

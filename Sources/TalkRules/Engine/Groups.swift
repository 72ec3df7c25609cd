/// Positions of records grouped by a key (an organization, a plan item): each key's positions in
/// order, as one range of one array (compressed sparse rows). An array of arrays held a heap
/// array for every key that has one (48 bytes and more each, for hundreds of thousands of
/// organizations and plan items nationally, `Docs/performance.md`); this is two arrays.
struct Groups: RandomAccessCollection, Sendable {
    /// Where each key's positions start in `members`, and where the last key's end.
    private let starts: [Int]
    private let members: [Int]

    /// `count` keys, with each of `pairs` (a key and a position) under its key, in the pairs'
    /// order; a pair whose key is negative (names nothing) is left out.
    init(count: Int, _ pairs: some Sequence<(key: Int, position: Int)>) {
        var sizes = [Int](repeating: 0, count: count + 1)
        for pair in pairs where pair.key >= 0 { sizes[pair.key + 1] += 1 }
        for key in 0..<count { sizes[key + 1] += sizes[key] }
        var next = sizes
        var members = [Int](repeating: 0, count: sizes[count])
        for pair in pairs where pair.key >= 0 {
            members[next[pair.key]] = pair.position
            next[pair.key] += 1
        }
        (starts, self.members) = (sizes, members)
    }

    /// `count` keys, each position of `keys` under the key it holds there.
    init(count: Int, keys: [Int]) {
        self.init(count: count, keys.enumerated().lazy.map { (key: $1, position: $0) })
    }

    /// The keys.
    var startIndex: Int { 0 }
    var endIndex: Int { starts.count - 1 }

    /// The positions under `key`, in order.
    subscript(key: Int) -> ArraySlice<Int> { members[starts[key]..<starts[key + 1]] }
}

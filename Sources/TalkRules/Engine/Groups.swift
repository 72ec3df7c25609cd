/// Values grouped by a key (an organization, a plan item): each key's values in order, as one
/// range of one array (compressed sparse rows). An array of arrays held a heap array for every
/// key that has one (48 bytes and more each, for hundreds of thousands of organizations and plan
/// items nationally, `Docs/performance.md`); this is two arrays.
struct Groups<Value: Sendable>: RandomAccessCollection, Sendable {
    /// Where each key's values start in `values`, and where the last key's end.
    private let starts: [Int]
    private let values: [Value]

    /// `count` keys, with each of `pairs` (a key and a value) under its key, in the pairs' order;
    /// a pair whose key is negative (names nothing) is left out.
    init(count: Int, _ pairs: some Collection<(key: Int, value: Value)>) {
        var starts = [Int](repeating: 0, count: count + 1)
        for pair in pairs where pair.key >= 0 { starts[pair.key + 1] += 1 }
        for key in 0..<count { starts[key + 1] += starts[key] }
        var next = starts
        values = [Value](unsafeUninitializedCapacity: starts[count]) { buffer, initialized in
            // Every place is counted above, so each is initialized once.
            for pair in pairs where pair.key >= 0 {
                (buffer.baseAddress! + next[pair.key]).initialize(to: pair.value)
                next[pair.key] += 1
            }
            initialized = starts[count]
        }
        self.starts = starts
    }

    /// The keys.
    var startIndex: Int { 0 }
    var endIndex: Int { starts.count - 1 }

    /// The values under `key`, in order (a slice: its first index is not 0).
    subscript(key: Int) -> ArraySlice<Value> { values[starts[key]..<starts[key + 1]] }
}

extension Groups<Int> {
    /// `count` keys, each position of `keys` under the key it holds there.
    init(count: Int, keys: some Collection<Int>) {
        self.init(count: count, keys.enumerated().lazy.map { (key: $1, value: $0) })
    }
}

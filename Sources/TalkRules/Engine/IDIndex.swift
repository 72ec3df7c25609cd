/// The records of one kind by id: each record's position, found by its id's hash in a table of
/// positions, the ids read from the records themselves (open addressing, linear probing, at most
/// half full). A `[String: Int]` held every id again beside its position, 24 bytes a slot in a
/// table twice the records: 50 MB for the talks of scale 4 (`Docs/performance.md`); this is 4
/// bytes a slot.
struct IDIndex: Sendable {
    /// Each slot a position, or -1.
    private let slots: [Int32]
    private let id: @Sendable (Int) -> String

    /// Indexes `count` records, record `i` named `id(i)`; of two with one id, the first is found.
    init(count: Int, id: @escaping @Sendable (Int) -> String) {
        precondition(count < Int(Int32.max), "more records of one kind than a store holds")
        var size = 1
        while size < count * 2 { size <<= 1 }
        var slots = [Int32](repeating: -1, count: size)
        for i in 0..<count {
            let key = id(i)
            var slot = key.hashValue & (size - 1)
            while slots[slot] >= 0 {
                if id(Int(slots[slot])) == key { break }
                slot = (slot + 1) & (size - 1)
            }
            if slots[slot] < 0 { slots[slot] = Int32(i) }
        }
        (self.slots, self.id) = (slots, id)
    }

    /// The position of the record named `key`, nil when none is.
    subscript(key: String) -> Int? {
        let mask = slots.count - 1
        var slot = key.hashValue & mask
        while slots[slot] >= 0 {
            let position = Int(slots[slot])
            if id(position) == key { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }
}

import Foundation

/// The records of one kind by id: each record's position, found by its id's hash in a table of
/// positions (open addressing, linear probing, at most half full), the ids beside it in one array
/// in the records' order. A `[String: Int]` held every id beside its position, 24 bytes a slot in
/// a table twice the records: 50 MB for the talks of scale 4 (`Docs/performance.md`); this is 4
/// bytes a slot and 16 a record. The ids were first read from the records themselves, each a
/// miss of the cache in a large array (an organization is 150 bytes): resolving a national
/// store's references took twice as long.
///
/// Ids are matched by their bytes, as the store matches them (a SQL `=` on text): a reference
/// finds the record the store's foreign key found. Swift's `==` is canonical equivalence, which
/// would take "café" written with a combining accent for the composed "café" of another record
/// (two such ids can both be stored only from before ids had to be composed, `IDRules`). An id a
/// person types is put in its stored form before it is looked up (`NameLookup`).
struct IDIndex: Sendable {
    /// Each slot a position, or -1.
    private let slots: [Int32]
    /// Each record's id, by position.
    private let ids: [String]

    /// Indexes `count` records, record `i` named `id(i)`; of two with one id, the first is found.
    init(count: Int, id: (Int) -> String) {
        precondition(count < Int(Int32.max), "more records of one kind than a store holds")
        var size = 1
        while size < count * 2 { size <<= 1 }
        var slots = [Int32](repeating: -1, count: size)
        let ids = (0..<count).map(id)
        for i in 0..<count {
            let key = ids[i]
            var slot = key.hashValue & (size - 1)
            while slots[slot] >= 0 {
                if sameBytes(ids[Int(slots[slot])], key) { break }
                slot = (slot + 1) & (size - 1)
            }
            if slots[slot] < 0 { slots[slot] = Int32(i) }
        }
        (self.slots, self.ids) = (slots, ids)
    }

    /// The position of the record named `key`, nil when none is.
    subscript(key: String) -> Int? {
        let mask = slots.count - 1
        var slot = key.hashValue & mask
        while slots[slot] >= 0 {
            let position = Int(slots[slot])
            if sameBytes(ids[position], key) { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }
}

/// Whether two texts are the same bytes (ids, messages): not Swift's `==`, which is canonical
/// equivalence (`IDIndex`). The count first: for a native string it is stored, and most texts
/// compared with another differ in it. Then the bytes where they lie, by `memcmp` (`elementsEqual`
/// over the two `UTF8View`s went through their iterators byte by byte, a fifth of `coverage`'s
/// CPU at scale 1; over the two buffers, still a byte at a time, 1.5 % of `check`'s).
func sameBytes(_ a: String, _ b: String) -> Bool {
    let count = a.utf8.count
    guard count == b.utf8.count else { return false }
    let compared = a.utf8.withContiguousStorageIfAvailable { x in
        b.utf8.withContiguousStorageIfAvailable { y in
            count == 0 || memcmp(x.baseAddress!, y.baseAddress!, count) == 0
        }
    }
    return (compared ?? nil) ?? a.utf8.elementsEqual(b.utf8)
}

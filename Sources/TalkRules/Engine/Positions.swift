/// A reference of each record resolved: the position of the record its field names, -1 where it
/// names none. Four bytes a record, where an `[Int]` took 8 and an `[Int?]` 16: a column for each
/// reference of every talk and plan item, millions nationally (`Docs/performance.md`).
struct Positions: RandomAccessCollection, Sendable {
    private let values: [Int32]

    /// The positions, each below `Int32.max` (a store holds fewer records of a kind).
    init(_ values: [Int32]) { self.values = values }

    var startIndex: Int { 0 }
    var endIndex: Int { values.count }

    /// The position record `i` names, -1 for none.
    subscript(i: Int) -> Int { Int(values[i]) }

    /// The position record `i` names, nil for none.
    func optional(_ i: Int) -> Int? { values[i] < 0 ? nil : Int(values[i]) }
}

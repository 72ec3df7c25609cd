import Dispatch

extension Array where Element: Sendable {
    /// `count` elements, the `i`th made by `make(i)`, made on every core at once (Dispatch's
    /// `concurrentPerform`) and placed in index order whichever thread made each: parallel work
    /// with the same result on any machine.
    public init(concurrently count: Int, _ make: @Sendable (Int) -> Element) {
        self.init(unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: count) { i in (slots.base! + i).initialize(to: make(i)) }
            initialized = count
        }
    }
}

/// The array's storage, each slot written by the one thread that makes its element.
private struct Slots<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>?
}

/// `make(i)` for every `i` in `0..<count`, made on every core `batch` at a time (`Array(concurrently:)`),
/// each batch then handed to `use` in index order: parallel work used in order, with only one batch
/// held at once (a national document's records are not all made before the first is used).
public func concurrentlyInOrder<Element: Sendable>(
    _ count: Int, batch: Int = 4096, make: @Sendable (Int) -> Element, use: (_ index: Int, Element) throws -> Void
) rethrows {
    for start in stride(from: 0, to: count, by: batch) {
        let made = [Element](concurrently: min(batch, count - start)) { make(start + $0) }
        for (n, element) in made.enumerated() { try use(start + n, element) }
    }
}

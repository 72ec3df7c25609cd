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

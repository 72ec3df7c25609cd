import Dispatch
import Foundation

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
/// each batch then handed to `use` in index order: parallel work used in order. The next batch is
/// made while one is used (`use` is the writing of a load, on one thread: the other cores would
/// wait for it), so two batches are held at most (a national document's records are not all made
/// before the first is used).
public func concurrentlyInOrder<Element: Sendable, Failure: Error>(
    _ count: Int, batch: Int = 512, make: @escaping @Sendable (Int) -> Element,
    use: (_ index: Int, Element) throws(Failure) -> Void
) throws(Failure) {
    func start(_ first: Int) -> Made<[Element]> {
        let range = first..<min(first + batch, count)
        return Made { [Element](concurrently: range.count) { make(range.lowerBound + $0) } }
    }
    var next = count > 0 ? start(0) : nil
    // Nothing is left running when this returns: a batch still being made is waited for, even when `use` throws.
    defer { _ = next?.value }
    for first in stride(from: 0, to: count, by: batch) {
        let made = next!.value
        next = first + batch < count ? start(first + batch) : nil
        for (n, element) in made.enumerated() { try use(first + n, element) }
        freeElsewhere(made)
    }
}

/// Lets go of `value` on another thread, which frees it: what the one thread a job waits for is
/// done with (a load's batches of rows, its records of one kind, made on the other cores) is freed
/// beside its work rather than between its statements (a twentieth of a load's writing thread).
public func freeElsewhere<Value>(_ value: consuming Value) {
    let held = Held(value)
    DispatchQueue.global().async { held.value = nil }
}

/// A value handed to the thread that frees it (`freeElsewhere`), which alone touches it from then on.
private final class Held<Value>: @unchecked Sendable {
    var value: Value?
    init(_ value: consuming Value) { self.value = value }
}

/// `first()` made on another thread while this one makes `second()`: two independent jobs at once
/// (the tree of organizations built while every record's references are resolved).
public func inParallel<First: Sendable, Second>(_ first: @escaping @Sendable () -> First, _ second: () -> Second)
    -> (First, Second)
{
    let made = Made(first)
    let other = second()
    return (made.value, other)
}

/// A value made on another thread, from the moment this is made; `value` waits for it, and
/// `isMade` tells without waiting whether it is there (a load's validation, made beside its
/// writing, which stops early once the validation has found problems). The value is written
/// before the group is left and read only after the group is waited for, which orders the two.
public final class Made<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var made: Value?

    public init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: group) { self.made = make() }
    }

    /// The value, once made: waits for it.
    public var value: Value {
        group.wait()
        return made!
    }

    /// Whether the value is made: `value` would not wait.
    public var isMade: Bool { group.wait(timeout: .now()) == .success }
}

/// Runs `produce` on another thread while this one hands each item it passes to `hand`, in order,
/// to `use`: two stages of a sequential job on two cores (the store steps its rows on one while
/// the records are made from them on the other). At most `depth` items wait between the stages.
/// An error of either stage stops both and is thrown here; nothing is left running on return.
public func pipelined<Item: Sendable>(
    depth: Int = 4, produce: @escaping @Sendable (_ hand: (Item) throws -> Void) throws -> Void,
    use: (Item) throws -> Void
) throws {
    let pipe = Pipe<Item>(depth: depth)
    let done = DispatchGroup()
    DispatchQueue.global().async(group: done) {
        do {
            try produce { item in
                guard pipe.put(item) else { throw Pipe<Item>.Stopped() }
            }
            pipe.end(failure: nil)
        } catch is Pipe<Item>.Stopped {
            pipe.end(failure: nil)
        } catch {
            pipe.end(failure: error)
        }
    }
    defer {
        pipe.stop()
        done.wait()
    }
    while let item = try pipe.take() { try use(item) }
}

/// The items between `pipelined`'s stages, each end waiting on the other under one condition.
private final class Pipe<Item>: @unchecked Sendable {
    struct Stopped: Error {}
    private let condition = NSCondition()
    private let depth: Int
    private var items: [Item] = []
    private var ended = false
    private var failure: (any Error)?
    private var stopped = false

    init(depth: Int) { self.depth = depth }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        return try body()
    }

    /// Adds an item once there is room; false when the consumer has stopped.
    func put(_ item: Item) -> Bool {
        locked {
            while items.count >= depth, !stopped { condition.wait() }
            guard !stopped else { return false }
            items.append(item)
            return true
        }
    }

    /// The next item once there is one; nil at the end, or the producer's error.
    func take() throws -> Item? {
        try locked {
            while items.isEmpty, !ended { condition.wait() }
            if !items.isEmpty { return items.removeFirst() }
            if let failure { throw failure }
            return nil
        }
    }

    /// The producer is done: nothing follows the items put.
    func end(failure: (any Error)?) {
        locked {
            self.failure = failure
            ended = true
        }
    }

    /// The consumer is done: the producer stops at its next item, or at once if it waits for room.
    func stop() { locked { stopped = true } }
}

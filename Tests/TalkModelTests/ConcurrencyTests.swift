import Synchronization
import TalkModel
import Testing

/// The helpers that put work on several cores: the results are the same as done in order, and an
/// error stops the work and is thrown, with nothing left running.
@Suite struct ConcurrencyTests {
    struct Failed: Error, Equatable { let at: Int }

    @Test func concurrentlyMadeElementsAreInIndexOrder() {
        #expect([Int](concurrently: 10_000) { $0 * 3 } == (0..<10_000).map { $0 * 3 })
    }

    @Test func concurrentlyInOrderUsesEveryElementInOrder() {
        var used: [Int] = []
        concurrentlyInOrder(5_000, batch: 7, make: { $0 * 2 }) { i, element in
            #expect(element == i * 2)
            used.append(i)
        }
        #expect(used == Array(0..<5_000))
    }

    @Test(arguments: [0, 1, 3, 4, 5, 1_000])
    func pipelinedHandsOverEveryItemInOrder(count: Int) throws {
        var used: [Int] = []
        try pipelined(depth: 4) { hand in
            for i in 0..<count { try hand(i) }
        } use: {
            used.append($0)
        }
        #expect(used == Array(0..<count))
    }

    @Test(arguments: [0, 2, 500])
    func aProducerErrorIsThrownAfterTheItemsBeforeIt(at failure: Int) {
        var used: [Int] = []
        #expect(throws: Failed(at: failure)) {
            try pipelined(depth: 2) { hand in
                for i in 0..<1_000 {
                    if i == failure { throw Failed(at: i) }
                    try hand(i)
                }
            } use: {
                used.append($0)
            }
        }
        #expect(used == Array(0..<failure))
    }

    /// The producer would run for ever if it were not stopped; `pipelined` returns only once it has.
    @Test(arguments: [0, 3, 100])
    func anErrorOfTheUseStopsTheProducer(at failure: Int) {
        let produced = Atomic<Int>(0)
        let running = Atomic<Bool>(false)
        #expect(throws: Failed(at: failure)) {
            try pipelined(depth: 4) { hand in
                running.store(true, ordering: .sequentiallyConsistent)
                defer { running.store(false, ordering: .sequentiallyConsistent) }
                var i = 0
                while true {
                    try hand(i)
                    produced.add(1, ordering: .sequentiallyConsistent)
                    i += 1
                }
            } use: { item in
                if item == failure { throw Failed(at: item) }
            }
        }
        let stillRunning = running.load(ordering: .sequentiallyConsistent)
        let count = produced.load(ordering: .sequentiallyConsistent)
        #expect(!stillRunning)
        // The items taken, up to the failing one, and at most the four waiting in the pipe.
        #expect(count <= failure + 1 + 4)
    }
}

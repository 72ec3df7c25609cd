import Testing

@testable import TalkStore

/// The running sum of record digests behind the audit trail's state.
@Suite struct DigestSumTests {
    let one = String(repeating: "0", count: 63) + "1"
    let maximum = String(repeating: "f", count: 64)
    let digests = [
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
        "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13",
    ]

    @Test func theSumIsTheSameInAnyOrder() {
        var forward = DigestSum()
        for digest in digests { forward.add(digest) }
        var backward = DigestSum()
        for digest in digests.reversed() { backward.add(digest) }
        #expect(forward == backward)
        #expect(forward.hex != DigestSum().hex)
    }

    @Test func subtractingUndoesAdding() {
        var sum = DigestSum()
        for digest in digests { sum.add(digest) }
        for digest in digests { sum.subtract(digest) }
        #expect(sum.hex == String(repeating: "0", count: 64))
    }

    @Test func theSumWrapsModulo2To256() {
        var sum = DigestSum()
        sum.add(maximum)
        sum.add(one)
        #expect(sum.hex == String(repeating: "0", count: 64))
        sum.subtract(one)
        #expect(sum.hex == maximum)
    }
}

import Foundation
import TalkModel
import TestSupport
import Testing

/// The NIST FIPS 180-4 example vectors: the packs' digests in findings and the audit trail's
/// record digests must be real SHA-256.
@Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
])
func sha256MatchesNISTVectors(_ input: String, _ digest: String) {
    #expect(SHA256.hex(Array(input.utf8)) == digest)
    #expect(SHA256.hex(input.utf8) == digest)
}

@Test func sha256OfAMillionAs() {
    let input = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(SHA256.hex(input) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    // The same bytes from a collection with no contiguous storage, copied before digesting.
    #expect(SHA256.hex(repeatElement(UInt8(ascii: "a"), count: 1_000_000)) == SHA256.hex(input))
}

/// Every length around the block's edges (the padding takes one block or two) and random longer
/// ones, random bytes each, against the system's `sha256sum`.
@Test func sha256AgreesWithSha256sum() throws {
    // Seeded (`SplitMix`), so a failing length can be run again.
    var generator = SplitMix(seed: 16)
    let lengths =
        Array(0...130) + [183, 184, 191, 192, 247, 248, 255, 256, 1000, 4095, 4096, 65_537]
        + (0..<20).map { _ in Int(generator.next() % 20_000) }
    for length in lengths {
        let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        #expect(SHA256.hex(bytes) == (try sha256sum(bytes)), "\(length) bytes")
    }
}

private func sha256sum(_ bytes: [UInt8]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    try input.fileHandleForWriting.write(contentsOf: bytes)
    try input.fileHandleForWriting.close()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return String(text.prefix(64))
}

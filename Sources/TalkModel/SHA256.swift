/// SHA-256 (FIPS 180-4), so a findings report can name the exact rule packs behind it and the
/// audit trail can digest every record, without a crypto library. Tested against the NIST
/// example vectors and `sha256sum`.
public enum SHA256 {
    private static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// The first state (FIPS 180-4 §5.3.3).
    private static let initial: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]

    /// The digest of `bytes` as 64 lowercase hexadecimal digits.
    public static func hex<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        let digest = digest(bytes)
        return String(unsafeUninitializedCapacity: 64) { text in
            for (i, byte) in digest.enumerated() {
                text[2 * i] = hexDigit(byte >> 4)
                text[2 * i + 1] = hexDigit(byte & 15)
            }
            return 64
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x57 + value  // "0"…"9", "a"…"f"
    }

    /// The digest of `bytes`, 32 bytes; read where they lie when they are contiguous (a `String`'s
    /// UTF-8, an array), else copied once.
    public static func digest<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        bytes.withContiguousStorageIfAvailable(digest(contiguous:))
            ?? Array(bytes).withUnsafeBufferPointer(digest(contiguous:))
    }

    /// Whole blocks are compressed where they lie; only the last bytes, the padding and the
    /// length (one or two blocks) are copied. Unchecked pointers in the rounds: every index below
    /// is in range by construction, and bounds checks there cost more than the arithmetic
    /// (records are digested by the thousand).
    private static func digest(contiguous message: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64 + 8) { words in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                let w = words.baseAddress!
                let state = w + 64
                for i in 0..<8 { state[i] = initial[i] }
                k.withUnsafeBufferPointer { k in
                    let whole = message.count - message.count % 64
                    for block in stride(from: 0, to: whole, by: 64) {
                        compress(block: message.baseAddress! + block, k.baseAddress!, w, state)
                    }
                    // The rest, 0x80, zeros, and the length in bits as 8 bytes, big-endian.
                    let rest = message.count - whole
                    _ = tail.initialize(from: repeatElement(0, count: 128))
                    for i in 0..<rest { tail[i] = message[whole + i] }
                    tail[rest] = 0x80
                    let end = rest < 56 ? 64 : 128
                    let bits = UInt64(message.count) &* 8
                    for i in 0..<8 { tail[end - 1 - i] = UInt8(truncatingIfNeeded: bits >> UInt64(8 * i)) }
                    for block in stride(from: 0, to: end, by: 64) {
                        compress(block: tail.baseAddress! + block, k.baseAddress!, w, state)
                    }
                }
                var out: [UInt8] = []
                out.reserveCapacity(32)
                for i in 0..<8 {
                    for shift in stride(from: 24, through: 0, by: -8) {
                        out.append(UInt8(truncatingIfNeeded: state[i] >> UInt32(shift)))
                    }
                }
                return out
            }
        }
    }

    /// One 64-byte block into the state (FIPS 180-4 §6.2.2).
    private static func compress(
        block: UnsafePointer<UInt8>, _ k: UnsafePointer<UInt32>, _ w: UnsafeMutablePointer<UInt32>,
        _ state: UnsafeMutablePointer<UInt32>
    ) {
        for i in 0..<16 {
            let j = i * 4
            w[i] =
                UInt32(block[j]) << 24 | UInt32(block[j + 1]) << 16 | UInt32(block[j + 2]) << 8 | UInt32(block[j + 3])
        }
        for i in 16..<64 {
            let s0 = rotate(w[i - 15], 7) ^ rotate(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotate(w[i - 2], 17) ^ rotate(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
        for i in 0..<64 {
            let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
            let choice = (e & f) ^ (~e & g)
            let t1 = h &+ s1 &+ choice &+ k[i] &+ w[i]
            let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ majority
            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
        state[0] &+= a
        state[1] &+= b
        state[2] &+= c
        state[3] &+= d
        state[4] &+= e
        state[5] &+= f
        state[6] &+= g
        state[7] &+= h
    }

    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value >> count) | (value << (32 - count))
    }
}

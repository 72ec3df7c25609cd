import Foundation
import TalkModel

/// Who changes the store and with which command; written into every audit entry.
public struct Actor: Sendable {
    public var user: String
    /// The command and the file it read (`load province.json`): never a flag's value, which may
    /// hold confidential text (`record --problem …`).
    public var command: String

    public init(user: String = Actor.currentUser(), command: String) {
        self.user = user
        self.command = command
    }

    /// The operating-system account running the process, as the password database names it.
    public static func currentUser() -> String {
        let uid = geteuid()
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return "uid \(uid)" }
        return "\(String(cString: name)) (uid \(uid))"
    }
}

/// What one change did to the records, kind by kind: ids (or keys) and field names only.
public struct AuditChanges: Sendable {
    public struct OfKind: Sendable {
        public var added: [String] = []
        /// Each replaced record with the fields whose values changed.
        public var replaced: [(key: String, fields: [String])] = []
        public var deleted: [String] = []
        /// Records written again with the same content.
        public var unchanged = 0
        /// Records already in the store when the audit trail began.
        public var adopted = 0
    }

    public var kinds: [RecordKind: OfKind] = [:]

    public init() {}

    /// Canonical JSON, kinds in the format's order: its text is what the entry's hash covers.
    public var jsonValue: JSONValue {
        let members: [(String, JSONValue)] = RecordKind.allCases.compactMap { kind in
            guard let c = kinds[kind] else { return nil }
            var fields: [(String, JSONValue)] = []
            if !c.added.isEmpty { fields.append(("added", .array(c.added.map(JSONValue.string)))) }
            if !c.replaced.isEmpty {
                fields.append(
                    ("replaced", .object(c.replaced.map { ($0.key, .array($0.fields.map(JSONValue.string))) })))
            }
            if !c.deleted.isEmpty { fields.append(("deleted", .array(c.deleted.map(JSONValue.string)))) }
            if c.unchanged > 0 { fields.append(("unchanged", .number(String(c.unchanged)))) }
            if c.adopted > 0 { fields.append(("adopted", .number(String(c.adopted)))) }
            return (kind.rawValue, .object(fields))
        }
        return .object(members)
    }

    func json() -> String { JSONWriter.line(jsonValue) }

    /// Reads what `json()` wrote; nil when the text is not such a document.
    init?(json text: String) {
        guard case .object(let members)? = try? JSONReader.parse(Array(text.utf8), askingForGBK: false) else {
            return nil
        }
        for (name, value) in members {
            guard let kind = RecordKind(rawValue: name), case .object(let fields) = value else { return nil }
            var c = OfKind()
            for (field, value) in fields {
                switch (field, value) {
                case ("added", .array(let keys)): c.added = keys.compactMap(\.string)
                case ("deleted", .array(let keys)): c.deleted = keys.compactMap(\.string)
                case ("replaced", .object(let records)):
                    c.replaced = records.map { ($0.0, ($0.1.array ?? []).compactMap(\.string)) }
                case ("unchanged", .number(let n)): c.unchanged = Int(n) ?? 0
                case ("adopted", .number(let n)): c.adopted = Int(n) ?? 0
                default: return nil
                }
            }
            kinds[kind] = c
        }
    }

    public var isEmpty: Bool {
        kinds.values.allSatisfy { $0.added.isEmpty && $0.replaced.isEmpty && $0.deleted.isEmpty && $0.adopted == 0 }
    }
}

/// One entry of the audit trail, as stored.
public struct AuditEntry: Sendable {
    public let seq: Int
    /// UTC, to the second (`2026-11-21T08:30:00Z`).
    public let at: String
    public let user: String
    public let command: String
    public let changes: AuditChanges
    /// The changes as stored: the text the hash covers.
    let changesText: String
    /// The sum of every record's digest after this change.
    public let state: String
    public let previous: String
    public let hash: String

    /// The previous hash of the first entry.
    static let origin = String(repeating: "0", count: 64)

    /// The hash an entry must have: over the one before it, its own fields and the records' state.
    static func hash(
        seq: Int, at: String, user: String, command: String, changes: String, state: String, previous: String
    ) -> String {
        SHA256.hex(Array([previous, String(seq), at, user, command, changes, state].joined(separator: "\n").utf8))
    }
}

/// An entry's number and hash, written down outside the store (`42:3fa9…`, the full hash), so
/// that `audit verify --anchor` shows a trail rewritten or cut short after it was taken.
public struct AuditAnchor: Sendable, Equatable, CustomStringConvertible {
    public let entry: Int
    /// SHA-256, 64 lowercase hexadecimal digits.
    public let hash: String

    public init(entry: Int, hash: String) {
        self.entry = entry
        self.hash = hash
    }

    /// Reads `N:HASH` (a positive number written as `anchor` prints it, digits only and no
    /// leading zero; 64 hexadecimal digits in either case); nil otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].first != "0", parts[0].utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            let entry = Int(parts[0]), entry > 0, parts[1].utf8.count == 64,
            parts[1].utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0 | 0x20) })
        else { return nil }
        self.init(entry: entry, hash: parts[1].lowercased())
    }

    public var description: String { "\(entry):\(hash)" }
}

/// What `audit verify` found.
public enum AuditVerdict: Sendable {
    /// The chain is whole; `records` match it (nil when this login cannot see every record, so
    /// only the chain and the anchors were checked).
    case intact(entries: Int, records: Int?, head: String)
    /// The first entry found broken (nil when no entry can be named) and what is wrong; `more`,
    /// every other record found changed, added or deleted outside talks, in the same order (the
    /// entry that last wrote it, then the reason's words): what discipline inspection asks next.
    case broken(entry: Int?, reason: Message, more: [Message] = [])
}

/// The digest of one record: SHA-256 over its kind and its canonical JSON.
func recordDigest(_ kind: RecordKind, _ json: JSONValue) -> String {
    var text = kind.rawValue + "\n"
    text.reserveCapacity(1024)  // a talk's JSON, written without growing the text
    JSONWriter.write(json, into: &text)
    return text.withUTF8 { SHA256.hex($0) }
}

/// The digests of records of one kind (`recordDigest`), in their order, made on every core.
func recordDigests(_ kind: RecordKind, _ records: [JSONValue]) -> [String] {
    Array(concurrently: records.count) { recordDigest(kind, records[$0]) }
}

/// A sum of 256-bit digests modulo 2²⁵⁶: the same for the same set of records in any order, and
/// updated record by record (subtract the old digest, add the new) without reading the rest.
struct DigestSum: Equatable {
    /// Most significant word first; four words in place, so a load adding a digest per record
    /// allocates nothing for it.
    private var words = SIMD4<UInt64>()

    init() {}

    init?(hex: String) {
        guard let words = Self.words(hex) else { return nil }
        self.words = words
    }

    /// Exactly 64 hexadecimal digits, read a word of sixteen at a time.
    private static func words(_ hex: String) -> SIMD4<UInt64>? {
        var hex = hex
        return hex.withUTF8 { digits -> SIMD4<UInt64>? in
            guard digits.count == 64 else { return nil }
            var words = SIMD4<UInt64>()
            for w in 0..<4 {
                var word: UInt64 = 0
                for c in digits[(w * 16)..<(w * 16 + 16)] {
                    let value: UInt8
                    switch c {
                    case 0x30...0x39: value = c - 0x30
                    case 0x61...0x66: value = c - 0x61 + 10
                    case 0x41...0x46: value = c - 0x41 + 10
                    default: return nil
                    }
                    word = word << 4 | UInt64(value)
                }
                words[w] = word
            }
            return words
        }
    }

    mutating func add(_ digest: String) {
        if let other = Self.words(digest) { add(other) }
    }

    /// x − d = x + (2²⁵⁶ − d): adding the two's complement, so one addition serves both.
    mutating func subtract(_ digest: String) {
        guard let other = Self.words(digest) else { return }
        add(~other)
        add(SIMD4(0, 0, 0, 1))
    }

    private mutating func add(_ other: SIMD4<UInt64>) {
        var carry: UInt64 = 0
        for i in (0..<4).reversed() {
            let (partial, overflow1) = words[i].addingReportingOverflow(other[i])
            let (sum, overflow2) = partial.addingReportingOverflow(carry)
            words[i] = sum
            carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
    }

    var hex: String {
        (0..<4).map { i in
            let digits = String(words[i], radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}

extension JSONValue {
    fileprivate var string: String? { if case .string(let s) = self { s } else { nil } }
    fileprivate var array: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
}

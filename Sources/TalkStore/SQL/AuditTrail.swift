import Foundation
import TalkModel

/// The audit entry being built inside one write transaction: the changes so far and the running
/// sum of record digests, from the last entry's state.
struct AuditTrail {
    private let db: any SQLDatabase
    private let seq: Int
    private let previous: String
    private var state: DigestSum
    var changes = AuditChanges()
    /// Digests kept and not yet written, four values each (kind, key, digest, entry), written
    /// `digestsAtOnce` to a statement: SQLite's work for a statement cost a load what the
    /// digest's row did. Written before the table is read and before the entry is appended.
    private var unwritten: [SQLValue] = []
    private static let digestsAtOnce = 16
    private static let keepDigests = (1...digestsAtOnce).map { count in
        "INSERT INTO record_digest (kind, key, digest, entry) VALUES "
            + repeatElement("(?, ?, ?, ?)", count: count).joined(separator: ", ")
            + " ON CONFLICT (kind, key) DO UPDATE SET digest = excluded.digest, entry = excluded.entry"
    }

    init(_ db: any SQLDatabase) throws {
        self.db = db
        let last = try db.query("SELECT seq, hash, state FROM audit_entry ORDER BY seq DESC LIMIT 1").first
        if let last, case .integer(let seq) = last[0], case .text(let hash) = last[1], case .text(let state) = last[2] {
            self.seq = Int(seq) + 1
            previous = hash
            self.state = DigestSum(hex: state) ?? DigestSum()
        } else {
            seq = 1
            previous = AuditEntry.origin
            state = DigestSum()
        }
    }

    /// Whether `other` stands at the entry this one follows: the same store, as far as the trail
    /// tells (a copy of it too, whose records are the same).
    func isLast(in other: any SQLDatabase) throws -> Bool {
        let last = try other.query("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1").first
        guard let last else { return seq == 1 }
        return last == [.integer(Int64(seq - 1)), .text(previous)]
    }

    /// The digests kept for these records, by key.
    mutating func digests(_ kind: RecordKind, keys: [String]) throws -> [String: String] {
        try writeDigests()
        let rows = try db.query(
            "SELECT key, digest FROM record_digest WHERE kind = ? AND key IN (\(db.jsonArrayValues))",
            [.text(kind.rawValue), .text(JSONWriter.line(.array(keys.map(JSONValue.string))))])
        var digests: [String: String] = [:]
        for row in rows {
            if case .text(let key) = row[0], case .text(let digest) = row[1] { digests[key] = digest }
        }
        return digests
    }

    /// Notes a record written: added, or replaced with the fields that differ from `old`.
    /// `digest` is the record's (`recordDigest`), `oldDigest` that of `old` as the store held it.
    mutating func wrote(
        _ kind: RecordKind, key: String, record: JSONValue, digest: String, replacing old: JSONValue?,
        digest oldDigest: String?
    ) throws {
        if let oldDigest { state.subtract(oldDigest) }
        try keep(digest, kind, key: key)
        if let old {
            changes.kinds[kind, default: .init()].replaced.append((key, Self.changedFields(old, record)))
        } else {
            changes.kinds[kind, default: .init()].added.append(key)
        }
    }

    /// Adds the record's digest to the state and keeps it, with this entry as the last to write it.
    private mutating func keep(_ digest: String, _ kind: RecordKind, key: String) throws {
        state.add(digest)
        unwritten += [.text(kind.rawValue), .text(key), .text(digest), .integer(Int64(seq))]
        if unwritten.count == 4 * Self.digestsAtOnce { try writeDigests() }
    }

    /// Writes the digests kept so far, in the order kept.
    private mutating func writeDigests() throws {
        for start in stride(from: 0, to: unwritten.count, by: 4 * Self.digestsAtOnce) {
            let batch = Array(unwritten[start..<min(start + 4 * Self.digestsAtOnce, unwritten.count)])
            try db.run(Self.keepDigests[batch.count / 4 - 1], batch)
        }
        unwritten.removeAll(keepingCapacity: true)
    }

    /// Notes a record deleted; `digest` is that of the record as the store held it.
    mutating func deleted(_ kind: RecordKind, key: String, digest: String) throws {
        try writeDigests()
        state.subtract(digest)
        try db.run("DELETE FROM record_digest WHERE kind = ? AND key = ?", [.text(kind.rawValue), .text(key)])
        changes.kinds[kind, default: .init()].deleted.append(key)
    }

    /// Notes records that were in the store before the audit trail began.
    mutating func adopted(_ kind: RecordKind, key: String, digest: String) throws {
        try keep(digest, kind, key: key)
        changes.kinds[kind, default: .init()].adopted += 1
    }

    /// Appends the entry, unless nothing changed (a file loaded twice leaves no second entry).
    mutating func append(by actor: Actor, at time: Date = Date()) throws {
        try writeDigests()
        guard !changes.isEmpty else { return }
        let at = time.ISO8601Format()  // UTC to the second: 2026-11-21T03:12:09Z
        let changes = changes.json()
        let state = state.hex
        let hash = AuditEntry.hash(
            seq: seq, at: at, user: actor.user, command: actor.command, changes: changes, state: state,
            previous: previous)
        try db.run(
            "INSERT INTO audit_entry (seq, at, \"user\", command, changes, state, previous, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                .integer(Int64(seq)), .text(at), .text(actor.user), .text(actor.command), .text(changes),
                .text(state), .text(previous), .text(hash),
            ])
    }

    /// The top-level fields whose values differ, in the order the format writes them.
    static func changedFields(_ old: JSONValue, _ new: JSONValue) -> [String] {
        guard case .object(let before) = old, case .object(let after) = new else { return [] }
        var names = after.map(\.key)
        for (key, _) in before where !names.contains(key) { names.append(key) }
        return names.filter { name in
            before.first { $0.key == name }?.value != after.first { $0.key == name }?.value
        }
    }
}

extension SQLStore {
    /// Every audit entry, oldest first.
    public func auditEntries() throws -> [AuditEntry] {
        try reading { try storedEntries() }
    }

    private func storedEntries() throws -> [AuditEntry] {
        try rawQuery("SELECT seq, at, \"user\", command, changes, state, previous, hash FROM audit_entry ORDER BY seq")
            .map { r in
                let changes = try r.text(4)
                return AuditEntry(
                    seq: try r.int(0), at: try r.text(1), user: try r.text(2), command: try r.text(3),
                    changes: AuditChanges(json: changes) ?? AuditChanges(), changesText: changes, state: try r.text(5),
                    previous: try r.text(6), hash: try r.text(7))
            }
    }

    /// The newest entry as an anchor to keep outside the store; nil when the trail is empty.
    public func auditAnchor() throws -> AuditAnchor? {
        try reading {
            try rawQuery("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1").first.map {
                AuditAnchor(entry: try $0.int(0), hash: try $0.text(1))
            }
        }
    }

    /// Checks the chain entry by entry, then each anchor kept outside the store, then every
    /// record against its digest and the digests against the newest entry's state. Reports the
    /// earliest entry found broken, and every other problem found (`AuditVerdict.broken`): a
    /// chain broken at one entry does not hide records changed besides, nor a record changed the
    /// newest entries deleted (helper-198).
    ///
    /// The chain has no secret: whoever can write the file can recompute every hash after
    /// rewriting an entry, or drop the newest entries and undo their changes. Only an anchor
    /// (an entry's hash written down elsewhere) shows that; without one, "intact" means only
    /// that the store agrees with itself.
    public func verifyAudit(anchors: [AuditAnchor] = []) throws -> AuditVerdict {
        try reading {
            // A chain read from damaged pages proves nothing: the file itself is checked first.
            try db.checkWhole()
            let entries = try storedEntries()
            var broken: [Broken] = []
            var previous = AuditEntry.origin
            // (After the first break every later entry's link is broken too: the first is told.)
            for (i, entry) in entries.enumerated() {
                let seq = i + 1
                guard entry.seq == seq else {
                    broken.append(
                        (seq, Message(zh: "第 \(seq) 条审计记录已被删除", en: "entry \(seq) has been deleted")))
                    break
                }
                guard entry.previous == previous,
                    entry.hash
                        == AuditEntry.hash(
                            seq: entry.seq, at: entry.at, user: entry.user, command: entry.command,
                            changes: entry.changesText, state: entry.state, previous: entry.previous)
                else {
                    broken.append(
                        (seq, Message(zh: "第 \(seq) 条审计记录在 talks 之外被改动", en: "entry \(seq) was altered outside talks")))
                    break
                }
                previous = entry.hash
            }
            broken += Self.failedAnchors(anchors, entries)
            var records: Int?
            var recordProblems: [Broken] = []
            if seesEverything {
                let checked = try checkRecords(of: entries, chainBroken: !broken.isEmpty)
                broken += checked.trail
                recordProblems = checked.records
                records = checked.count
            }
            // The trail's own problems first, the cause of what follows (helper-199: a record
            // changed was told before the entry altered), then the records', each by entry.
            let byEntry = { (a: Broken, b: Broken) in
                (a.entry ?? Int.max, a.reason.en) < (b.entry ?? Int.max, b.reason.en)
            }
            broken = broken.sorted(by: byEntry) + recordProblems.sorted(by: byEntry)
            if let first = broken.first {
                return .broken(entry: first.entry, reason: first.reason, more: broken.dropFirst().map(\.reason))
            }
            return .intact(entries: entries.count, records: records, head: entries.last?.hash ?? AuditEntry.origin)
        }
    }

    /// A problem `verifyAudit` found: the entry it names (nil when none can be named) and what.
    private typealias Broken = (entry: Int?, reason: Message)

    /// The anchors whose entry is missing or has another hash, each.
    private static func failedAnchors(_ anchors: [AuditAnchor], _ entries: [AuditEntry]) -> [Broken] {
        anchors.compactMap { anchor in
            guard anchor.entry <= entries.count else {
                return (
                    anchor.entry,
                    Message(
                        zh: "第 \(anchor.entry) 条审计记录已不存在（现只有 \(entries.count) 条），与保存的锚点 \(anchor) 不符：审计记录被删除",
                        en:
                            "entry \(anchor.entry) is missing (the trail now has \(entries.count)), so the anchor \(anchor) kept outside the store fails: entries were removed"
                    )
                )
            }
            guard entries[anchor.entry - 1].hash != anchor.hash else { return nil }
            return (
                anchor.entry,
                Message(
                    zh: "第 \(anchor.entry) 条审计记录与保存的锚点 \(anchor) 不符：此前的审计记录被改写",
                    en:
                        "entry \(anchor.entry) differs from the anchor \(anchor) kept outside the store: the trail up to it was rewritten"
                )
            )
        }
    }

    /// Every record against its digest, the digests against the newest entry: the trail's
    /// problems (digests written by entries the trail no longer has, its newest entries deleted;
    /// stored digests that do not add up to the newest entry's state, when the chain holds,
    /// `chainBroken`; every digest deleted) and each record's (changed, added or deleted outside
    /// talks, or only at odds with its digest when the digests do not add up; with the chain
    /// whole, deleted with its digest too). `count` is how many records the store holds.
    private func checkRecords(of entries: [AuditEntry], chainBroken: Bool) throws -> (
        trail: [Broken], records: [Broken], count: Int
    ) {
        let last = entries.last
        // The records the trail says the store holds, each with the entry that last wrote it: one
        // deleted with its digest has neither left to tell it (helper-200: only "the digests do
        // not match the newest entry"). (Those a store held when its trail began are counted, not
        // named: such a one is told by the digests alone.)
        var written: [RecordKind: [String: Int]] = [:]
        if !chainBroken {
            for entry in entries {
                for (kind, changes) in entry.changes.kinds {
                    for key in changes.added { written[kind, default: [:]][key] = entry.seq }
                    for (key, _) in changes.replaced { written[kind, default: [:]][key] = entry.seq }
                    for key in changes.deleted { written[kind]?[key] = nil }
                }
            }
        }
        var stored: [RecordKind: [String: (digest: String, entry: Int)]] = [:]
        var newestWriter = 0
        // The digests as stored, whatever the records hold now: the newest entry's state.
        var storedSum = DigestSum()
        for r in try rawQuery("SELECT kind, key, digest, entry FROM record_digest") {
            guard let kind = RecordKind(rawValue: try r.text(0)) else {
                return ([(nil, Message(zh: "记录摘要表在 talks 之外被改动", en: "the record digests were altered"))], [], 0)
            }
            let entry = try r.int(3)
            newestWriter = max(newestWriter, entry)
            storedSum.add(try r.text(2))
            stored[kind, default: [:]][try r.text(1)] = (try r.text(2), entry)
        }
        var count = 0
        /// Records the trail says the store holds, deleted with their digests: each one named
        /// below, and the reason the digests no longer sum to the newest entry's state.
        var deletedWithDigests = 0
        var broken: [Broken] = []
        var added: [Broken] = []
        // Whether the digests are as the newest entry left them: a record that differs from its
        // digest was then changed; else the record or the digest may have been, and neither is
        // blamed (helper-199: a digest deleted told its untouched record "added outside talks").
        let digestsHold = last.map { newestWriter <= $0.seq && storedSum.hex == $0.state } ?? true
        for kind in RecordKind.allCases {
            let d = try records(kind)
            var digests = stored[kind] ?? [:]
            var lost = written[kind] ?? [:]
            for key in digests.keys { lost[key] = nil }
            for (key, digest) in zip(DatasetEncoder.keys(kind, d), recordDigests(kind, DatasetEncoder.json(kind, d))) {
                count += 1
                lost[key] = nil
                // A key written behind the tool's back may hold anything: it stays on the reason's line.
                let name = "\(kind.singular.zh) \(key.inline)"
                let nameEN = "\(kind.singular.en) \(key.inline)"
                guard let known = digests.removeValue(forKey: key) else {
                    added.append(
                        (
                            nil,
                            digestsHold
                                ? Message(zh: "\(name) 是在 talks 之外添加的", en: "\(nameEN) was added outside talks")
                                : Message(
                                    zh: "\(name) 没有摘要：在 talks 之外添加，或其摘要被删除",
                                    en: "\(nameEN) has no digest: added outside talks, or its digest deleted")
                        ))
                    continue
                }
                if known.digest != digest {
                    broken.append(
                        (
                            known.entry,
                            digestsHold
                                ? Message(
                                    zh: "\(name) 在 talks 之外被改动（最后由第 \(known.entry) 条审计记录写入）",
                                    en: "\(nameEN) was changed outside talks (entry \(known.entry) last wrote it)")
                                : Message(
                                    zh: "\(name) 与其摘要（第 \(known.entry) 条审计记录）不符：记录或摘要在 talks 之外被改动",
                                    en:
                                        "\(nameEN) does not match its digest (entry \(known.entry)): the record or the digest was altered outside talks"
                                )
                        ))
                }
            }
            deletedWithDigests += lost.count
            for (key, entry) in lost {
                let (zh, en) = ("\(kind.singular.zh) \(key.inline)", "\(kind.singular.en) \(key.inline)")
                broken.append(
                    (
                        entry,
                        Message(
                            zh: "\(zh) 连同其摘要在 talks 之外被删除（最后由第 \(entry) 条审计记录写入）",
                            en: "\(en) was deleted outside talks with its digest (entry \(entry) last wrote it)")
                    ))
            }
            for (key, known) in digests {
                let (zh, en) = ("\(kind.singular.zh) \(key.inline)", "\(kind.singular.en) \(key.inline)")
                broken.append(
                    (
                        known.entry,
                        digestsHold
                            ? Message(
                                zh: "\(zh) 在 talks 之外被删除（由第 \(known.entry) 条审计记录写入）",
                                en: "\(en) was deleted outside talks (entry \(known.entry) wrote it)")
                            : Message(
                                zh: "\(zh) 的摘要（第 \(known.entry) 条审计记录）没有对应的记录：记录被删除，或摘要在 talks 之外被改动",
                                en:
                                    "the digest of \(en) (entry \(known.entry)) has no record: the record was deleted, or the digest altered outside talks"
                            )
                    ))
            }
        }
        // Every record "added" because no digest is left: the digests were deleted, once said.
        var trail: [Broken] = []
        if stored.isEmpty && count > 0 && last != nil {
            added = []
            trail.append(
                (
                    nil,
                    Message(
                        zh: "记录摘要已在 talks 之外全部删除（\(count) 条记录没有摘要）",
                        en: "every record digest has been deleted outside talks (\(count) records have none)")
                ))
        }
        // Digests written by entries the trail no longer has: its newest entries were deleted.
        if let newest = last?.seq, newestWriter > newest {
            trail.append(
                (
                    newest + 1,
                    Message(
                        zh: "第 \(newest) 条之后的审计记录已被删除（记录由第 \(newestWriter) 条审计记录写入）",
                        en:
                            "the entries after \(newest) have been deleted (records were written by entry \(newestWriter))"
                    )
                ))
        }
        if last == nil && count > 0 {
            trail.append(
                (
                    1,
                    Message(
                        zh: "全部审计记录已被删除，但存储中仍有 \(count) 条记录",
                        en: "every audit entry has been deleted, but the store holds \(count) records")
                ))
        }
        // The stored digests against the newest entry, whichever records changed besides: entries
        // deleted after it (their changes undone, or not), or digests altered.
        // A record the trail wrote, gone with its digest, is that reason and is named: said first
        // (helper-205: "later entries were deleted" led). The newest entries deleted, one of which
        // deleted it, leave the same store: both are said.
        if let last, newestWriter <= last.seq, !chainBroken, storedSum.hex != last.state {
            trail.append(
                (
                    last.seq,
                    deletedWithDigests > 0
                        ? Message(
                            zh:
                                "记录摘要与最新的第 \(last.seq) 条审计记录不符：审计记录写入的 \(deletedWithDigests) 条记录连同摘要已不在（见下），在 talks 之外被删除，或由其后已被删除的审计记录删除",
                            en:
                                "the record digests do not match the newest entry, \(last.seq): \(deletedWithDigests) record\(deletedWithDigests == 1 ? "" : "s") the trail wrote \(deletedWithDigests == 1 ? "is" : "are") gone with \(deletedWithDigests == 1 ? "its digest" : "their digests") (below), deleted outside talks or by later entries since deleted"
                        )
                        : Message(
                            zh: "记录摘要与最新的第 \(last.seq) 条审计记录不符：其后的审计记录被删除，或记录摘要在 talks 之外被改动",
                            en:
                                "the record digests do not match the newest entry, \(last.seq): later entries were deleted, or digests altered outside talks"
                        )
                ))
        }
        return (trail, broken + added, count)
    }

    /// Makes the records of a store written before the audit trail existed its first entry.
    func adoptRecords() throws {
        var trail = try AuditTrail(db)
        for kind in RecordKind.allCases {
            let d = try records(kind)
            for (key, digest) in zip(DatasetEncoder.keys(kind, d), recordDigests(kind, DatasetEncoder.json(kind, d))) {
                try trail.adopted(kind, key: key, digest: digest)
            }
        }
        try trail.append(by: Actor(user: actor.user, command: "talks (schema 2: audit trail begins)"))
    }
}

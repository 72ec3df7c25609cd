import TalkModel

/// A whole store copied into another (`talks copy`), SQLite or PostgreSQL either way: the records
/// and the audit trail as they are, so the chain, its hashes and the anchors kept of them hold in
/// the copy as in the original.
extension SQLStore {
    public func storedTrail() throws -> StoredTrail {
        try reading {
            StoredTrail(
                entries: try auditEntries(),
                digests: try rawQuery("SELECT kind, key, digest, entry FROM record_digest ORDER BY kind, key").map {
                    (try $0.text(0), try $0.text(1), try $0.text(2), try $0.int(3))
                })
        }
    }

    public func restore(_ d: Dataset, trail: StoredTrail) throws -> AuditVerdict {
        try db.writeTransaction {
            let tables = ["audit_entry", "record_digest"] + RecordKind.allCases.map { RecordTable.of($0).table }
            for table in tables where try !db.query("SELECT 1 FROM \(table) LIMIT 1").isEmpty {
                throw InputError(
                    Message(
                        zh: "要复制到的存储不是空的（已有 \(table) 中的内容）；请指定空的数据库或新的文件",
                        en:
                            "the store to copy into is not empty (its \(table) has rows); name an empty database or a new file"
                    ), source: path)
            }
            for kind in RecordKind.allCases where d.count(of: kind) > 0 {
                let table = RecordTable.of(kind)
                let writes = TableWrites(table, columns: table.encode(d, 0).columns.map(\.key))
                for i in 0..<d.count(of: kind) { try writeRecord(writes, table.encode(d, i), replacing: false) }
            }
            for e in trail.entries {
                try db.run(
                    "INSERT INTO audit_entry (seq, at, \"user\", command, changes, state, previous, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        .integer(Int64(e.seq)), .text(e.at), .text(e.user), .text(e.command), .text(e.changesText),
                        .text(e.state), .text(e.previous), .text(e.hash),
                    ])
            }
            for g in trail.digests {
                try db.run(
                    "INSERT INTO record_digest (kind, key, digest, entry) VALUES (?, ?, ?, ?)",
                    [.text(g.kind), .text(g.key), .text(g.digest), .integer(Int64(g.entry))])
            }
            // Checked before it commits: a copy that does not verify as the original does is not made.
            let verdict = try verifyAudit()
            guard case .intact(let entries, let records, let head) = verdict, entries == trail.entries.count,
                records == d.recordCount, head == trail.entries.last?.hash ?? AuditEntry.origin
            else {
                let reason =
                    if case .broken(_, let reason, _) = verdict { reason } else {
                        Message(
                            zh: "记录或审计记录的数目与原存储不符", en: "the numbers of records or entries differ from the original's")
                    }
                throw InputError(
                    Message(
                        zh: "复制后的审计链校验未通过，未写入任何内容（请先对原存储运行 talks audit verify）：\(reason.zh)",
                        en:
                            "the copy's audit trail does not verify, so nothing was written (run talks audit verify on the original): \(reason.en)"
                    ), source: path)
            }
            return verdict
        }
    }
}

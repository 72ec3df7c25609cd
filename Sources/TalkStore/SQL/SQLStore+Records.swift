import Foundation
import TalkModel

/// Writing, deleting and reading records, for every kind alike through its `RecordTable`, on either backend.
extension SQLStore {
    @discardableResult
    public func save(
        _ dataset: Dataset, locator: RecordLocator, source: String?, earlier: [Problem],
        unreadable: [RecordKind: Set<String>], progress: ((_ written: Int, _ total: Int) -> Void)?
    ) throws -> LoadSummary {
        try db.writeTransaction {
            var trail = try AuditTrail(db)
            guard dataset.recordCount >= Self.validatedBesideWriting, let reader = sameStoreReader(as: trail) else {
                let problems =
                    try earlier + Validator.validate(dataset, locator: locator, stored: self, unreadable: unreadable)
                guard problems.isEmpty else { throw InputError(source: source, problems: problems) }
                let summary = try write(dataset, trail: &trail, progress: progress)
                try trail.append(by: actor)
                return summary
            }
            // The store as it stood before this write, read by a second connection on another core
            // while this one writes; a document with problems is rolled back whole, and its writing
            // stops once they are known. Problems come before any error of the writing itself (a
            // date out of order also fails the table's CHECK): they name the document's places.
            let (path, actor) = (path, actor)
            let validation = Made {
                Result {
                    let stored = SQLStore(path: path, db: reader.db, actor: actor)
                    defer { try? reader.db.run("COMMIT", []) }
                    return try stored.reading {
                        try earlier
                            + Validator.validate(dataset, locator: locator, stored: stored, unreadable: unreadable)
                    }
                }
            }
            let refused = { validation.isMade && (try? validation.value.get())?.isEmpty != true }
            let written = Result { try write(dataset, trail: &trail, stopping: refused, progress: progress) }
            let problems = try validation.value.get()
            guard problems.isEmpty else { throw InputError(source: source, problems: problems) }
            let summary = try written.get()
            // The second connection opened the files by their names, which another program's files
            // may have taken since in ways no check sees (helper-185: the log alone replaced, 0.6 s
            // into a load): rows that refer to records the store lacks, which validating here would
            // have named, tell it before the commit refuses them.
            if db.leavesMissingReferences {
                throw StoreError.damaged(
                    path: self.path,
                    detail: "its files were replaced during this load: read again, they gave other records",
                    writing: true)
            }
            try trail.append(by: actor)
            return summary
        }
    }

    /// The records in a document from which its validation is done beside its writing: below it,
    /// a second connection (opened in about a millisecond) costs more than it saves.
    static let validatedBesideWriting = 1_000

    /// Writing stopped because the validation done beside it found problems, which are thrown instead.
    private struct Refused: Error {}

    /// A connection handed to another thread, which alone uses it from then on.
    private final class Handed: @unchecked Sendable {
        let db: any SQLDatabase
        init(_ db: any SQLDatabase) { self.db = db }
    }

    /// A second connection (`SQLDatabase.committedReader`, the same file) in a read transaction on
    /// the store as this write found it: the same last audit entry, which a log replaced beside
    /// the file may change (helper-184 and helper-185: validated against another store, a load
    /// failed at its commit, exit 70). Nil when none can be had so: the document is then
    /// validated first, on this connection, as a small one is.
    private func sameStoreReader(as trail: AuditTrail) -> Handed? {
        guard let reader = try? db.committedReader() else { return nil }
        guard (try? reader.run("BEGIN", [])) != nil, (try? trail.isLast(in: reader)) == true else {
            try? reader.run("ROLLBACK", [])
            return nil
        }
        return Handed(reader)
    }

    private func write(
        _ d: Dataset, trail: inout AuditTrail, stopping: () -> Bool = { false }, progress: ((Int, Int) -> Void)?
    ) throws -> LoadSummary {
        var summary = LoadSummary()
        let total = d.recordCount
        var written = 0
        for kind in RecordKind.allCases where d.count(of: kind) > 0 {
            let keys = DatasetEncoder.keys(kind, d)
            let records = DatasetEncoder.json(kind, d)
            let stored = try storedRecords(kind, keys: keys)
            let storedKeys = keys.filter { stored[$0] != nil }
            let kept = storedKeys.isEmpty ? [:] : try trail.digests(kind, keys: storedKeys)
            let isChanged = keys.indices.map { stored[keys[$0]] != records[$0] }
            let changed = isChanged.count(where: \.self)
            if changed < keys.count {
                summary.unchanged[kind, default: 0] += keys.count - changed
                summary.unchangedKeys[kind, default: []].formUnion(
                    keys.indices.lazy.filter { !isChanged[$0] }.map { keys[$0] })
            }
            trail.changes.kinds[kind, default: .init()].unchanged += keys.count - changed
            // Every record of a kind has the same columns: the statements are built from the first.
            let table = RecordTable.of(kind)
            let writes = TableWrites(table, columns: table.encode(d, 0).columns.map(\.key))
            var added = 0
            // The rows and digests of the records that change are made on every core, with the
            // digest of each record they replace as the store holds it; SQLite, on one connection,
            // then writes them in order.
            try concurrentlyInOrder(keys.count) { i in
                isChanged[i]
                    ? (
                        row: table.encode(d, i), digest: recordDigest(kind, records[i]),
                        replaced: stored[keys[i]].map { recordDigest(kind, $0) }
                    ) : nil
            } use: { i, record in
                written += 1
                if written % 1000 == 0 {
                    if stopping() { throw Refused() }
                    progress?(written, total)
                }
                guard let record else { return }
                if let replaced = record.replaced {
                    try refuseWritingOver(kind, key: keys[i], holding: replaced, kept: kept[keys[i]])
                }
                let old = stored[keys[i]]
                if old == nil { added += 1 }
                try writeRecord(writes, record.row, replacing: old != nil)
                try trail.wrote(
                    kind, key: keys[i], record: records[i], digest: record.digest, replacing: old,
                    digest: record.replaced)
            }
            if added > 0 { summary.added[kind, default: 0] += added }
            if added < changed { summary.replaced[kind, default: 0] += changed - added }
            freeElsewhere((consume records, consume stored, consume kept))
        }
        return summary
    }

    /// Throws when a record a write would replace or delete is not what its kept digest was made
    /// of: the record, or the digest, was changed behind the tool's back, and writing over it
    /// would hide that from `audit verify` (helper-188: an edit, loaded over, verified as intact;
    /// helper-191: so did a forged digest). Told as damage: nothing is written.
    private func refuseWritingOver(_ kind: RecordKind, key: String, holding digest: String, kept: String?) throws {
        guard digest != kept else { return }
        throw StoreError.damaged(
            path: path,
            detail:
                "\(kind.singular.en) \(key) was changed outside talks (the record or its kept digest): talks audit verify tells the first record so changed",
            writing: true)
    }

    /// The stored records of one kind with these keys, as JSON by key.
    private func storedRecords(_ kind: RecordKind, keys: [String]) throws -> [String: JSONValue] {
        let found = try records(kind, keys: keys)
        return Dictionary(zip(DatasetEncoder.keys(kind, found), DatasetEncoder.json(kind, found))) { first, _ in first }
    }

    /// The statements that write one kind's records, built once per write rather than per row.
    struct TableWrites {
        let table: RecordTable
        /// The record's columns in the order the upsert binds them: `RecordTable.encode`'s.
        let columns: [String]
        let upsert: String
        /// Per list table: the statement removing a record's rows, and those inserting 1, 2, …
        /// `rowsAtOnce` rows in one statement (a talk's four entries in one, not four).
        let lists: [(table: String, delete: String, insert: [String])]
        static let rowsAtOnce = 16

        /// Inserts a row, or updates every other column of the row with the same key: never a
        /// delete-and-insert, which would trip the foreign keys of rows that refer to it.
        init(_ table: RecordTable, columns: [String]) {
            self.table = table
            self.columns = columns
            let updates = columns.filter { !table.key.contains($0) }.map { "\($0) = excluded.\($0)" }
            let conflict = updates.isEmpty ? "DO NOTHING" : "DO UPDATE SET " + updates.joined(separator: ", ")
            upsert = """
                INSERT INTO \(table.table) (\(self.columns.joined(separator: ", "))) \
                VALUES (\(self.columns.map { _ in "?" }.joined(separator: ", "))) \
                ON CONFLICT (\(table.key.sorted().joined(separator: ", "))) \(conflict)
                """
            lists = table.lists.map { list in
                let row = "(" + list.columns.map { _ in "?" }.joined(separator: ", ") + ")"
                return (
                    list.table, "DELETE FROM \(list.table) WHERE \(list.columns[0]) = ?",
                    (1...Self.rowsAtOnce).map { count in
                        "INSERT INTO \(list.table) (\(list.columns.joined(separator: ", "))) VALUES "
                            + repeatElement(row, count: count).joined(separator: ", ")
                    }
                )
            }
        }
    }

    /// Upserts the record's row and writes its lists, first removing the stored ones of a record it replaces.
    func writeRecord(_ writes: TableWrites, _ record: RecordTable.Encoded, replacing: Bool) throws {
        let table = writes.table
        let (values, lists) = record
        assert(values.map(\.key) == writes.columns, "\(table.table): every record's columns in one order")
        try db.run(writes.upsert, values.map(\.value))
        let owner = values.first { $0.key == table.key[0] }!.value
        for list in writes.lists {
            if replacing { try db.run(list.delete, [owner]) }
            let rows = lists[list.table] ?? []
            for start in stride(from: 0, to: rows.count, by: TableWrites.rowsAtOnce) {
                let batch = rows[start..<min(start + TableWrites.rowsAtOnce, rows.count)]
                try db.run(list.insert[batch.count - 1], batch.flatMap { [owner] + $0 })
            }
        }
    }

    public func delete(_ kind: RecordKind, key: String) throws -> Bool {
        try db.writeTransaction {
            let found = try records(kind, keys: [key])
            guard found.count(of: kind) == 1 else { return false }
            if let refusal = try deletionRefusal(kind, key: key) { throw refusal }
            var trail = try AuditTrail(db)
            let digest = recordDigest(kind, DatasetEncoder.json(kind, at: 0, in: found))
            try refuseWritingOver(kind, key: key, holding: digest, kept: try trail.digests(kind, keys: [key])[key])
            let table = RecordTable.of(kind)
            let keyValues = table.keyValues(found, 0)
            for list in table.lists {
                try db.run("DELETE FROM \(list.table) WHERE \(list.columns[0]) = ?", [keyValues[0]])
            }
            try db.run(
                "DELETE FROM \(table.table) WHERE " + table.key.map { "\($0) = ?" }.joined(separator: " AND "),
                keyValues)
            try trail.deleted(kind, key: key, digest: digest)
            try trail.append(by: actor)
            return true
        }
    }

    public func deletionRefusal(_ kind: RecordKind, key: String) throws -> InputError? {
        // What refers to the record, by the kind of the referring records, each with their keys.
        let referrers = try RecordTable.referrers(of: kind).compactMap { referring, sql in
            let keys = try rawQuery(sql + " ORDER BY 1", [.text(key)]).map { try $0.text(0) }
            return keys.isEmpty ? nil : (referring, keys)
        }
        guard !referrers.isEmpty else { return nil }
        return InputError(
            source: nil,
            problems: referrers.map { kindOf, ids in
                let shown = ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? " … (\(ids.count))" : "")
                return Problem(
                    "",
                    Message(
                        zh: "\(kind.singular.zh) \(key) 仍被\(kindOf.singular.zh) \(shown) 引用，请先修改或删除这些记录",
                        en:
                            "\(kind.singular.en) \(key) is still referred to by \(kindOf.rawValue) \(shown); change or delete those first"
                    ))
            })
    }

    /// The kinds without ids (posts and terms) are read for the organizations their keys name, by
    /// the index on `organization`, and picked from: a load reads what it replaces, not the table.
    public func records(_ kind: RecordKind, keys: [String]) throws -> Dataset {
        guard !RecordKind.withIDs.contains(kind) else { return try records(kind, matching: .ids(keys)) }
        let table = RecordTable.of(kind)
        guard let position = table.key.firstIndex(of: "organization") else {
            preconditionFailure("\(kind.rawValue) is keyed without its organization")
        }
        // Each id in a key is escaped (`DatasetEncoder.keyComponent`): "/" never occurs inside one.
        let organizations = Set(
            keys.compactMap { key -> String? in
                let parts = key.split(separator: "/", omittingEmptySubsequences: false)
                guard parts.count == table.key.count else { return nil }
                return DatasetEncoder.id(fromKeyComponent: parts[position])
            })
        let wanted = Set(keys)
        var d = try table.decode(
            rows, "organization IN (\(db.jsonArrayValues))",
            [JSONWriter.line(.array(organizations.sorted().map(JSONValue.string)))], RecordReads())
        let kept = DatasetEncoder.keys(kind, d).map(wanted.contains)
        d.appointments = zip(d.appointments, kept).filter(\.1).map(\.0)
        d.terms = zip(d.terms, kept).filter(\.1).map(\.0)
        return d
    }

    public func dataset(reads: RecordReads) throws -> Dataset {
        try reading {
            var d = Dataset()
            for kind in RecordKind.allCases {
                d.append(contentsOf: try records(kind, matching: RecordQuery(reads: reads)))
            }
            return d
        }
    }

    public func count(_ kind: RecordKind) throws -> Int {
        try rawQuery("SELECT count(*) FROM \(RecordTable.of(kind).table)").first?.int(0) ?? 0
    }

    public func records(_ kind: RecordKind, matching query: RecordQuery) throws -> Dataset {
        let table = RecordTable.of(kind)
        var conditions: [String] = []
        var values: [String] = []
        for filter in query.filters {
            guard let (condition, value) = table.sql(filter, jsonArrayValues: db.jsonArrayValues) else {
                preconditionFailure("\(kind.rawValue) cannot be selected by \(filter): see RecordQuery.Filter.kinds")
            }
            conditions.append(condition)
            values.append(value)
        }
        let condition = conditions.isEmpty ? nil : conditions.joined(separator: " AND ")
        return try table.decode(query.filters.isEmpty ? everyRow : rows, condition, values, query.reads)
    }

    /// Hands `each` the rows of a query in order.
    private func rows(
        _ select: String, _ condition: String?, _ values: [String], _ order: String, _ each: (RowReader) throws -> Void
    ) throws {
        let cursor = try self.cursor(select, condition, values, order)
        while let row = try cursor.next() { try each(RowReader(row: row, path: path, query: select)) }
    }

    /// The rows of `select`, those meeting `condition` (nil: all), in `order`.
    private func cursor(_ select: String, _ condition: String?, _ values: [String], _ order: String) throws
        -> any RowCursor
    {
        try db.rows(select + (condition.map { " WHERE \($0)" } ?? "") + " ORDER BY \(order)", values.map { .text($0) })
    }

    /// `rows` of a whole table: past its first thousand rows, the rows are read, and their texts
    /// made, on another thread while `each` makes records of the rows before (`pipelined`), the
    /// two halves of reading a whole store each on its own core. A smaller table (every table of
    /// a committee's store), and a narrower read (a record, an organization's posts: a load's
    /// validation asks thousands), stay on this thread: handing them over costs more than it saves.
    private func everyRow(
        _ select: String, _ condition: String?, _ values: [String], _ order: String, _ each: (RowReader) throws -> Void
    ) throws {
        let cursor = try self.cursor(select, condition, values, order)
        func use(_ batch: RowBatch) throws {
            for row in batch.rows { try each(RowReader(row: row, path: path, query: select)) }
        }
        let first = try RowBatch(cursor)
        try use(first)
        guard first.isFull else { return }
        let rest = Lent(cursor)
        try pipelined(
            produce: { hand in
                while true {
                    let batch = try RowBatch(rest.value)
                    if batch.count > 0 { try hand(batch) }
                    if !batch.isFull { return }
                }
            }, use: use)
    }
}

/// The rows lent to `everyRow`'s other thread, with the connection they are read through. Used
/// by one thread at a time: this one waits in `pipelined` until the other is done with them, and
/// only makes records meanwhile.
private struct Lent: @unchecked Sendable {
    let value: any RowCursor
    init(_ value: any RowCursor) { self.value = value }
}

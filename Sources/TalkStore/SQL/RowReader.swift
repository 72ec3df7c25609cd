import TalkModel

/// The lists of a talk kept in `talk_entry` (its texts; its words are columns of the talk since
/// schema 6), and which field each one is.
extension TalkList {
    static func entries(of t: Talk) -> [(TalkList, [String])] {
        [(.problem, t.problems), (.requirement, t.requirements)]
    }

    /// Sets a talk's texts from its entries, read in their order. A list only counted equal to one
    /// read before is that one (`SharedLists`).
    static func apply(_ entries: [TalkEntry], to t: inout Talk, sharing lists: inout SharedLists) {
        for entry in entries {
            switch entry {
            case .problem(let text): t.problems.append(text)
            case .requirement(let text): t.requirements.append(text)
            }
        }
        lists.share(&t)
    }
}

/// The lists of the talks read so far, each once: a list equal to one of them is read as that
/// one, one array for every talk that has it. Most talks share a few lists of words (the five
/// steps in order, the same departments), and a list of texts only counted is that many empty
/// texts (`RecordReads.counted`); each list its own array was 50 to 80 bytes a talk of each kind,
/// over 100 MB at scale 4 (`Docs/performance.md`). Texts read whole are each their own.
struct SharedLists {
    /// The lists of words read so far, by their column's text: each text is read into words once.
    private var steps: [String: [Step]] = [:]
    private var participants: [String: [Department]] = [:]
    private var copiedTo: [String: [CopyRecipient]] = [:]
    /// The lists of empty texts by their length.
    private var counted: [Int: [String]] = [:]

    /// The talk's steps, participants and copies, in columns `steps` to `steps + 2` of `r`.
    mutating func words(_ r: RowReader, steps column: Int) throws -> ([Step], [Department], [CopyRecipient]) {
        (
            try Self.one(r, column, &steps), try Self.one(r, column + 1, &participants),
            try Self.one(r, column + 2, &copiedTo)
        )
    }

    private static func one<V: Vocabulary>(_ r: RowReader, _ column: Int, _ known: inout [String: [V]]) throws -> [V] {
        let text = try r.text(column)
        if text.isEmpty { return [] }
        if let list = known[text] { return list }
        let list: [V] = try r.words(column)
        known[text] = list
        return list
    }

    /// Replaces `t`'s lists of texts only counted by the equal ones read before.
    mutating func share(_ t: inout Talk) {
        t.problems = sharedIfCounted(t.problems)
        t.requirements = sharedIfCounted(t.requirements)
    }

    private mutating func sharedIfCounted(_ texts: [String]) -> [String] {
        guard !texts.isEmpty, texts.allSatisfy(\.isEmpty) else { return texts }
        if let known = counted[texts.count] { return known }
        counted[texts.count] = texts
        return texts
    }
}

/// One row of `talk_entry` as it is read: a problem's or a requirement's text.
enum TalkEntry {
    case problem(String), requirement(String)
}

/// The rows of a list table (a talk's entries, a plan's bases…), read ordered by their owner's
/// key and handed out owner by owner as the owners are read in the same order: a merge, with no
/// dictionary of every owner. Both orders are the store's byte order of the key (`codePointOrder`).
struct OwnedRows<Value> {
    /// The list's table and its column naming the owner, for the damage `finish` tells.
    let table: String
    let ownerColumn: String
    private var rows: [(owner: String, value: Value)] = []
    private var next = 0
    /// The first owner passed over, never asked for.
    private var passedOver: String?
    /// The store the rows were read from.
    private var path: String?
    /// Some owners are left unread on purpose (`RecordReads.talks`): rows of theirs passed over
    /// are not damage, which a command reading every owner tells.
    private let ownersLeftUnread: Bool

    init(table: String, owner: String, ownersLeftUnread: Bool = false) {
        (self.table, ownerColumn, self.ownersLeftUnread) = (table, owner, ownersLeftUnread)
    }

    /// A row of `r`, which names the store.
    mutating func append(_ owner: String, _ value: Value, of r: RowReader) {
        path = path ?? r.path
        rows.append((owner, value))
    }

    /// The values of `owner`, which comes after every owner asked before; rows of owners never
    /// asked for are passed over.
    mutating func take(_ owner: String) -> [Value] {
        while next < rows.count, codePointOrder(rows[next].owner, owner) {
            passedOver = passedOver ?? rows[next].owner
            next += 1
        }
        var values: [Value] = []
        while next < rows.count, rows[next].owner == owner {
            values.append(rows[next].value)
            next += 1
        }
        return values
    }

    /// Once every owner has been asked for, throws when a row belonged to none: the lists are
    /// read under the same condition as their owners, so such a row is one whose owner is not in
    /// the store (put in with the sqlite3 shell, which checks no foreign key), damage to tell
    /// rather than a row dropped without a word.
    func finish() throws {
        guard !ownersLeftUnread, let owner = passedOver ?? (next < rows.count ? rows[next].owner : nil), let path else {
            return
        }
        throw StoreError.damaged(
            path: path,
            detail:
                "\(article) \(ownerColumn) that is not in the store in \(table) \(owner.quoted), column \(ownerColumn)")
    }

    /// The owner column's names are English words: "an organization", "a talk", "a plan".
    private var article: String {
        guard let first = ownerColumn.first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}

/// Reads one row, refusing values the schema should never have let in.
struct RowReader {
    let row: any SQLRow
    let path: String
    /// The query the row answers (`SELECT columns FROM table …`): damage is told at its table,
    /// record and column, so whoever restores or repairs the store knows where to look.
    let query: String

    func damaged(_ column: Int, _ what: String = "unexpected value") -> StoreError {
        StoreError.damaged(path: path, detail: "\(what) in \(place(column))")
    }

    /// Where column `i` of this row lies: `talk "T2026-001", column talker`. The first column names
    /// the record (or the one a list's row belongs to), unless it is the one unreadable.
    private func place(_ i: Int) -> String {
        let from = query.firstRange(of: " FROM ")
        let table = from.map { String(query[$0.upperBound...].prefix { $0 != " " }) } ?? ""
        // The selected columns, split at the commas outside parentheses: a plain column is named,
        // an expression by the name it is given (`CASE … END AS value`: a list's entries, the
        // texts of one only counted left unread), any other (a text left unread) by its position.
        var columns: [String] = [""]
        var depth = 0
        for character in query[..<(from?.lowerBound ?? query.startIndex)].dropFirst("SELECT ".count) {
            switch character {
            case "(": depth += 1
            case ")": depth -= 1
            case "," where depth == 0:
                columns.append("")
                continue
            case " ", "\n":
                if let last = columns[columns.count - 1].last, last != " " { columns[columns.count - 1].append(" ") }
                continue
            default: break
            }
            columns[columns.count - 1].append(character)
        }
        func name(_ selected: String) -> String? {
            var selected = Substring(selected)
            while selected.last == " " { selected = selected.dropLast() }
            if let alias = selected.ranges(of: " AS ").last { selected = selected[alias.upperBound...] }
            guard selected.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "\"" }) else { return nil }
            return selected.filter { $0 != "\"" }
        }
        let column = (i < columns.count ? name(columns[i]) : nil) ?? "\(i + 1)"
        let record: String? =
            switch i == 0 ? .null : row.value(0) {
            case .text(let key): key.quoted
            case .integer(let number): "\(number)"
            case .null, .malformedText, .foreign: nil
            }
        let named = [table, record ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        return named.isEmpty ? "column \(column)" : "\(named), column \(column)"
    }

    func optionalText(_ i: Int) throws -> String? {
        switch row.value(i) {
        case .null: return nil
        case .text(let text): return text
        case .integer: throw damaged(i)
        case .malformedText: throw damaged(i, "a text that is not UTF-8")
        case .foreign(let kind): throw damaged(i, kind)
        }
    }

    func text(_ i: Int) throws -> String {
        guard let text = try optionalText(i) else { throw damaged(i) }
        return text
    }

    func optionalInt(_ i: Int) throws -> Int? {
        switch row.value(i) {
        case .null: return nil
        case .integer(let n): return Int(n)
        case .text, .malformedText, .foreign: throw damaged(i)
        }
    }

    func int(_ i: Int) throws -> Int {
        guard let n = try optionalInt(i) else { throw damaged(i) }
        return n
    }

    /// A name people read, which the load keeps from being blank: a blank one is damage (a list
    /// or a copy would show nothing where the organization or person is).
    func name(_ i: Int) throws -> String {
        let name = try text(i)
        // Most names begin with a letter (a blank one may begin with U+3000, the ideographic
        // space: helper-170).
        if let first = name.unicodeScalars.first, !first.properties.isWhitespace { return name }
        guard name.contains(where: { !$0.isWhitespace }) else { throw damaged(i, "a blank name") }
        return name
    }

    /// A flag, stored 0 or 1: any other number is damage (put in with the sqlite3 shell told to
    /// check no constraint), not read as false.
    func bool(_ i: Int) throws -> Bool {
        switch try int(i) {
        case 0: false
        case 1: true
        default: throw damaged(i)
        }
    }

    /// A number in `range`, which the load keeps to (a plan item's year): any other is damage.
    func int(_ i: Int, in range: ClosedRange<Int>) throws -> Int {
        let n = try int(i)
        guard range.contains(n) else { throw damaged(i) }
        return n
    }

    func optionalDate(_ i: Int) throws -> CivilDate? {
        if let date = row.date(i) { return date }
        guard let text = try optionalText(i) else { return nil }
        guard let date = CivilDate(text) else { throw damaged(i) }
        return date
    }

    func date(_ i: Int) throws -> CivilDate {
        guard let date = try optionalDate(i) else { throw damaged(i) }
        return date
    }

    func optionalVocabulary<V: Vocabulary>(_ i: Int) throws -> V? {
        guard let text = try optionalText(i) else { return nil }
        do {
            return try Self.vocabulary(text, path: path)
        } catch StoreError.damaged(let path, let detail, let writing) {
            throw StoreError.damaged(path: path, detail: "\(detail) in \(place(i))", writing: writing)
        }
    }

    /// A row of `talk_entry`: its list's name in column `list`, the entry in column `value`. A
    /// list of words there is damage: since schema 6 they are the talk's columns.
    func talkEntry(list: Int, value: Int) throws -> TalkEntry {
        switch try vocabulary(list) as TalkList {
        case .problem: .problem(try text(value))
        case .requirement: .requirement(try text(value))
        case .step, .participant, .copiedTo: throw damaged(list)
        }
    }

    /// A list of words in one column, joined by commas (`Schema.wordLists`); '' for none.
    func words<V: Vocabulary>(_ i: Int) throws -> [V] {
        let joined = try text(i)
        guard !joined.isEmpty else { return [] }
        return try joined.split(separator: ",", omittingEmptySubsequences: false).map { word in
            do {
                return try Self.vocabulary(String(word), path: path)
            } catch StoreError.damaged(let path, let detail, let writing) {
                throw StoreError.damaged(path: path, detail: "\(detail) in \(place(i))", writing: writing)
            }
        }
    }

    func vocabulary<V: Vocabulary>(_ i: Int) throws -> V {
        guard let value: V = try optionalVocabulary(i) else { throw damaged(i) }
        return value
    }

    private static func vocabulary<V: Vocabulary>(_ text: String, path: String) throws -> V {
        guard let value = V(rawValue: text) else {
            // Every word of a vocabulary is ASCII: any other scalar is damage, shown as an escape
            // (never raw bytes to the terminal), and a long value is cut short. A quote or
            // backslash is escaped as `quoted` escapes it, so the quotes end where the value does.
            let shown = text.unicodeScalars.prefix(40).map {
                switch $0 {
                case "\"", "\\": "\\\($0)"
                case _ where (0x20...0x7E).contains($0.value): "\($0)"
                default: "\\u{\(String($0.value, radix: 16, uppercase: true))}"
                }
            }
            throw StoreError.damaged(
                path: path, detail: "unexpected value \"\(shown.joined())\(text.unicodeScalars.count > 40 ? "…" : "")\""
            )
        }
        return value
    }
}

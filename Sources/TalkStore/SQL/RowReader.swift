import TalkModel

/// The lists of a talk kept in `talk_entry`, and which field each one is.
enum TalkList: String, Vocabulary {
    case step, problem, requirement, participant, copiedTo = "copied-to"

    var label: Message { Message(zh: rawValue, en: rawValue) }

    static func entries(of t: Talk) -> [(TalkList, [String])] {
        [
            (.step, t.steps.map(\.rawValue)), (.problem, t.problems), (.requirement, t.requirements),
            (.participant, t.participants.map(\.rawValue)), (.copiedTo, t.archive?.copiedTo.map(\.rawValue) ?? []),
        ]
    }

    static func apply(_ lists: [TalkList: [String]], to t: inout Talk, path: String) throws {
        t.steps = try (lists[.step] ?? []).map { try RowReader.vocabulary($0, path: path) }
        t.problems = lists[.problem] ?? []
        t.requirements = lists[.requirement] ?? []
        t.participants = try (lists[.participant] ?? []).map { try RowReader.vocabulary($0, path: path) }
    }
}

/// Reads one row, refusing values the schema should never have let in.
struct RowReader {
    let row: any SQLRow
    let path: String

    private func damaged(_ column: Int) -> StoreError {
        StoreError.damaged(path: path, detail: "unexpected value in column \(column)")
    }

    func optionalText(_ i: Int) throws -> String? {
        switch row.value(i) {
        case .null: return nil
        case .text(let text): return text
        case .integer: throw damaged(i)
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
        case .text: throw damaged(i)
        }
    }

    func int(_ i: Int) throws -> Int {
        guard let n = try optionalInt(i) else { throw damaged(i) }
        return n
    }

    func optionalDate(_ i: Int) throws -> CivilDate? {
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
        return try Self.vocabulary(text, path: path)
    }

    func vocabulary<V: Vocabulary>(_ i: Int) throws -> V {
        try Self.vocabulary(try text(i), path: path)
    }

    static func vocabulary<V: Vocabulary>(_ text: String, path: String) throws -> V {
        guard let value = V(rawValue: text) else {
            throw StoreError.damaged(path: path, detail: "unexpected value \(text.quoted)")
        }
        return value
    }
}

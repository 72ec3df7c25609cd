import TalkModel

/// The kinds of record a rule can hold in hand. `measures`, `report` and `archive` are parts of a
/// talk and share its index.
public enum EntityKind: String, Sendable, CaseIterable {
    case talk, plan, trigger, organization, person, term, measures, report, archive
}

/// What a rule expression evaluates to.
enum Value: Sendable {
    case null
    case bool(Bool)
    case number(Int)
    case date(CivilDate)
    case period(Period)
    case monthDay(MonthDay)
    case text(String)
    /// An enumerated value of the dataset format (`regular`, `discipline-inspection`), by its JSON
    /// spelling, and its vocabulary when known: read from a field it has one, and is shown with
    /// that vocabulary's label (`other` as a trigger kind is （六）其他情形, not 其他单位); a name
    /// written in a rule file has none. Compared by the spelling alone.
    case symbol(String, SymbolVocabulary?)
    case entity(EntityKind, Int)
    case list([Value])

    var isTrue: Bool {
        if case .bool(true) = self { return true }
        return false
    }

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    var date: CivilDate? {
        if case .date(let date) = self { return date }
        return nil
    }

    var items: [Value] {
        if case .list(let items) = self { return items }
        return []
    }

    /// The string of a text or symbol, for comparisons by code point.
    var string: String? {
        switch self {
        case .text(let text), .symbol(let text, _): return text
        default: return nil
        }
    }
}

extension Value: Equatable {
    /// Texts and symbols compare by their strings; everything else by kind and content.
    static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.date(let x), .date(let y)): return x == y
        case (.period(let x), .period(let y)): return x == y
        case (.monthDay(let x), .monthDay(let y)): return x == y
        case (.entity(let k, let x), .entity(let l, let y)): return k == l && x == y
        case (.list(let x), .list(let y)): return x == y
        default:
            if let x = a.string, let y = b.string { return x == y }
            return false
        }
    }

    /// Order for `<` and `min`: numbers, dates and texts (by code point); nil when not comparable.
    static func order(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y
        case (.date(let x), .date(let y)): return x < y
        case (.entity(let k, let x), .entity(let l, let y)) where k == l: return x < y
        default:
            if let x = a.string, let y = b.string { return codePointOrder(x, y) }
            return nil
        }
    }
}

/// The static type of an expression, checked when a rule file is loaded.
indirect enum ValueType: Equatable, Sendable, CustomStringConvertible {
    case bool, number, date, period, monthDay, text
    case entity(EntityKind)
    case list(ValueType)
    /// The type of `null` and of `[]`'s items: fits anywhere.
    case unknown

    /// Whether a value of `other` can stand where `self` is expected (or be compared with it).
    func accepts(_ other: ValueType) -> Bool {
        switch (self, other) {
        case (.unknown, _), (_, .unknown): return true
        case (.list(let a), .list(let b)): return a.accepts(b)
        default: return self == other
        }
    }

    /// The more specific of two compatible types.
    func merged(with other: ValueType) -> ValueType {
        switch (self, other) {
        case (.unknown, _): return other
        case (.list(let a), .list(let b)): return .list(a.merged(with: b))
        default: return self
        }
    }

    var description: String {
        switch self {
        case .bool: "bool"
        case .number: "number"
        case .date: "date"
        case .period: "period"
        case .monthDay: "month-day"
        case .text: "text"
        case .entity(let kind): kind.rawValue
        case .list(.unknown): "list"
        case .list(let item): "list of \(item)"
        case .unknown: "null"
        }
    }

    /// The type named for a Chinese message: the Chinese word with the rule language's own word after it,
    /// since that is what the author writes (`期间（period）`).
    var chineseDescription: String {
        let word: String
        switch self {
        case .bool: word = "真假值"
        case .number: word = "数"
        case .date: word = "日期"
        case .period: word = "期间"
        case .monthDay: word = "月日"
        case .text: word = "文字"
        case .entity: word = "记录"
        case .list(.unknown): word = "列表"
        case .list(let item): return "\(item.chineseDescription)的列表"
        case .unknown: word = "空值"
        }
        return "\(word)（\(description)）"
    }

    var isEntity: Bool {
        if case .entity = self { return true }
        return false
    }

    var isOrdered: Bool { [.number, .date, .text, .unknown].contains(self) }
}

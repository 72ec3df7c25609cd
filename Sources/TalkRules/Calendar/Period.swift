import TalkModel

/// A length of time as the regulation and local rules state it: "1个月", "3 months", "15个工作日".
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public enum Unit: String, Sendable, CaseIterable {
        case days, workingDays = "working days", months, years
    }

    public let count: Int
    public let unit: Unit

    /// The longest period a rule file may write (`Docs/rules-language.md`, *Limits*): far past any
    /// deadline of the measures, and short of the calendar's end from any day a record holds.
    public static let longest = Period(100, .years)

    /// Whether the period is no longer than `longest`, counted in its own unit (a year of 366
    /// days, of 261 working days at most).
    public var isWithinLongest: Bool {
        let years = Self.longest.count
        return switch unit {
        case .years: count <= years
        case .months: count <= years * 12
        case .days: count <= years * 366
        case .workingDays: count <= years * 262
        }
    }

    public init(_ count: Int, _ unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// A period as `description` writes it (`1 month`, `15 working days`), or nil for another text.
    public init?(written text: String) {
        guard let space = text.firstIndex(of: " "), let count = Int(text[..<space]) else { return nil }
        let rest = text[text.index(after: space)...]
        guard let unit = Unit.allCases.first(where: { $0.rawValue == rest || $0.rawValue.dropLast() == rest }) else {
            return nil
        }
        self.init(count, unit)
    }

    /// As written in rule files: `1 month`, `15 working days`.
    public var description: String {
        let singular = count == 1
        switch unit {
        case .days: return "\(count) \(singular ? "day" : "days")"
        case .workingDays: return "\(count) working \(singular ? "day" : "days")"
        case .months: return "\(count) \(singular ? "month" : "months")"
        case .years: return "\(count) \(singular ? "year" : "years")"
        }
    }

    /// As people read it: `1个月`, `15个工作日`.
    public var label: Message {
        switch unit {
        case .days: Message(zh: "\(count)日", en: description)
        case .workingDays: Message(zh: "\(count)个工作日", en: description)
        case .months: Message(zh: "\(count)个月", en: description)
        case .years: Message(zh: "\(count)年", en: description)
        }
    }
}

/// A parsed JSON value. Objects keep their members in document order, numbers keep their text,
/// so nothing is lost or rounded before the decoder decides what a field means. Not `indirect`:
/// arrays and objects hold their elements in their own storage, and a string or a number needs
/// no box of its own (a load makes a million of them).
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The JSON type's name, as problems mention it.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The JSON type's name in Chinese, so no Chinese message says "string".
    public var chineseTypeName: String {
        switch self {
        case .null: "空值（null）"
        case .bool: "布尔值"
        case .number: "数字"
        case .string: "文字"
        case .array: "数组"
        case .object: "对象"
        }
    }
}

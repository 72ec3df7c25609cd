import TalkModel

/// Writes XML 1.0 (W3C, 5th edition) as the parts of Office Open XML files are written: UTF-8,
/// standalone, elements opened and closed in order. The one place text becomes XML, so escaping
/// is never forgotten: `& < >` (and `"` in attributes) as entities, a carriage return as `&#xD;`
/// (a parser would turn a literal one into a line feed), and the scalars XML 1.0 cannot carry at
/// all (C0 controls other than tab and line breaks, U+FFFE, U+FFFF) shown as visible `\u{…}`
/// escapes, as `VisibleText` shows them on a terminal.
public struct XMLWriter {
    public private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private var open: [String] = []

    public init() {}

    /// `<name a="1">`; attributes in the order given.
    public mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        text += "<" + name + Self.attributes(attributes) + ">"
        open.append(name)
    }

    /// `<name a="1"/>`.
    public mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        text += "<" + name + Self.attributes(attributes) + "/>"
    }

    /// `<name>text</name>`.
    public mutating func element(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], text content: String
    ) {
        text += "<" + name + Self.attributes(attributes) + ">" + Self.escaped(content, attribute: false) + "</\(name)>"
    }

    public mutating func end() {
        text += "</" + open.removeLast() + ">"
    }

    /// The document as UTF-8 bytes, every element closed.
    public var bytes: [UInt8] {
        precondition(open.isEmpty, "XMLWriter: <\(open.last ?? "")> left open")
        return Array(text.utf8)
    }

    private static func attributes(_ pairs: KeyValuePairs<String, String>) -> String {
        pairs.map { " \($0.key)=\"\(escaped($0.value, attribute: true))\"" }.joined()
    }

    /// Text as XML character data or an attribute value.
    public static func escaped(_ text: String, attribute: Bool) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"" where attribute: out.append(contentsOf: "&quot;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#xD;".unicodeScalars)
            case "\n" where attribute: out.append(contentsOf: "&#xA;".unicodeScalars)
            case "\t" where attribute: out.append(contentsOf: "&#x9;".unicodeScalars)
            case "\t", "\n": out.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

import TalkModel

/// Writes XML 1.0 (W3C, 5th edition) as the parts of Office Open XML files are written: UTF-8,
/// standalone, elements opened and closed in order. The one place text becomes XML, so escaping
/// is never forgotten: `& < >` (and `"` in attributes) as entities, a carriage return as `&#xD;`
/// (a parser would turn a literal one into a line feed), and the scalars XML 1.0 cannot carry at
/// all (C0 controls other than tab and line breaks, U+FFFE, U+FFFF) shown as visible `\u{…}`
/// escapes, as `VisibleText` shows them on a terminal. A long part is handed on in pieces as it
/// is written (`count`, `flush`).
public struct XMLWriter: Sendable {
    private var buffer: [UInt8]
    private var open: [String] = []

    /// A document, begun with its XML declaration.
    public init() {
        self.init(buffer: Array("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n".utf8))
    }

    private init(buffer: [UInt8]) { self.buffer = buffer }

    /// A fragment of elements for `append` to add to a document: a part's rows, written on
    /// other threads while the document is compressed.
    public static func fragment() -> XMLWriter { XMLWriter(buffer: []) }

    /// Adds a `fragment` whose elements are all closed, where this writer stands.
    public mutating func append(_ fragment: XMLWriter) {
        buffer += fragment.bytes
    }

    /// `<name a="1">`; attributes in the order given.
    public mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        tag(name, attributes)
        buffer.append(UInt8(ascii: ">"))
        open.append(name)
    }

    /// `<name a="1"/>`.
    public mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        tag(name, attributes)
        buffer += "/>".utf8
    }

    /// `<name>text</name>`.
    public mutating func element(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], text content: String
    ) {
        tag(name, attributes)
        buffer.append(UInt8(ascii: ">"))
        Self.escape(content, attribute: false, into: &buffer)
        closing(name)
    }

    public mutating func end() {
        closing(open.removeLast())
    }

    /// The document as UTF-8 bytes (what is left of it after `flush`), every element closed.
    public var bytes: [UInt8] {
        precondition(open.isEmpty, "XMLWriter: <\(open.last ?? "")> left open")
        return buffer
    }

    /// How many bytes are written and not yet flushed.
    public var count: Int { buffer.count }

    /// Hands the bytes written since the last flush to `write`, and forgets them.
    public mutating func flush(_ write: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        try buffer.withUnsafeBytes(write)
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func tag(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        buffer.append(UInt8(ascii: "<"))
        Self.append(name, to: &buffer)
        for (key, value) in attributes {
            buffer.append(UInt8(ascii: " "))
            Self.append(key, to: &buffer)
            buffer += "=\"".utf8
            Self.escape(value, attribute: true, into: &buffer)
            buffer.append(UInt8(ascii: "\""))
        }
    }

    private mutating func closing(_ name: String) {
        buffer += "</".utf8
        Self.append(name, to: &buffer)
        buffer.append(UInt8(ascii: ">"))
    }

    /// A name's UTF-8, copied whole.
    private static func append(_ name: String, to out: inout [UInt8]) {
        var name = name
        name.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Text as XML character data or an attribute value.
    public static func escaped(_ text: String, attribute: Bool) -> String {
        var out: [UInt8] = []
        escape(text, attribute: attribute, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the text's UTF-8, escaped; runs that need no escape are copied whole.
    static func escape(_ text: String, attribute: Bool, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var run = 0
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                let replacement: String
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\"") where attribute: replacement = "&quot;"
                case UInt8(ascii: "\r"): replacement = "&#xD;"
                case UInt8(ascii: "\n") where attribute: replacement = "&#xA;"
                case UInt8(ascii: "\t") where attribute: replacement = "&#x9;"
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                    i += 1
                    continue
                case ..<0x20: replacement = "\\u{\(String(byte, radix: 16, uppercase: true))}"
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                case 0xEF where i + 2 < utf8.count && utf8[i + 1] == 0xBF && utf8[i + 2] >= 0xBE:
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                    out += (utf8[i + 2] == 0xBE ? "\\u{FFFE}" : "\\u{FFFF}").utf8
                    i += 3
                    run = i
                    continue
                default:
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                out += replacement.utf8
                i += 1
                run = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<utf8.count]))
        }
    }
}

/// Writes JSON deterministically: members in the order given, non-ASCII text as is,
/// so the same value always gives the same bytes.
public enum JSONWriter {
    /// One line, `{"a": 1, "b": [2, 3]}`, in the style of the dataset format's examples.
    public static func line(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    public static func write(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let text): out += text
        case .string(let text): writeString(text, into: &out)
        case .array(let elements):
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += ", " }
                write(element, into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += ", " }
                writeString(member.key, into: &out)
                out += ": "
                write(member.value, into: &out)
            }
            out += "}"
        }
    }

    /// A document whose top-level members each start a line and whose arrays hold one element a line.
    public static func document(_ members: [(key: String, value: JSONValue)]) -> String {
        TextStream.text { stream in document(members.map { ($0.key, Member($0.value)) }, to: &stream) }
    }

    /// A member of a document: a value on its line, or an array of one element a line.
    public enum Member {
        case value(JSONValue)
        /// An array of `count` elements, the `i`th made by `element(i)`: made and written out on
        /// every core a batch at a time (`concurrentlyInOrder`), written in order, so a long one is
        /// never held whole nor written on one core (a national `check`'s findings, 37 MB, took a
        /// third of its time on one).
        case lines(count: Int, element: @Sendable (Int) -> JSONValue)

        /// An array as `lines`, any other value as `value`.
        public init(_ value: JSONValue) {
            if case .array(let elements) = value {
                self = .lines(count: elements.count) { elements[$0] }
            } else {
                self = .value(value)
            }
        }
    }

    /// The same document appended to `stream` an element at a time.
    public static func document<Failure: Error>(
        _ members: [(key: String, value: Member)], to stream: inout TextStream<Failure>
    ) throws(Failure) {
        var out = "{"
        for (i, member) in members.enumerated() {
            out += i == 0 ? "\n  " : ",\n  "
            writeString(member.key, into: &out)
            out += ": "
            switch member.value {
            case .value(let value): write(value, into: &out)
            case .lines(let count, let element):
                try concurrentlyInOrder(count, make: { line(element($0)) }) { (i, line) throws(Failure) in
                    out += i == 0 ? "[\n    " : ",\n    "
                    out += line
                    try stream.append(out)
                    out = ""
                }
                out += count == 0 ? "[]" : "\n  ]"
            }
        }
        out += "\n}\n"
        try stream.append(out)
    }

    /// A JSON string. Besides what JSON requires (quotes, backslashes, C0 controls), every hidden
    /// character (`VisibleText`: C1 controls, U+202E, U+200B, U+2028…) is written as a `\u`
    /// escape, so a document shown in a terminal or an editor cannot act on it; readers get the
    /// same text back.
    static func writeString(_ text: String, into out: inout String) {
        out += "\""
        // Most texts need no escape: appended whole, after one look at their bytes.
        if !text.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || VisibleText.mayBeginHidden($0) }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where VisibleText.isHidden(scalar):
                // UTF-16 code units, so a scalar beyond the BMP (a tag character) is a surrogate pair.
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

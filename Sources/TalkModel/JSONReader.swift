/// Reads JSON text strictly (RFC 8259): no trailing commas, no comments, no duplicate keys,
/// valid UTF-8 only. A leading byte-order mark is skipped, as Windows editors write one.
public struct JSONReader {
    /// Deeper nesting than any dataset needs; it bounds the recursion on hostile input.
    public static let maximumDepth = 64

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    /// The first strings beyond ASCII and where each begins, to tell a document saved as GBK
    /// (`misreadGBK`): a thousand, so a national document's hundreds of thousands of names cost
    /// nothing, and none when not `askingForGBK`.
    private var beyondASCII: [(offset: Int, text: String)] = []
    private var stringsToAsk = 1000

    /// Parses a whole document, or throws a problem located at `line:col`. `askingForGBK`: refuse
    /// a document of GBK text valid as UTF-8 (`misreadGBK`), for a file a user gives; not for text
    /// talks wrote.
    public static func parse(_ bytes: [UInt8], askingForGBK: Bool = true) throws(InputError) -> JSONValue {
        var reader = JSONReader(bytes: bytes)
        if !askingForGBK { reader.stringsToAsk = 0 }
        do {
            let value = try reader.document()
            try reader.misreadGBK()
            return value
        } catch {
            let (line, column) = Self.position(of: error.offset, in: bytes)
            throw InputError(error.message, at: "\(line):\(column)")
        }
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private struct Failure: Error {
        let offset: Int
        let message: Message
    }

    private func fail(_ zh: String, _ en: String, at offset: Int? = nil) -> Failure {
        Failure(offset: offset ?? index, message: Message(zh: zh, en: en))
    }

    private mutating func document() throws(Failure) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        // (UTF-32's marks first: little-endian's begins as UTF-16's does, helper-200.)
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
            throw fail("文件是 UTF-32 编码；请以 UTF-8 编码保存", "the file is UTF-32; save it as UTF-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw fail("文件是 UTF-16 编码；请以 UTF-8 编码保存", "the file is UTF-16; save it as UTF-8")
        }
        // Without its mark, UTF-16 is told by its first character, one a JSON text begins with
        // (white space or a value's first), and a NUL beside it (RFC 4627 §3): it was "expected a
        // quoted field name, found byte 0x0". (A binary file's first bytes are no such pair.)
        let begins = Set(Array(" \t\r\n{[\"-0123456789tfn".utf8))
        // (UTF-32 holds three NULs beside it: helper-198, called UTF-16.)
        if bytes.count >= 4, bytes[1...2] == [0, 0],
            bytes[0] == 0 && begins.contains(bytes[3]) || bytes[3] == 0 && begins.contains(bytes[0])
        {
            throw fail("文件是 UTF-32 编码；请以 UTF-8 编码保存", "the file is UTF-32; save it as UTF-8", at: 0)
        }
        if bytes.count >= 2, bytes[0] == 0 ? begins.contains(bytes[1]) : bytes[1] == 0 && begins.contains(bytes[0]) {
            throw fail(
                "文件是 UTF-16 编码（没有字节顺序标记）；请以 UTF-8 编码保存",
                "the file is UTF-16 (without its byte order mark); save it as UTF-8", at: 0)
        }
        skipWhitespace()
        guard index < bytes.count else { throw fail("文档为空", "the document is empty") }
        let value = try self.value()
        skipWhitespace()
        guard index == bytes.count else {
            throw fail("JSON 值之后还有多余内容", "unexpected text after the JSON value")
        }
        return value
    }

    /// A document saved as GBK is valid UTF-8 now and then (谢强's bytes read as `лǿ`), and
    /// would be stored garbled (helper-231). Its first strings beyond ASCII are weighed together,
    /// as a sheet's lines are (`TextEncoding.decode`), and refused at the first when they read as
    /// GBK and their UTF-8 reading has what GBK misread makes (`TextEncoding.misreadGBK`: a word
    /// mixing alphabets, Hangul…); kept as UTF-8, which the format says a document is, otherwise,
    /// or when some strings read otherwise than the rest (a file saved whole by an editor is in one
    /// encoding: helper-233, a Kazakh name among Chinese ones, `Lǚ Bù` or `Ли Ян` alone, were
    /// refused). A document of one or two names may so pass garbled (岑峰华 alone as `᯷廪`); one
    /// of more, hardly: each more name must be valid UTF-8 too. Not quoted: a string may be
    /// confidential.
    private func misreadGBK() throws(Failure) {
        guard !beyondASCII.isEmpty else { return }
        // One string a line, as the decoder reads lines.
        let text = beyondASCII.map { String($0.text.map { $0.isNewline ? " " : $0 }) }.joined(separator: "\n")
        guard TextEncoding.misreadGBK(text, signs: false),
            case (_, .gb18030)? = try? TextEncoding.decode(Array(text.utf8))
        else { return }
        throw fail(
            "字符串是 GBK（GB18030）编码的文字，按 UTF-8 读会存成乱码：JSON 文档须为 UTF-8 编码（RFC 8259），请另存为 UTF-8"
                + "（文档本是 UTF-8、这段文字早已是乱码的，请在此处改正）",
            "the string is GBK (GB18030) text, which read as UTF-8 would be stored garbled: a JSON document is UTF-8 "
                + "(RFC 8259); save it again as UTF-8 (if the document is UTF-8 and the text was garbled before, correct "
                + "it here)", at: beyondASCII[0].offset)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func value() throws(Failure) -> JSONValue {
        guard index < bytes.count else { throw truncated() }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw unexpected("一个 JSON 值", "a JSON value")
        }
    }

    private func truncated() -> Failure {
        fail("文档在此意外结束（文件被截断？）", "the document ends too early (truncated file?)")
    }

    private func unexpected(_ zh: String, _ en: String) -> Failure {
        guard index < bytes.count else { return truncated() }
        let byte = bytes[index]
        let shown =
            (0x21..<0x7F).contains(byte) ? "'\(Character(UnicodeScalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
        return fail("此处应为\(zh)，却是 \(shown)", "expected \(en), found \(shown)")
    }

    private mutating func literal(_ word: String, _ result: JSONValue) throws(Failure) -> JSONValue {
        for expected in word.utf8 {
            guard index < bytes.count else { throw truncated() }
            guard bytes[index] == expected else { throw unexpected("一个 JSON 值", "a JSON value") }
            index += 1
        }
        return result
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw fail("嵌套超过 \(Self.maximumDepth) 层", "nesting deeper than \(Self.maximumDepth) levels")
        }
    }

    private mutating func object() throws(Failure) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        // The keys so far, hashed once an object is large; a small one (every record's) is searched.
        var seen: Set<String>?
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw truncated() }
            guard bytes[index] == UInt8(ascii: "\"") else { throw unexpected("字段名（带引号）", "a quoted field name") }
            let keyOffset = index
            let key = try string()
            if seen == nil, members.count >= 32 { seen = Set(members.map(\.key)) }
            guard seen?.insert(key).inserted ?? !members.contains(where: { $0.key == key }) else {
                throw fail("字段 \(key.quoted) 重复出现", "duplicate field \(key.quoted)", at: keyOffset)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw unexpected("':'", "':'") }
            index += 1
            skipWhitespace()
            members.append((key, try value()))
            skipWhitespace()
            guard index < bytes.count else { throw truncated() }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return .object(members)
            default: throw unexpected("',' 或 '}'", "',' or '}'")
            }
        }
    }

    private mutating func array() throws(Failure) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try value())
            skipWhitespace()
            guard index < bytes.count else { throw truncated() }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return .array(elements)
            default: throw unexpected("',' 或 ']'", "',' or ']'")
            }
        }
    }

    private mutating func number() throws(Failure) -> JSONValue {
        let start = index
        func digits(_ reader: inout JSONReader) -> Int {
            let begin = reader.index
            while reader.index < reader.bytes.count,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(reader.bytes[reader.index])
            {
                reader.index += 1
            }
            return reader.index - begin
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let leading = index
        guard digits(&self) > 0 else { throw unexpected("数字", "a digit") }
        if bytes[leading] == UInt8(ascii: "0"), index - leading > 1 {
            throw fail("数字不能以 0 开头", "a number must not start with 0", at: leading)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw unexpected("数字", "a digit") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits(&self) > 0 else { throw unexpected("数字", "a digit") }
        }
        return .number(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    private mutating func string() throws(Failure) -> String {
        let open = index
        index += 1
        var start = index
        var result = ""
        var scratch: [UInt8] = []
        // Whether every byte of the string so far is ASCII, which is always valid UTF-8.
        var ascii = true
        func flush(_ reader: JSONReader, upTo end: Int) throws(Failure) {
            guard start < end else { return }
            // Decoding puts U+FFFD in place of every invalid sequence, so the text keeps the
            // bytes exactly when they were valid UTF-8. (`String(validating:)` is generic over
            // its encoding and looked up its type's metadata for every string: 40 % of a parse.)
            let bytes = reader.bytes[start..<end]
            let text = String(decoding: bytes, as: UTF8.self)
            guard ascii || text.utf8.elementsEqual(bytes) else {
                throw reader.fail(
                    "字符串含有无效的 UTF-8 字节：JSON 文档须为 UTF-8 编码（RFC 8259），以 ANSI、GBK 保存的请另存为 UTF-8",
                    "invalid UTF-8 in a string: a JSON document is UTF-8 (RFC 8259); one saved as ANSI or GBK must be saved again as UTF-8",
                    at: start)
            }
            result += text
        }
        while true {
            guard index < bytes.count else {
                throw fail("字符串没有结束引号（文件被截断？）", "unterminated string (truncated file?)", at: open)
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                try flush(self, upTo: index)
                index += 1
                if !ascii, beyondASCII.count < stringsToAsk { beyondASCII.append((open, result)) }
                return result
            }
            if byte < 0x20 {
                throw fail("字符串中有未转义的控制字符", "unescaped control character in a string")
            }
            if byte != UInt8(ascii: "\\") {
                if byte >= 0x80 { ascii = false }
                index += 1
                continue
            }
            try flush(self, upTo: index)
            index += 1
            guard index < bytes.count else { throw truncated() }
            scratch.removeAll(keepingCapacity: true)
            switch bytes[index] {
            case UInt8(ascii: "\""): result += "\""
            case UInt8(ascii: "\\"): result += "\\"
            case UInt8(ascii: "/"): result += "/"
            case UInt8(ascii: "b"): result += "\u{08}"
            case UInt8(ascii: "f"): result += "\u{0C}"
            case UInt8(ascii: "n"): result += "\n"
            case UInt8(ascii: "r"): result += "\r"
            case UInt8(ascii: "t"): result += "\t"
            case UInt8(ascii: "u"):
                result.unicodeScalars.append(try unicodeEscape())
                start = index
                continue
            default: throw fail("无效的转义序列", "invalid escape sequence")
            }
            index += 1
            start = index
        }
    }

    /// Reads `uXXXX` (index on the `u`), joining a surrogate pair; a lone surrogate is an error.
    private mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
        let escapeStart = index - 1
        func hex4(_ reader: inout JSONReader) throws(Failure) -> UInt32 {
            reader.index += 1  // past the `u`
            guard reader.index + 4 <= reader.bytes.count else { throw reader.truncated() }
            var value: UInt32 = 0
            for byte in reader.bytes[reader.index..<reader.index + 4] {
                guard let digit = Character(UnicodeScalar(byte)).hexDigitValue else {
                    throw reader.fail("\\u 后应为四位十六进制数", "expected four hex digits after \\u")
                }
                value = value * 16 + UInt32(digit)
            }
            reader.index += 4
            return value
        }
        let first = try hex4(&self)
        var code = first
        if (0xD800...0xDBFF).contains(first) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else {
                throw fail("孤立的代理项 \\u 转义", "lone surrogate in a \\u escape", at: escapeStart)
            }
            index += 1
            let second = try hex4(&self)
            guard (0xDC00...0xDFFF).contains(second) else {
                throw fail("孤立的代理项 \\u 转义", "lone surrogate in a \\u escape", at: escapeStart)
            }
            code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else {
            throw fail("孤立的代理项 \\u 转义", "lone surrogate in a \\u escape", at: escapeStart)
        }
        return scalar
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var column = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] == 0x0A {
                line += 1
                column = 1
            } else if bytes[i] & 0xC0 != 0x80 {
                column += 1  // count characters, not UTF-8 continuation bytes
            }
            i += 1
        }
        return (line, column)
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The encodings office sheets come in: UTF-8 (what we write by default, with a byte-order mark
/// so Excel and WPS recognise it) and GB18030 (what Chinese Excel and WPS save by default).
/// GB18030 goes through the C library's iconv, so no table of our own has to be kept.
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case gb18030

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Text as bytes in this encoding; UTF-8 starts with a byte-order mark.
    public func encode(_ text: String) throws(EncodingFailure) -> [UInt8] {
        switch self {
        case .utf8:
            return Self.byteOrderMark + Array(text.utf8)
        case .gb18030:
            return try Self.convert(Array(text.utf8), from: "UTF-8", to: "GB18030")
        }
    }

    /// Reads bytes as text: a UTF-8 byte-order mark or valid UTF-8 means UTF-8, anything else must
    /// be GB18030. The encoding found is returned with the text.
    public static func decode(_ bytes: [UInt8], as expected: TextEncoding? = nil) throws(EncodingFailure) -> (
        String, TextEncoding
    ) {
        var body = bytes[...]
        if body.starts(with: byteOrderMark) { body = body.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw .utf16 }
        if expected != .gb18030, let text = String(validating: body, as: UTF8.self) {
            return (text, .utf8)
        }
        if expected == .utf8 || body.count < bytes.count {
            throw .invalid(encoding: .utf8, offset: firstInvalidUTF8(body))
        }
        do {
            let utf8 = try convert(Array(body), from: "GB18030", to: "UTF-8")
            return (String(decoding: utf8, as: UTF8.self), .gb18030)
        } catch .invalid(_, let offset) where expected == nil && firstInvalidUTF8(body) > offset {
            // Read further as UTF-8 than as GB18030: a UTF-8 file with a bad byte, told as such.
            throw .invalid(encoding: .utf8, offset: firstInvalidUTF8(body))
        }
    }

    /// Why bytes could not be read or written.
    public enum EncodingFailure: Error, Equatable {
        case invalid(encoding: TextEncoding, offset: Int)
        case unrepresentable(offset: Int)
        case utf16
        case unavailable

        public var message: Message {
            switch self {
            case .invalid(let encoding, let offset):
                Message(
                    zh: "第 \(offset) 字节起不是有效的 \(encoding == .utf8 ? "UTF-8" : "UTF-8 或 GB18030") 文本",
                    en: "not valid \(encoding == .utf8 ? "UTF-8" : "UTF-8 or GB18030") text from byte \(offset)")
            case .unrepresentable(let offset):
                Message(
                    zh: "第 \(offset) 字节处的字符无法用 GB18030 表示", en: "the character at byte \(offset) has no GB18030 form")
            case .utf16:
                Message(
                    zh: "文件为 UTF-16 编码；请在 Excel/WPS 中另存为“CSV UTF-8”或“CSV（逗号分隔）”",
                    en: "the file is UTF-16; save it from Excel or WPS as \"CSV UTF-8\" or \"CSV (comma delimited)\"")
            case .unavailable:
                Message(zh: "本机的 iconv 不支持 GB18030", en: "this system's iconv has no GB18030")
            }
        }
    }

    /// Where UTF-8 decoding first fails, counted in bytes from 1.
    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): consumed += UTF8.width(scalar)
            case .emptyInput, .error: return consumed + 1
            }
        }
    }

    private static func convert(_ input: [UInt8], from: String, to: String) throws(EncodingFailure) -> [UInt8] {
        let converter = iconv_open(to, from)
        guard let converter, converter != iconv_t(bitPattern: -1) else { throw .unavailable }
        defer { iconv_close(converter) }
        if input.isEmpty { return [] }
        var source = input.map { CChar(bitPattern: $0) }
        // GB18030 takes at most 4 bytes a character, UTF-8 at most 4 for every 2 of GB18030.
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        let result: (status: Int, left: Int, written: Int) = source.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                var inPointer: UnsafeMutablePointer<CChar>? = source.baseAddress
                var inLeft = source.count
                var outPointer: UnsafeMutablePointer<CChar>? = target.baseAddress
                var outLeft = target.count
                let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return (status, inLeft, target.count - outLeft)
            }
        }
        guard result.status != -1 else {
            let offset = input.count - result.left + 1
            throw from == "UTF-8" ? .unrepresentable(offset: offset) : .invalid(encoding: .gb18030, offset: offset)
        }
        return output[..<result.written].map { UInt8(bitPattern: $0) }
    }
}

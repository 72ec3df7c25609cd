import TalkModel
import Testing

@Suite struct JSONReaderTests {
    func problem(_ text: String) -> Problem? {
        problem(Array(text.utf8))
    }

    func problem(_ bytes: [UInt8]) -> Problem? {
        do {
            _ = try JSONReader.parse(bytes)
            return nil
        } catch {
            return error.problems.first
        }
    }

    @Test func readsEveryKindOfValue() throws {
        let value = try JSONReader.parse(
            Array(#"{"a": [1, -2.5e3, true, false, null], "b": "x\"\u00e9\ud83d\ude00"}"#.utf8))
        #expect(
            value
                == .object([
                    ("a", .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null])),
                    ("b", .string("x\"é😀")),
                ]))
    }

    /// A document saved as GBK whose bytes are valid UTF-8 (谢强 and 叶平 read as `лǿ` and `Ҷƽ`)
    /// is refused at the string, not loaded garbled (helper-231); names of other alphabets, and
    /// pinyin with its tones, are UTF-8's own, alone too (helper-233: Kazakh names and `Lǚ Bù`
    /// were refused).
    @Test func gbkTextValidAsUTF8IsRefused() throws {
        let gbk: [UInt8] = [0xD0, 0xBB, 0xC7, 0xBF]  // 谢强 in GBK
        #expect(String(validating: gbk, as: UTF8.self) == "лǿ")
        let refused = problem(Array(#"{"name": ""#.utf8) + gbk + Array(#""}"#.utf8))
        #expect(
            refused?.location == "1:10" && refused?.message.en.contains("GBK (GB18030) text") == true,
            "\(String(describing: refused))")
        for name in [
            "Лев Толстой", "김민수", "阿卜杜拉·艾买提", "Ngô Bảo Châu", "Běijīng Hǎidiàn", "¥100，±5°", "José Müller", "Ли Ян",
            "Lǚ Bù", "Әлия", "Ұлан反映",
        ] {
            #expect(problem(#"{"name": "\#(name)"}"#) == nil, "\(name)")
        }
    }

    @Test func skipsAByteOrderMark() throws {
        #expect(try JSONReader.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == .object([]))
    }

    @Test(arguments: [
        (#"{"a": 1"#, "1:8", "ends too early"),
        ("{\"a\":\n  [1, 2,", "2:9", "ends too early"),
        (#"{"a": 1,}"#, "1:9", "quoted field name"),
        (#"{"a": 1} x"#, "1:10", "unexpected text"),
        (#"{"a": 01}"#, "1:7", "must not start with 0"),
        (#"{"a": 1, "a": 2}"#, "1:10", "duplicate field"),
        (#"{"a": "\ud800"}"#, "1:8", "lone surrogate"),
        (#"{"a": "\q"}"#, "1:9", "invalid escape"),
        ("{\"a\": \"tab\there\"}", "1:11", "control character"),
        ("", "1:1", "empty"),
        (#"{"a": tru}"#, "1:10", "expected a JSON value"),
        (#"{"a": "open"#, "1:7", "unterminated string"),
    ])
    func locatesEverySyntaxError(_ text: String, _ place: String, _ words: String) throws {
        let found = try #require(problem(text))
        #expect(found.location == place)
        #expect(found.message.en.contains(words))
    }

    @Test func refusesInvalidUTF8InAString() throws {
        let found = try #require(problem(Array(#"{"name": ""#.utf8) + [0xE6, 0x9D] + Array(#""}"#.utf8)))
        #expect(found.message.en.contains("invalid UTF-8"))
        #expect(found.location == "1:11")
        // A document saved as GBK (Notepad's ANSI on Chinese Windows) is told how to save it.
        let gbk = try #require(problem(Array(#"{"name": ""#.utf8) + [0xB5, 0xB3, 0xCE, 0xAF] + Array(#""}"#.utf8)))
        #expect(gbk.message.en.hasSuffix("one saved as ANSI or GBK must be saved again as UTF-8"), "\(gbk.message.en)")
    }

    /// UTF-16 is told with or without its byte order mark, in either byte order (RFC 4627 §3):
    /// without it, it was "expected a quoted field name, found byte 0x0".
    @Test(
        arguments: [
            [0xFF, 0xFE] + Array("{}".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            Array("{\"a\": 1}".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            Array(" [1]".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] },
        ] as [[UInt8]])
    func refusesUTF16(_ bytes: [UInt8]) throws {
        let found = try #require(problem(bytes))
        #expect(found.message.en.hasPrefix("the file is UTF-16") && found.location == "1:1", "\(found.message.en)")
    }

    /// UTF-32 is told as such, in either byte order (helper-198: called UTF-16).
    @Test(
        arguments: [
            Array("{}".unicodeScalars).flatMap { [UInt8($0.value & 0xFF), 0, 0, 0] },
            Array("[1]".unicodeScalars).flatMap { [0, 0, 0, UInt8($0.value & 0xFF)] },
            // With its mark, whose little-endian form begins as UTF-16's (helper-200: called UTF-16).
            [0xFF, 0xFE, 0, 0] + Array("{}".unicodeScalars).flatMap { [UInt8($0.value & 0xFF), 0, 0, 0] },
        ] as [[UInt8]])
    func refusesUTF32(_ bytes: [UInt8]) throws {
        let found = try #require(problem(bytes))
        #expect(found.message.en == "the file is UTF-32; save it as UTF-8", "\(found.message.en)")
    }

    /// Every kind of invalid sequence, after ASCII and after Chinese text, and one whose
    /// replacement (U+FFFD, three bytes) is as long as the three bytes it replaces.
    @Test(
        arguments: [
            [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF0, 0x90, 0x80], [0xF0, 0x90, 0x80, 0x41], [0xE4, 0xB8],
            Array("中".utf8) + [0x80], Array("ab".utf8) + [0xF8, 0x88, 0x80, 0x80, 0x80],
        ] as [[UInt8]])
    func refusesEveryInvalidSequence(_ bytes: [UInt8]) throws {
        let found = try #require(problem(Array(#"{"name": "x"#.utf8) + bytes + Array(#""}"#.utf8)))
        #expect(found.message.en.contains("invalid UTF-8"))
        #expect(found.location == "1:11")
    }

    @Test func keepsAReplacementCharacterWrittenInTheFile() throws {
        let value = try JSONReader.parse(Array("{\"name\": \"a\u{FFFD}中\\uFFFD\"}".utf8))
        #expect(value == .object([("name", .string("a\u{FFFD}中\u{FFFD}"))]))
    }

    @Test func boundsNestingInsteadOfOverflowingTheStack() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let found = try #require(problem(deep))
        #expect(found.message.en.contains("nesting deeper"))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let found = try #require(problem(#"{"名称": x}"#))
        #expect(found.location == "1:8")
    }

    @Test func writesDeterministicEscapedText() {
        let value = JSONValue.object([("k", .string("a\"b\\c\n\u{01}中"))])
        #expect(JSONWriter.line(value) == #"{"k": "a\"b\\c\n\u0001中"}"#)
    }
}

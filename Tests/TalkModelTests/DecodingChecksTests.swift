import Foundation
import TalkModel
import Testing

/// The decoder's quick checks (step six of Docs/performance.md) against the slow ones they
/// replaced: the same verdict for every scalar, the same places named.
@Suite struct DecodingChecksTests {
    /// Every scalar up to U+3000 and a few beyond, surrogates excepted.
    static let scalars = (0...0x3000).compactMap(Unicode.Scalar.init) + ["\u{FEFF}", "\u{E0041}", "\u{1F600}"]

    func talk(problems: [String]) -> JSONValue {
        .object([
            ("id", .string("T1")), ("conductor", .string("c")), ("kind", .string("regular")),
            ("organization", .string("o")), ("talkee", .string("p")), ("talker", .string("q")),
            ("held", .string("2026-01-05")), ("problems", .array(problems.map(JSONValue.string))),
        ])
    }

    /// An entry is refused for a line break exactly when one of its Characters is a newline, or
    /// for a control character (a vertical tab, U+0085) when the newline is one.
    @Test func anEntrysLineBreakIsWhatCharacterCallsANewline() {
        for scalar in Self.scalars {
            let entry = "x\(scalar)y"
            let (_, problems) = DatasetDecoder.decodeTalk(talk(problems: ["fine", entry]), path: "talks[3]")
            let refused = problems.contains { $0.message.en.contains("line break") }
            let control = TextLimits.controlCharacter(in: entry) != nil
            #expect(
                refused == (entry.contains(where: \.isNewline) && !control), "U+\(String(scalar.value, radix: 16))")
            if refused { #expect(problems.map(\.location) == ["talks[3].problems[1]"]) }
        }
        let (_, crlf) = DatasetDecoder.decodeTalk(talk(problems: ["x\r\ny"]), path: "t")
        #expect(crlf.map(\.location) == ["t.problems[0]"])
    }

    /// A text's control characters, read from its bytes, are exactly the C0 and C1 controls but a
    /// tab, a line feed, a carriage return and NUL (told apart), and Unicode's directional controls
    /// (Bidi_Control), in every scalar up to U+3000 and every common ideograph (a first form took
    /// 访, whose bytes hold 0xAE, for U+202E).
    @Test func aTextsControlCharactersAreWhatTheTablesSay() {
        let ideographs = (0x4E00...0x9FFF).compactMap(Unicode.Scalar.init)
        for scalar in Self.scalars + ideographs {
            let value = scalar.value
            let expected =
                (value < 0x20 && ![0, 0x09, 0x0A, 0x0D].contains(value)) || (0x7F...0x9F).contains(value)
                || scalar.properties.isBidiControl
            #expect(
                (TextLimits.controlCharacter(in: "x\(scalar)y") != nil) == expected,
                "U+\(String(value, radix: 16))")
        }
    }

    /// An id is refused for white space other than a space exactly as the Unicode tables say, for a
    /// character in decomposed form, as Foundation's NFC says, and for a Greek or Cyrillic one
    /// beside its Latin letters (helper-237: `tоl` with a Cyrillic о was stored beside `tol`).
    @Test func anIdsWhiteSpaceIsWhatTheUnicodeTablesSay() {
        for scalar in Self.scalars {
            let id = "a\(scalar)b"
            let expected =
                TextLimits.hiddenCharacter(in: id, what: Message(zh: "编号", en: "an id")) != nil
                || (scalar != " " && scalar.properties.isWhitespace)
                || !id.unicodeScalars.elementsEqual(id.precomposedStringWithCanonicalMapping.unicodeScalars)
                || (0x370...0x52F).contains(scalar.value)
            #expect((IDRules.problem(with: id) != nil) == expected, "U+\(String(scalar.value, radix: 16))")
        }
        #expect(IDRules.problem(with: "t\u{43E}l")?.en.contains("(it has U+043E)") == true)
        #expect(IDRules.problem(with: "Әлия") == nil && IDRules.problem(with: "江州市委") == nil)
    }

    /// A name keeps a variation selector after the character whose glyph it chooses (an ideograph's
    /// 生僻字, an emoji's), not one after anything else, where it only hides (helper-243: 赵<U+FE0F>一
    /// stored, shown as 赵一).
    @Test func aNamesVariationSelectorChoosesAGlyphOrIsRefused() {
        let name = Message(zh: "名称", en: "a name")
        for kept in ["禰\u{E0100}", "葛\u{E0101}西", "王\u{FE00}伟", "☎\u{FE0F}", "☎\u{FE0E}"] {
            #expect(
                TextLimits.hiddenCharacter(in: kept, what: name, allowingVariationSelectors: true) == nil, "\(kept)")
        }
        for refused in ["赵\u{FE0F}一", "赵\u{FE0E}一", "\u{E0100}赵", "a\u{FE00}", "赵\u{E0100}\u{E0101}"] {
            #expect(
                TextLimits.hiddenCharacter(in: refused, what: name, allowingVariationSelectors: true) != nil,
                "\(refused.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// A key given twice is found in a small object (searched) and in a large one (hashed), at
    /// the second key's place.
    @Test(arguments: [5, 31, 32, 33, 100])
    func aDuplicateKeyIsFoundInAnObjectOfAnySize(_ members: Int) throws {
        let keys = (0..<members).map { "\"k\($0)\": \($0)" } + ["\"k\(members / 2)\": 0"]
        let text = "{" + keys.joined(separator: ", ") + "}"
        let offset = text.utf8.count - "\"k\(members / 2)\": 0}".utf8.count
        do {
            _ = try JSONReader.parse(Array(text.utf8))
            Issue.record("\(members) members: the duplicate was not found")
        } catch {
            #expect(error.problems.first?.message.en.contains("duplicate field \"k\(members / 2)\"") == true)
            #expect(error.problems.first?.location == "1:\(offset + 1)")
        }
        let distinct = "{" + (0..<members).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + "}"
        #expect(throws: Never.self) { try JSONReader.parse(Array(distinct.utf8)) }
    }

    /// "café" with a combining accent looks like "café" composed, and Swift compares the two equal
    /// while the store compares bytes: a reference in the decomposed form is refused at its place
    /// (an outside review found it passing validation and failing in SQLite, exit 70), and so is
    /// such an id, which would have made a second "café" beside a stored one.
    @Test func anIdInDecomposedFormIsRefusedWhereverItIsWritten() throws {
        let document = """
            {"format": "supervision-talks/1", "organizations": [
              {"id": "caf\u{E9}", "name": "省委", "kind": "local-committee", "level": "province"},
              {"id": "sub", "name": "市委", "kind": "local-committee", "level": "city", "parent": "cafe\u{301}"},
              {"id": "cafe\u{301}2", "name": "县委", "kind": "local-committee", "level": "county"}]}
            """
        let problems = DatasetDecoder.decode(try JSONReader.parse(Array(document.utf8))).problems
        #expect(problems.map(\.location) == ["organizations[1].parent", "organizations[2].id"])
        #expect(IDRules.problem(with: "caf\u{E9}") == nil && IDRules.problem(with: "T2026-001") == nil)
    }

    /// Records are decoded on every core (step seven of Docs/performance.md): the problems still
    /// come in the document's order, and each record read keeps its place in it.
    @Test func recordsDecodedTogetherKeepTheirOrderAndTheirProblemsOrder() throws {
        var talks: [JSONValue] = []
        var expected: [String] = []
        for i in 0..<2_000 {
            var talk = talk(problems: ["fine"])
            guard case .object(var members) = talk else { return }
            members[0] = ("id", .string("T\(i)"))
            if i % 7 == 3 {
                members[6] = ("held", .string("2026-02-30"))
                expected.append("talks[\(i)].held")
            }
            if i % 11 == 5 {
                members[7] = ("problems", .array([.string("a"), .string("b\nc")]))
                expected.append("talks[\(i)].problems[1]")
            }
            talk = .object(members)
            talks.append(talk)
        }
        let document = JSONValue.object([("format", .string(Dataset.format)), ("talks", .array(talks))])
        let result = DatasetDecoder.decode(document)
        #expect(result.problems.map(\.location) == expected)
        let read = (0..<2_000).filter { $0 % 7 != 3 && $0 % 11 != 5 }
        #expect(result.dataset.talks.map(\.id) == read.map { "T\($0)" })
        #expect(result.origins[.talks] == read)
    }
}

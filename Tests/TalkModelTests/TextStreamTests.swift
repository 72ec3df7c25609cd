import Foundation
import TalkModel
import Testing

/// Large output is written in pieces as it is made (`TextStream`), and the pieces make exactly
/// the text the whole rendering makes.
@Suite struct TextStreamTests {
    /// The pieces `body` hands on with pieces of `pieceSize` bytes.
    static func pieces(pieceSize: Int, _ body: (inout TextStream<Never>) -> Void) -> [String] {
        var pieces: [String] = []
        TextStream.write(pieceSize: pieceSize, to: { pieces.append($0) }, body)
        return pieces
    }

    /// Findings-like elements, some with text a terminal or a spreadsheet would act on.
    static let elements: [JSONValue] = (0..<3000).map { i in
        .object([
            ("rule", .string("r\(i % 7)")), ("subject", .string("T2026-\(i)")),
            ("message", .string(i % 100 == 0 ? "=HYPERLINK(\"x\")\u{1B}[2J “一把手”\u{202E}" : "逾期 \(i) 天")),
            ("days", .number(String(i))),
        ])
    }

    @Test func aJSONDocumentIsWrittenInPiecesThatMakeTheWholeDocument() throws {
        let members: [(key: String, value: JSONValue)] = [
            ("asOf", .string("2026-11-21")), ("packs", .array([.string("p")])), ("findings", .array(Self.elements)),
            ("empty", .array([])), ("summary", .object([("violation", .number("3"))])),
        ]
        let whole = JSONWriter.document(members)
        let pieces = Self.pieces(pieceSize: 4096) { stream in
            JSONWriter.document(
                [
                    ("asOf", .value(members[0].value)), ("packs", JSONWriter.Member(members[1].value)),
                    // Made as they are written, not held as an array.
                    ("findings", .lines(count: Self.elements.count) { Self.elements[$0] }),
                    ("empty", .lines(count: 0) { _ in .null }), ("summary", .value(members[4].value)),
                ], to: &stream)
        }
        #expect(pieces.count > 10)
        #expect(pieces.joined() == whole)
        // Each piece but the last reached the piece size; none is much larger than an element.
        #expect(pieces.dropLast().allSatisfy { (4096..<4096 + 512).contains($0.utf8.count) })
        _ = try JSONReader.parse(Array(whole.utf8))
    }

    @Test func aSheetIsWrittenAsCSVInPiecesOfWholeRows() throws {
        let table = SheetTable(name: "findings", header: ["rule", "subject", "message", "days"], each: Self.elements) {
            element in
            guard case .object(let members) = element else { return [] }
            return members.map { member in
                switch member.value {
                case .string(let text): .text(text)
                case .number(let text): .number(Int(text))
                default: .empty
                }
            }
        }
        let whole = ([table.header] + table.rows.map { $0.map(\.text) }).map(CSV.line).joined()
        let pieces = Self.pieces(pieceSize: 2048) { stream in table.csv(to: &stream) }
        #expect(pieces.count > 10)
        #expect(pieces.joined() == whole)
        // A piece ends between rows, so escaping or encoding each piece is as doing it to the whole.
        #expect(pieces.allSatisfy { $0.hasSuffix("\r\n") })
        #expect(
            pieces.map { VisibleText.escaped($0, keepingLineBreaks: true) }.joined()
                == VisibleText.escaped(whole, keepingLineBreaks: true))
        var offset = 0
        var gb18030: [UInt8] = []
        var utf8: [UInt8] = []
        for piece in pieces {
            gb18030 += try TextEncoding.gb18030.encode(piece, at: offset)
            utf8 += try TextEncoding.utf8.encode(piece, at: offset)
            offset += piece.utf8.count
        }
        #expect(gb18030 == (try TextEncoding.gb18030.encode(whole)))
        #expect(utf8 == (try TextEncoding.utf8.encode(whole)))
        #expect(try CSV.rows(whole).count == Self.elements.count + 1)
    }

    /// A character GB18030 lacks is placed in the whole text, whichever piece it is in.
    @Test func anUnencodableCharacterIsPlacedInTheWholeText() {
        #expect(TextEncoding.gb18030.lacksSomeCharacters && !TextEncoding.utf8.lacksSomeCharacters)
        #expect(throws: TextEncoding.EncodingFailure.unrepresentable(offset: 1003, line: 7, character: "\u{E78D}")) {
            try TextEncoding.gb18030.encode("a\n\u{E78D}", at: 1000, line: 6)
        }
    }

    @Test func aSmallDocumentIsOnePiece() {
        #expect(Self.pieces(pieceSize: TextStream<Never>.pieceSize) { $0.append("{}\n") } == ["{}\n"])
        #expect(Self.pieces(pieceSize: 1) { _ in }.isEmpty)
        #expect(
            TextStream.text {
                $0.append("a"); $0.append("b")
            } == "ab")
    }
}

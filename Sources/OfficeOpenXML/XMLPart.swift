import Foundation
import FoundationXML
import TalkModel

/// Reads one XML part of a package with FoundationXML's `XMLParser`, event by event, within
/// bounds: no document type declaration (ECMA-376 Part 2 §8.1.4 forbids them in packages, and they
/// are how entity expansion bombs start), no external entities, and nesting at most `depthLimit`
/// deep, so a part nested 100,000 deep is refused after 64 levels instead of exhausting the stack.
struct XMLPart {
    /// Deeper than any SpreadsheetML part (a cell's text run is at depth 6).
    static let depthLimit = 64

    /// What went wrong, at `part:line:column`.
    struct Failure: Error {
        let part: String
        let line: Int
        let column: Int
        let message: Message

        var problem: Problem { Problem("\(part):\(line):\(column)", message) }
    }

    /// Calls `start` for each element (its local name, without prefix, and its attributes, also by
    /// local name), `text` for character data and `end` when an element closes. The first error
    /// a handler throws stops the parse and is thrown from here.
    static func parse(
        _ bytes: [UInt8], part: String, start: @escaping (String, [String: String]) throws -> Void,
        text: @escaping (String) -> Void = { _ in }, end: @escaping (String) throws -> Void = { _ in }
    ) throws {
        if bytes.firstRange(of: Array("<!DOCTYPE".utf8)) != nil {
            throw Failure(
                part: part, line: 1, column: 1,
                message: Message(
                    zh: "含文档类型声明（DOCTYPE），Office 文件不应有",
                    en: "holds a document type declaration, which Office files never do"))
        }
        // Bytes that are not UTF-8 in a tag's or an attribute's name, a comment or an instruction
        // trap inside FoundationXML, which makes its strings without a check (helper-263: a comment
        // in Latin-1, as some report generators write, ended the process): told here instead.
        // A part declaring another encoding than Office writes (UTF-8 or UTF-16, ECMA-376 Part 2
        // §8.1.4): libxml2 would convert it, printing its own failures to the terminal without the
        // file or the place (helper-265: "xmlParseChunk: encoder error" for GB2312).
        if let declared = declaredEncoding(bytes), !["utf-8", "utf8", "utf-16", "utf16"].contains(declared) {
            throw Failure(
                part: part, line: 1, column: 1,
                message: Message(
                    zh: "声明的编码 \(declared.quotedInChinese) 不是 Office 文件所用的 UTF-8 或 UTF-16（文件已损坏，或由其他程序写成）",
                    en:
                        "declares the encoding \(declared.quoted), not the UTF-8 or UTF-16 of Office files (the file is damaged, or another program wrote it)"
                ))
        }
        if let (line, column) = firstNonUTF8(bytes) {
            throw Failure(
                part: part, line: line, column: column,
                message: Message(
                    zh: "不是格式正确的 XML：有不属于 UTF-8 的字节（文件已损坏，或由其他程序以别的编码写入）",
                    en:
                        "is not well-formed XML: a byte is not UTF-8 (the file is damaged, or another program wrote it in another encoding)"
                ))
        }
        // Fed from a stream, a piece at a time: given as one piece of over 10 MB (a sheet of some
        // 40,000 rows), libxml2 stops with "Huge input lookup" and the part reads as broken.
        let parser = XMLParser(stream: InputStream(data: Data(bytes)))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let delegate = Delegate(part: part, start: start, text: text, end: end)
        parser.delegate = delegate
        let parsed = parser.parse()
        if let failure = delegate.failure { throw failure }
        if !parsed {
            // (An empty part is at line 0: told at its first.)
            throw Failure(
                part: part, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber),
                message: Message(zh: "不是格式正确的 XML", en: "is not well-formed XML"))
        }
        // Read from a stream, a part cut off inside an element (its ZIP entry whole, its checksum
        // right: written short, then zipped) ended without an error, its rows so far taken as all.
        guard delegate.depth == 0, delegate.rootClosed else {
            throw Failure(
                part: part, line: parser.lineNumber, column: parser.columnNumber,
                message: Message(
                    zh: "在元素闭合之前就结束了：文件被截断或已损坏", en: "ends before its elements close: the file is cut off or damaged"))
        }
    }

    /// Where the first byte that is not UTF-8 is (its line, and its column in characters, from 1),
    /// in a part read as UTF-8: one with no declaration of another encoding (ECMA-376 Part 2 §8.1.4
    /// allows UTF-16 too, which libxml2 reads and converts) and no UTF-16 byte-order mark; nil
    /// when there is none.
    static func firstNonUTF8(_ bytes: [UInt8]) -> (line: Int, column: Int)? {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.first == 0
            || bytes.dropFirst().first == 0
        {
            return nil
        }
        if let declared = declaredEncoding(bytes), declared != "utf-8", declared != "utf8" { return nil }
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var (line, column) = (1, 1)
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                (line, column) = scalar == "\n" ? (line + 1, 1) : (line, column + 1)
            case .emptyInput: return nil
            case .error: return (line, column)
            }
        }
    }

    /// The encoding an XML declaration names, lower-cased; nil when the part begins with none or
    /// it names none.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)), let close = bytes.prefix(200).firstIndex(of: UInt8(ascii: ">"))
        else { return nil }
        let declaration = String(decoding: bytes[..<close], as: UTF8.self).lowercased()
        guard let range = declaration.range(of: "encoding=") else { return nil }
        return String(declaration[range.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" })
    }

    /// `r:id` and `id` alike: attributes by their local name.
    static func localName(_ name: String) -> String {
        name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let part: String
        let start: (String, [String: String]) throws -> Void
        let text: (String) -> Void
        let end: (String) throws -> Void
        var depth = 0
        /// Whether the document's root element has closed: a part that never gets there is cut off.
        var rootClosed = false
        var failure: (any Error)?

        init(
            part: String, start: @escaping (String, [String: String]) throws -> Void,
            text: @escaping (String) -> Void, end: @escaping (String) throws -> Void
        ) {
            (self.part, self.start, self.text, self.end) = (part, start, text, end)
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            depth += 1
            guard depth <= XMLPart.depthLimit else {
                stop(
                    parser,
                    Message(
                        zh: "元素嵌套超过 \(XMLPart.depthLimit) 层", en: "nests elements more than \(XMLPart.depthLimit) deep")
                )
                return
            }
            var local: [String: String] = [:]
            for (key, value) in attributes { local[XMLPart.localName(key)] = value }
            do { try start(XMLPart.localName(elementName), local) } catch { fail(parser, error) }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            depth -= 1
            if depth == 0 { rootClosed = true }
            do { try end(XMLPart.localName(elementName)) } catch { fail(parser, error) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            text(String(decoding: CDATABlock, as: UTF8.self))
        }

        private func stop(_ parser: XMLParser, _ message: Message) {
            fail(parser, Failure(part: part, line: parser.lineNumber, column: parser.columnNumber, message: message))
        }

        private func fail(_ parser: XMLParser, _ error: any Error) {
            guard failure == nil else { return }
            failure = error
            parser.abortParsing()
        }
    }
}

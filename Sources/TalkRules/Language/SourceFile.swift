import TalkModel

/// A rule or holiday file's text, which can point at a place in itself the way compilers do:
/// `file:line:col: message`, then the source line and a caret under the place.
public struct SourceFile: Sendable {
    public let name: String
    let scalars: [Unicode.Scalar]
    /// The offset of each line's first scalar.
    private let lineStarts: [Int]

    public init(name: String, text: String) {
        self.name = name
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (offset, scalar) in scalars.enumerated()
        where scalar == "\n" || (scalar == "\r" && scalars.dropFirst(offset + 1).first != "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// A line ends at LF, CR LF or a CR alone, as editors number lines: a comment or a string ends
    /// there, and a place after it is on the next line.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }

    /// The file's text from its bytes: UTF-8, a leading byte-order mark skipped (Windows
    /// Notepad writes one). Anything else is logged as a problem at the first byte that is not UTF-8.
    static func decode(name: String, bytes: [UInt8], problems: inout [Problem]) -> SourceFile? {
        if let tooLarge = PackSource.sizeProblem(name, size: bytes.count) {
            problems.append(tooLarge)
            return nil
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) { return SourceFile(name: name, text: text) }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = body.makeIterator()
        var (line, column, offset) = (1, 1, 0)
        var afterCR = false
        parsing: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                let byte = encoded.count == 1 ? encoded.first : nil
                if byte == UInt8(ascii: "\n") && afterCR {
                    // The LF of a CR LF: the CR began the line already.
                } else if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    (line, column) = (line + 1, 1)
                } else {
                    column += 1
                }
                afterCR = byte == UInt8(ascii: "\r")
            case .error, .emptyInput: break parsing
            }
        }
        problems.append(
            Problem(
                "\(name):\(line):\(column)",
                Message(
                    zh: "不是 UTF-8 文本：第 \(offset + 1) 个字节起无法识别；请以 UTF-8 编码保存",
                    en: "not UTF-8 text from byte \(offset + 1); save the file as UTF-8")))
        return nil
    }

    /// The 1-based line and column of a scalar offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// A problem at `offset`, with the source line and a caret aligned by display width. The line
    /// is shown escaped (`VisibleText`), as every output is, and the caret is placed by the
    /// escaped text before it: a hidden character earlier on the line (`\u{3164}`, eight columns)
    /// left it short (helper-157).
    func problem(at offset: Int, _ message: Message) -> Problem {
        let (line, column) = position(of: offset)
        let start = lineStarts[line - 1]
        var end = start
        while end < scalars.count && scalars[end] != "\n" && scalars[end] != "\r" { end += 1 }
        // A very long line is shown as the stretch around the place, marked with ellipses.
        let window = 60
        if end - start > 3 * window {
            let from = max(start, min(offset, end) - window)
            let to = min(end, max(offset, from) + window)
            let text =
                (from > start ? "…" : "") + String(String.UnicodeScalarView(scalars[from..<to])).replacingTabs().inline
                + (to < end ? "…" : "")
            let before =
                (from > start ? "…" : "")
                + String(String.UnicodeScalarView(scalars[from..<min(offset, to)])).replacingTabs().inline
            let pad = String(repeating: " ", count: DisplayWidth.of(before))
            return Problem(
                at: SourcePlace(file: name, line: line, column: column), message,
                excerpt: ["    " + text, "    " + pad + "^"])
        }
        let text = String(String.UnicodeScalarView(scalars[start..<end])).replacingTabs().inline
        let before = String(String.UnicodeScalarView(scalars[start..<min(offset, end)])).replacingTabs().inline
        let pad = String(repeating: " ", count: DisplayWidth.of(before))
        return Problem(
            at: SourcePlace(file: name, line: line, column: column), message,
            excerpt: ["    " + text, "    " + pad + "^"])
    }
}

extension String {
    /// Tabs as one space each, so a caret lines up whatever the terminal's tab stops are.
    fileprivate func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}

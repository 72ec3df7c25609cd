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
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(offset + 1) }
        lineStarts = starts
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

    /// A problem at `offset`, with the source line and a caret aligned by display width.
    func problem(at offset: Int, _ message: Message) -> Problem {
        let (line, column) = position(of: offset)
        let start = lineStarts[line - 1]
        var end = start
        while end < scalars.count && scalars[end] != "\n" && scalars[end] != "\r" { end += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<end])).replacingTabs()
        let before = String(String.UnicodeScalarView(scalars[start..<min(offset, end)])).replacingTabs()
        let pad = String(repeating: " ", count: DisplayWidth.of(before))
        return Problem("\(name):\(line):\(column)", message, excerpt: ["    " + text, "    " + pad + "^"])
    }
}

extension String {
    /// Tabs as one space each, so a caret lines up whatever the terminal's tab stops are.
    fileprivate func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}

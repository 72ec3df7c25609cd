/// Text handed on in pieces as it is made, so a document of any size (the 110 MB of a national
/// `check --format json`) is never held whole: what is appended gathers until it reaches
/// `pieceSize` UTF-8 bytes, then goes to the sink at once. A piece ends only between two appended
/// texts, never inside one, so escaping each piece (`VisibleText`) or encoding it (GB18030) gives
/// the same bytes as doing it to the whole.
public struct TextStream<Failure: Error> {
    /// About 64 KB: few enough writes for a large document, little to hold.
    public static var pieceSize: Int { 1 << 16 }

    private let pieceSize: Int
    private let sink: (String) throws(Failure) -> Void
    private var piece = ""

    private init(pieceSize: Int, sink: @escaping (String) throws(Failure) -> Void) {
        (self.pieceSize, self.sink) = (pieceSize, sink)
    }

    /// Runs `body`, giving `sink` what it appends in pieces of about `pieceSize` bytes (the last
    /// one shorter). Stops at the first error the sink or `body` throws.
    public static func write(
        pieceSize: Int = pieceSize, to sink: @escaping (String) throws(Failure) -> Void,
        _ body: (inout TextStream) throws(Failure) -> Void
    ) throws(Failure) {
        var stream = TextStream(pieceSize: pieceSize, sink: sink)
        try body(&stream)
        try stream.flush()
    }

    /// Adds `text` to the current piece, and hands the piece on once it is large enough.
    public mutating func append(_ text: String) throws(Failure) {
        piece += text
        if piece.utf8.count >= pieceSize { try flush() }
    }

    private mutating func flush() throws(Failure) {
        guard !piece.isEmpty else { return }
        let full = piece
        piece = ""
        try sink(full)
    }
}

extension TextStream where Failure == Never {
    /// Everything `body` appends, as one text: for a document small enough to hold.
    public static func text(_ body: (inout TextStream) -> Void) -> String {
        var whole = ""
        write(pieceSize: .max, to: { whole += $0 }, body)
        return whole
    }
}

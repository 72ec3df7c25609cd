/// A list of words looked for in texts, each only where its first character stands: what
/// `words.contains(where: text.contains)` asks, without a search of the whole text for each word
/// (`String.contains` of a string goes through Foundation's search: the problem words alone were a
/// third of a ledger's import refused for its names, the fifty-fourth session).
public struct Words: Sendable {
    /// The words by their first character.
    private let byFirst: [Character: [String]]

    public init(_ words: [String]) {
        byFirst = Dictionary(grouping: words.filter { !$0.isEmpty }) { $0.first! }
    }

    /// Whether `text` holds one of the words.
    public func occur(in text: some StringProtocol) -> Bool {
        var rest = Substring(text)
        while let first = rest.first {
            if let words = byFirst[first], words.contains(where: { rest.hasPrefix($0) }) { return true }
            rest = rest.dropFirst()
        }
        return false
    }
}

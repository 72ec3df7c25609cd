/// Finds the known names closest to a mistyped one, for "did you mean …" hints.
public enum Suggestions {
    /// Up to `limit` candidates within a small edit distance of `word`, closest first, then by code point.
    /// A candidate that `word` (of three characters or more) begins and that is at most twice as long
    /// counts as close too, at the distance of the letters left out (`warn` for `warning`).
    public static func closest(to word: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let target = Array(word.unicodeScalars)
        // Allow about one edit in three characters: enough for typos, not for unrelated ids.
        let allowed = max(1, target.count / 3)
        var scored: [(distance: Int, candidate: String)] = []
        for candidate in candidates {
            let other = Array(candidate.unicodeScalars)
            if target.count >= 3, other.count > target.count, other.count <= 2 * target.count,
                other.starts(with: target)
            {
                scored.append((other.count - target.count, candidate))
                continue
            }
            guard abs(other.count - target.count) <= allowed, candidate != word else { continue }
            let distance = editDistance(target, other, bound: allowed)
            if distance <= allowed { scored.append((distance, candidate)) }
        }
        scored.sort {
            $0.distance != $1.distance
                ? $0.distance < $1.distance : $0.candidate.utf8.lexicographicallyPrecedes($1.candidate.utf8)
        }
        return scored.prefix(limit).map(\.candidate)
    }

    /// The hint to append to a message, or nothing when no candidate is close.
    public static func hint(for word: String, among candidates: some Sequence<String>) -> Message? {
        let found = closest(to: word, among: candidates)
        guard !found.isEmpty else { return nil }
        // Chinese quotes and the enumeration comma in Chinese, as 公文 punctuation has them; a
        // candidate may be an id, quoted as every user text is (`quotedInChinese`).
        return Message(
            zh: "是否指" + found.map(\.quotedInChinese).joined(separator: "、") + "？",
            en: "did you mean \(found.map(\.quoted).joined(separator: ", "))?")
    }

    /// Edit distance counting an insertion, deletion, substitution or swap of neighbours as one
    /// (optimal string alignment), giving up (returning bound + 1) once every path exceeds `bound`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > bound { return bound + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}

extension Message {
    /// This message followed by an optional hint, as "…; did you mean …?".
    public func with(_ hint: Message?) -> Message {
        guard let hint else { return self }
        return Message(zh: "\(zh)；\(hint.zh)", en: "\(en); \(hint.en)")
    }
}

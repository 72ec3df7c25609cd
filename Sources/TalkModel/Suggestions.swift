import Synchronization

/// Finds the known names closest to a mistyped one, for "did you mean …" hints.
public enum Suggestions {
    /// Up to `limit` candidates within a small edit distance of `word`, closest first, then by code point.
    /// A candidate that `word` (of three characters or more) begins and that is at most twice as long
    /// counts as close too, at the distance of the letters left out (`warn` for `warning`).
    public static func closest(to word: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        Candidates(candidates).closest(to: word, limit: limit)
    }

    /// The hint to append to a message, or nothing when no candidate is close.
    public static func hint(for word: String, among candidates: some Sequence<String>) -> Message? {
        Candidates(candidates).hint(for: word)
    }

    /// Candidates made ready once for many words (each one's scalars), each word's answer kept
    /// (the same name mistyped in every row is compared once), and only the first 200 different
    /// words compared at all: a sheet of 8,000 names no one bears, each compared anew with 8,000
    /// stored people, took minutes, and a reader is shown the first twenty problems.
    public final class Candidates: Sendable {
        private let texts: [String]
        /// Each candidate's scalars, made at the first word compared: every import makes these
        /// for all the store's people and organizations, and most never meet an unknown name.
        private let scalars = Mutex<[[Unicode.Scalar]]?>(nil)
        private let answered = Mutex<[String: [String]]>([:])
        /// The candidates of digits with leading zeros (007) by their digits without them (7),
        /// made at the first word of digits: each such word is then one look-up, not a pass over
        /// all the candidates (a ledger's every row may name one).
        private let padded = Mutex<[String: [String]]?>(nil)
        /// How many different words are compared with the candidates before the rest get none.
        public static let wordsCompared = 200

        public init(_ candidates: some Sequence<String>) {
            texts = Array(candidates)
        }

        /// `Suggestions.closest(to:among:limit:)` among these candidates; with `orBeginning`, first
        /// the first three in code-point order that a word of two characters or more begins (临川
        /// for 临川市委; 江东省国资委 for 江东省国资委党委, before 江东省委, as close by its edits).
        public func closest(to word: String, limit: Int = 3, orBeginning: Bool = false) -> [String] {
            // A word asked both ways is kept under two keys; no word begins with a NUL.
            let key = orBeginning ? "\u{0}" + word : word
            let known = answered.withLock { answers in
                answers[key] ?? (answers.count >= Self.wordsCompared ? [] : nil)
            }
            if let known { return Array(known.prefix(limit)) }
            var found = compared(with: word, limit: max(limit, 3))
            if orBeginning, word.unicodeScalars.count >= 2 {
                let begun = texts.filter { $0.hasPrefix(word) && $0 != word }.sorted().prefix(3)
                found = begun + found.filter { !begun.contains($0) }
            }
            answered.withLock { $0[key] = found }
            return Array(found.prefix(limit))
        }

        private func compared(with word: String, limit: Int) -> [String] {
            let target = Array(word.unicodeScalars)
            // Allow about one edit in three characters: enough for typos, not for unrelated ids.
            let allowed = max(1, target.count / 3)
            var scored: [(distance: Int, candidate: String)] = []
            let all = scalars.withLock { made in
                if made == nil { made = texts.map { Array($0.unicodeScalars) } }
                return made!
            }
            let lowered = word.lowercased()
            for (candidate, other) in zip(texts, all) {
                // The same but for its letters' case (JZ for jz: helper-143, no hint, while Jz had one).
                if other.count == target.count, candidate != word, candidate.lowercased() == lowered {
                    scored.append((0, candidate))
                    continue
                }
                // (Ending it too: 报告日期 for 整改措施报告日期, helper-201; 评定 for 整改评定; 单位 for
                // 谈话对象单位 as well as 抄送单位, helper-207: a word of two ends longer ones too.)
                if Self.isWord(target), other.count > target.count, other.count <= max(2 * target.count, 6),
                    other.starts(with: target) || other.reversed().starts(with: target.reversed())
                {
                    scored.append((other.count - target.count, candidate))
                    continue
                }
                // A word beginning with a candidate and a remark after it (TR26-01（信访）,
                // TR26-01信访举报: helper-201, no hint; 抄送部门 for 抄送).
                if Self.isWord(other), target.count > other.count, target.count <= 2 * other.count,
                    target.starts(with: other)
                {
                    scored.append((target.count - other.count, candidate))
                    continue
                }
                guard abs(other.count - target.count) <= allowed, candidate != word,
                    max(target.count, other.count) - Self.shared(target, other) <= allowed
                else { continue }
                let distance = editDistance(target, other, bound: allowed)
                if distance <= allowed { scored.append((distance, candidate)) }
            }
            scored.sort {
                $0.distance != $1.distance
                    ? $0.distance < $1.distance : $0.candidate.utf8.lexicographicallyPrecedes($1.candidate.utf8)
            }
            // A candidate given twice (two headers alike once folded) is suggested once: sorted,
            // its copies are side by side.
            var found: [String] = []
            for (_, candidate) in scored where found.last != candidate {
                found.append(candidate)
                if found.count == limit { break }
            }
            return found
        }

        /// Whether a part of a word is long enough to stand for it: three scalars, or two Chinese
        /// characters (评定, 抄送: helper-205, no hint for 评定 or 抄送部门), as a word of two
        /// letters is not.
        private static func isWord(_ scalars: [Unicode.Scalar]) -> Bool {
            scalars.count >= 3 || scalars.count == 2 && scalars.allSatisfy(Sheet.isChinese)
        }

        /// How many scalars two words have in common, counted with repeats: an edit changes it by
        /// one at most, so two words are at least the longer's length less it apart. Most names
        /// share no character with a mistyped one and are passed over without the table of
        /// `editDistance`.
        private static func shared(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
            var unused = b
            var count = 0
            for scalar in a {
                if let i = unused.firstIndex(of: scalar) {
                    unused.swapAt(i, unused.count - 1)
                    unused.removeLast()
                    count += 1
                }
            }
            return count
        }

        /// `Suggestions.hint(for:among:)` among these candidates.
        public func hint(for word: String) -> Message? {
            // An id of digits a spreadsheet stripped of its leading zeros (7 for 007): too far
            // from the stored one by its edits, and what it most likely is.
            if (1..<8).contains(word.count), word.allSatisfy({ $0.isASCII && $0.isNumber }) {
                let padded = self.padded.withLock { made in
                    if made == nil {
                        made = Dictionary(
                            grouping: texts.filter { $0.hasPrefix("0") && $0.allSatisfy { $0.isASCII && $0.isNumber } }
                        ) { String($0.drop { $0 == "0" }) }
                    }
                    return made![word] ?? []
                }
                if !padded.isEmpty {
                    return Message(
                        zh: "是否指" + padded.map(\.quotedInChinese).joined(separator: "、") + "（表格软件去掉了前导 0）？",
                        en:
                            "did you mean \(padded.map(\.quoted).joined(separator: ", ")), its leading zeros dropped by a spreadsheet?"
                    )
                }
            }
            let found = closest(to: word)
            guard !found.isEmpty else { return nil }
            // Chinese quotes and the enumeration comma in Chinese, as 公文 punctuation has them; a
            // candidate may be an id, quoted as every user text is (`quotedInChinese`).
            return Message(
                zh: "是否指" + found.map(\.quotedInChinese).joined(separator: "、") + "？",
                en: "did you mean \(found.map(\.quoted).joined(separator: ", "))?")
        }
    }

    /// Edit distance counting an insertion, deletion, substitution or swap of neighbours as one
    /// (optimal string alignment), giving up (returning bound + 1) once every path exceeds `bound`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = [Int](repeating: 0, count: b.count + 1)
        for j in previous.indices { previous[j] = j }
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

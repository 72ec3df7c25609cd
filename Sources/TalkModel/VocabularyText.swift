/// How a value outside an enumeration is reported, for documents and flags alike.
public enum VocabularyText {
    public static func notOneOf<V: Vocabulary>(_ text: String, _: V.Type) -> Message {
        let names = V.allCases.map(\.rawValue)
        let list = names.joined(separator: ", ")
        return Message(zh: "\(text.quoted) 不是可用的值（\(list)）", en: "\(text.quoted) is not one of \(list)")
            .with(Suggestions.hint(for: text, among: names))
    }
}

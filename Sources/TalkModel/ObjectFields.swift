/// The members of one JSON object, checked against the fields its entity allows.
struct ObjectFields {
    let path: String
    /// The object's members as the document gives them (a key at most once: `JSONReader`). A few
    /// dozen at most, so looking one up in order is quicker than hashing every key.
    private let members: [(key: String, value: JSONValue)]
    private let log: ProblemLog
    private let problemsBefore: Int
    /// The fields a misspelled one was taken for (`conductr`: `conductor`), said missing no second time.
    private let misspelled: Set<String>

    init?(_ value: JSONValue, path: String, allowed: [String], log: ProblemLog) {
        guard case .object(let pairs) = value else {
            log.add(
                path, Message(zh: "应为对象，实为\(value.chineseTypeName)", en: "expected an object, found \(value.typeName)"))
            return nil
        }
        self.path = path
        self.log = log
        self.problemsBefore = log.count
        var misspelled: Set<String> = []
        for (key, _) in pairs where !allowed.contains(key) {
            if let meant = Suggestions.closest(to: key, among: allowed, limit: 1).first { misspelled.insert(meant) }
            log.add(
                Self.join(path, key),
                Message(zh: "未知字段 \(key.quoted)", en: "unknown field \(key.quoted)")
                    .with(Suggestions.hint(for: key, among: allowed)))
        }
        members = pairs
        self.misspelled = misspelled
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    /// Whether nothing was wrong with this object.
    var isClean: Bool { log.count == problemsBefore }

    /// A field that must be present and not null.
    func required<T>(_ key: String, _ reader: FieldReader<T>) -> T? {
        let given = member(key)
        guard let value = given, value != .null else {
            if !misspelled.contains(key) || given != nil {
                log.add(Self.join(path, key), Message(zh: "缺少必填字段", en: "required field is missing"))
            }
            return nil
        }
        return reader.read(value, { Self.join(path, key) }, log)
    }

    /// A field that may be absent; absent and null both mean the default, given as nil.
    func optional<T>(_ key: String, _ reader: FieldReader<T>) -> T? {
        guard let value = member(key), value != .null else { return nil }
        return reader.read(value, { Self.join(path, key) }, log)
    }

    private func member(_ key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }
}

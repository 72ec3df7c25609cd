/// The members of one JSON object, checked against the fields its entity allows.
struct ObjectFields {
    let path: String
    private let members: [String: JSONValue]
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
        var members: [String: JSONValue] = [:]
        var misspelled: Set<String> = []
        for (key, member) in pairs {
            guard allowed.contains(key) else {
                if let meant = Suggestions.closest(to: key, among: allowed, limit: 1).first { misspelled.insert(meant) }
                log.add(
                    Self.join(path, key),
                    Message(zh: "未知字段 \(key.quoted)", en: "unknown field \(key.quoted)")
                        .with(Suggestions.hint(for: key, among: allowed)))
                continue
            }
            members[key] = member
        }
        self.members = members
        self.misspelled = misspelled
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    /// Whether nothing was wrong with this object.
    var isClean: Bool { log.count == problemsBefore }

    /// A field that must be present and not null.
    func required<T>(_ key: String, _ reader: FieldReader<T>) -> T? {
        guard let value = members[key], value != .null else {
            if !misspelled.contains(key) || members[key] != nil {
                log.add(Self.join(path, key), Message(zh: "缺少必填字段", en: "required field is missing"))
            }
            return nil
        }
        return reader.read(value, Self.join(path, key), log)
    }

    /// A field that may be absent; absent and null both mean the default, given as nil.
    func optional<T>(_ key: String, _ reader: FieldReader<T>) -> T? {
        guard let value = members[key], value != .null else { return nil }
        return reader.read(value, Self.join(path, key), log)
    }
}

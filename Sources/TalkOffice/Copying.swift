import TalkModel
import TalkRules
import TalkStore

/// `talks copy --to`: a whole store, records and audit trail, into an empty one of either backend.
public enum Copying {
    /// What was copied, as the copy's own `audit verify` found it.
    public struct Outcome: Sendable {
        public let records: Int
        public let entries: Int
        public let head: String
    }

    /// Reads `source` on one snapshot and writes it into `target` (`Store.restore`), all or nothing.
    /// A source a database role sees only in part (`Store.scope`) is refused: its copy would not be
    /// the store.
    public static func copy(from source: any Store, into target: any Store) throws -> Outcome {
        guard source.scope == nil else {
            throw InputError(
                Message(
                    zh: "本数据库角色只能看到一个党委（党组）的记录，不能复制整个存储；请由存储的所有者运行",
                    en:
                        "this database role sees one committee's records only, not the whole store; the store's owner can copy it"
                ), source: source.path)
        }
        let (dataset, trail) = try source.reading { (try source.dataset(), try source.storedTrail()) }
        _ = try Facts(checking: dataset, of: source)
        guard case .intact(let entries, let records?, let head) = try target.restore(dataset, trail: trail) else {
            preconditionFailure("restore returns only a verdict that is intact")
        }
        return Outcome(records: records, entries: entries, head: head)
    }
}

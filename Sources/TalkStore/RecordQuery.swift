import TalkModel

/// Which records of a kind to read: every one, or those matching all of `filters`. A typed
/// question, so no SQL (or any backend's query text) leaves the store.
public struct RecordQuery: Sendable, Equatable {
    /// One condition on the records of a kind. Each applies to the kinds in `kinds`; asking it of
    /// another kind is a mistake of the caller (`talks list people --year` is refused before).
    public enum Filter: Sendable, Equatable {
        /// Records with one of these ids.
        case ids([String])
        /// Talks and plans of this conductor; organizations with this parent.
        case conductor(String)
        /// Talks, plans, triggers, appointments and terms of this organization.
        case organization(String)
        /// Talks, plans, triggers, appointments and terms of any of these organizations: one
        /// question for many (a document's secretaries compared with the stored, `talks load`).
        case organizations([String])
        /// Talks held, plans of and triggers found in this year.
        case year(Int)
        /// Appointments of this person.
        case person(String)
        /// Talks held for this plan item.
        case plan(String)
        /// Talks held for this trigger.
        case trigger(String)

        /// The kinds whose records this filter can select.
        public var kinds: Set<RecordKind> {
            switch self {
            case .ids: RecordKind.withIDs
            case .conductor: [.talks, .plans, .organizations]
            case .organization, .organizations: [.talks, .plans, .triggers, .appointments, .terms]
            case .year: [.talks, .plans, .triggers]
            case .person: [.appointments]
            case .plan, .trigger: [.talks]
            }
        }

        public func applies(to kind: RecordKind) -> Bool { kinds.contains(kind) }
    }

    public var filters: [Filter]
    /// What is read beyond each record's plain fields: a talk's lists, a trigger's note; what is
    /// not read is left empty. Everything unless a command needs less (`RuleSet.reads`): `overdue`
    /// reads none of the confidential texts, `check` only how many problems a talk has.
    public var reads: RecordReads

    public init(_ filters: [Filter] = [], reads: RecordReads = .all) {
        self.filters = filters
        self.reads = reads
    }

    /// Every record of the kind.
    public static let all = RecordQuery()

    /// The record with this id.
    public static func id(_ id: String) -> RecordQuery { RecordQuery([.ids([id])]) }

    public static func ids(_ ids: [String]) -> RecordQuery { RecordQuery([.ids(ids)]) }

    public static func only(_ filter: Filter) -> RecordQuery { RecordQuery([filter]) }
}

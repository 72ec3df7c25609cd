import TalkModel
import TalkStore

/// An organization's stored talks, looked up by id and by what names a talk in constant time:
/// what tells a second record of a stored talk (an id Excel rewrote, 001 → 1; `talks record`
/// run twice) from a talk of its own.
struct StoredTalks {
    /// All that names a talk but its id: what a second record of the same talk shares with it.
    private struct Identity: Hashable {
        let conductor: String
        let kind: TalkKind
        let held: CivilDate
        let talkee: String

        init(_ talk: Talk) {
            (conductor, kind, held, talkee) = (talk.conductor, talk.kind, talk.held, talk.talkee)
        }
    }

    /// The ids as their bytes (`IDRules.sameBytes`), as the store's key tells them apart.
    private let ids: Set<[UInt8]>
    /// The first stored talk, in the store's order, of each identity.
    private let first: [Identity: Talk]

    /// The stored talks of `organization` (a re-imported ledger of 25,000 talks of one
    /// organization compared each row with every one of them, for minutes: hence the index).
    init(of organization: String, in store: any Store) throws {
        let talks = try store.records(
            .talks, matching: RecordQuery([.organization(organization)], reads: RecordReads())
        )
        .talks
        ids = Set(talks.map { Array($0.id.utf8) })
        first = Dictionary(talks.map { (Identity($0), $0) }, uniquingKeysWith: { earlier, _ in earlier })
    }

    /// The stored talk `talk` would repeat under another id: the same conductor, organization,
    /// kind, day held and talkee; nil when `talk` is itself stored or repeats none.
    func repeated(by talk: Talk) -> Talk? {
        ids.contains(Array(talk.id.utf8)) ? nil : first[Identity(talk)]
    }
}

import TalkModel
import TalkStore

/// An organization's stored talks, looked up by id and by what names a talk in constant time:
/// what tells a second record of a stored talk (an id Excel rewrote, 001 → 1; `talks record`
/// run twice) from a talk of its own.
struct StoredTalks {
    /// All that names a talk but its id: what a second record of the same talk shares with it.
    struct Identity: Hashable {
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
    /// The stored talks of each identity, in the store's order.
    private let talks: [Identity: [Talk]]

    /// The stored talks of `organization` (a re-imported ledger of 25,000 talks of one
    /// organization compared each row with every one of them, for minutes: hence the index).
    init(of organization: String, in store: any Store) throws {
        let stored = try store.records(
            .talks, matching: RecordQuery([.organization(organization)], reads: RecordReads())
        )
        .talks
        ids = Set(stored.map { Array($0.id.utf8) })
        talks = Dictionary(grouping: stored, by: Identity.init)
    }

    /// Whether a talk of `talk`'s id is stored.
    func holds(_ talk: Talk) -> Bool { ids.contains(Array(talk.id.utf8)) }

    /// The stored talk `talk` would repeat under another id: the first with the same conductor,
    /// organization, kind, day held and talkee. None when `talk` is itself stored (a row loaded
    /// again). When it replaces the stored talk of its id (`replacing`), another talk it would
    /// repeat, unless the stored one was already the same talk as far as these tell: a pair a clerk
    /// confirmed is not asked about again for a change of its talker.
    func repeated(by talk: Talk, replacing: Talk? = nil) -> Talk? {
        let id = Array(talk.id.utf8)
        if let replacing {
            guard Identity(replacing) != Identity(talk) else { return nil }
        } else if ids.contains(id) {
            return nil
        }
        return talks[Identity(talk)]?.first { !$0.id.utf8.elementsEqual(id) }
    }
}

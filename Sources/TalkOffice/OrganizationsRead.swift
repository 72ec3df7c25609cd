import TalkModel
import TalkStore

/// The organizations a note on the tree reads, each from the store once, those a document or a
/// sheet gives read first: what the notes on conductors, parents, levels and triggers ask of the
/// tree (`RecordWords.conductorNotAbove`, `MoveOrganization.parentsNotAbove`,
/// `Loading.triggersWithoutConductor`, `MoveOrganization.talksJudgedOtherwise`).
public struct OrganizationsRead {
    private let store: any Store
    private var read: [String: Organization?]

    /// `known`: the organizations a document or a sheet gives, in place of the stored ones of their ids.
    public init(_ store: any Store, known: [Organization] = []) {
        self.store = store
        read = Dictionary(known.map { ($0.id, $0) }) { _, last in last }
    }

    /// The organization with `id`, nil when none is stored or given.
    public mutating func callAsFunction(_ id: String) throws -> Organization? {
        if let known = read[id] { return known }
        let stored = try store.organization(id)
        read[id] = stored
        return stored
    }

    /// The organizations above `organization` on `day`, nearest first: its parent, its parent's
    /// parent … as `lower-level` reads "above" (a loop, which the store refuses, or 64 levels end
    /// the walk).
    public mutating func above(_ organization: Organization, on day: CivilDate) throws -> [String] {
        var (above, current): ([String], Organization?) = ([], organization)
        while let parent = current?.parent(on: day), !above.contains(parent), above.count < 64 {
            above.append(parent)
            current = try self(parent)
        }
        return above
    }
}

/// A dataset standing in for the store: a document checked against another one, as a rule
/// scenario's case is checked against its base.
public struct DatasetLookup: RecordLookup {
    public let dataset: Dataset
    /// Ids by kind, so each reference the validator checks is one lookup, not a scan.
    private let idSets: [RecordKind: Set<String>]
    /// The organizations by id, secretaries' appointments and terms by organization, the first
    /// of each in the dataset's order: each row of a sheet asks for them (a talk's conductor is
    /// its organization's parent), and a scan each time cost rows × the store's organizations.
    private let organizations: [String: Organization]
    private let posts: [String: [Appointment]]
    private let termsOf: [String: [Term]]
    /// The ids of organizations and people, made ready to suggest the closest to an unknown one.
    private let candidates: [RecordKind: Suggestions.Candidates]

    public init(_ dataset: Dataset) {
        self.dataset = dataset
        var sets: [RecordKind: Set<String>] = [:]
        for kind in RecordKind.allCases { sets[kind] = Set(Self.ids(kind, dataset)) }
        idSets = sets
        organizations = Dictionary(dataset.organizations.map { ($0.id, $0) }) { first, _ in first }
        posts = Dictionary(grouping: dataset.appointments, by: \.organization)
        termsOf = Dictionary(grouping: dataset.terms, by: \.organization)
        candidates = Dictionary(
            uniqueKeysWithValues: [RecordKind.organizations, .people].map {
                ($0, Suggestions.Candidates(Self.ids($0, dataset)))
            })
    }

    public func exists(_ kind: RecordKind, id: String) -> Bool { idSets[kind]?.contains(id) ?? false }

    public func ids(_ kind: RecordKind) -> [String] { Self.ids(kind, dataset) }

    private static func ids(_ kind: RecordKind, _ dataset: Dataset) -> [String] {
        kind.record.hasID ? kind.record.keys(in: dataset) : []
    }

    /// The problem of an id no record of `kind` has, worded as the validator words it
    /// (`Validator.unknown`), with the closest ids.
    public func unknown(_ kind: RecordKind, _ id: String) -> Message {
        Validator.unknown(kind, id, among: candidates[kind] ?? Suggestions.Candidates(ids(kind)))
    }

    public func appointments(of organization: String) -> [Appointment] { posts[organization] ?? [] }

    public func terms(of organization: String) -> [Term] { termsOf[organization] ?? [] }

    /// The organizations `person` was the secretary of on `day` (Art. 7's top leader), in the
    /// dataset's order. A scan of the appointments: asked only of a talk's row naming its talkee
    /// and not its organization.
    public func organizations(ledBy person: String, on day: CivilDate) -> [String] {
        dataset.appointments.filter { $0.person == person && $0.role == .secretary && $0.covers(day) }.map(
            \.organization)
    }

    public func organization(_ id: String) -> Organization? { organizations[id] }

    public func records(_ kind: RecordKind, ids: [String]) -> Dataset {
        // (The validator asks for organizations, plan items and triggers only.)
        let wanted = Set(ids)
        var found = Dataset()
        found.organizations = kind == .organizations ? dataset.organizations.filter { wanted.contains($0.id) } : []
        found.plans = kind == .plans ? dataset.plans.filter { wanted.contains($0.id) } : []
        found.triggers = kind == .triggers ? dataset.triggers.filter { wanted.contains($0.id) } : []
        return found
    }

    public func recordsNaming(_ organization: String) -> (talks: [Talk], triggers: [Trigger], plans: [Plan]) {
        (
            dataset.talks.filter { $0.organization == organization || $0.conductor == organization },
            dataset.triggers.filter { $0.organization == organization },
            dataset.plans.filter { $0.organization == organization || $0.conductor == organization }
        )
    }
}

extension Dataset {
    /// This dataset with `other`'s records added; a record with the same id (or identifying
    /// fields) replaces this one's, as loading into a store does.
    public func merged(with other: Dataset) -> Dataset {
        func merge<T, Key: Hashable>(_ mine: [T], _ theirs: [T], _ key: (T) -> Key) -> [T] {
            let replaced = Set(theirs.map(key))
            return mine.filter { !replaced.contains(key($0)) } + theirs
        }
        var result = Dataset()
        result.organizations = merge(organizations, other.organizations, \.id)
        result.people = merge(people, other.people, \.id)
        result.appointments = merge(appointments, other.appointments, \.key)
        result.terms = merge(terms, other.terms, \.key)
        result.plans = merge(plans, other.plans, \.id)
        result.triggers = merge(triggers, other.triggers, \.id)
        result.talks = merge(talks, other.talks, \.id)
        return result
    }
}

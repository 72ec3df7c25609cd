/// A dataset standing in for the store: a document checked against another one, as a rule
/// scenario's case is checked against its base.
public struct DatasetLookup: RecordLookup {
    public let dataset: Dataset
    /// Ids by kind, so each reference the validator checks is one lookup, not a scan.
    private let idSets: [RecordKind: Set<String>]

    public init(_ dataset: Dataset) {
        self.dataset = dataset
        var sets: [RecordKind: Set<String>] = [:]
        for kind in RecordKind.allCases { sets[kind] = Set(Self.ids(kind, dataset)) }
        idSets = sets
    }

    public func exists(_ kind: RecordKind, id: String) -> Bool { idSets[kind]?.contains(id) ?? false }

    public func ids(_ kind: RecordKind) -> [String] { Self.ids(kind, dataset) }

    private static func ids(_ kind: RecordKind, _ dataset: Dataset) -> [String] {
        kind.record.hasID ? kind.record.keys(in: dataset) : []
    }

    public func secretaryAppointments(of organization: String) -> [Appointment] {
        dataset.appointments.filter { $0.organization == organization && $0.role == .secretary }
    }

    public func terms(of organization: String) -> [Term] { dataset.terms.filter { $0.organization == organization } }

    public func organization(_ id: String) -> Organization? {
        dataset.organizations.first { $0.id == id }
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

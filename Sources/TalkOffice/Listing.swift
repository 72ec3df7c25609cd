import TalkModel
import TalkStore

/// `talks list`, `talks show` and `talks export`: stored records read on one snapshot.
public enum Listing {
    /// The records of `kind` that `query` selects, and the names they refer to.
    public static func list(_ kind: RecordKind, _ query: RecordQuery, store: any Store) throws -> (
        records: Dataset, names: Dataset
    ) {
        try store.reading {
            var names = Dataset()
            names.organizations = try store.organizations()
            names.people = try store.people()
            return (try store.records(kind, matching: query), names)
        }
    }

    /// A record with this id of every kind that has one, with the records around it: an
    /// organization's posts, terms and talks, a person's posts, a plan item's or trigger's talks. Every
    /// organization and person comes too, for their names. An id no record has is an error.
    public static func show(_ id: String, store: any Store) throws -> (kinds: [RecordKind], records: Dataset) {
        let (kinds, records) = try store.reading {
            let kinds = try store.kinds(having: id)
            var d = Dataset()
            d.organizations = try store.organizations()
            d.people = try store.people()
            for kind in kinds {
                switch kind {
                case .organizations:
                    d.appointments = try store.appointments(.only(.organization(id)))
                    d.terms = try store.terms(.only(.organization(id)))
                    // Its talks: held with it, and held by it with the organizations below.
                    let talks = try store.talks(.only(.organization(id))) + store.talks(.only(.conductor(id)))
                    d.talks += talks.filter { talk in !d.talks.contains { $0.id == talk.id } }
                case .people:
                    d.appointments += try store.appointments(.only(.person(id)))
                case .plans:
                    d.plans = try store.plans(.id(id))
                    d.talks += try store.talks(.only(.plan(id)))
                case .triggers:
                    d.triggers = try store.triggers(.id(id))
                    d.talks += try store.talks(.only(.trigger(id)))
                case .talks:
                    d.talks += try store.talks(.id(id))
                case .appointments, .terms:
                    break
                }
            }
            return (kinds, d)
        }
        guard !kinds.isEmpty else {
            throw unknownID(id, kinds: [.organizations, .people, .plans, .triggers, .talks], store: store)
        }
        return (kinds, records)
    }
}

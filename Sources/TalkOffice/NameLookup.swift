import TalkModel
import TalkStore

/// Names typed by a person (`临川市委`, `李华`) resolved to ids by the resolver sheets use
/// (`NameResolver`), against the store's organizations, people and appointments. Each name taken
/// for an id is told to `note`, so the front end can show which record it meant.
public final class NameLookup {
    private let store: any Store
    private let note: (Message) -> Void
    /// Built on the first text that is not an id: an id costs one indexed lookup, while a name
    /// needs every organization, person and appointment, read once for the command.
    private var resolver: NameResolver?

    public init(_ store: any Store, note: @escaping (Message) -> Void) {
        self.store = store
        self.note = note
    }

    /// The id `text` stands for in `place` (a flag): an id as it is; a name that one record of
    /// `kind` bears; of several people of the name, the one who held a post in `settling`'s
    /// organization on its day, as a sheet settles a talkee. A text that names nothing and is close
    /// to no name passes through, so the validator reports it as an unknown id with the closest ids.
    public func id(
        _ text: String, _ kind: RecordKind, flag: String, settling: (organization: String, day: CivilDate)? = nil
    ) throws -> String {
        if try store.exists(kind, id: text) { return text }
        let names = try loaded()
        switch kind == .people ? names.person(text) : names.organization(text) {
        case .success(let value):
            guard case .string(let id) = value, id != text else { return text }
            note(Message(zh: "talks：\(flag) \(text) → \(id)", en: "talks: \(flag) \(text) → \(id)"))
            return id
        case .failure(let message):
            throw InputError(message, at: flag)
        case .ambiguous(let ids):
            if let (organization, day) = settling, let id = names.settle(ids, organization: organization, on: day) {
                let place = names.organizationName(organization)
                note(
                    Message(
                        zh: "talks：\(flag)：有 \(ids.count) 人名为 \(text.quoted)，取 \(day) 在 \(place) 任职的 \(id)",
                        en:
                            "talks: \(flag): \(ids.count) people are named \(text.quoted); took \(id), who held a post in \(place) on \(day)"
                    ))
                return id
            }
            throw InputError(names.ambiguity(text, ids, kind: kind), at: flag)
        }
    }

    private func loaded() throws -> NameResolver {
        if let resolver { return resolver }
        let made = NameResolver(try storedNames(store))
        resolver = made
        return made
    }
}

/// The organizations, people and appointments names are resolved against.
func storedNames(_ store: any Store) throws -> Dataset {
    var names = Dataset()
    names.organizations = try store.organizations()
    names.people = try store.people()
    names.appointments = try store.appointments()
    return names
}

/// Problems reported at a field of the record (`talk.held`, `plans[0].basis[1]`) moved to the flag
/// that set the field, so a clerk reads `--held: …`, never a path of a document they did not write.
public func relocated(_ problems: [Problem], prefix: String, flags: [String: String]) -> [Problem] {
    problems.map { problem in
        for (field, flag) in flags {
            let path = "\(prefix).\(field)"
            if problem.location == path || problem.location.hasPrefix(path + "[")
                || problem.location.hasPrefix(path + ".")
            {
                return Problem(flag, problem.message)
            }
        }
        return problem
    }
}

/// The error for an id that is not stored, with the closest ids that are.
public func unknownID(_ id: String, kinds: [RecordKind], store: any Store, at place: String = "") -> Error {
    unknownID(id, kinds: kinds, among: (try? kinds.flatMap { try store.ids($0) }) ?? [], at: place)
}

/// The error for an id that is none of `candidates`, with the closest of them.
public func unknownID(_ id: String, kinds: [RecordKind], among candidates: [String], at place: String = "") -> Error {
    let what = kinds.count == 1 ? kinds[0].singular : Message(zh: "记录", en: "record")
    return InputError(
        source: nil,
        problems: [
            Problem(
                place,
                Message(zh: "没有编号为 \(id.quoted) 的\(what.zh)", en: "no \(what.en) with id \(id.quoted)")
                    .with(Suggestions.hint(for: id, among: candidates)))
        ])
}

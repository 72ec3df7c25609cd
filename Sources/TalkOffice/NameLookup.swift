import TalkModel
import TalkStore

/// Records a person names on the command line (a flag, an operand), found the one way every
/// command finds them: an id as typed, else in its composed form (`IDRules.composed`: "café" typed
/// with a combining accent names the stored "café"); an organization or a person also by a name,
/// resolved by the resolver sheets use (`NameResolver`), against the store's organizations, people
/// and appointments. Each name taken for an id is told to `note`, so the front end can show which
/// record it meant.
public final class NameLookup {
    private let store: any Store
    private let note: (Message) -> Void
    /// Built on the first text that is not an id: an id costs one indexed lookup, while an
    /// organization's name needs every organization, and a person's also every person and
    /// appointment, each read once for the command (at national scale, a name of a committee in
    /// `overdue --conductor` indexed every person's name first: half a second at scale 1).
    private var resolver: NameResolver?
    private var resolvesPeople = false

    public init(_ store: any Store, note: @escaping (Message) -> Void) {
        self.store = store
        self.note = note
    }

    /// The stored id of `kind` that `text` is, nil when none is. The text as typed first, as the
    /// store compares bytes (a store written before ids had to be composed may hold another
    /// form), then its composed form, the only one written since: two stored ids that differ
    /// only in form are thus each found by its own bytes, and a form that is neither of them
    /// finds the composed one. Last, the id as a sheet's cell reads it (`IDRules.typed`:
    /// Ｔ２０２６－００１ typed with a Chinese input method is T2026-001): a flag takes what a cell takes.
    public func storedID(_ text: String, _ kind: RecordKind) throws -> String? {
        if try store.exists(kind, id: text) { return text }
        let composed = IDRules.composed(text)
        if !IDRules.sameBytes(composed, text), try store.exists(kind, id: composed) { return composed }
        let folded = IDRules.typed(composed)
        guard !IDRules.sameBytes(folded, composed), try store.exists(kind, id: folded) else { return nil }
        return folded
    }

    /// The stored key of a record of `kind` (`talks delete`): an id as `storedID` finds it, an
    /// appointment's or a term's key (`DatasetEncoder.keys`) in composed form, as the ids in it are.
    public func key(_ text: String, _ kind: RecordKind) throws -> String {
        guard RecordKind.withIDs.contains(kind) else { return IDRules.composed(text) }
        return try storedID(text, kind) ?? IDRules.composed(text)
    }

    /// The id `text` stands for in `place` (a flag) of a record being written: a stored id as
    /// `storedID` finds it; a name that one organization or person bears; of several people of the
    /// name, the one who held a post in `settling`'s organization on its days, as a sheet settles a
    /// talkee (one day) or a plan's talker (its year up to its deadline); of several organizations,
    /// the one under it on the last day. A text that names nothing and is close to no name passes
    /// through (composed), so the validator reports it as an unknown id with the closest ids, or
    /// takes it as a new one; a new id of another kind (`--id` of a talk) as a sheet's cell reads
    /// it (`IDRules.typed`).
    public func id(
        _ text: String, _ kind: RecordKind, flag: String,
        settling: (organization: String?, days: ClosedRange<CivilDate>)? = nil
    ) throws -> String {
        if let stored = try storedID(text, kind) { return stored }
        let text = IDRules.composed(text)
        guard kind == .organizations || kind == .people else { return try IDRules.typedNew(text, flag: flag) }
        switch try named(text, kind) {
        case .success(let value):
            guard case .string(let id) = value, id != text else { return text }
            noteTaken(text, id, flag: flag)
            return id
        case .failure(let message):
            throw InputError(Self.told(text, kind, message), at: flag)
        case .ambiguous(let ids):
            let names = try loaded(kind)
            if let (organization, days) = settling,
                let (id, said) = names.settled(ids, kind, text, organization: organization, during: days)
            {
                note(Message(zh: "talks: \(flag)：\(said.zh)", en: "talks: \(flag): \(said.en)"))
                return id
            }
            throw InputError(names.ambiguity(text, ids, kind: kind), at: flag)
        }
    }

    /// The stored record of one of `kinds` that `text` names, where it must exist: a filter
    /// (`list --organization`, `overdue --conductor`, `report --under`) or an operand (`show`,
    /// `explain`, `measures`). An id of any of the kinds first, as `storedID` finds it, then a name
    /// one organization or person bears. A text that names nothing is an error (exit 2) with the
    /// closest ids, never an empty answer: at `flag` for an option, without a place for an
    /// operand (`flag` is then its placeholder, `ID`, for the notes).
    public func existing(_ text: String, _ kinds: [RecordKind], flag: String) throws -> String {
        for kind in kinds {
            if let stored = try storedID(text, kind) { return stored }
        }
        let text = IDRules.composed(text)
        let place = flag.hasPrefix("-") ? flag : ""
        var refusal: Message?
        for kind in kinds where kind == .organizations || kind == .people {
            switch try named(text, kind) {
            case .success(let value):
                guard case .string(let id) = value, !IDRules.sameBytes(id, text) else { continue }
                noteTaken(text, id, flag: flag)
                return id
            case .failure(let message):
                refusal = refusal ?? Self.told(text, kind, message)
            case .ambiguous(let ids):
                throw InputError(try loaded(kind).ambiguity(text, ids, kind: kind), at: place)
            }
        }
        if let refusal { throw InputError(refusal, at: place) }
        // The id of a record of another kind (a plan item's given to explain, which takes a
        // talk's) is said to be that, with the command that shows it (helper-222: the closest
        // talks' ids were suggested).
        if let (other, stored) = try ofAnotherKind(text, than: kinds) {
            throw InputError(
                Self.anotherKind(stored, other, asked: kinds, command: pasteableCommand("show", operand: stored)),
                at: place)
        }
        throw unknownID(text, kinds: kinds, store: store, at: place)
    }

    /// The kind and stored id of a record of another kind than `kinds` that `text` is the id of:
    /// a plan item's or an organization's given where a talk's belongs. Talks first, as the work
    /// list's ids are most often theirs.
    public func ofAnotherKind(_ text: String, than kinds: [RecordKind]) throws -> (RecordKind, String)? {
        for other in [RecordKind.talks, .plans, .triggers, .organizations, .people] where !kinds.contains(other) {
            if let stored = try storedID(text, other) { return (other, stored) }
        }
        return nil
    }

    /// "`id` is the id of a plan item, not of a talk: use `command`", the refusal of an id of another
    /// kind (`ofAnotherKind`), with the command that does with it what was asked (`show`, `delete`).
    public static func anotherKind(_ id: String, _ kind: RecordKind, asked: [RecordKind], command: String) -> Message {
        let asked = asked.map(\.singular)
        let a = { (noun: String) in "aeiou".contains(noun.first ?? "x") ? "an \(noun)" : "a \(noun)" }
        return Message(
            zh:
                "\(id.quotedInChinese) 是\(kind.singular.zh)的编号，不是\(asked.map(\.zh).joined(separator: "或"))的；请用 \(command)",
            en:
                "\(id.quoted) is the id of \(a(kind.singular.en)), not of \(asked.map { a($0.en) }.joined(separator: " or ")): "
                + "use \(command)")
    }

    /// Tells `note` which record a name was taken for: `talks: --conductor "江东省委" → jd`. The name
    /// is quoted as every suggestion is and the id put as a value in a line (`inline`): either may
    /// hold a line break, typed or put into the store with the sqlite3 shell.
    private func noteTaken(_ text: String, _ id: String, flag: String) {
        note(
            Message(
                zh: "talks: \(flag) \(text.quotedInChinese) → \(id.inline)",
                en: "talks: \(flag) \(text.quoted) → \(id.inline)"
            ))
    }

    /// `text` looked up as the name of an organization or a person.
    private func named(_ text: String, _ kind: RecordKind) throws -> Sheet.CellValue {
        let names = try loaded(kind)
        return kind == .people ? names.person(text) : names.organization(text)
    }

    /// A refusal of `text` as it may be told: a sentence or a fault's words typed where a name
    /// belongs is described, not quoted (`Sheet.isDescribedWhereUnknown`: a problem swapped with the
    /// next flag's value).
    /// A message that quotes nothing of it already is kept (its suggestion with it: 县委书记（陈冬病）,
    /// did you mean 陈东).
    private static func told(_ text: String, _ kind: RecordKind, _ message: Message) -> Message {
        guard message.zh.contains(text) || message.en.contains(text) else { return message }
        return Sheet.isDescribedWhereUnknown(text, kind == .people ? .person : .organization)
            ? Sheet.notAName(text) : message
    }

    /// The names of the stored people and organizations, and their posts, as a sheet's rows are
    /// read against them.
    public func peopleAndOrganizations() throws -> NameResolver { try loaded(.people) }

    /// The resolver, holding the names of `kind` (an organization's, a person's).
    private func loaded(_ kind: RecordKind) throws -> NameResolver {
        var made = try resolver ?? NameResolver(storedNames(store, people: false))
        if kind == .people, !resolvesPeople {
            made = made.adding(people: try store.people(), appointments: try store.appointments())
            resolvesPeople = true
        }
        resolver = made
        return made
    }
}

/// The organizations, people and appointments names are resolved against (without `people`,
/// the organizations alone), and with `triggers` the triggers a talks sheet's situations name.
func storedNames(_ store: any Store, people: Bool = true, triggers: Bool = false) throws -> Dataset {
    var names = Dataset()
    names.organizations = try store.organizations()
    if people {
        names.people = try store.people()
        names.appointments = try store.appointments()
    }
    // (Without their notes, which are confidential: a talks sheet's situation names its trigger.)
    if triggers { names.triggers = try store.triggers(RecordQuery(reads: .none)) }
    return names
}

/// Problems reported at a field of the record (`talk.held`, `plans[0].basis[1]`) moved to the flag
/// that set the field, so a clerk reads `--held: …`, never a path of a document they did not write.
public func relocated(_ problems: [Problem], prefix: String, flags: [String: String]) -> [Problem] {
    problems.map { problem in
        for (field, flag) in flags {
            if problem.isAt("\(prefix).\(field)") { return Problem(flag, problem.message) }
        }
        return problem
    }
}

extension Problem {
    /// Whether the problem is at `path` or inside it (`talk.measures` holds `talk.measures.reported`
    /// and `talk.steps` holds `talk.steps[2]`).
    func isAt(_ path: String) -> Bool {
        location == path || location.hasPrefix(path + "[") || location.hasPrefix(path + ".")
    }
}

/// The error for an id that is not stored, with the closest ids that are.
public func unknownID(_ id: String, kinds: [RecordKind], store: any Store, at place: String = "") -> Error {
    unknownID(id, kinds: kinds, among: (try? kinds.flatMap { try store.ids($0) }) ?? [], at: place)
}

/// The error for an id that is none of `candidates`, with the closest of them.
public func unknownID(_ id: String, kinds: [RecordKind], among candidates: [String], at place: String = "") -> Error {
    let what = kinds.count == 1 ? kinds[0].singular : Message(zh: "记录", en: "record")
    // A sentence where an id belongs is described, not quoted (`Sheet.isDescribedWhereUnknown`).
    let cell: CellKind = kinds == [.people] ? .person : kinds == [.organizations] ? .organization : .id
    if Sheet.isDescribedWhereUnknown(id, cell) {
        let text = Sheet.described(id)
        return InputError(
            Message(zh: "没有这样的\(what.zh)：\(text.zh)", en: "no such \(what.en): \(text.en)")
                .with(
                    kinds == [.people] || kinds == [.organizations] ? nil : Suggestions.hint(for: id, among: candidates)
                ),
            at: place)
    }
    return InputError(
        source: nil,
        problems: [
            Problem(
                place,
                Message(zh: "没有编号为 \(id.quoted) 的\(what.zh)", en: "no \(what.en) with id \(id.quoted)")
                    .with(Suggestions.hint(for: id, among: candidates)))
        ])
}

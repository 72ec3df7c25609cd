import TalkModel
import TalkStore

/// Names typed in flags (`--organization 临川市委`, `--talker 李华`) resolved to ids by the resolver
/// sheets use (`NameResolver`), against the store's organizations, people and appointments. Each
/// name taken for an id is said on standard error, so the clerk sees which record it meant.
final class FlagNames {
    private let store: Store
    private let context: Context
    /// Built on the first text that is not an id: an id costs one indexed lookup, while a name
    /// needs every organization, person and appointment, read once for the command.
    private var resolver: NameResolver?

    init(_ store: Store, _ context: Context) {
        self.store = store
        self.context = context
    }

    /// The id `text` stands for in `flag`: an id as it is; a name that one record of `kind` bears;
    /// of several people of the name, the one who held a post in `settling`'s organization on its
    /// day, as a sheet settles a talkee. A text that names nothing and is close to no name passes
    /// through, so the validator reports it as an unknown id with the closest ids.
    func id(
        _ text: String, _ kind: RecordKind, flag: String, settling: (organization: String, day: CivilDate)? = nil
    ) throws -> String {
        if try store.exists(kind, id: text) { return text }
        let names = try loaded()
        switch kind == .people ? names.person(text) : names.organization(text) {
        case .success(let value):
            guard case .string(let id) = value, id != text else { return text }
            context.note("talks：\(flag) \(text) → \(id)", "talks: \(flag) \(text) → \(id)")
            return id
        case .failure(let message):
            throw InputError(source: nil, problems: [Problem(flag, message)])
        case .ambiguous(let ids):
            if let (organization, day) = settling, let id = names.settle(ids, organization: organization, on: day) {
                let place = names.organizationName(organization)
                context.note(
                    "talks：\(flag)：有 \(ids.count) 人名为 \(text.quoted)，取 \(day) 在 \(place) 任职的 \(id)",
                    "talks: \(flag): \(ids.count) people are named \(text.quoted); took \(id), who held a post in \(place) on \(day)"
                )
                return id
            }
            throw InputError(source: nil, problems: [Problem(flag, names.ambiguity(text, ids, kind: kind))])
        }
    }

    /// A person's name for a confirmation, or the id alone when the person is not stored.
    func name(of person: String) throws -> String? {
        try store.people(where: "id = ?", [person]).first?.name
    }

    private func loaded() throws -> NameResolver {
        if let resolver { return resolver }
        var names = Dataset()
        names.organizations = try store.organizations()
        names.people = try store.people()
        names.appointments = try store.appointments()
        let made = NameResolver(names)
        resolver = made
        return made
    }
}

extension Arguments {
    /// A usage error naming every flag of `required` that is missing (`record needs --held`);
    /// `given` says which a file supplies instead.
    func require(_ required: [String], by what: String, given: (String) -> Bool = { _ in false }) throws(UsageError) {
        let missing = required.filter { !flag($0) && !given($0) }
        guard !missing.isEmpty else { return }
        throw fail(
            "\(what) 需要 \(missing.joined(separator: "、"))", "\(what) needs \(missing.joined(separator: ", "))")
    }

    /// Refuses a day after today in any of the date flags `names`, unless `--yes` confirms it: a
    /// talk "held" next year or measures "reported" next week is far more often a slip of the
    /// keyboard than a fact, and once stored it counts as done. No one may be there to answer a
    /// question, so the refusal (exit 2) says to run again with `--yes` when the day is meant.
    /// Today is the day in China Standard Time, as everywhere in the tool.
    func refuseFuture(_ names: [String], today: CivilDate = todayInChina()) throws {
        guard !flag("--yes") else { return }
        var problems: [Problem] = []
        for name in names {
            guard let day = try date(name), day > today else { continue }
            problems.append(
                Problem(
                    name,
                    Message(
                        zh: "\(day) 晚于今天（北京时间 \(today)）；如确是此日，请加 --yes 再运行",
                        en: "\(day) is after today (\(today), China Standard Time); add --yes if it is meant")))
        }
        guard problems.isEmpty else { throw InputError(source: nil, problems: problems) }
    }

    /// `--yes`: the confirmation of a date after today, for scripts.
    static let confirmFuture = Option.flag(
        "--yes", "确认晚于今天的日期无误（否则拒绝）", "confirm a date after today (refused otherwise)")

    /// The command's one operand, which must be `action` (`talks plan add`).
    func action(_ action: String) throws(UsageError) {
        let given = try operand(action)
        guard given == action else {
            throw fail("未知的操作 \(given.quoted)，应为 \(action)", "unknown action \(given.quoted); expected \(action)")
        }
    }
}

/// Problems reported at a field of the record (`talk.held`, `plans[0].basis[1]`) moved to the flag
/// that set the field, so a clerk reads `--held: …`, never a path of a document they did not write.
func relocated(_ problems: [Problem], prefix: String, flags: [String: String]) -> [Problem] {
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

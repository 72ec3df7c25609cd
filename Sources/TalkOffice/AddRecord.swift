import TalkModel
import TalkStore

/// `talks plan add`, `talks trigger add`: one record put together from flags, each field with the
/// flag that set it, validated as `talks load` validates a document (and `talks import` a sheet's
/// row). There is no `--replace`: an id stored already is refused.
public struct AddRecord: Sendable {
    public let kind: RecordKind
    public private(set) var members: [(key: String, value: JSONValue)] = []
    public private(set) var flags: [String: String] = [:]

    public init(kind: RecordKind) {
        self.kind = kind
    }

    public mutating func set(_ field: String, _ value: JSONValue, flag: String) {
        members.append((field, value))
        flags[field] = flag
    }

    /// Builds the record under the write lock (`fill` resolves names and sets the fields) and writes
    /// it with its audit entry, so the id chosen (`id`, else `nextID`) is still free when written.
    /// A plan item or trigger a stored one repeats in every field under another id (`Repeats`:
    /// the command run twice) is refused unless `repeating`. Returns the id, what `fill` returned,
    /// and the id of a stored record with its identity (`Repeats`), to be told.
    public static func run<T>(
        _ kind: RecordKind, store: any Store, id: String?, repeating: Bool = false,
        nextID: (any Store) throws -> String, fill: (inout AddRecord) throws -> T
    ) throws -> (id: String, value: T, repeats: String?) {
        try store.writing {
            var record = AddRecord(kind: kind)
            let value = try fill(&record)
            let id = try id ?? nextID(store)
            if Sheet.isLostInASheet(id) {
                throw InputError(Sheet.lostInASheet(id, example: try nextID(store)), at: "--id")
            }
            let repeats = try record.save(to: store, id: id, repeating: repeating)
            return (id, value, repeats)
        }
    }

    /// "the stored plan item X has the same conductor, year and organization": the note of a
    /// plan item or trigger written though a stored one has its identity; `stored` is the id as
    /// the message shows it.
    public static func same(_ kind: RecordKind, _ stored: String) -> Message {
        let named = kind == .plans ? Repeats<Plan>.plans.named : Repeats<Trigger>.triggers.named
        return Message(
            zh: "已存储的\(kind.singular.zh) \(stored) 的\(named.zh)与本条都相同",
            en: "the stored \(kind.singular.en) \(stored) has the same \(named.en)")
    }

    /// Writes the record; returns the id of the stored record it repeats.
    private func save(to store: any Store, id: String, repeating: Bool) throws -> String? {
        if try store.exists(kind, id: id) {
            throw InputError(
                Message(
                    zh: "\(kind.singular.zh) \(id.quoted) 已存在",
                    en: "\(kind.singular.en) \(id.quoted) exists already"
                ), at: "--id")
        }
        let record = JSONValue.object([("id", .string(id))] + members)
        let decoded = DatasetDecoder.decode(
            .object([("format", .string(Dataset.format)), (kind.rawValue, .array([record]))]))
        var places = flags
        places["id"] = "--id"
        let repeats = try decoded.problems.isEmpty ? repeated(in: decoded.dataset, store: store) : nil
        if let repeats, repeats.exact, !repeating {
            let (zh, en) = (kind.singular.zh, kind.singular.en)
            throw InputError(
                Message(
                    zh: "已存储的\(zh) \(repeats.id.quoted) 除编号外与本条完全相同，多半是登记了两次，本次未写入任何内容；如确是另一条，请加 --yes 再运行",
                    en: "the stored \(en) \(repeats.id.quoted) is this one but for its id: most likely recorded twice, "
                        + "so nothing was written; add --yes if this is another"))
        }
        do {
            try store.save(decoded.dataset, source: nil, earlier: decoded.problems, unreadable: decoded.unreadableIDs)
        } catch let error as InputError {
            throw InputError(
                source: nil, problems: relocated(error.problems, prefix: "\(kind.rawValue)[0]", flags: places))
        }
        return repeats?.id
    }

    /// The stored plan item or trigger with the dataset's one's identity (`Repeats`), if any.
    private func repeated(in d: Dataset, store: any Store) throws -> (id: String, exact: Bool)? {
        switch kind {
        case .plans: try Repeats.plans.stored(like: d.plans[0], in: store)
        case .triggers: try Repeats.triggers.stored(like: d.triggers[0], in: store)
        default: nil
        }
    }
}

/// `talks move`: a transfer (划转, 行政区划调整, 机构改革) recorded as history, never as a rewrite:
/// the old parent stays the parent until the day before `from`.
public enum MoveOrganization {
    /// What a change of an organization's parents (a transfer, its day moved, its history
    /// rewritten) changes in the stored talks with it: those whose day now has another parent of
    /// it are judged against that one; a note naming each with both parents, so a mistaken day is
    /// seen at once (nil for none). Of them, those whose conductor was above the organization on
    /// the day held and no longer is are no longer with a lower-level organization, and those whose
    /// conductor now is above it now are (the note said "may no longer be" of every talk, of one the
    /// move made lawful too, and of one whose conductor stays above through the new parent:
    /// helper-233). `talks`: the stored talks with it; `trees`: the organizations read before and
    /// after the change.
    static func changedTalks(
        _ before: Organization, _ after: Organization, talks: [Talk],
        trees: inout (before: OrganizationsRead, after: OrganizationsRead)
    ) throws -> Message? {
        let changed = talks.compactMap { talk in
            let (then, now) = (before.parent(on: talk.held), after.parent(on: talk.held))
            return then == now ? nil : (talk: talk, then: then, now: now)
        }
        guard !changed.isEmpty else { return nil }
        var (lost, gained): ([String], [String]) = ([], [])
        for (talk, _, _) in changed {
            let (aboveThen, aboveNow) = (
                try trees.before.above(before, on: talk.held).contains(talk.conductor),
                try trees.after.above(after, on: talk.held).contains(talk.conductor)
            )
            if aboveThen && !aboveNow { lost.append(talk.id.inline) }
            if aboveNow && !aboveThen { gained.append(talk.id.inline) }
        }
        let listed = { (zh: Bool, items: [String]) in Message.listed(items, zh: zh, unit: "次") }
        let (changedZh, changedEn) = (
            listed(true, changed.map { "\($0.talk.id.inline)：\(($0.then ?? "—").inline) → \(($0.now ?? "—").inline)" }),
            listed(
                false, changed.map { "\($0.talk.id.inline): \(($0.then ?? "—").inline) → \(($0.now ?? "—").inline)" })
        )
        let verb = { (count: Int) in count == 1 ? "is" : "are" }
        var zh = "注意：与 \(after.id.inline) 的 \(changed.count) 次谈话（\(changedZh)）谈话当日的上级党组织变了，此后按新的组织关系评判"
        var en =
            "note: \(changed.count == 1 ? "1 talk" : "\(changed.count) talks") with \(after.id.inline) (\(changedEn)) "
            + "\(changed.count == 1 ? "has" : "have") another parent of it on the day held and \(verb(changed.count)) now judged against it"
        if !lost.isEmpty {
            zh += "；其中 \(listed(true, lost)) 的开展谈话的党委当日已不在其上级之列，不再是对下级党组织的谈话"
            en +=
                "; \(listed(false, lost)) \(verb(lost.count)) no longer with a lower-level organization: the conductor is not above it that day"
        }
        if !gained.isEmpty {
            zh += "；其中 \(listed(true, gained)) 的开展谈话的党委当日现在其上级之列，现为对下级党组织的谈话"
            en +=
                "; \(listed(false, gained)) \(verb(gained.count)) now with a lower-level organization: the conductor is above it that day"
        }
        return Message(zh: zh, en: en)
    }

    /// What changes of organizations' parents (a move, a document's or a sheet's organizations)
    /// change in the stored records, each said: each one's `consequences`, then the talks below
    /// them judged otherwise, all the changes together (`talksJudgedOtherwise`).
    public static func consequences(of changes: [(before: Organization, after: Organization)], in store: any Store)
        throws -> [Message]
    {
        // (A history given again in other stretches, the same parent every day, changes nothing.)
        let changes = changes.filter { !$0.after.sameParentOnEveryDay(as: $0.before) }
        return try changes.flatMap { try consequences($0.before, $0.after, in: store) }
            + [try talksJudgedOtherwise(changes, in: store)].compactMap { $0 }
    }

    /// What a change of an organization's parents changes in the stored records, each said:
    /// its talks judged against another parent (`changedTalks`), its plan items stranded
    /// (`strandedPlans`), its triggers another parent's to answer (`changedTriggers`). The talks
    /// below it judged otherwise are told for all the changes together (`talksJudgedOtherwise`).
    public static func consequences(_ before: Organization, _ after: Organization, in store: any Store) throws
        -> [Message]
    {
        // (The talks with it read once, for both; the organizations above it, once for both.)
        let talks = try store.talks(.only(.organization(after.id)))
        var trees = (before: OrganizationsRead(store, known: [before]), after: OrganizationsRead(store, known: [after]))
        return [
            try changedTalks(before, after, talks: talks, trees: &trees),
            try strandedPlans(before, after, talks: talks, above: &trees.after, in: store),
            try changedTriggers(before, after, in: store),
            try strandedTriggers(before, after, talks: talks, in: store),
        ]
        .compactMap { $0 }
    }

    /// The supervision talks whose conductor is above their organization on the day held in one
    /// tree and not the other, the tree before `changes` (a move, a document's or a sheet's
    /// organizations, taken together) and after them: `lower-level` reads a parent's parent as
    /// above, so a county moved from its city takes the city's talks with its townships out of the
    /// lower level (helper-229: unsaid; helper-230: a first form walked today's tree, one change at
    /// a time, and named talks whose verdict did not change). A note naming each with its
    /// organization (nil for none). Read: every organization once, to find those below a changed
    /// one on some day in either tree, and their talks. A changed organization's own talks whose
    /// parent that day changed are `changedTalks`'s.
    public static func talksJudgedOtherwise(
        _ changes: [(before: Organization, after: Organization)], in store: any Store
    ) throws -> Message? {
        guard !changes.isEmpty else { return nil }
        let changed = Dictionary(changes.map { ($0.after.id, $0) }) { _, last in last }
        // Every organization read once, for both trees and to find those below a changed one.
        let stored = try store.records(.organizations).organizations
        var (before, after) = (
            OrganizationsRead(store, known: stored + changes.map(\.before)),
            OrganizationsRead(store, known: stored + changes.map(\.after))
        )
        // Below a changed one on some day, in either tree: a parent it ever had, walked up.
        var forms = Dictionary(stored.map { ($0.id, [$0]) }) { first, _ in first }
        for change in changes { forms[change.after.id] = [change.before, change.after] }
        var below = Set(changed.keys)
        for _ in 0..<64 {
            let reached = forms.filter { id, versions in
                !below.contains(id)
                    && versions.contains { o in
                        ([o.parent] + o.formerParents.map(\.parent)).contains { $0.map(below.contains) ?? false }
                    }
            }
            guard !reached.isEmpty else { break }
            below.formUnion(reached.keys)
        }
        var judged: [(organization: String, talk: String)] = []
        for id in below.sorted(by: codePointOrder) {
            guard let then = try before(id), let now = try after(id) else { continue }
            for talk in try store.talks(.only(.organization(id))) where talk.kind.isSupervision {
                if changed[id] != nil, then.parent(on: talk.held) != now.parent(on: talk.held) { continue }
                if try before.above(then, on: talk.held).contains(talk.conductor)
                    != after.above(now, on: talk.held).contains(talk.conductor)
                {
                    judged.append((id, talk.id))
                }
            }
        }
        guard !judged.isEmpty else { return nil }
        let (pairs, one) = (judged, judged.count == 1)
        return Message(
            zh:
                "注意：\(pairs.count) 次谈话（\(Message.listed(pairs.map { "\($0.talk.inline)（\($0.organization.inline)）" }, zh: true, unit: "次"))）"
                + "谈话当日开展谈话的党委是否在谈话对象单位的上级之列，因组织关系的改变而变了，此后按新的组织关系评判（lower-level）",
            en:
                "note: \(one ? "1 talk" : "\(pairs.count) talks") (\(Message.listed(pairs.map { "\($0.talk.inline) (\($0.organization.inline))" }, zh: false))) "
                + "\(one ? "has" : "have") a conductor above \(one ? "its" : "their") organization on the day held in one tree "
                + "and not the other: \(one ? "it is" : "they are") now judged against the new one (lower-level)")
    }

    /// The triggers of the organization noted on a day that now has another parent of it: the
    /// parent of that day holds the timely talk (`timely-followup`), so one the old parent held no
    /// longer answers it, and one the new parent has not held is due (helper-226: a transfer dated
    /// back said which talks it changed, not which triggers it opened again). A note naming each
    /// with both parents (nil for none).
    static func changedTriggers(_ before: Organization, _ after: Organization, in store: any Store) throws -> Message? {
        let changed = try store.triggers(.only(.organization(after.id))).compactMap { trigger in
            let (then, now) = (before.parent(on: trigger.on), after.parent(on: trigger.on))
            return then == now ? nil : (trigger, then?.inline ?? "—", now?.inline ?? "—")
        }
        guard !changed.isEmpty else { return nil }
        let shown = after.id.inline
        let one = changed.count == 1
        // (What "—" means, said only when one is: helper-235, said of a new parent that is one.)
        let none = changed.contains { $0.2 == "—" }
        return Message(
            zh:
                "注意：\(shown) 的 \(changed.count) 项及时谈话情形（\(Message.listed(changed.map { "\($0.0.id.inline)（\($0.0.on)）：\($0.1) → \($0.2)" }, zh: true, unit: "项"))）发现当日的上级党组织变了，"
                + "此后由新的上级及时谈话\(none ? "（“—”为没有上级：不作评判）" : "")，原上级的谈话不再计入",
            en:
                "note: \(one ? "1 trigger" : "\(changed.count) triggers") of \(shown) (\(Message.listed(changed.map { "\($0.0.id.inline) (\($0.0.on)): \($0.1) → \($0.2)" }, zh: false))) "
                + "\(one ? "has" : "have") another parent of it on the day noted: that parent now holds the timely talk"
                + "\(none ? " (— none: not judged)" : ""), and one the old parent held no longer answers \(one ? "it" : "them")"
        )
    }

    /// The triggers at the organization not yet answered whose committee, its parent on the day
    /// noted (`timely-followup`), is its parent no longer: the timely talk stays that committee's,
    /// which now talks with no lower-level organization, and one the new parent holds answers
    /// none (helper-269: a move said nothing of it, and `check` then asked the old parent for a
    /// talk it could not lawfully hold). A note naming each (nil for none). `talks`: the stored
    /// talks with it.
    static func strandedTriggers(
        _ before: Organization, _ after: Organization, talks: [Talk], in store: any Store
    ) throws -> Message? {
        let stranded = try store.triggers(.only(.organization(after.id))).compactMap {
            trigger -> (Trigger, String)? in
            guard let committee = after.parent(on: trigger.on), before.parent(on: trigger.on) == committee,
                before.parent == committee, after.parent != committee,
                !talks.contains(where: { $0.triggers.contains(trigger.id) })
            else { return nil }
            return (trigger, committee)
        }
        guard !stranded.isEmpty else { return nil }
        let shown = after.id.inline
        let one = stranded.count == 1
        return Message(
            zh: "注意：\(shown) 的及时谈话情形 "
                + Message.listed(
                    stranded.map { "\($0.0.id.inline)（\($0.0.on) 发现，应由 \($0.1.inline) 谈话）" }, zh: true, unit: "项")
                + "尚未谈话：划转后该党委已不是 \(shown) 的上级，新上级的谈话不能了结该情形；请核对划转日期，或由原上级在划转前谈话",
            en: "note: \(one ? "the trigger" : "the triggers") of \(shown), "
                + Message.listed(
                    stranded.map { "\($0.0.id.inline) (noted \($0.0.on), \($0.1.inline)'s to answer)" }, zh: false)
                + ", \(one ? "has" : "have") no timely talk yet: after the move that committee is no longer \(shown)'s parent, "
                + "and a talk the new parent holds does not answer \(one ? "it" : "them"); check the transfer's day, or "
                + "have the old parent hold the talk before it")
    }

    /// The plan items with the organization whose conductor was its parent on the item's deadline
    /// (the year's end without one) and is no longer above it, that no regular talk of that
    /// conductor held while still its parent carries out: a talk of it with the organization is no
    /// longer with a lower-level one, and the item stays open past its deadline (helper-222: a
    /// transfer said nothing of it, and the only way to close it was a talk breaking
    /// `lower-level`). A conductor still above it, through the new parent, may still carry it out
    /// (helper-233: said it could not). A note naming each (nil for none). `talks`: the stored
    /// talks with it; `above`: the organizations read after the change.
    static func strandedPlans(
        _ before: Organization, _ after: Organization, talks: [Talk], above: inout OrganizationsRead,
        in store: any Store
    ) throws -> Message? {
        var plans: [Plan] = []
        for plan in try store.plans(.only(.organization(after.id))) {
            guard let due = plan.due ?? CivilDate(year: plan.year, month: 12, day: 31) else { continue }
            if before.parent(on: due) == plan.conductor && after.parent(on: due) != plan.conductor,
                !(try above.above(after, on: due).contains(plan.conductor))
            {
                plans.append(plan)
            }
        }
        guard !plans.isEmpty else { return nil }
        let stranded = plans.filter { plan in
            !talks.contains { talk in
                // (As `plan-deadline` counts it, lawful or not: helper-235, a talk check counted was
                // said to carry out nothing.)
                talk.kind == .regular && talk.conductor == plan.conductor
                    && (talk.plan == plan.id || talk.plan == nil && talk.held.year == plan.year)
            }
        }
        guard !stranded.isEmpty else { return nil }
        let shown = after.id.inline
        let zh = stranded.map {
            "\($0.conductor.inline) 的 \($0.id.inline)（完成时限 \($0.due?.description ?? "\($0.year)年内")）"
        }
        let en = stranded.map {
            "\($0.id.inline) of \($0.conductor.inline) (due \($0.due?.description ?? "in \($0.year)"))"
        }
        let one = stranded.count == 1
        return Message(
            zh: "注意：与 \(shown) 的计划事项 \(Message.listed(zh, zh: true, unit: "项"))到期时，该党委已不是 \(shown) 的上级，此前也未见落实：此后其与 "
                + "\(shown) 的谈话不再是对下级党组织的谈话；请调整或删除该计划事项（talks delete plans 编号），或核对划转日期",
            en: "note: \(one ? "the plan item" : "the plan items") with \(shown), \(Message.listed(en, zh: false)), "
                + "\(one ? "falls" : "fall") due when \(one ? "its conductor is" : "their conductors are") no longer \(shown)'s parent, and "
                + "no talk carried \(one ? "it" : "them") out before: a talk of \(one ? "that committee" : "theirs") with \(shown) is "
                + "no longer with a lower-level organization; change or delete \(one ? "it" : "them") (talks delete plans ID), "
                + "or check the transfer's day")
    }

    /// The local committees with a local committee for a parent, now or earlier, of a level not
    /// above theirs (a 市委 under a 县委 or another 市委), each a note (a Party group is of its
    /// committee's level, 省财政厅党组 under 省委, and `other` is compared with none): most likely the parent or the level mistyped, which `lower-level`
    /// cannot see (helper-226: a city moved under a township was stored without a word). Said, not
    /// refused: the dataset format bounds no level. Parents are looked for among `organizations`
    /// first, then in the store; `rows`: a sheet's row of each, which then leads its note. The
    /// stored organizations under one whose level changes are checked too. `before`: the organizations
    /// as they were, when the store holds them changed already (`move`); else the store's.
    public static func parentsNotAbove(
        _ organizations: [Organization], rows: [Int]? = nil, before: [Organization]? = nil, in store: any Store
    ) throws -> [Message] {
        let ranks: [Level: Int] = [.central: 0, .province: 1, .city: 2, .county: 3, .township: 4]
        let given = Dictionary(organizations.map { ($0.id, $0) }) { _, last in last }
        var organization = OrganizationsRead(store, known: organizations)
        // One whose level changes (a 市委 made 县级) may leave the organizations now below it of a
        // level not below its own: they are checked too (helper-227: said nothing).
        var children: [Organization] = []
        let stored = try before ?? store.records(.organizations, ids: organizations.map(\.id)).organizations
        for before in stored where given[before.id].map({ $0.level != before.level }) ?? false {
            children += try store.records(.organizations, matching: .only(.conductor(before.id))).organizations
                .filter { given[$0.id] == nil }
        }
        // One stored as it is given, under parents whose levels are as stored, was said when it was
        // written (helper-233: a sheet of unchanged rows imported again said every note again).
        let storedForm = Dictionary(stored.map { ($0.id, $0) }) { first, _ in first }
        let levelChanged = Set(stored.filter { given[$0.id].map { $0.level } != $0.level }.map(\.id))
        func unchanged(_ o: Organization) -> Bool {
            guard let stored = storedForm[o.id] else { return false }
            return stored.level == o.level && stored.parent == o.parent && stored.formerParents == o.formerParents
                && !([o.parent] + o.formerParents.map(\.parent)).contains { $0.map(levelChanged.contains) ?? false }
        }
        var told = Sheet.RowNotes()
        for (i, child) in (organizations + children).enumerated() where i >= organizations.count || !unchanged(child) {
            guard child.kind == .localCommittee, let rank = ranks[child.level] else { continue }
            let lead =
                rows.map { i < $0.count ? (zh: "第 \($0[i]) 行：", en: "row \($0[i]): ") : (zh: "注意：", en: "note: ") }
                ?? (zh: "注意：", en: "note: ")
            let parents = child.formerParents.map { ($0.parent, Optional($0.until)) } + [(child.parent, nil)]
            for case (let id?, let until) in parents {
                guard let parent = try organization(id), parent.kind == .localCommittee,
                    let above = ranks[parent.level],
                    above >= rank
                else {
                    continue
                }
                let (it, its) = (child.named, parent.named)
                told.append(
                    Message(
                        zh: "\(lead.zh)\(it.zh)为\(child.level.label.zh)，其上级党组织\(its.zh)"
                            + (until.map { "（至 \($0)）" } ?? "") + "为\(parent.level.label.zh)，不高于它：请核对上级党组织或层级",
                        en: "\(lead.en)\(it.en) is of the \(child.level.label.en) level and its parent \(its.en)"
                            + (until.map { " (until \($0))" } ?? "")
                            + " of the \(parent.level.label.en) level, not above it: check the parent or the level"))
            }
        }
        return told.all
    }

    public struct Outcome: Sendable {
        public let organization: Organization
        /// The organization as it was before.
        public let before: Organization
        /// The parent it had before.
        public let old: String?
        /// The old parent's last day.
        public let lastDay: CivilDate
    }

    public static func run(_ id: String, to: String, from: CivilDate, store: any Store) throws -> Outcome {
        guard let lastDay = from.adding(days: -1) else {
            throw InputError(Message(zh: "--from 无效", en: "--from is not a date"), at: "--from")
        }
        return try store.writing {
            guard var organization = try store.organization(id) else {
                throw unknownID(id, kinds: [.organizations], store: store)
            }
            guard try store.exists(.organizations, id: to) else {
                throw unknownID(to, kinds: [.organizations], store: store, at: "--to")
            }
            let (old, before) = (organization.parent, organization)
            let words = RecordWords(store)
            let named = { (id: String?) in try id.map(words.named) ?? Message(zh: "无上级", en: "no parent") }
            // The day the present parent took over, said with what a transfer on `from` cannot be
            // (helper-233: a move given again was told it must come after itself; helper-234: one
            // dated back to the parent it has was told it is its parent, on a day it was not, and
            // one on the last transfer's day to come after "the earlier parent until" the day before).
            let change = Message(
                zh: "；要改动那次划转之日，请在组织表的“上级组织起始日期”中写明",
                en: "; to change that transfer's day, give it in an organizations sheet's 上级组织起始日期")
            if let last = organization.formerParents.last, lastDay <= last.until,
                let start = last.until.adding(days: 1)
            {
                let (parent, earlier) = (try named(old), try named(last.parent))
                throw InputError(
                    old == to
                        ? Message(
                            zh: "\(parent.zh)自 \(start) 起已是其上级党组织（此前为\(earlier.zh)）\(change.zh)",
                            en: "\(parent.en) is its parent already, from \(start) (before, \(earlier.en))\(change.en)")
                        : Message(
                            zh: "划转日 \(from) 须晚于上一次划转之日 \(start)（自\(earlier.zh)改隶\(parent.zh)）\(change.zh)",
                            en:
                                "the transfer on \(from) must come after the last one, on \(start) (from \(earlier.en) to "
                                + "\(parent.en))\(change.en)"), at: "--from")
            }
            guard old != to else {
                // (From the last transfer's day, when there was one: helper-235, said only before it.)
                let since = organization.formerParents.last?.until.adding(days: 1)
                throw InputError(
                    Message(
                        zh: "\(try named(to).zh)\(since.map { "自 \($0) 起" } ?? "")已是其上级党组织",
                        en: "\(try named(to).en) is already its parent\(since.map { ", from \($0)" } ?? "")"),
                    at: "--to")
            }
            organization.formerParents.append(FormerParent(parent: old, until: lastDay))
            organization.parent = to
            if let same = try Loading.sameOrganizations([organization], in: store).first {
                throw InputError(same.message(id), at: "--to")
            }
            var dataset = Dataset()
            dataset.organizations = [organization]
            // Each problem told at the flag that would change it: the new parent's at `--to`, the
            // history's (the day, the lifespan, a plan item it strands) at `--from` (helper-170:
            // all at "--to.parent", a field no one typed).
            do {
                try store.save(dataset, locator: RecordLocator { _, _ in "organization" }, source: nil)
            } catch let error as InputError {
                throw InputError(
                    source: error.source,
                    problems: relocated(
                        error.problems, prefix: "organization",
                        flags: [
                            "parent": "--to", "formerParents": "--from", "established": "--from",
                            "dissolved": "--from",
                        ]))
            }
            return Outcome(organization: organization, before: before, old: old, lastDay: lastDay)
        }
    }
}

/// `talks delete`: one record, named by its key, with its audit entry.
public enum DeleteRecord {
    /// Deletes the record; a record others refer to is refused, naming them.
    public static func run(_ kind: RecordKind, key: String, store: any Store) throws {
        guard try store.delete(kind, key: key) else { throw unknownID(key, kinds: [kind], store: store) }
    }
}

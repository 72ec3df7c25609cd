import TalkModel

/// The store's records at one moment, indexed for the questions rules ask: who led an
/// organization on a day, which talks concern an organization, a plan item or a trigger.
///
/// Every index is built once in a single pass, so no rule has to scan all talks: checking stays
/// linear in the size of the store.
public final class Facts: Sendable {
    public let organizations: [Organization]
    public let people: [Person]
    public let talks: [Talk]
    public let plans: [Plan]
    public let triggers: [Trigger]
    public let terms: [Term]

    /// What the snapshot breaks of what the store guarantees, the first few, each a sentence
    /// naming the record: a reference naming no record (`talk T1: organization "EI" is not
    /// stored`), former parents out of order, parents forming a loop on some day (`loops`). A
    /// file edited behind the store's back can break it, and
    /// the engine must then not be run: callers check this is empty first.
    public let damage: [String]

    /// How many records the store holds: what a rule's budget of work is proportional to, the
    /// talks left unread included (`init(_:storedTalks:)`), so a rule's budget is the same in every
    /// command. Counted once: the engine asks for it at every subject's scope.
    public let recordCount: Int

    /// Each kind's positions by id, but the talks' (`talkPosition`).
    let organizationIndex: IDIndex
    let personIndex: IDIndex
    let planIndex: IDIndex
    let triggerIndex: IDIndex

    /// Per organization: its parents through time, oldest first, each to its last day (nil for
    /// the one it has now); every organization that was below it on some day; its posts; its terms.
    /// The tree has history (`spec/dataset-format.md`): every question about it is asked for a day.
    let parents: Groups<ParentPeriod>
    let everChildren: Groups<Int>
    let posts: Groups<Post>

    /// One of an organization's parents by position (nil: none, or one not stored) and its last
    /// day as the parent (nil: the one it has now).
    typealias ParentPeriod = (until: CivilDate?, parent: Int?)

    /// A post as the rules read it: its holder by position (-1 when the store names no such
    /// person), its role and days. `top-leader` and `team` read an organization's posts for every
    /// talk judged: with the holder's id looked up by its hash at each read, and the posts'
    /// texts counted as they were copied, that was 3 % of `check` at national scale
    /// (`Docs/performance.md`).
    struct Post: Sendable {
        let person: Int
        let role: Role
        let from: CivilDate
        let to: CivilDate?

        /// Whether the post is held on `date` (`Appointment.covers`).
        func covers(_ date: CivilDate) -> Bool { from <= date && (to.map { date <= $0 } ?? true) }
    }
    let termsOf: Groups<Int>

    // Talk references, resolved once.
    let talkConductor: Positions
    let talkOrganization: Positions
    let talkTalkee: Positions
    let talkTalker: Positions
    let talkPlan: Positions
    let talkTriggers: [[Int]]
    let planConductor: Positions
    let planOrganization: Positions
    let planTalker: Positions
    let triggerOrganization: Positions

    let talksByOrganization: Groups<Int>
    let talksByConductor: Groups<Int>
    let talksByPlan: Groups<Int>
    let talksByTrigger: Groups<Int>
    let plansByConductor: Groups<Int>
    let plansByOrganization: Groups<Int>
    let triggersByOrganization: Groups<Int>

    /// Builds the indexes. The dataset must be valid (every reference resolves), as the store guarantees.
    /// The indexes and references of the large kinds are built on every core.
    /// `storedTalks`: how many talks the store holds, when the dataset holds only those of some
    /// kinds (`RecordReads.talks`).
    public init(_ dataset: Dataset, storedTalks: Int? = nil) {
        // Sorted by id, so every list a rule sees, and so every output, has one order. The store
        // reads them in that order already: then the arrays are shared, not copied and sorted.
        let organizations = Self.byID(dataset.organizations) { $0.pointee.id }
        let people = Self.byID(dataset.people) { $0.pointee.id }
        let talks = Self.byID(dataset.talks) { $0.pointee.id }
        let plans = Self.byID(dataset.plans) { $0.pointee.id }
        let triggers = Self.byID(dataset.triggers) { $0.pointee.id }
        (self.organizations, self.people, self.talks, self.plans, self.triggers) =
            (organizations, people, talks, plans, triggers)
        terms = dataset.terms.sorted { ($0.organization, $0.from) < ($1.organization, $1.from) }

        // The largest first, so the cores finish together.
        let indexes = [IDIndex](concurrently: 4) { kind in
            switch kind {
            case 0: Self.index(plans) { $0.pointee.id }
            case 1: Self.index(people) { $0.pointee.id }
            case 2: Self.index(organizations) { $0.pointee.id }
            default: Self.index(triggers) { $0.pointee.id }
            }
        }
        let (planIndex, personIndex, organizationIndex, triggerIndex) = (indexes[0], indexes[1], indexes[2], indexes[3])
        (self.planIndex, self.personIndex, self.organizationIndex, self.triggerIndex) =
            (planIndex, personIndex, organizationIndex, triggerIndex)

        let organizationCount = organizations.count
        let appointments = dataset.appointments
        let terms = self.terms
        // Each reference a column of positions, -1 where it names nothing, in the order a damaged
        // store's references are reported.
        let references: [Reference] = [
            Reference(talks, "talk", .organization) { $0.pointee.conductor },
            Reference(talks, "talk", .organization) { $0.pointee.organization },
            Reference(talks, "talk", .person) { $0.pointee.talkee },
            Reference(talks, "talk", .person) { $0.pointee.talker },
            Reference(plans, "plan", .organization) { $0.pointee.conductor },
            Reference(plans, "plan", .organization) { $0.pointee.organization },
            Reference(triggers, "trigger", .organization) { $0.pointee.organization },
            // A talk without a plan item, a plan item without a talker: nothing to resolve.
            Reference(talks, "talk", .plan, optional: true) { $0.pointee.plan },
            Reference(plans, "plan", .person, optional: true) { $0.pointee.talker },
        ]
        // The tree on another core meanwhile: it needs the indexes only.
        let (tree, columns) = inParallel {
            Tree(organizations, appointments, terms, organizationIndex: organizationIndex, personIndex: personIndex)
        } _: {
            [Positions](concurrently: references.count) { r in
                let index = [.organization: organizationIndex, .person: personIndex, .plan: planIndex][
                    references[r].target]!
                return references[r].positions(index)
            }
        }
        (parents, everChildren, posts, termsOf) = (tree.parents, tree.everChildren, tree.posts, tree.termsOf)
        var damage = tree.damage
        // A field that may name nothing (a talk's plan item) must name a stored record when it
        // names one: a plan item deleted behind the store's back was read as no plan item.
        for (reference, column) in zip(references, columns) {
            for (item, position) in column.enumerated() where position < 0 && damage.count < 5 {
                let (owner, id) = reference.named(item)
                guard id != nil || !reference.optional else { continue }
                damage.append(
                    "\(reference.owner) \(owner): \(reference.target.rawValue) \((id ?? "").quoted) is not stored")
            }
        }
        (talkConductor, talkOrganization, talkTalkee, talkTalker) = (columns[0], columns[1], columns[2], columns[3])
        (planConductor, planOrganization, triggerOrganization) = (columns[4], columns[5], columns[6])
        (talkPlan, planTalker) = (columns[7], columns[8])
        // A trigger a talk answers that is not stored is damage too (helper-165: read as no
        // trigger, and the talk exported into a document no store would load).
        talkTriggers = Self.resolve(talks) { talk in
            let found = talk.pointee.triggers.compactMap { triggerIndex[$0] }
            if found.count < talk.pointee.triggers.count, damage.count < 5 {
                let missing = talk.pointee.triggers.first { triggerIndex[$0] == nil } ?? ""
                damage.append("talk \(talk.pointee.id): trigger \(missing.quoted) is not stored")
            }
            return found
        }
        self.damage = damage

        let keys = [columns[1], columns[0], columns[7], columns[4], columns[5], columns[6]]
        let counts = [
            organizationCount, organizationCount, plans.count, organizationCount, organizationCount, organizationCount,
        ]
        let groups = [Groups<Int>](concurrently: keys.count) { g in Groups(count: counts[g], keys: keys[g]) }
        (talksByOrganization, talksByConductor, talksByPlan) = (groups[0], groups[1], groups[2])
        (plansByConductor, plansByOrganization, triggersByOrganization) = (groups[3], groups[4], groups[5])
        // A talk once under each trigger it names, in talk order.
        talksByTrigger = Groups(
            count: triggers.count,
            talkTriggers.enumerated().flatMap { talk, triggers in Set(triggers).map { (key: $0, value: talk) } })
        recordCount =
            organizations.count + people.count + max(talks.count, storedTalks ?? 0) + plans.count + triggers.count
            + terms.count
            + self.posts.reduce(0) { $0 + $1.count }
    }

    /// The tree through time, with the posts and terms on it, by position: built on one core
    /// while the records' references are resolved on the others (`init`).
    private struct Tree: Sendable {
        let parents: Groups<ParentPeriod>
        let everChildren: Groups<Int>
        let posts: Groups<Post>
        let termsOf: Groups<Int>
        /// Ids the tree's records name and the store does not hold, and loops of parents, the
        /// first few, in the order a damaged store's damage is told (before the talks' and plan items').
        let damage: [String]

        init(
            _ organizations: [Organization], _ appointments: [Appointment], _ terms: [Term],
            organizationIndex: IDIndex, personIndex: IDIndex
        ) {
            let organizationCount = organizations.count
            var damage: [String] = []
            func org(_ id: String, _ owner: @autoclosure () -> String) -> Int {
                if let index = organizationIndex[id] { return index }
                if damage.count < 5 { damage.append("\(owner()): organization \(id.quoted) is not stored") }
                return -1
            }

            // Each naming the field (helper-166: an approver's told as a parent's, the repair
            // looked at the parent).
            func parentIndex(_ id: String?, of o: Organization, until: CivilDate?) -> Int? {
                let field = until.map { "former parent until \($0)" } ?? "parent"
                return id.map { org($0, "organization \(o.id), \(field)") }.flatMap { $0 < 0 ? nil : $0 }
            }
            let parents = Groups<ParentPeriod>(
                count: organizationCount,
                organizations.enumerated().flatMap { i, o in
                    (o.formerParents.map { ($0.until, parentIndex($0.parent, of: o, until: $0.until)) } + [
                        (nil, parentIndex(o.parent, of: o, until: nil))
                    ]).map { (key: i, value: (until: $0.0, parent: $0.1)) }
                })
            self.parents = parents
            for o in organizations {
                // The organization that approved one (its coverage term's, Art. 5 ¶2), as a parent
                // is, and another than itself, as the load requires.
                _ = o.approvedBy.map { org($0, "organization \(o.id), approved by") }
                if o.approvedBy == o.id, damage.count < 5 { damage.append("organization \(o.id): approved by itself") }
                // The former parents' last days in order, as a parent on a day is found by them
                // (helper-168: out of order, a store was judged by a tree no load accepts).
                for (before, after) in zip(o.formerParents, o.formerParents.dropFirst())
                where after.until <= before.until && damage.count < 5 {
                    damage.append(
                        "organization \(o.id), former parent until \(after.until): not after the previous parent's last day \(before.until)"
                    )
                }
            }
            // helper-167: a loop made every walk up or down the tree endless (`report rollup` filled
            // the memory) and the others judged it without a word.
            damage += Facts.loops(parents) { organizations[$0].id }.prefix(max(0, 5 - damage.count))
            everChildren = Groups(
                count: organizationCount,
                parents.enumerated().flatMap { child, history in
                    Set(history.compactMap(\.parent)).map { (key: $0, value: child) }
                })

            let postOrganizations = appointments.map { org($0.organization, "appointment of \($0.person)") }
            // Each organization's posts in the order of their start, holder and role.
            let postOrder = appointments.indices.sorted { a, b in
                let (x, y) = (appointments[a], appointments[b])
                return (x.from, x.person, x.role.rawValue) < (y.from, y.person, y.role.rawValue)
            }
            // A post's holder not in the store (a person deleted with the sqlite3 shell) is damage to
            // tell: left out, the organization had no leader and dropped out of coverage unseen.
            let postHolders = appointments.map { appointment in
                guard let person = personIndex[appointment.person] else {
                    if damage.count < 5 {
                        damage.append(
                            "appointment \(appointment.recordKey.quoted): person \(appointment.person.quoted) is not stored"
                        )
                    }
                    return -1
                }
                return person
            }
            posts = Groups(
                count: organizationCount,
                postOrder.map { i in
                    let post = appointments[i]
                    return (
                        key: postOrganizations[i],
                        value: Post(person: postHolders[i], role: post.role, from: post.from, to: post.to)
                    )
                })
            let termOrganizations = terms.map { org($0.organization, "term \($0.from)") }
            termsOf = Groups(count: organizationCount, keys: termOrganizations)
            self.damage = damage
        }
    }

    // Records are read in place, through the arrays' buffers: handing a record to a closure
    // copies it (a talk has a dozen texts and lists to retain), which costs more than the work.

    private static func byID<T>(_ items: [T], _ id: (UnsafePointer<T>) -> String) -> [T] {
        items.withUnsafeBufferPointer { all in
            func key(_ i: Int) -> String { id(all.baseAddress! + i) }
            let ordered = all.indices.dropFirst().allSatisfy { !codePointOrder(key($0), key($0 - 1)) }
            return ordered ? items : all.indices.sorted { codePointOrder(key($0), key($1)) }.map { all[$0] }
        }
    }

    /// Each record's position by its id; the first of two with one id.
    private static func index<T>(_ items: [T], _ id: (UnsafePointer<T>) -> String) -> IDIndex {
        items.withUnsafeBufferPointer { all in IDIndex(count: all.count) { id(all.baseAddress! + $0) } }
    }

    private static func resolve<T, R>(_ items: [T], _ value: (UnsafePointer<T>) -> R) -> [R] {
        items.withUnsafeBufferPointer { all in all.indices.map { value(all.baseAddress! + $0) } }
    }

    /// A field of one kind naming a record of another, resolved to positions on any core.
    private struct Reference: Sendable {
        /// The kind that names (`talk`), for a damaged store's report.
        let owner: String
        let target: EntityKind
        /// A field that may name nothing.
        let optional: Bool
        /// The named record's position of each record, -1 where it names none in `index`.
        let positions: @Sendable (_ index: IDIndex) -> Positions
        /// The id of record `i` and the id its field names.
        let named: @Sendable (_ i: Int) -> (owner: String, id: String?)

        init<T: IdentifiedRecord>(
            _ items: [T], _ owner: String, _ target: EntityKind, optional: Bool = false,
            _ field: @escaping @Sendable (UnsafePointer<T>) -> String?
        ) {
            self.owner = owner
            self.target = target
            self.optional = optional
            positions = { index in
                Positions(Facts.resolve(items) { field($0).flatMap { index[$0] }.map { Int32($0) } ?? -1 })
            }
            named = { i in items.withUnsafeBufferPointer { ($0[i].id, field($0.baseAddress! + i)) } }
        }
    }

    /// The holder of `role` at an organization on a day; for `secretary`, the top leader (一把手).
    func holders(of organization: Int, roles: [Role], on date: CivilDate) -> [Int] {
        posts[organization].compactMap { post in
            post.person >= 0 && roles.contains(post.role) && post.covers(date) ? post.person : nil
        }
    }

    /// The parent of an organization on `day`: the first former parent whose last day is not
    /// before it, else the one it has now.
    func parent(of organization: Int, on day: CivilDate) -> Int? {
        Self.parent(in: parents[organization], on: day)
    }

    /// The parent `history` gives on `day`; on its first (nil), the first it gives.
    static func parent(in history: ArraySlice<ParentPeriod>, on day: CivilDate?) -> Int? {
        period(in: history, on: day).parent
    }

    /// The period of `history` that holds `day`: the first whose last day is not before it, else
    /// the present one; on the first day (nil), the first.
    static func period(in history: ArraySlice<ParentPeriod>, on day: CivilDate?) -> ParentPeriod {
        guard let day, history.count > 1 else { return history.first! }
        return history.first { $0.until.map { $0 >= day } ?? true }!
    }

    /// Whether an organization existed on `day`.
    func exists(_ organization: Int, on day: CivilDate) -> Bool {
        organizations[organization].exists(on: day)
    }

    /// The organizations that existed on `day` with `organization` as their parent that day.
    func children(of organization: Int, on day: CivilDate) -> [Int] {
        everChildren[organization].filter { parent(of: $0, on: day) == organization && exists($0, on: day) }
    }

    /// The term containing `date` of the organization whose term governs coverage for `organization`:
    /// its own for a local committee, otherwise that of the organization that approved it (Art. 5 ¶2),
    /// by default its parent on `date`.
    func coverageTerm(of organization: Int, on date: CivilDate) -> Int? {
        let record = organizations[organization]
        let owner =
            record.kind == .localCommittee
            ? organization
            : (record.approvedBy.flatMap { organizationIndex[$0] } ?? parent(of: organization, on: date))
        guard let owner else { return nil }
        return termsOf[owner].first { terms[$0].from <= date && date <= terms[$0].to }
    }

    /// Every organization whose chain of parents on `day` reaches `organization` (and which existed
    /// then), nearest first, each level by id.
    func below(_ organization: Int, on day: CivilDate) -> [Int] {
        var found: [Int] = []
        var level = children(of: organization, on: day)
        while !level.isEmpty, found.count < organizations.count {
            found += level
            level = level.flatMap { children(of: $0, on: day) }
        }
        return found
    }

    /// The organizations dissolved before `day` (on or after the first day of `period`, when
    /// given) whose parent on their last day (of the period, when they outlived it) was
    /// `organization`: a committee merged away in a reform still owes what it left undone, and its
    /// year is still its superior's to see (helper-206: its overdue talk was missing from the
    /// roll-up, `overdue --below` and the department copy, all asked on a day after it was gone,
    /// while `check` gave it; helper-207: a year's roll-up placed one dissolved the year after
    /// under the parent it moved to then).
    func dissolvedChildren(of organization: Int, before day: CivilDate, in period: ClosedRange<CivilDate>? = nil)
        -> [Int]
    {
        everChildren[organization].filter { child in
            guard let last = organizations[child].dissolved, last < day, period.map({ $0.lowerBound <= last }) ?? true
            else { return false }
            return parent(of: child, on: period.map { min(last, $0.upperBound) } ?? last) == organization
        }
    }

    /// Whether `organization` had lower-level organizations in the year `days` as of `day`: at its
    /// start (or on `day`, if earlier), on `day`, or one dissolved in it before `day`. The roll-up
    /// and the annual report ask alike (helper-208: one listed a committee as not reporting whose
    /// report the other refused).
    func hadLowerLevel(_ organization: Int, in days: ClosedRange<CivilDate>, asOf day: CivilDate) -> Bool {
        !children(of: organization, on: day).isEmpty
            || !children(of: organization, on: min(days.lowerBound, day)).isEmpty
            || !dissolvedChildren(of: organization, before: day, in: days).isEmpty
    }

    /// `below(_:on:)` and, below each organization found, those dissolved before `day` (in
    /// `period`) that it was the parent of on their last day (`dissolvedChildren`), nearest first.
    func below(_ organization: Int, on day: CivilDate, withDissolvedIn period: ClosedRange<CivilDate>?) -> [Int] {
        var found: [Int] = []
        var level = children(of: organization, on: day) + dissolvedChildren(of: organization, before: day, in: period)
        while !level.isEmpty, found.count < organizations.count {
            found += level
            level = level.flatMap {
                children(of: $0, on: day) + dissolvedChildren(of: $0, before: day, in: period)
            }
        }
        return found
    }

    /// The parent chain on `day`, nearest first. Loops are refused when records are loaded, so this ends.
    func ancestors(of organization: Int, on day: CivilDate) -> [Int] {
        var chain: [Int] = []
        var current = parent(of: organization, on: day)
        while let next = current, chain.count < organizations.count {
            chain.append(next)
            current = parent(of: next, on: day)
        }
        return chain
    }

    public func organization(_ id: String) -> Organization? { organizationIndex[id].map { organizations[$0] } }
    public func person(_ id: String) -> Person? { personIndex[id].map { people[$0] } }
    public func talk(_ id: String) -> Talk? { talkPosition(id).map { talks[$0] } }

    /// A talk's position by its id, searched for among the talks, which are in id order (`byID`).
    /// No record names a talk, so judging never looks one up; only a command or a report line
    /// naming one does, and an index of every talk's id hashed was the longest part of building
    /// the facts (`Docs/performance.md`).
    func talkPosition(_ id: String) -> Int? {
        var (low, high) = (0, talks.count)
        while low < high {
            let middle = (low + high) / 2
            if codePointOrder(talks[middle].id, id) { low = middle + 1 } else { high = middle }
        }
        return low < talks.count && sameBytes(talks[low].id, id) ? low : nil
    }
    public func trigger(_ id: String) -> Trigger? { triggerIndex[id].map { triggers[$0] } }
    public func plan(_ id: String) -> Plan? { planIndex[id].map { plans[$0] } }
}

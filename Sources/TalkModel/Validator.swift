/// What the validator needs to know about records already stored, so that a document may
/// refer to them and must not contradict them.
public protocol RecordLookup {
    func exists(_ kind: RecordKind, id: String) throws -> Bool
    /// Every stored id of a kind; asked only to suggest a correction for an unknown id.
    func ids(_ kind: RecordKind) throws -> [String]
    /// The stored posts of an organization, of every role.
    func appointments(of organization: String) throws -> [Appointment]
    func terms(of organization: String) throws -> [Term]
    /// The stored organization with this id, with its history (parents, established, dissolved).
    func organization(_ id: String) throws -> Organization?
    /// The stored talks and plan items with or by an organization, and its triggers: what a
    /// lifespan given it must still cover.
    func recordsNaming(_ organization: String) throws -> (talks: [Talk], triggers: [Trigger], plans: [Plan])
    /// The stored organizations, plan items or triggers with these ids: those a document gives
    /// anew, what a talk names.
    func records(_ kind: RecordKind, ids: [String]) throws -> Dataset
}

extension RecordLookup {
    /// The stored parent of an organization on `day` (nil when it has none or is not stored).
    public func parent(of organization: String, on day: CivilDate) throws -> String? {
        try self.organization(organization)?.parent(on: day)
    }

    /// The stored secretary posts of an organization: its top leaders through time.
    public func secretaryAppointments(of organization: String) throws -> [Appointment] {
        try appointments(of: organization).filter { $0.role == .secretary }
    }
}

/// Nothing is stored: the document must stand on its own.
public struct NoRecords: RecordLookup {
    public init() {}
    public func exists(_ kind: RecordKind, id: String) -> Bool { false }
    public func ids(_ kind: RecordKind) -> [String] { [] }
    public func appointments(of organization: String) -> [Appointment] { [] }
    public func terms(of organization: String) -> [Term] { [] }
    public func organization(_ id: String) -> Organization? { nil }
    public func recordsNaming(_ organization: String) -> (talks: [Talk], triggers: [Trigger], plans: [Plan]) {
        ([], [], [])
    }
    public func records(_ kind: RecordKind, ids: [String]) -> Dataset { Dataset() }
}

/// Names the place of a record in its source: `talks[3]` in a document, `talk` for `talks record`.
public struct RecordLocator: Sendable {
    public let path: @Sendable (RecordKind, Int) -> String

    public init(_ path: @escaping @Sendable (RecordKind, Int) -> String) {
        self.path = path
    }

    public static let document = RecordLocator { kind, position in "\(kind.rawValue)[\(position)]" }
}

/// Checks what the format requires beyond each field's own type: unique ids, dates in order,
/// references that resolve, no overlapping secretary posts or terms, and no loop of parents.
/// Records with the same id (or identifying fields) as stored ones replace them.
public struct Validator {
    private let dataset: Dataset
    private let locate: RecordLocator
    private let stored: any RecordLookup
    private var problems: [Problem] = []
    private var documentIDs: [RecordKind: Set<String>] = [:]
    private var existsCache: [RecordKind: [String: Bool]] = [:]
    /// The ids an unknown one is compared with, and each unknown id's problem (`unknown`).
    private var candidates: [RecordKind: Suggestions.Candidates] = [:]
    private var unknownTold: [RecordKind: [String: Message]] = [:]
    private let documentOrganizations: [String: Organization]
    private var storedOrganizations: [String: Organization?] = [:]
    /// The stored form of each organization the document gives, read in one query when first
    /// asked for (`storedForm`): a province's document gives thousands.
    private var storedForms: [String: Organization]?

    /// Every problem of `dataset`; `unreadable` holds ids of records already reported as unreadable.
    public static func validate(
        _ dataset: Dataset, locator: RecordLocator = .document, stored: any RecordLookup,
        unreadable: [RecordKind: Set<String>] = [:]
    ) throws -> [Problem] {
        var validator = Validator(dataset: dataset, locate: locator, stored: stored)
        try validator.run(unreadable: unreadable)
        return validator.problems
    }

    private init(dataset: Dataset, locate: RecordLocator, stored: any RecordLookup) {
        self.dataset = dataset
        documentOrganizations = Dictionary(dataset.organizations.map { ($0.id, $0) }) { first, _ in first }
        self.locate = locate
        self.stored = stored
    }

    private mutating func add(_ kind: RecordKind, _ position: Int, _ field: String?, _ message: Message) {
        let path = locate.path(kind, position)
        problems.append(Problem(field.map { "\(path).\($0)" } ?? path, message))
    }

    private mutating func run(unreadable: [RecordKind: Set<String>]) throws {
        checkDuplicates(.organizations, dataset.organizations.map(\.id), at: "id")
        checkDuplicates(.people, dataset.people.map(\.id), at: "id")
        checkDuplicates(.appointments, dataset.appointments.map(\.key), at: "person", describe: Self.describe)
        checkDuplicates(.terms, dataset.terms.map(\.key), at: "from", describe: { "\($0.organization) \($0.from)" })
        checkDuplicates(.plans, dataset.plans.map(\.id), at: "id")
        checkDuplicates(.triggers, dataset.triggers.map(\.id), at: "id")
        checkDuplicates(.talks, dataset.talks.map(\.id), at: "id")
        documentIDs[.organizations] = Set(dataset.organizations.map(\.id))
        documentIDs[.people] = Set(dataset.people.map(\.id))
        documentIDs[.plans] = Set(dataset.plans.map(\.id))
        documentIDs[.triggers] = Set(dataset.triggers.map(\.id))
        documentIDs.merge(unreadable) { $0.union($1) }

        for (i, o) in dataset.organizations.enumerated() {
            try references(i, o)
            // The organization that approved setting one up is another (Art. 5 ¶2; its term is
            // the coverage term): itself is a slip (helper-166: stored without a word).
            if o.approvedBy == o.id {
                add(
                    .organizations, i, "approvedBy",
                    Message(
                        zh: "组织不能由自己批准设立：请填写批准设立它的组织，或不填（即其上级组织）",
                        en:
                            "an organization is not approved by itself: name the organization that approved setting it up, or leave it out (its parent)"
                    ))
            }
            for (j, former) in o.formerParents.enumerated() {
                // A parent only before the organization was set up was no parent of it: a day mistyped
                // (helper-120: stored without a word).
                // (Told at the day set up, which a sheet gives in a column of its own: helper-123.)
                if j == 0, let established = o.established, former.until < established {
                    add(
                        .organizations, i, "established",
                        Message(
                            zh: "原上级组织的最后一天 \(former.until) 早于成立日期 \(established)，该组织那时尚未成立：请核对这两个日期",
                            en:
                                "the former parent's last day, \(former.until), is before the organization was established "
                                + "(\(established)): check the two days"))
                }
                if j > 0, former.until <= o.formerParents[j - 1].until {
                    add(
                        .organizations, i, "formerParents[\(j)].until",
                        Message(
                            zh: "\(former.until) 应晚于前一个上级的最后一天 \(o.formerParents[j - 1].until)",
                            en:
                                "\(former.until) must be after the previous parent's last day \(o.formerParents[j - 1].until)"
                        ))
                }
            }
            if let established = o.established, let dissolved = o.dissolved {
                order(.organizations, i, "dissolved", dissolved, notBefore: established, "established")
            }
        }
        try checkParentLoops()
        for (i, o) in dataset.organizations.enumerated() {
            try checkParentsExisted(o, i)
            try checkStoredWithin(o, i)
            try checkStoredPlansStillBelow(o, i)
            // As a document's list is kept to (`FieldReader.array`): a transfer recorded with
            // `talks move` added a 201st, and the export no longer loaded (helper-169).
            if o.formerParents.count > TextLimits.entries {
                add(
                    .organizations, i, "formerParents",
                    Message(
                        zh: "最多 \(TextLimits.entries) 个原上级（此处有 \(o.formerParents.count) 个）",
                        en: "at most \(TextLimits.entries) former parents (this list has \(o.formerParents.count))"))
            }
        }
        for (i, a) in dataset.appointments.enumerated() {
            try references(i, a)
            if let to = a.to { order(.appointments, i, "to", to, notBefore: a.from, "from") }
        }
        try checkSecretaryOverlaps()
        try checkPersonsPostOverlaps()
        for (i, t) in dataset.terms.enumerated() {
            try references(i, t)
            order(.terms, i, "to", t.to, notBefore: t.from, "from")
        }
        try checkTermOverlaps()
        for (i, p) in dataset.plans.enumerated() { try references(i, p) }
        for (i, p) in dataset.plans.enumerated() {
            guard Plan.years.contains(p.year) else {
                // A year of 26 was stored, and its item never judged (helper-113).
                add(
                    .plans, i, "year",
                    Message(
                        zh: "\(p.year) 不是 \(Plan.years.lowerBound)–\(Plan.years.upperBound) 之间的年份",
                        en: "\(p.year) is not a year from \(Plan.years.lowerBound) to \(Plan.years.upperBound)"))
                continue
            }
            try existedInYear(.plans, i, "organization", p.organization, p.year)
            try belowInYear(i, p)
            // A plan item is due in its year or later: an earlier deadline is a slip of the year.
            if let due = p.due, due.year < p.year {
                add(
                    .plans, i, "due",
                    Message(
                        zh: "完成时限 \(due) 早于计划年度 \(p.year) 年",
                        en: "the deadline \(due) is before the plan's year \(p.year)"))
            }
        }
        for (i, t) in dataset.triggers.enumerated() {
            try references(i, t)
            try existed(.triggers, i, "organization", t.organization, on: t.on)
            try parentsEnd(.triggers, i, t.organization, on: t.on)
        }
        try checkNamedByTalks()
        try checkMovedAwayFromTheirTalks()
        for (i, p) in dataset.plans.enumerated() { givenOnce(.plans, i, "basis", p.basis) }
        for (i, t) in dataset.talks.enumerated() {
            try references(i, t)
            try existed(.talks, i, "organization", t.organization, on: t.held)
            try existed(.talks, i, "conductor", t.conductor, on: t.held)
            try parentsEnd(.talks, i, t.organization, on: t.held)
            order(.talks, i, "ended", t.ended, notBefore: t.held, "held")
            if let m = t.measures { order(.talks, i, "measures.reported", m.reported, notBefore: t.ended, "ended") }
            if let r = t.report { order(.talks, i, "report.reported", r.reported, notBefore: t.ended, "ended") }
            givenOnce(.talks, i, "steps", t.steps)
            givenOnce(.talks, i, "participants", t.participants)
            if let archive = t.archive { givenOnce(.talks, i, "archive.copiedTo", archive.copiedTo) }
            textsOnce(i, "problems", t.problems, Message(zh: "指出的问题", en: "problem"))
            textsOnce(i, "requirements", t.requirements, Message(zh: "整改要求", en: "requirement"))
        }
    }

    /// A problem or requirement given twice in one talk is a slip, and counted twice (helper-128:
    /// stored twice, explain counted 2 条). Confidential (Art. 16): told by its place, not its text.
    /// Compared as a clerk reads them: full-width and half-width alike, spacing, a number before
    /// and a full stop after left out (helper-129: `1.问题甲` and `2.问题甲`, `问题甲。`, were two).
    private mutating func textsOnce(_ i: Int, _ field: String, _ texts: [String], _ what: Message) {
        guard texts.count > 1 else { return }
        // Most talks give a few: their keys are compared in turn, not hashed.
        var first: [String: Int] = [:]
        var keys: [String] = []
        for (j, text) in texts.enumerated() {
            var key = Substring(OfficeText.compact(text))
            // A number before it (1. 2、 (3) are how lists are numbered), never the text's own figures.
            let number = key.drop { "(（".contains($0) }.prefix { $0.isNumber }
            let afterMark = key.drop(while: { "(（".contains($0) }).dropFirst(number.count + 1).first
            // (Not 1.5万元 nor 0.5: a figure, not a list's number; helper-130.)
            if !number.isEmpty, number != "0",
                let mark = key.drop(while: { "(（".contains($0) }).dropFirst(number.count).first,
                ".、)）".contains(mark), !(afterMark?.isNumber ?? false)
            {
                key = key.drop { "(（".contains($0) }.dropFirst(number.count + 1)
            }
            while let last = key.last, "。.；;，,".contains(last) { key = key.dropLast() }
            let normalized = String(key)
            if let earlier = texts.count > 16 ? first[normalized] : keys.firstIndex(of: normalized) {
                add(
                    .talks, i, "\(field)[\(j)]",
                    Message(
                        zh: "与第 \(earlier + 1) 条\(what.zh)相同（保密内容，不显示）",
                        en: "is the same as \(what.en) \(earlier + 1) (confidential, not shown)"))
            } else if texts.count > 16 {
                first[normalized] = j
            }
            // Every text's key, at its place: a later one's earlier is found by position.
            if texts.count <= 16 { keys.append(normalized) }
        }
    }

    /// A step, department, copy or plan item's basis given twice in one list is a slip, not a fact: a step
    /// twice was stored, and the steps rule told it "missing none; out of order" (helper-126).
    private mutating func givenOnce<V: Vocabulary>(_ kind: RecordKind, _ i: Int, _ field: String, _ values: [V]) {
        guard values.count > 1 else { return }
        var seen: Set<V> = []
        for (j, value) in values.enumerated() where !seen.insert(value).inserted {
            add(
                kind, i, "\(field)[\(j)]",
                Message(
                    zh: "\(value.label.zh)（\(value.rawValue)）写了两次",
                    en: "\(value.label.en) (\(value.rawValue)) is given twice"))
        }
    }

    /// A talk's plan item is its conductor's for its organization, and its triggers are its
    /// organization's (helper-121: a talk with 清溪县委 naming 桐林县委's plan item was stored, and
    /// that item counted as carried out though no talk with 桐林县委 was held). Those the document
    /// does not hold are read from the store, all at once.
    private mutating func checkNamedByTalks() throws {
        func named<R: IdentifiedRecord>(_ own: [R], _ ids: [String], _ kind: RecordKind, _ stored: (Dataset) -> [R])
            throws -> [String: R]
        {
            var found = Dictionary(own.map { ($0.id, $0) }) { first, _ in first }
            let asked = Set(ids).filter { found[$0] == nil }
            if !asked.isEmpty {
                for record in stored(try self.stored.records(kind, ids: asked.sorted())) where found[record.id] == nil {
                    found[record.id] = record
                }
            }
            return found
        }
        let plans = try named(dataset.plans, dataset.talks.compactMap(\.plan), .plans, \.plans)
        let triggers = try named(dataset.triggers, dataset.talks.flatMap(\.triggers), .triggers, \.triggers)
        for (i, t) in dataset.talks.enumerated() {
            if let id = t.plan, let plan = plans[id], !Self.fits(t, plan) {
                add(
                    .talks, i, "plan",
                    Self.samePair(t, plan)
                        // (A talk held before the plan's year carries out no item of it: helper-124,
                        // a 2026 talk naming the 2027 item was judged to have carried it out.)
                        ? Message(
                            zh: "计划事项 \(id.quoted) 是 \(plan.year) 年度的，本次谈话在 \(t.held.year) 年：请核对计划事项编号",
                            en: "plan item \(id.quoted) is of \(plan.year), and this talk was held in \(t.held.year): "
                                + "check the plan item's id")
                        : Message(
                            zh: "计划事项 \(id.quoted) 是 \(plan.conductor.inline) 对 \(plan.organization.inline) 的，"
                                + "本次谈话是 \(t.conductor.inline) 对 \(t.organization.inline) 的：请核对计划事项编号",
                            en:
                                "plan item \(id.quoted) is \(plan.conductor.inline)'s with \(plan.organization.inline), not this "
                                + "talk's (\(t.conductor.inline) with \(t.organization.inline)): check the plan item's id"
                        ))
            }
            // (One named twice is a slip: helper-123, stored twice.)
            var seen: Set<String> = []
            for (j, id) in t.triggers.enumerated() where !seen.insert(id).inserted {
                add(
                    .talks, i, "triggers[\(j)]",
                    Message(zh: "情形 \(id.quoted) 写了两次", en: "trigger \(id.quoted) is named twice"))
            }
            for (j, id) in t.triggers.enumerated() {
                guard let trigger = triggers[id], !Self.fits(t, trigger) else { continue }
                guard trigger.organization != t.organization else {
                    // (A talk before the situation was noted answers no trigger of it: helper-124.)
                    add(
                        .talks, i, "triggers[\(j)]",
                        Message(
                            zh: "情形 \(id.quoted) 发现于 \(trigger.on)，晚于本次谈话（\(t.held)）：请核对情形编号或日期",
                            en: "trigger \(id.quoted) was noted on \(trigger.on), after this talk (\(t.held)): check "
                                + "the trigger's id or the days"))
                    continue
                }
                add(
                    .talks, i, "triggers[\(j)]",
                    Message(
                        zh:
                            "情形 \(id.quoted) 是 \(trigger.organization.inline) 的，本次谈话的对象单位是 \(t.organization.inline)：请核对情形编号",
                        en: "trigger \(id.quoted) is \(trigger.organization.inline)'s, not of this talk's organization "
                            + "\(t.organization.inline): check the trigger's id"))
            }
        }
    }

    /// Whether a talk may carry out a plan item: the conductor's for its organization, of the year
    /// it was held or before (late), not after.
    static func fits(_ talk: Talk, _ plan: Plan) -> Bool { samePair(talk, plan) && talk.held.year >= plan.year }

    static func samePair(_ talk: Talk, _ plan: Plan) -> Bool {
        plan.conductor == talk.conductor && plan.organization == talk.organization
    }

    /// Whether a talk may answer a trigger: of its organization, noted by the day it was held.
    static func fits(_ talk: Talk, _ trigger: Trigger) -> Bool {
        trigger.organization == talk.organization && talk.held >= trigger.on
    }

    /// A plan item or trigger the document gives another conductor or organization than stored
    /// talks that name it have, those talks left as they are (helper-122: a plan item moved to
    /// 清溪县委 was carried out by the stored talk with 桐林县委 naming it). Only the records whose
    /// stored version differs so are looked at, through the talks of their stored organization.
    private mutating func checkMovedAwayFromTheirTalks() throws {
        let inDocument = Set(dataset.talks.map(\.id))
        func storedTalks(of organization: String, _ names: (Talk) -> Bool) throws -> [Talk] {
            try stored.recordsNaming(organization).talks.filter { !inDocument.contains($0.id) && names($0) }
        }
        func refuse(_ kind: RecordKind, _ i: Int, _ id: String, _ talks: [Talk], early: Bool) {
            let shown = talks.prefix(3).map(\.id.inline).joined(separator: ", ") + (talks.count > 3 ? " …" : "")
            // (A trigger has an organization only: helper-123, told of its "conductor".)
            let of =
                kind == .plans
                ? Message(zh: "开展谈话的党委或谈话对象单位", en: "conductor or organization") : Message(zh: "组织", en: "organization")
            // (Or held before its year or day as changed: helper-124, re-dated past its talk.)
            let field = early ? (kind == .plans ? "year" : "on") : "organization"
            let unlike =
                early
                ? Message(
                    zh: "改后的\(kind == .plans ? "年度" : "发现日期")晚于它们",
                    en: "earlier than its \(kind == .plans ? "year" : "day")")
                : Message(zh: "它们与改后的\(of.zh)不符", en: "not of its \(of.en)")
            add(
                kind, i, field,
                Message(
                    zh: "已存储的谈话 \(shown) 注明了\(kind.singular.zh) \(id.quoted)，而\(unlike.zh)：请先改正这些谈话",
                    en: "stored talk\(talks.count > 1 ? "s" : "") \(shown) name\(talks.count > 1 ? "" : "s") "
                        + "\(kind.singular.en) \(id.quoted), and \(talks.count > 1 ? "are" : "is") \(unlike.en) "
                        + "as changed: correct \(talks.count > 1 ? "those talks" : "that talk") first"))
        }
        let plans = dataset.plans.map(\.id)
        let storedPlans = Dictionary(
            try (plans.isEmpty ? [] : stored.records(.plans, ids: plans).plans).map { ($0.id, $0) }
        ) { first, _ in first }
        for (i, plan) in dataset.plans.enumerated() {
            guard let before = storedPlans[plan.id],
                before.organization != plan.organization || before.conductor != plan.conductor
                    || before.year != plan.year
            else { continue }
            let talks = try storedTalks(of: before.organization) { $0.plan == plan.id && !Self.fits($0, plan) }
            if !talks.isEmpty {
                refuse(.plans, i, plan.id, talks, early: talks.allSatisfy { Self.samePair($0, plan) })
            }
        }
        let triggers = dataset.triggers.map(\.id)
        let storedTriggers = Dictionary(
            try (triggers.isEmpty ? [] : stored.records(.triggers, ids: triggers).triggers).map { ($0.id, $0) }
        ) { first, _ in first }
        for (i, trigger) in dataset.triggers.enumerated() {
            guard let before = storedTriggers[trigger.id],
                before.organization != trigger.organization || before.on != trigger.on
            else { continue }
            let talks = try storedTalks(of: before.organization) {
                $0.triggers.contains(trigger.id) && !Self.fits($0, trigger)
            }
            if !talks.isEmpty {
                refuse(
                    .triggers, i, trigger.id, talks,
                    early: talks.allSatisfy { $0.organization == trigger.organization })
            }
        }
    }

    private static func describe(_ key: Appointment.Key) -> String {
        "\(key.person) \(key.organization) \(key.role.rawValue) \(key.from)"
    }

    /// Reports each record whose key an earlier one of the document has, at `field` (its id, or the
    /// first field of its key): a sheet shows it at that column.
    private mutating func checkDuplicates<Key: Hashable>(
        _ kind: RecordKind, _ keys: [Key], at field: String, describe: (Key) -> String = { "\($0)" }
    ) {
        var first: [Key: Int] = [:]
        for (i, key) in keys.enumerated() {
            if let earlier = first[key] {
                let shown = describe(key).quoted
                let other = locate.path(kind, earlier)
                add(
                    kind, i, field,
                    Message(
                        zh: "重复的\(kind.singular.zh) \(shown)（另见 \(other)）",
                        en: "duplicate \(kind.singular.en) \(shown) (also at \(other))"))
            } else {
                first[key] = i
            }
        }
    }

    private mutating func order(
        _ kind: RecordKind, _ i: Int, _ field: String, _ date: CivilDate, notBefore earlier: CivilDate,
        _ earlierField: String
    ) {
        guard date < earlier else { return }
        add(
            kind, i, field,
            Message(
                zh:
                    "\(date) 早于\(SheetColumns.of(kind).first { $0.key == earlierField }?.zh ?? earlierField) \(earlier)",
                en: "\(date) is before \(earlierField) \(earlier)"))
    }

    private mutating func exists(_ kind: RecordKind, _ id: String) throws -> Bool {
        if documentIDs[kind]?.contains(id) == true { return true }
        if let known = existsCache[kind]?[id] { return known }
        let found = try stored.exists(kind, id: id)
        existsCache[kind, default: [:]][id] = found
        return found
    }

    /// Every id record `i` of its kind names (`Record.references`) must be in the document or the store.
    private mutating func references<R: Record>(_ i: Int, _ record: R) throws {
        for reference in R.references {
            for (field, id) in reference.ids(record) {
                let target = reference.target
                guard let id, try !exists(target, id) else { continue }
                add(R.kind, i, field, try unknown(target, id))
            }
        }
    }

    /// The problem of an unknown id, made once for each (the same name mistyped in every row of
    /// a sheet), with the ids of the document and the store read once for all of them: each was
    /// read again for every unknown id, and a sheet of 8,000 took minutes.
    private mutating func unknown(_ kind: RecordKind, _ id: String) throws -> Message {
        if let told = unknownTold[kind]?[id] { return told }
        if candidates[kind] == nil {
            candidates[kind] = Suggestions.Candidates(try Array(documentIDs[kind] ?? []) + stored.ids(kind))
        }
        let message = Self.unknown(kind, id, among: candidates[kind]!)
        unknownTold[kind, default: [:]][id] = message
        return message
    }

    /// The problem of an id no record of `kind` has, with the closest of `candidates`: one wording
    /// for the store's check and a sheet's own (`Sheet.unknownReference`), which tell one cell once.
    /// A sentence where the id belongs is described, not quoted (`Sheet.isDescribedWhereUnknown`).
    static func unknown(_ kind: RecordKind, _ id: String, among candidates: Suggestions.Candidates) -> Message {
        let cell: CellKind = kind == .people ? .person : kind == .organizations ? .organization : .id
        if Sheet.isDescribedWhereUnknown(id, cell) {
            let text = Sheet.described(id)
            return Message(zh: "未知的\(kind.singular.zh)：\(text.zh)", en: "unknown \(kind.singular.en): \(text.en)")
                .with(kind == .people || kind == .organizations ? nil : candidates.hint(for: id))
        }
        // (Where none is close, how a new one is added: helper-269, an appointment of a person not yet
        // stored said nothing of it.)
        let added: [RecordKind: Message] = [
            .people: Message(
                zh: "新的人员请先导入人员表（编号,姓名）或在文件的 people 中给出",
                en: "a person not yet stored is added first: a people sheet (编号,姓名), or the document's people"),
            .organizations: Message(
                zh: "新的组织请先导入组织表（编号,名称,类别,层级,上级组织）或在文件的 organizations 中给出",
                en:
                    "an organization not yet stored is added first: an organizations sheet (编号,名称,类别,层级,上级组织), or the document's organizations"
            ),
        ]
        return Message(zh: "未知的\(kind.singular.zh) \(id.quoted)", en: "unknown \(kind.singular.en) \(id.quoted)")
            .with(candidates.hint(for: id) ?? added[kind])
    }

    /// An organization as the document gives it, else as stored; nil when neither has it.
    private mutating func organization(_ id: String) throws -> Organization? {
        if let own = documentOrganizations[id] { return own }
        if let known = storedOrganizations[id] { return known }
        let found = try stored.organization(id)
        storedOrganizations[id] = found
        return found
    }

    /// A parent chain must end on every day (the tree has history): an organization cannot be,
    /// directly or indirectly, its own parent on any day. The parents change only on the day after
    /// a former parent's last day, so the chains are walked on the first day and on each such day
    /// of the organizations met.
    private mutating func checkParentLoops() throws {
        for (i, o) in dataset.organizations.enumerated() {
            var days: Set<CivilDate> = []
            var pending = [o.id]
            var met: Set<String> = []
            while let next = pending.popLast(), met.count < 10_000 {
                guard met.insert(next).inserted, let record = try organization(next) else { continue }
                days.formUnion(record.parentChanges)
                pending += ([record.parent] + record.formerParents.map(\.parent)).compactMap { $0 }
            }
            let ordered: [CivilDate?] = [nil] + days.sorted().map { Optional($0) }
            for (k, day) in ordered.enumerated() {
                // A loop that does not pass through `o` is told at its own members.
                if let loop = try loopAbove(o.id, on: day), loop.first == o.id {
                    let shown = loop.joined(separator: " → ")
                    // To the day before the first change that ends it, if one does (helper-206: a
                    // loop of the earlier parents was told with no day at all).
                    var until: CivilDate?
                    for later in ordered.dropFirst(k + 1) where try loopAbove(o.id, on: later)?.first != o.id {
                        until = later?.adding(days: -1)
                        break
                    }
                    let when: Message =
                        switch (day, until) {
                        case (nil, nil): Message(zh: "", en: "")
                        case (nil, let until?): Message(zh: "（至 \(until)）", en: " (until \(until))")
                        case (let day?, nil): Message(zh: "（\(day) 起）", en: " (from \(day))")
                        case (let day?, let until?):
                            Message(zh: "（\(day) 至 \(until)）", en: " (from \(day) to \(until))")
                        }
                    add(
                        .organizations, i, "parent",
                        Message(zh: "上级关系成环\(when.zh)：\(shown)", en: "parents form a loop\(when.en): \(shown)"))
                    break
                }
            }
        }
    }

    /// The loop the parents above `id` run into on `day` (nil: the first day), from where it
    /// closes (`b → c → b`), or nil when they end: the one walk up the tree that a document's
    /// loops (`checkParentLoops`) and a stored one under a new record (`parentsEnd`) are told by.
    private mutating func loopAbove(_ id: String, on day: CivilDate?) throws -> [String]? {
        func parent(_ record: Organization) -> String? {
            guard let day else { return record.formerParents.isEmpty ? record.parent : record.formerParents[0].parent }
            return record.parent(on: day)
        }
        var chain = [id]
        var seen: Set<String> = [id]
        var current = try organization(id).flatMap(parent)
        while let next = current {
            guard seen.insert(next).inserted else { return Array(chain[chain.firstIndex(of: next)!...]) + [next] }
            chain.append(next)
            current = try organization(next).flatMap(parent)
        }
        return nil
    }

    /// Each parent existed for as long as it was the parent: a parent dissolved while an
    /// organization was still below it is an error at the parent (record the transfer first).
    private mutating func checkParentsExisted(_ o: Organization, _ i: Int) throws {
        // Each parent to its last day: a former one to its `until`, the present one to the end.
        let periods: [(parent: String?, last: CivilDate?, field: String)] =
            o.formerParents.enumerated().map { j, former in (former.parent, former.until, "formerParents[\(j)].parent")
            }
            + [(o.parent, o.dissolved, "parent")]
        for (k, (parent, last, field)) in periods.enumerated() {
            guard let parent, let record = try organization(parent), let dissolved = record.dissolved,
                last.map({ dissolved < $0 }) ?? true
            else { continue }
            // Gone before it would become the parent (a transfer to a committee dissolved before its
            // day: helper-210, told it "stays its parent to this day").
            if k > 0, let first = periods[k - 1].last?.adding(days: 1), dissolved < first {
                add(
                    .organizations, i, field,
                    Message(
                        zh: "上级 \(parent.quoted) 已于 \(dissolved) 撤销，早于其成为上级之日 \(first)：请核对上级或日期",
                        en:
                            "the parent \(parent.quoted) was dissolved on \(dissolved), before it would become the parent on \(first): check the parent or the day"
                    ))
                continue
            }
            let until = last.map { Message(zh: "至 \($0)", en: "until \($0)") } ?? Message(zh: "至今", en: "to this day")
            add(
                .organizations, i, field,
                Message(
                    zh: "上级 \(parent.quoted) 已于 \(dissolved) 撤销，但仍是其上级\(until.zh)；请先登记划转（talks move），或同时撤销本组织",
                    en:
                        "the parent \(parent.quoted) was dissolved on \(dissolved) but stays its parent \(until.en); record the transfer first (talks move), or dissolve this organization too"
                ))
        }
        // A parent taken on by a transfer existed from the transfer's day, and the organization
        // itself still did (helper-171: a transfer to a committee set up a month later, and one
        // after the organization's own dissolution, were recorded).
        for (j, former) in o.formerParents.enumerated() {
            guard let first = former.until.adding(days: 1) else { continue }
            if let dissolved = o.dissolved, dissolved < first {
                // (At the dissolution, which a sheet gives in a column of its own: helper-172.)
                add(
                    .organizations, i, "dissolved",
                    Message(
                        zh: "\(first) 起的划转晚于本组织的撤销日期 \(dissolved)：请核对日期",
                        en:
                            "the transfer from \(first) comes after the organization was dissolved on \(dissolved): check the day"
                    ))
            }
            let next = j + 1 < o.formerParents.count ? o.formerParents[j + 1].parent : o.parent
            let field = j + 1 < o.formerParents.count ? "formerParents[\(j + 1)].parent" : "parent"
            guard let next, let record = try organization(next), let established = record.established,
                first < established
            else { continue }
            add(
                .organizations, i, field,
                Message(
                    zh: "上级 \(next.quoted) 于 \(established) 成立，晚于其成为上级之日 \(first)：请核对日期",
                    en:
                        "the parent \(next.quoted) was established on \(established), after it became the parent on \(first): check the day"
                ))
        }
        // The first parent existed from the organization's own first day (helper-264: a committee
        // set up in September loaded as the parent from January, as `talks move` refuses).
        let (first, field) =
            o.formerParents.isEmpty ? (o.parent, "parent") : (o.formerParents[0].parent, "formerParents[0].parent")
        guard let first, let record = try organization(first), let established = record.established,
            o.established.map({ $0 < established }) ?? true
        else { return }
        let since =
            o.established.map { Message(zh: "晚于本组织的成立日期 \($0)", en: "after the organization was, on \($0)") }
            ?? Message(
                zh: "本组织未写成立日期，早已存在", en: "and the organization, with no day of establishment, existed before it")
        add(
            .organizations, i, field,
            Message(
                zh: "上级 \(first.quoted) 于 \(established) 成立，\(since.zh)：请核对日期，或写明此前的上级（formerParents）",
                en:
                    "the parent \(first.quoted) was established on \(established), \(since.en): check the day, or give the parent it had before (formerParents)"
            ))
    }

    /// The stored form of `o`, which the document gives; nil for a new one.
    private mutating func storedForm(of o: Organization) throws -> Organization? {
        if storedForms == nil {
            let ids = Array(documentOrganizations.keys)
            storedForms = Dictionary(try stored.records(.organizations, ids: ids).organizations.map { ($0.id, $0) }) {
                first, _ in first
            }
        }
        return storedForms?[o.id]
    }

    /// Parents given a stored organization (a transfer, `talks move`) still have it below the
    /// conductor of each of its stored plan items on some day of the item's year, as the load
    /// requires of a plan item (`belowInYear`): else the store would no longer load what it
    /// exports (helper-169: a move left the old parent's item of the next year).
    private mutating func checkStoredPlansStillBelow(_ o: Organization, _ i: Int) throws {
        guard let before = try storedForm(of: o), before.parent != o.parent || before.formerParents != o.formerParents
        else { return }
        // A parent no organization has is told as unknown: what its history would strand is of a
        // history that cannot be (helper-243: told twice at one 原上级组织 cell).
        for parent in [o.parent] + o.formerParents.map(\.parent) {
            if let parent, try !exists(.organizations, parent) { return }
        }
        let replaced = Set(dataset.plans.map(\.id))
        // Only those the change strands: an item stranded before (by an earlier build's transfer)
        // is not this change's doing (helper-170: a later lawful transfer was refused for it).
        let stranded = try stored.recordsNaming(o.id).plans.filter {
            $0.organization == o.id && !replaced.contains($0.id) && !Self.isBelow(o, $0.conductor, in: $0.year)
                && Self.isBelow(before, $0.conductor, in: $0.year)
        }
        guard !stranded.isEmpty else { return }
        // Each named, the first twenty, then how many more (helper-171: "and 1 more needs", the others
        // unnamed; helper-227: " …" counted none).
        let zh = Message.listed(
            stranded.map { "\($0.id.inline)（\($0.conductor.inline) \($0.year) 年）" }, zh: true, unit: "项")
        let en = Message.listed(stranded.map { "\($0.id.inline) (\($0.conductor.inline)'s, \($0.year))" }, zh: false)
        // Told at what changed: the parent alone (helper-230: a document dropping it was told at
        // formerParents, which it did not give), else the history (a transfer, `move`'s --from).
        add(
            .organizations, i, before.formerParents == o.formerParents ? "parent" : "formerParents",
            Message(
                zh:
                    "已存储的计划事项 \(zh)要求本组织在其年度内有一天是开展谈话党委的下一级党组织，改后则没有：请核对日期，或先改正或删除\(stranded.count == 1 ? "该" : "这些")计划事项",
                // (Directly below, one level down, as `plan add` says: helper-227, "below" read as
                // under its parent too.)
                en: (stranded.count == 1 ? "the stored plan item \(en) needs" : "the stored plan items \(en) need")
                    + " this organization directly below its conductor, one level down, on some day of its year, "
                    + "which it would not be: "
                    + "check the day, or correct or delete \(stranded.count == 1 ? "that plan item" : "those plan items") first"
            ))
    }

    /// A lifespan given a stored organization (成立日期, 撤销日期) still covers the days of its
    /// stored talks, triggers and plan items (their years) the document does not replace: a talk on a day the organization
    /// did not exist is an error (`spec/dataset-format.md`), and the store would no longer load
    /// what it exports.
    private mutating func checkStoredWithin(_ o: Organization, _ i: Int) throws {
        guard o.hasLifespan, let before = try storedForm(of: o),
            before.established != o.established || before.dissolved != o.dissolved
        else { return }
        let (talks, triggers, plans) = try stored.recordsNaming(o.id)
        let replaced = (
            talks: Set(dataset.talks.map(\.id)), triggers: Set(dataset.triggers.map(\.id)),
            plans: Set(dataset.plans.map(\.id))
        )
        let outside =
            talks.filter { !replaced.talks.contains($0.id) && !o.exists(on: $0.held) }.map {
                (
                    day: $0.held, when: $0.held.description,
                    what: Message(zh: "谈话 \($0.id.inline)", en: "talk \($0.id.inline)")
                )
            }
            + triggers.filter { !replaced.triggers.contains($0.id) && !o.exists(on: $0.on) }.map {
                (
                    day: $0.on, when: $0.on.description,
                    what: Message(zh: "情形 \($0.id.inline)", en: "trigger \($0.id.inline)")
                )
            }
            + plans.compactMap { plan in
                guard !replaced.plans.contains(plan.id), let first = CivilDate(year: plan.year, month: 1, day: 1),
                    let last = CivilDate(year: plan.year, month: 12, day: 31), !o.exists(from: first, to: last)
                else { return nil }
                // The year's day nearest the lifespan tells which of its ends leaves the item out.
                let day = o.established.map { last < $0 } == true ? last : first
                return (day, "\(plan.year)", Message(zh: "计划事项 \(plan.id.inline)", en: "plan item \(plan.id.inline)"))
            }
        guard let first = outside.min(by: { $0.day < $1.day }) else { return }
        let field = o.established.map { first.day < $0 } == true ? "established" : "dissolved"
        add(
            .organizations, i, field,
            Message(
                zh: "已存储的\(first.what.zh)在 \(first.when)，\(o.id.quoted) 那时\(field == "established" ? "尚未成立" : "已撤销")"
                    + (outside.count > 1 ? "（另有 \(outside.count - 1) 条同样）" : "") + "；请核对日期，或先改正或删除这些记录",
                en: "the stored \(first.what.en) is of \(first.when), when \(o.id.quoted) "
                    + "\(field == "established" ? "was not yet established" : "was dissolved")"
                    + (outside.count > 1 ? " (and \(outside.count - 1) more)" : "")
                    + "; check the date, or correct or delete those records first"))
    }

    /// A talk or trigger names an organization that existed on its day (`spec/dataset-format.md`).
    private mutating func existed(_ kind: RecordKind, _ i: Int, _ field: String, _ id: String, on day: CivilDate) throws
    {
        guard let record = try organization(id), record.hasLifespan, !record.exists(on: day) else { return }
        add(kind, i, field, Self.notExisting(record, Message(zh: "在 \(day)", en: "on \(day)")))
    }

    /// The stored parents of an organization a talk or trigger names, followed up on its day,
    /// end. A loop put in behind the store's back (which every read refuses as damage) gave a talk
    /// recorded into it a conductor from the loop (helper-168: a city committee recorded holding a
    /// talk with its own province committee). A loop of the document's own is told at its
    /// organizations (`checkParentLoops`).
    private mutating func parentsEnd(_ kind: RecordKind, _ i: Int, _ id: String, on day: CivilDate) throws {
        guard let loop = try loopAbove(id, on: day), !loop.contains(where: { documentOrganizations[$0] != nil })
        else { return }
        let shown = loop.joined(separator: " → ")
        add(
            kind, i, "organization",
            Message(
                zh: "存储中的上级关系在 \(day) 成环（\(shown)），存储已损坏，未写入任何内容；请用最近一次的备份恢复",
                en:
                    "the stored parents form a loop on \(day) (\(shown)): the store is damaged, and nothing was written; restore it from your latest backup"
            ))
    }

    /// A plan item names an organization that existed on some day of the plan's year.
    private mutating func existedInYear(_ kind: RecordKind, _ i: Int, _ field: String, _ id: String, _ year: Int) throws
    {
        guard let first = CivilDate(year: year, month: 1, day: 1), let last = CivilDate(year: year, month: 12, day: 31),
            let record = try organization(id), record.hasLifespan, !record.exists(from: first, to: last)
        else { return }
        add(kind, i, field, Self.notExisting(record, Message(zh: "在 \(year) 年", en: "in \(year)")))
    }

    /// A plan item's organization is below its conductor on some day of the plan's year (Art. 5
    /// ¶2: a committee plans its talks with the lower level; helper-122: one for a sibling county,
    /// or for a county under another city all year, was stored and reported overdue).
    /// (Only of a conductor stored: one unknown is told as such, and what was written there,
    /// maybe a sentence, not quoted again: helper-201.)
    private mutating func belowInYear(_ i: Int, _ p: Plan) throws {
        guard let o = try organization(p.organization), let c = try organization(p.conductor),
            !Self.isBelow(o, p.conductor, in: p.year)
        else { return }
        add(
            .plans, i, "organization",
            Message(
                zh:
                    "\(o.name.inline)（\(o.id.inline)）在 \(p.year) 年没有一天是 \(c.name.inline)（\(c.id.inline)）的下一级党组织：请核对开展谈话的党委或谈话对象单位",
                // ("Directly": one two levels down is below it too; helper-217 read it so.)
                en:
                    "\(o.name.inline) (\(o.id.inline)) was directly below \(c.name.inline) (\(c.id.inline)), one level down, "
                    + "on no day of \(p.year): check the conductor or the organization"))
    }

    /// Whether `o` was below `conductor` on some day of `year`.
    private static func isBelow(_ o: Organization, _ conductor: String, in year: Int) -> Bool {
        guard let first = CivilDate(year: year, month: 1, day: 1), let last = CivilDate(year: year, month: 12, day: 31)
        else { return true }
        return o.parentSpans.contains { span in
            span.parent == conductor && !Organization.endsBefore(span.to, first)
                && !Organization.endsBefore(last, span.from)
        }
    }

    private static func notExisting(_ o: Organization, _ when: Message) -> Message {
        let span = "\(o.established?.description ?? "…")–\(o.dissolved?.description ?? "…")"
        return Message(
            zh: "\(o.id.quoted) \(when.zh)不存在（存续 \(span)）",
            en: "\(o.id.quoted) did not exist \(when.en) (it existed \(span))")
    }

    /// A person's id as an overlap names it: `?` for a cell's text no person bears that may be
    /// confidential (孙丽 收受礼金, refused at its cell too: helper-259, quoted here).
    private static func shown(_ person: String) -> String {
        Sheet.isDescribedWhereUnknown(person, .person) ? "?" : person
    }

    /// One top leader at a time: two secretary posts of one organization must not overlap.
    private mutating func checkSecretaryOverlaps() throws {
        let stored = self.stored
        try checkOverlaps(
            .appointments, dataset.appointments, group: { $0.role == .secretary ? $0.organization : nil },
            key: \.key, from: \.from, stored: { try stored.secretaryAppointments(of: $0) },
            overlaps: { $0.overlaps($1) },
            corrects: { $0.person == $1.person },
            span: { "\(Self.shown($0.person)) \($0.from)–\($0.to?.description ?? "…")" },
            what: Message(zh: "的书记任职重叠", en: "secretary posts of"),
            handedOver: { earlier, later in
                Self.ends(
                    earlier, before: later,
                    ended: Message(zh: "\(earlier.person) 的任职截止", en: "\(earlier.person)'s end of post"))
            })
    }

    /// One person's posts of one organization must not contradict each other: the same post twice
    /// at once (a start corrected in a roster, 何静 副书记 2022-01-11 beside 2022-01-10), or 书记 and
    /// 副书记 at once (陈东 县委副书记 while its 书记); each was stored as a second post (helper-112).
    /// A 常委 (`member`) beside either is no contradiction: a secretary or deputy sits on the
    /// standing committee, and an organization department's data may list both (helper-114). Two
    /// secretary posts are `checkSecretaryOverlaps`'s.
    private mutating func checkPersonsPostOverlaps() throws {
        let stored = self.stored
        try checkOverlaps(
            .appointments, dataset.appointments, group: \.organization, key: \.key, from: \.from,
            stored: { try stored.appointments(of: $0) },
            overlaps: { a, b in
                let roles: Set = [a.role, b.role]
                return a.person == b.person
                    && (roles == [.member] || roles == [.deputySecretary, .secretary]
                        || roles == [.deputySecretary])
                    && a.overlaps(b)
            },
            corrects: { $0.person == $1.person },
            span: { "\(Self.shown($0.person)) \($0.role.rawValue) \($0.from)–\($0.to?.description ?? "…")" },
            what: Message(zh: "的同一人任职重叠", en: "one person's posts of"),
            handedOver: { earlier, later in
                Self.ends(
                    earlier, before: later,
                    ended: Message(
                        zh: "\(earlier.person) 的\(earlier.role.label.zh)任职截止",
                        en: "\(earlier.person)'s end as \(earlier.role.label.en)"))
            })
    }

    /// The end a post overlapping a later one needs: the day before the later begins, where it
    /// ends that day (`handover`) or never ended (a secretary's successor, a deputy made secretary,
    /// recorded before the post before was ended: helper-115, told only to delete it). Not for the
    /// same person's same post, which is a corrected start.
    private static func ends(_ earlier: Appointment, before later: Appointment, ended: Message) -> Message? {
        if let handover = handover(earlier.to, later.from, ended: ended) { return handover }
        guard earlier.to == nil, earlier.from < later.from,
            earlier.person != later.person || earlier.role != later.role,
            let before = later.from.adding(days: -1)
        else { return nil }
        return Message(zh: "；如已不再担任，\(ended.zh)应为 \(before)", en: "; if no longer held, \(ended.en) is \(before)")
    }

    /// Where one period ends on the day the next begins (a handover written as a 任免 document
    /// dates it): the end is the last day in it, so the earlier one ends the day before.
    private static func handover(_ end: CivilDate?, _ start: CivilDate, ended: Message) -> Message? {
        guard end == start, let before = start.adding(days: -1) else { return nil }
        return Message(
            zh: "；截止日期是任内最后一天，\(start) 交接的，\(ended.zh)应为 \(before)",
            en: "; an end is the last day in it: for a handover on \(start), \(ended.en) is \(before)")
    }

    /// Terms of one organization follow each other; they must not overlap.
    private mutating func checkTermOverlaps() throws {
        let stored = self.stored
        try checkOverlaps(
            .terms, dataset.terms, group: { $0.organization }, key: \.key, from: \.from,
            stored: { try stored.terms(of: $0) }, overlaps: { $0.overlaps($1) }, corrects: { _, _ in true },
            span: { "\($0.from)–\($0.to)" }, what: Message(zh: "的届期重叠", en: "terms of"),
            handedOver: { earlier, later in
                Self.handover(earlier.to, later.from, ended: Message(zh: "上一届的届期截止", en: "the earlier term's end"))
            })
    }

    /// Reports each record of the document whose period overlaps an earlier one of the document
    /// or a stored one it does not replace, within the same group (organization): at its end when
    /// it begins first (the end runs into the other) and corrects nothing, else at its start. A
    /// record of the same key is a duplicate, told as such. Where the record
    /// may be a correction of the stored one (`corrects`: the same person's post, a term moved), the
    /// command that deletes the stored one is given: a changed start is another record's key.
    private mutating func checkOverlaps<T: Record, Key: Hashable>(
        _ kind: RecordKind, _ records: [T], group: (T) -> String?, key: (T) -> Key, from: (T) -> CivilDate,
        stored: (String) throws -> [T], overlaps: (T, T) -> Bool, corrects: (T, T) -> Bool, span: (T) -> String,
        what: Message, handedOver: (_ earlier: T, _ later: T) -> Message?
    ) throws {
        var byGroup: [String: [Int]] = [:]
        for (i, record) in records.enumerated() {
            if let name = group(record) { byGroup[name, default: []].append(i) }
        }
        let replacing = Set(records.map(key))
        for name in byGroup.keys.sorted(by: codePointOrder) {
            let mine = byGroup[name]!
            let others = try stored(name).filter { !replacing.contains(key($0)) }
            for (n, i) in mine.enumerated() {
                let record = records[i]
                let clashes =
                    mine[..<n].filter { key(records[$0]) != key(record) && overlaps(record, records[$0]) }.map {
                        (records[$0], Optional(locate.path(kind, $0)))
                    }
                    + others.filter { overlaps(record, $0) }.map { ($0, String?.none) }
                // One message a cell: the records it overlaps listed in it (a term over two stored
                // ones was told twice at its start: helper-112). A later one is told at the end,
                // with the end that would clear it; one over records before and after it, once at
                // its start, with no such end (helper-116: told at both cells, and the end given at
                // one left the other).
                func field(_ other: T, _ place: String?) -> String {
                    !(place == nil && corrects(record, other)) && from(record) < from(other) ? "to" : "from"
                }
                let across = Set(clashes.map { field($0.0, $0.1) }).count > 1
                var told: [String: [Message]] = [:]
                for (other, place) in clashes {
                    let whereZh = place.map { "（\($0)）" } ?? "（已存储）"
                    let whereEn = place.map { " (\($0))" } ?? " (stored)"
                    let delete = pasteableCommand("delete", kind.rawValue, "--yes", operand: other.recordKey)
                    let correcting = place == nil && corrects(record, other)
                    let handover = across ? nil : handedOver(other, record) ?? handedOver(record, other)
                    told[across ? "from" : field(other, place), default: []].append(
                        Message(
                            zh: "\(span(other))\(whereZh)" + (handover?.zh ?? "")
                                + (correcting ? "；如是更正已存储的这条，请先删除它：\(delete)" : ""),
                            en: "\(span(other))\(whereEn)" + (handover?.en ?? "")
                                + (correcting ? "; if this corrects the stored one, delete that first: \(delete)" : ""))
                    )
                }
                for field in ["from", "to"] {
                    guard let others = told[field] else { continue }
                    add(
                        kind, i, field,
                        Message(
                            zh: "\(name.quoted) \(what.zh)：\(span(record)) 与 "
                                + others.map(\.zh).joined(separator: "；又与 "),
                            en: "\(what.en) \(name.quoted) overlap: \(span(record)) and "
                                + others.map(\.en).joined(separator: "; and ")))
                }
            }
        }
    }
}

extension Talk {
    /// What followed the talk dated in an order it cannot have happened in, each as a note: a day
    /// mistyped (10-25 for 11-25) is stored as given (the dataset format allows it), but not without
    /// a word. Measures are shared after they are reported; the rectification report (3 months)
    /// follows the measures (1 month); the materials are archived once the report is in (Art. 11–12);
    /// nothing of it comes before the talk ended (the reports' days are refused then, as the dataset
    /// format says; sharing and archiving, which it does not bound, are noted).
    /// So is a plan item or a trigger the talk names that its kind carries out or answers none of
    /// (`linksCountingForNothing`), and a talker who is the person talked to (`talkerTalkedTo`).
    /// These are the notes a clerk is given when the talk is written.
    public var notesToCheck: [Message] { notesToCheck(namingTheTalk: false) }

    /// The same, each note naming the talk when `namingTheTalk` (a load's or an import's, of many).
    /// `row`: the sheet's row of the talk, which leads each note in place of "note:".
    func notesToCheck(namingTheTalk: Bool, row: Int? = nil) -> [Message] {
        let lead = row.map { (zh: "第 \($0) 行：", en: "row \($0): ") } ?? (zh: "注意：", en: "note: ")
        return followUpOutOfOrder(namingTheTalk: namingTheTalk, lead: lead)
            + linksCountingForNothing(namingTheTalk: namingTheTalk, lead: lead)
            + talkerTalkedTo(namingTheTalk: namingTheTalk, lead: lead)
    }

    /// A talker who is the person talked to: a committee member who is also the lower
    /// organization's top leader (省委常委 and 市委书记) passes `talker-member`, and no rule reads
    /// a talk with oneself; most likely the talker or the talkee mistyped (helper-226: stored
    /// without a word).
    private func talkerTalkedTo(namingTheTalk: Bool, lead: (zh: String, en: String)) -> [Message] {
        guard IDRules.sameBytes(talker, talkee) else { return [] }
        let talk = namingTheTalk ? (zh: "谈话 \(id.inline) 的", en: "talk \(id.inline): ") : (zh: "", en: "")
        return [
            Message(
                zh: "\(lead.zh)\(talk.zh)谈话人 \(talker.inline) 就是谈话对象本人：请核对谈话人",
                en: "\(lead.en)\(talk.en)the talker \(talker.inline) is the person talked to; check the talker")
        ]
    }

    /// A plan item named by a talk that is not a regular one, a trigger by one that is not timely:
    /// a plan item is of the annual plan of regular talks and a trigger is answered by a timely
    /// talk (Art. 5; `plan-deadline` and `timely-followup` count only those), so the link counts for
    /// nothing and what it names stays open. The dataset format allows it, so it is stored, not
    /// without a word (helper-222: `show` listed such a talk under the plan item it "carried out").
    private func linksCountingForNothing(namingTheTalk: Bool, lead: (zh: String, en: String)) -> [Message] {
        let talk = namingTheTalk ? (zh: "谈话 \(id.inline) ", en: "talk \(id.inline) ") : (zh: "本次谈话", en: "this talk ")
        var notes: [Message] = []
        if let plan, kind != .regular {
            notes.append(
                Message(
                    zh: "\(lead.zh)\(talk.zh)写明了计划事项 \(plan.inline)，但\(kind.label.zh)不落实年度计划事项（只计定期谈话），"
                        + "该计划事项仍待落实；请核对谈话类型或计划事项",
                    en:
                        "\(lead.en)\(talk.en)names plan item \(plan.inline), but a plan item is carried out by regular talks "
                        + "only, not by this \(kind.label.en) talk: it stays open; check the talk's kind or its plan item"
                ))
        }
        if !triggers.isEmpty, kind != .timely {
            let (named, many) = (triggers.map(\.inline).joined(separator: "、"), triggers.count > 1)
            notes.append(
                Message(
                    zh: "\(lead.zh)\(talk.zh)写明了情形 \(named)，但\(kind.label.zh)不回应情形（只计及时谈话），"
                        + "情形仍待及时谈话；请核对谈话类型或情形",
                    en:
                        "\(lead.en)\(talk.en)names trigger\(many ? "s" : "") \(named), but a trigger is answered by timely "
                        + "talks only, not by this \(kind.label.en) talk: \(many ? "they stay" : "it stays") open; check "
                        + "the talk's kind or its triggers"))
        }
        return notes
    }

    /// What followed the talk dated out of order (`notesToCheck`).
    private func followUpOutOfOrder(namingTheTalk: Bool, lead: (zh: String, en: String)) -> [Message] {
        var notes: [Message] = []
        let talk = namingTheTalk ? (zh: "谈话 \(id.inline)：", en: "talk \(id.inline): ") : (zh: "", en: "")
        func check(
            _ earlier: CivilDate?, _ later: CivilDate?, _ zh: (CivilDate, CivilDate) -> String,
            _ en: (CivilDate, CivilDate) -> String
        ) {
            guard let earlier, let later, later < earlier else { return }
            notes.append(
                Message(
                    zh: "\(lead.zh)\(talk.zh)\(zh(earlier, later))，请核对日期",
                    en: "\(lead.en)\(talk.en)\(en(earlier, later)); check the dates"))
        }
        check(
            measures?.reported, measures?.communicated,
            { "整改措施 \($1) 通报，早于其报告日 \($0)" },
            { "the measures were communicated on \($1), before they were reported on \($0)" })
        check(
            measures?.reported, report?.reported,
            { "整改情况报告日 \($1) 早于整改措施报告日 \($0)" },
            { "the rectification report (\($1)) is dated before the measures report (\($0))" })
        check(
            ended, measures?.communicated, { "整改措施通报日 \($1) 早于谈话结束日 \($0)" },
            { "the measures were communicated on \($1), before the talk ended on \($0)" })
        check(
            ended, archive?.archived, { "材料归档日 \($1) 早于谈话结束日 \($0)" },
            { "the materials were archived on \($1), before the talk ended on \($0)" })
        check(
            measures?.reported, archive?.archived,
            { "材料归档日 \($1) 早于整改措施报告日 \($0)" },
            { "the materials were archived on \($1), before the measures report of \($0)" })
        check(
            report?.reported, archive?.archived,
            { "材料归档日 \($1) 早于整改情况报告日 \($0)" },
            { "the materials were archived on \($1), before the rectification report of \($0)" })
        return notes
    }

    /// The notes of `notesToCheck` for the talks a load or an import writes, each naming its
    /// talk; at most `limit` talks, then how many more (a national load may hold thousands of such
    /// days, helper-217: none was said, while `talks archive` said each).
    /// `rows`: a sheet's row of each talk, which each note then names first, as a sheet's notes do
    /// (helper-223: a sheet's talks were named by their ids alone).
    public static func notesToCheck(_ talks: [Talk], rows: [Int]? = nil, limit: Int = 20) -> [Message] {
        var notes: [Message] = []
        var (told, more) = (0, 0)
        for (i, talk) in talks.enumerated() {
            let own = talk.notesToCheck(namingTheTalk: true, row: rows.flatMap { i < $0.count ? $0[i] : nil })
            guard !own.isEmpty else { continue }
            guard told < limit else {
                more += 1
                continue
            }
            told += 1
            notes += own
        }
        if more > 0 {
            notes.append(
                Message(
                    zh: "注意：另有 \(more) 条谈话有同类情况，请核对",
                    en: "note: \(more) more talks like these; check them"))
        }
        return notes
    }
}

public struct Organization: Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: OrganizationKind
    public var level: Level
    /// The organization one level up **now** (after the last of `formerParents`), which talks to
    /// this one's top leader.
    public var parent: String?
    /// The earlier parents, oldest first, each with the last day it was the parent: a transfer
    /// (划转, 行政区划调整, 机构改革) recorded without rewriting history (`spec/dataset-format.md`,
    /// "The tree has history"). The `until` dates strictly increase.
    public var formerParents: [FormerParent]
    /// The first day the organization existed; nil: always.
    public var established: CivilDate?
    /// The last day the organization existed (撤销, 合并); nil: it still exists.
    public var dissolved: CivilDate?
    /// For a Party group, the organization whose term is its coverage term (Art. 5); nil = the
    /// parent on the day asked about.
    public var approvedBy: String?

    public init(
        id: String, name: String, kind: OrganizationKind, level: Level, parent: String? = nil,
        formerParents: [FormerParent] = [], established: CivilDate? = nil, dissolved: CivilDate? = nil,
        approvedBy: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.level = level
        self.parent = parent
        self.formerParents = formerParents
        self.established = established
        self.dissolved = dissolved
        self.approvedBy = approvedBy
    }

    /// The parent on `day`: the first former parent whose last day is not before it, else `parent`.
    public func parent(on day: CivilDate) -> String? {
        formerParents.first { $0.until >= day }.map(\.parent) ?? parent
    }

    /// Why the organization has no `year` of its own (set up after it, or dissolved before it), in
    /// a report's words; nil when it existed some day of the year. (helper-210: a committee set up
    /// in November 2026 was given an empty 2025, read as its dissolved namesake's.)
    public func absence(in year: Int) -> Message? {
        guard let days = CivilDate.days(of: year) else { return nil }
        let name = self.name.inline
        if let established, established > days.upperBound {
            return Message(
                zh: "\(name)于\(established.chinese)成立，\(year)年度尚不存在，没有年度情况可报",
                en: "\(name) was set up on \(established): it did not exist in \(year), and has nothing to report")
        }
        if let dissolved, dissolved < days.lowerBound {
            return Message(
                zh: "\(name)已于\(dissolved.chinese)撤销，\(year)年度已不存在，没有年度情况可报",
                en: "\(name) was dissolved on \(dissolved): it did not exist in \(year), and has nothing to report")
        }
        return nil
    }

    /// The last day of an organization dissolved before `day`; nil for one that still existed then:
    /// what a report or a work list asked on `day` marks it with.
    public func dissolved(before day: CivilDate) -> CivilDate? { dissolved.flatMap { $0 < day ? $0 : nil } }

    /// Whether the organization existed on `day`: within [`established`, `dissolved`].
    public func exists(on day: CivilDate) -> Bool {
        established.map { $0 <= day } ?? true && dissolved.map { day <= $0 } ?? true
    }

    /// Whether the organization existed on some day from `first` to `last`.
    public func exists(from first: CivilDate, to last: CivilDate) -> Bool {
        established.map { $0 <= last } ?? true && dissolved.map { first <= $0 } ?? true
    }

    /// Whether its first and last days are in order (a record where they are not is refused, and
    /// nothing else is said about its existence).
    public var hasLifespan: Bool {
        guard let established, let dissolved else { return true }
        return established <= dissolved
    }

    /// The days its parent changes: the day after each former parent's last day.
    public var parentChanges: [CivilDate] { formerParents.compactMap { $0.until.adding(days: 1) } }

    /// Its parents over the days it existed, oldest first, each with its first and last day (nil:
    /// no bound).
    public var parentSpans: [(parent: String?, from: CivilDate?, to: CivilDate?)] {
        var spans: [(parent: String?, from: CivilDate?, to: CivilDate?)] = []
        var from = established
        for former in formerParents {
            spans.append((former.parent, from, dissolved.map { min($0, former.until) } ?? former.until))
            from = former.until.adding(days: 1)
        }
        spans.append((parent, from, dissolved))
        return spans.filter { !Self.endsBefore($0.to, $0.from) }
    }

    /// Whether it and `other` had the same parent (or none) on some day both existed.
    public func sharesParentSomeDay(with other: Organization) -> Bool {
        parentSpans.contains { a in
            other.parentSpans.contains { b in
                a.parent == b.parent && !Self.endsBefore(a.to, b.from) && !Self.endsBefore(b.to, a.from)
            }
        }
    }

    /// Whether it has the same parent as `other` on every day: their histories alike once a former
    /// parent equal to the next one (a stretch given in two) is read as one.
    public func sameParentOnEveryDay(as other: Organization) -> Bool {
        func periods(_ o: Organization) -> [(parent: String?, until: CivilDate?)] {
            var merged: [(parent: String?, until: CivilDate?)] = []
            for (parent, until) in o.formerParents.map({ ($0.parent, Optional($0.until)) }) + [(o.parent, nil)] {
                if let last = merged.last, last.parent == parent { merged.removeLast() }
                merged.append((parent, until))
            }
            return merged
        }
        let (a, b) = (periods(self), periods(other))
        return a.count == b.count && zip(a, b).allSatisfy { $0.parent == $1.parent && $0.until == $1.until }
    }

    /// Whether its history keeps the whole of `stored`'s: its former parents begin with the stored
    /// ones, and the parent `stored` has now comes next (a history extended by later transfers,
    /// none undone, rewritten or moved to another day).
    public func keepsHistory(of stored: Organization) -> Bool {
        guard formerParents.starts(with: stored.formerParents) else { return false }
        let count = stored.formerParents.count
        return (formerParents.count > count ? formerParents[count].parent : parent) == stored.parent
    }

    /// The transfers of `stored` its history leaves out, when it is `stored`'s cut short (its
    /// former parents the first of the stored, its parent the one they were followed by): each the
    /// parent and its first day, the last ones recorded, which `talks move` can record again in
    /// turn. Nil when it is not cut short, or a transfer left out is to no parent.
    public func transfersLeftOut(of stored: Organization) -> [(parent: String, from: CivilDate)]? {
        let kept = formerParents.count
        guard kept < stored.formerParents.count, stored.formerParents.starts(with: formerParents),
            parent == stored.formerParents[kept].parent
        else { return nil }
        let later = stored.formerParents[kept...].map(\.until)
        let parents = stored.formerParents[(kept + 1)...].map(\.parent) + [stored.parent]
        var left: [(parent: String, from: CivilDate)] = []
        for (until, parent) in zip(later, parents) {
            guard let parent, let from = until.adding(days: 1) else { return nil }
            left.append((parent, from))
        }
        return left
    }

    /// Whether days up to `last` all come before `first` (nil: no bound, so never).
    public static func endsBefore(_ last: CivilDate?, _ first: CivilDate?) -> Bool {
        guard let last, let first else { return false }
        return last < first
    }
}

/// An earlier parent of an organization and the last day (inclusive) it was the parent.
public struct FormerParent: Hashable, Sendable {
    /// Nil: the organization had no parent then (it stood at the top).
    public var parent: String?
    public var until: CivilDate

    public init(parent: String?, until: CivilDate) {
        self.parent = parent
        self.until = until
    }
}

public struct Person: Hashable, Sendable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// Who holds which post in which organization, and when; identified by (person, organization, role, from).
public struct Appointment: Hashable, Sendable {
    public var person: String
    public var organization: String
    public var role: Role
    public var from: CivilDate
    /// Last day in post, inclusive; nil = still in post.
    public var to: CivilDate?

    public init(person: String, organization: String, role: Role, from: CivilDate, to: CivilDate? = nil) {
        self.person = person
        self.organization = organization
        self.role = role
        self.from = from
        self.to = to
    }

    public struct Key: Hashable, Sendable {
        public let person: String
        public let organization: String
        public let role: Role
        public let from: CivilDate
    }

    public var key: Key { Key(person: person, organization: organization, role: role, from: from) }

    /// Whether the post is held on `date`.
    public func covers(_ date: CivilDate) -> Bool {
        from <= date && (to.map { date <= $0 } ?? true)
    }

    /// Whether two periods in post share at least one day.
    public func overlaps(_ other: Appointment) -> Bool {
        (to.map { other.from <= $0 } ?? true) && (other.to.map { from <= $0 } ?? true)
    }
}

/// A term (届) of an organization; identified by (organization, from).
public struct Term: Hashable, Sendable {
    public var organization: String
    public var from: CivilDate
    /// Last day, inclusive.
    public var to: CivilDate
    public var number: Int?

    public init(organization: String, from: CivilDate, to: CivilDate, number: Int? = nil) {
        self.organization = organization
        self.from = from
        self.to = to
        self.number = number
    }

    public struct Key: Hashable, Sendable {
        public let organization: String
        public let from: CivilDate
    }

    public var key: Key { Key(organization: organization, from: from) }

    public func overlaps(_ other: Term) -> Bool {
        other.from <= to && from <= other.to
    }
}

/// One item of a committee's annual plan of regular talks (Art. 5 ¶2).
public struct Plan: Hashable, Sendable {
    /// The years a plan may be of, and `--year` asks about: the regulation dates from 2026; a year
    /// outside these is a slip of typing (26, 2206), not a plan.
    public static let years = 2000...2100

    /// The days a plan item's talker and organization are settled over when several bear a name:
    /// its year up to its deadline (the year's end without one); nil for a year no date has.
    public static func days(ofYear year: Int, due: CivilDate?) -> ClosedRange<CivilDate>? {
        guard let first = CivilDate(year: year, month: 1, day: 1), let end = CivilDate(year: year, month: 12, day: 31)
        else { return nil }
        return first...max(first, due ?? end)
    }

    public var id: String
    public var conductor: String
    public var year: Int
    public var organization: String
    public var talker: String?
    public var due: CivilDate?
    public var basis: [PlanBasis]

    public init(
        id: String, conductor: String, year: Int, organization: String, talker: String? = nil,
        due: CivilDate? = nil, basis: [PlanBasis] = []
    ) {
        self.id = id
        self.conductor = conductor
        self.year = year
        self.organization = organization
        self.talker = talker
        self.due = due
        self.basis = basis
    }
}

/// A recorded situation of Art. 5 ¶3 that calls for a timely talk.
public struct Trigger: Hashable, Sendable {
    public var id: String
    public var organization: String
    public var kind: TriggerKind
    public var on: CivilDate
    public var note: String?

    public init(id: String, organization: String, kind: TriggerKind, on: CivilDate, note: String? = nil) {
        self.id = id
        self.organization = organization
        self.kind = kind
        self.on = on
        self.note = note
    }
}

/// The rectification-measures report (Art. 11 ¶1).
public struct Measures: Hashable, Sendable {
    public var reported: CivilDate
    /// The report includes the talkee's reflections (思想认识).
    public var reflections: Bool
    /// When first-responsibility measures were communicated to the rest of the leadership team.
    public var communicated: CivilDate?

    public init(reported: CivilDate, reflections: Bool = false, communicated: CivilDate? = nil) {
        self.reported = reported
        self.reflections = reflections
        self.communicated = communicated
    }
}

/// The rectification-status report (Art. 11 ¶2) and its assessment (Art. 17).
public struct RectificationReport: Hashable, Sendable {
    public var reported: CivilDate
    public var assessment: Assessment?

    public init(reported: CivilDate, assessment: Assessment? = nil) {
        self.reported = reported
        self.assessment = assessment
    }
}

/// Archiving and copies of the materials (Art. 12).
public struct Archive: Hashable, Sendable {
    public var archived: CivilDate
    public var copiedTo: [CopyRecipient]

    public init(archived: CivilDate, copiedTo: [CopyRecipient] = []) {
        self.archived = archived
        self.copiedTo = copiedTo
    }
}

/// A talk and everything recorded after it. Optional fields hold their defaults when omitted.
public struct Talk: Hashable, Sendable {
    public var id: String
    public var conductor: String
    public var kind: TalkKind
    public var organization: String
    public var talkee: String
    public var talker: String
    public var format: TalkFormat = .individual
    public var held: CivilDate
    /// Deadlines run from this day; equals `held` unless the talk ran over several days.
    public var ended: CivilDate
    public var plan: String?
    public var triggers: [String] = []
    public var selfCheck = false
    public var steps: [Step] = []
    /// Confidential text (Art. 16).
    public var problems: [String] = []
    /// Confidential text (Art. 16).
    public var requirements: [String] = []
    public var record = false
    public var participants: [Department] = []
    public var untruthful = false
    public var measures: Measures?
    public var report: RectificationReport?
    public var archive: Archive?

    public init(
        id: String, conductor: String, kind: TalkKind, organization: String, talkee: String, talker: String,
        held: CivilDate, ended: CivilDate? = nil
    ) {
        self.id = id
        self.conductor = conductor
        self.kind = kind
        self.organization = organization
        self.talkee = talkee
        self.talker = talker
        self.held = held
        self.ended = ended ?? held
    }
}

/// The kinds of record a dataset holds, in the order of the format; each described by its
/// `Record` type (`record`).
public enum RecordKind: String, CaseIterable, Sendable {
    case organizations, people, appointments, terms, plans, triggers, talks
}

/// A whole dataset or a part of one: what `talks load` reads and `talks export` writes.
public struct Dataset: Hashable, Sendable {
    public static let format = "supervision-talks/1"
    /// The top-level member that marks a document written without its confidential texts.
    public static let confidentialKey = "confidential"
    public static let confidentialOmitted = "omitted"

    public var organizations: [Organization] = []
    public var people: [Person] = []
    public var appointments: [Appointment] = []
    public var terms: [Term] = []
    public var plans: [Plan] = []
    public var triggers: [Trigger] = []
    public var talks: [Talk] = []

    public init() {}

    /// Adds the records of `other` after this dataset's own.
    public mutating func append(contentsOf other: Dataset) {
        for kind in RecordKind.allCases { kind.record.append(other, to: &self) }
    }

    public func count(of kind: RecordKind) -> Int { kind.record.count(in: self) }

    /// The records of every kind.
    public var recordCount: Int { RecordKind.allCases.reduce(0) { $0 + count(of: $1) } }

    /// The records of `kind` alone.
    public func only(_ kind: RecordKind) -> Dataset {
        var records = Dataset()
        kind.record.append(self, to: &records)
        return records
    }
}

/// Confidential texts (Art. 16): the problems pointed out, the rectification requirements and
/// the notes on triggers. Outputs leave them out unless asked for.
extension Dataset {
    /// The fields that hold confidential text (Art. 16), by their names in the format.
    public enum ConfidentialText: String, CaseIterable, Sendable {
        case problems, requirements, note
    }

    /// The same records without their confidential texts.
    public func redacted() -> Dataset {
        var copy = self
        for i in copy.talks.indices {
            copy.talks[i].problems = []
            copy.talks[i].requirements = []
        }
        for i in copy.triggers.indices { copy.triggers[i].note = nil }
        return copy
    }

    /// The records with the confidential texts their input did not give taken from the stored
    /// records they replace, so that a redacted export (which gives none) or a talk object that
    /// leaves them out never erases them (Art. 16). `given` names, for a record's kind and id, the
    /// texts its input did give.
    public func keepingConfidentialTexts(
        of stored: Dataset, given: (RecordKind, String) -> Set<ConfidentialText>
    ) -> Dataset {
        var copy = self
        let talks = Dictionary(stored.talks.map { ($0.id, $0) }) { first, _ in first }
        let triggers = Dictionary(stored.triggers.map { ($0.id, $0) }) { first, _ in first }
        for i in copy.talks.indices {
            guard let old = talks[copy.talks[i].id] else { continue }
            let texts = given(.talks, old.id)
            if !texts.contains(.problems) { copy.talks[i].problems = old.problems }
            if !texts.contains(.requirements) { copy.talks[i].requirements = old.requirements }
        }
        for i in copy.triggers.indices {
            guard let old = triggers[copy.triggers[i].id], !given(.triggers, old.id).contains(.note) else { continue }
            copy.triggers[i].note = old.note
        }
        return copy
    }
}

extension Dataset {
    /// Every day of `document`'s date fields after `last`, by its path, whatever the record
    /// (a term's, a post's, a plan item's deadline too): a sheet's day past the century is a year
    /// mistyped (helper-273: a term to 3031-05-31 and a deadline of 3026-12-31 stored).
    public static func days(after last: CivilDate, in document: JSONValue) -> [(path: String, date: CivilDate)] {
        let fields: Set<String> = [
            "held", "ended", "reported", "communicated", "archived", "on", "from", "to", "due", "established",
            "dissolved", "until", Sheet.parentFromKey,
        ]
        var found: [(path: String, date: CivilDate)] = []
        func walk(_ value: JSONValue, _ path: String) {
            switch value {
            case .array(let items):
                for (i, item) in items.enumerated() { walk(item, "\(path)[\(i)]") }
            case .object(let members):
                for (key, member) in members {
                    let at = path.isEmpty ? key : "\(path).\(key)"
                    // (A former parent's last day is the day before its transfer's, which the sheet wrote:
                    // 2100-01-01 ended 2099-12-31, helper-274.)
                    if fields.contains(key), case .string(let text) = member, let day = CivilDate(text),
                        case let written = key == "until" ? day.adding(days: 1) ?? day : day, written > last
                    {
                        found.append((at, written))
                    } else {
                        walk(member, at)
                    }
                }
            default: break
            }
        }
        walk(document, "")
        return found
    }

    /// The dated facts after `today` (a talk held, a report received, a trigger noted) in a
    /// document, each at its path (`talks[3].held`): what a clerk's sheet must confirm before it
    /// is stored, as a slip of the keyboard is far likelier than a fact from the future. Read from
    /// the document, not its records, so a row refused for another cell is told this too
    /// (helper-238: every problem of a sheet in one run).
    public static func datesAfter(_ today: CivilDate, in document: JSONValue) -> [(path: String, date: CivilDate)] {
        func records(_ kind: RecordKind) -> [JSONValue] {
            if case .array(let records)? = document[keys: [kind.rawValue]] { records } else { [] }
        }
        func date(_ record: JSONValue, _ field: String) -> CivilDate? {
            if case .string(let text)? = record[path: field] { CivilDate(text) } else { nil }
        }
        var found: [(path: String, date: CivilDate)] = []
        for (i, talk) in records(.talks).enumerated() {
            for field in [
                "held", "ended", "measures.reported", "measures.communicated", "report.reported", "archive.archived",
            ] {
                // An end on the day held (a sheet without 谈话结束日期 gives none) is that day, told once.
                guard let day = date(talk, field), day > today, field != "ended" || day != date(talk, "held")
                else { continue }
                found.append(("talks[\(i)].\(field)", day))
            }
        }
        for (i, trigger) in records(.triggers).enumerated() {
            if let day = date(trigger, "on"), day > today { found.append(("triggers[\(i)].on", day)) }
        }
        // A transfer whose new parent begins after today (上级组织起始日期 2062-09-01, mistyped).
        for (i, organization) in records(.organizations).enumerated() {
            guard case .array(let formers)? = organization[keys: ["formerParents"]] else { continue }
            for (k, former) in formers.enumerated() {
                guard let until = date(former, "until"), until >= today else { continue }
                found.append(("organizations[\(i)].formerParents[\(k)].until", until.adding(days: 1) ?? until))
            }
        }
        return found
    }
}

extension Talk {
    /// The talk as known on `day`: its measures, their communication, its rectification report and
    /// its archive dated after the day have not happened yet (spec/rules-catalogue.md, "Dated and
    /// undated facts", as the engine's fields read them one by one).
    public func known(on day: CivilDate) -> Talk {
        var talk = self
        if let measures = talk.measures, measures.reported > day { talk.measures = nil }
        if let communicated = talk.measures?.communicated, communicated > day { talk.measures?.communicated = nil }
        if let report = talk.report, report.reported > day { talk.report = nil }
        if let archive = talk.archive, archive.archived > day { talk.archive = nil }
        return talk
    }
}

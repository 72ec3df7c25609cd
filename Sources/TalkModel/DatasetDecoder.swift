/// Turns a parsed JSON document into a dataset, reporting every problem with its JSON path.
public enum DatasetDecoder {
    /// The decoded records, and for each kind the index in the document of each record
    /// (records with problems are left out, so positions can differ).
    public struct Result {
        public var dataset = Dataset()
        public var origins: [RecordKind: [Int]] = [:]
        public var problems: [Problem] = []
        /// Ids of records left out for their problems: other records may still refer to them
        /// without a second, misleading "unknown id" problem.
        public var unreadableIDs: [RecordKind: Set<String>] = [:]
        /// The document was written without its confidential texts (`"confidential": "omitted"`).
        public var confidentialOmitted = false
        /// For each talk and trigger read, by id, the confidential fields its object gives
        /// (`problems`, `requirements`, `note`), an empty or null value included.
        public var givenConfidential: [RecordKind: [String: Set<Dataset.ConfidentialText>]] = [:]

        /// The records with every confidential text their objects leave out taken from the stored
        /// records they replace (Art. 16): a talk copied from a redacted export, with or without
        /// its marker, never erases what is stored; `"problems": []` does.
        public func keepingConfidentialTexts(of stored: Dataset) -> Dataset {
            let given = givenConfidential
            return dataset.keepingConfidentialTexts(of: stored) { kind, id in given[kind]?[id] ?? [] }
        }

        public func locator() -> RecordLocator {
            let origins = self.origins
            return RecordLocator { kind, position in "\(kind.rawValue)[\(origins[kind]?[position] ?? position)]" }
        }
    }

    public static func decode(_ root: JSONValue) -> Result {
        let log = ProblemLog()
        var result = Result()
        let topLevel = ["format", Dataset.confidentialKey] + RecordKind.allCases.map(\.rawValue)
        guard let fields = ObjectFields(root, path: "", allowed: topLevel, log: log) else {
            result.problems = log.problems
            return result
        }
        if let format = fields.required("format", .string), format != Dataset.format {
            log.add(
                "format",
                Message(
                    zh: "不支持的格式 \(format.quoted)，应为 \(Dataset.format.quoted)",
                    en: "unsupported format \(format.quoted); expected \(Dataset.format.quoted)"))
        }
        if let marker = fields.optional(Dataset.confidentialKey, .string) {
            if marker == Dataset.confidentialOmitted {
                result.confidentialOmitted = true
            } else {
                log.add(
                    Dataset.confidentialKey,
                    Message(
                        zh: "只能是 \(Dataset.confidentialOmitted.quoted)",
                        en: "must be \(Dataset.confidentialOmitted.quoted)"))
            }
        }
        func records<T: Sendable>(
            _ kind: RecordKind, _ read: @escaping @Sendable (JSONValue, String, ProblemLog) -> T?
        ) -> [T] {
            guard
                let items = fields.optional(
                    kind.rawValue, .array(FieldReader<JSONValue> { v, _, _ in v }, limited: false))
            else {
                return []
            }
            // Each record on its own log, on every core; their problems then in the records' order.
            var decoded: [T] = []
            concurrentlyInOrder(items.count) { i in
                let own = ProblemLog()
                return Outcome(record: read(items[i], "\(kind.rawValue)[\(i)]", own), problems: own.problems)
            } use: { i, outcome in
                let item = items[i]
                log.add(outcome.problems)
                if let record = outcome.record {
                    decoded.append(record)
                    result.origins[kind, default: []].append(i)
                    if case .object(let members) = item,
                        case .string(let id)? = members.first(where: { $0.key == "id" })?.value
                    {
                        let given = Dataset.ConfidentialText.allCases.filter { text in
                            members.contains { $0.key == text.rawValue }
                        }
                        if !given.isEmpty { result.givenConfidential[kind, default: [:]][id] = Set(given) }
                    }
                } else if case .object(let members) = item,
                    case .string(let id)? = members.first(where: { $0.key == "id" })?.value
                {
                    result.unreadableIDs[kind, default: []].insert(id)
                }
            }
            return decoded
        }
        func read<R: Record>(_: R.Type) { result.dataset[keyPath: R.all] = records(R.kind, R.decode) }
        // Each type named, so its records are decoded by code made for it: through `kind.record`
        // the generic code looked up its types' metadata for every record (a sixth of decoding).
        for kind in RecordKind.allCases {
            switch kind {
            case .organizations: read(Organization.self)
            case .people: read(Person.self)
            case .appointments: read(Appointment.self)
            case .terms: read(Term.self)
            case .plans: read(Plan.self)
            case .triggers: read(Trigger.self)
            case .talks: read(Talk.self)
            }
        }
        result.problems = log.problems
        return result
    }

    /// One record decoded, or nil, with the problems found in it.
    private struct Outcome<T: Sendable>: Sendable {
        let record: T?
        let problems: [Problem]
    }

    /// Decodes one talk object, as `talks record --file` reads it.
    public static func decodeTalk(_ value: JSONValue, path: String) -> (Talk?, [Problem]) {
        let log = ProblemLog()
        let talk = talk(value, path, log)
        return (talk, log.problems)
    }

    static func organization(_ value: JSONValue, _ path: String, _ log: ProblemLog) -> Organization? {
        guard
            let f = ObjectFields(
                value, path: path,
                allowed: [
                    "id", "name", "kind", "level", "parent", "formerParents", "established", "dissolved", "approvedBy",
                ], log: log)
        else { return nil }
        let id = f.required("id", .id)
        let name = f.required("name", .name)
        let kind = f.required("kind", FieldReader<OrganizationKind>.vocabulary)
        let level = f.required("level", FieldReader<Level>.vocabulary)
        let parent = f.optional("parent", .id)
        let formerParents = f.optional(
            "formerParents", .array(FieldReader { v, path, log in Self.formerParent(v, path(), log) }))
        let established = f.optional("established", .date)
        let dissolved = f.optional("dissolved", .date)
        let approvedBy = f.optional("approvedBy", .id)
        guard f.isClean, let id, let name, let kind, let level else { return nil }
        return Organization(
            id: id, name: name, kind: kind, level: level, parent: parent, formerParents: formerParents ?? [],
            established: established, dissolved: dissolved, approvedBy: approvedBy)
    }

    static func formerParent(_ value: JSONValue, _ path: String, _ log: ProblemLog) -> FormerParent? {
        guard let f = ObjectFields(value, path: path, allowed: ["parent", "until"], log: log) else { return nil }
        let parent = f.optional("parent", .id)
        let until = f.required("until", .date)
        guard f.isClean, let until else { return nil }
        return FormerParent(parent: parent, until: until)
    }

    static func person(_ value: JSONValue, _ path: String, _ log: ProblemLog) -> Person? {
        guard let f = ObjectFields(value, path: path, allowed: ["id", "name"], log: log) else { return nil }
        let id = f.required("id", .id)
        let name = f.required("name", .name)
        guard f.isClean, let id, let name else { return nil }
        return Person(id: id, name: name)
    }

    static func appointment(_ value: JSONValue, _ path: String, _ log: ProblemLog) -> Appointment? {
        guard
            let f = ObjectFields(
                value, path: path, allowed: ["person", "organization", "role", "from", "to"], log: log)
        else { return nil }
        let person = f.required("person", .id)
        let organization = f.required("organization", .id)
        let role = f.required("role", FieldReader<Role>.vocabulary)
        let from = f.required("from", .date)
        let to = f.optional("to", .date)
        guard f.isClean, let person, let organization, let role, let from else { return nil }
        return Appointment(person: person, organization: organization, role: role, from: from, to: to)
    }

    static func term(_ value: JSONValue, _ path: String, _ log: ProblemLog) -> Term? {
        guard
            let f = ObjectFields(value, path: path, allowed: ["organization", "from", "to", "number"], log: log)
        else { return nil }
        let organization = f.required("organization", .id)
        let from = f.required("from", .date)
        let to = f.required("to", .date)
        let number = f.optional("number", .integer(0...100_000))
        guard f.isClean, let organization, let from, let to else { return nil }
        return Term(organization: organization, from: from, to: to, number: number)
    }

    static func plan(_ value: JSONValue, _ path: String, _ log: ProblemLog) -> Plan? {
        guard
            let f = ObjectFields(
                value, path: path,
                allowed: ["id", "conductor", "year", "organization", "talker", "due", "basis"], log: log)
        else { return nil }
        let id = f.required("id", .id)
        let conductor = f.required("conductor", .id)
        let year = f.required("year", .integer(Plan.years, as: Message(zh: "年份", en: "year")))
        let organization = f.required("organization", .id)
        let talker = f.optional("talker", .id)
        let due = f.optional("due", .date)
        let basis = f.optional("basis", .array(FieldReader<PlanBasis>.vocabulary))
        guard f.isClean, let id, let conductor, let year, let organization else { return nil }
        return Plan(
            id: id, conductor: conductor, year: year, organization: organization, talker: talker, due: due,
            basis: basis ?? [])
    }

    static func trigger(_ value: JSONValue, _ path: String, _ log: ProblemLog) -> Trigger? {
        guard
            let f = ObjectFields(value, path: path, allowed: ["id", "organization", "kind", "on", "note"], log: log)
        else { return nil }
        let id = f.required("id", .id)
        let organization = f.required("organization", .id)
        let kind = f.required("kind", FieldReader<TriggerKind>.vocabulary)
        let on = f.required("on", .date)
        let note = f.optional("note", .text)
        guard f.isClean, let id, let organization, let kind, let on else { return nil }
        return Trigger(id: id, organization: organization, kind: kind, on: on, note: note)
    }

    /// The fields a talk object may have, in the order of the format.
    public static let talkFields = [
        "id", "conductor", "kind", "organization", "talkee", "talker", "format", "held", "ended", "plan",
        "triggers", "selfCheck", "steps", "problems", "requirements", "record", "participants", "untruthful",
        "measures", "report", "archive",
    ]

    static func talk(_ value: JSONValue, _ path: String, _ log: ProblemLog) -> Talk? {
        guard let f = ObjectFields(value, path: path, allowed: talkFields, log: log) else { return nil }
        let id = f.required("id", .id)
        let conductor = f.required("conductor", .id)
        let kind = f.required("kind", FieldReader<TalkKind>.vocabulary)
        let organization = f.required("organization", .id)
        let talkee = f.required("talkee", .id)
        let talker = f.required("talker", .id)
        let format = f.optional("format", FieldReader<TalkFormat>.vocabulary)
        let held = f.required("held", .date)
        let ended = f.optional("ended", .date)
        let plan = f.optional("plan", .id)
        let triggers = f.optional("triggers", .array(FieldReader<String>.id))
        let selfCheck = f.optional("selfCheck", .bool)
        let steps = f.optional("steps", .array(FieldReader<Step>.vocabulary))
        let problems = f.optional("problems", .array(FieldReader<String>.entry))
        let requirements = f.optional("requirements", .array(FieldReader<String>.entry))
        let record = f.optional("record", .bool)
        let participants = f.optional("participants", .array(FieldReader<Department>.vocabulary))
        let untruthful = f.optional("untruthful", .bool)
        let measures = f.optional("measures", FieldReader { v, path, log in Self.measures(v, path(), log) })
        let report = f.optional("report", FieldReader { v, path, log in Self.report(v, path(), log) })
        let archive = f.optional("archive", FieldReader { v, path, log in Self.archive(v, path(), log) })
        guard f.isClean, let id, let conductor, let kind, let organization, let talkee, let talker, let held else {
            return nil
        }
        var talk = Talk(
            id: id, conductor: conductor, kind: kind, organization: organization, talkee: talkee, talker: talker,
            held: held, ended: ended)
        talk.format = format ?? .individual
        talk.plan = plan
        talk.triggers = triggers ?? []
        talk.selfCheck = selfCheck ?? false
        talk.steps = steps ?? []
        talk.problems = problems ?? []
        talk.requirements = requirements ?? []
        talk.record = record ?? false
        talk.participants = participants ?? []
        talk.untruthful = untruthful ?? false
        talk.measures = measures
        talk.report = report
        talk.archive = archive
        return talk
    }

    static func measures(_ value: JSONValue, _ path: String, _ log: ProblemLog) -> Measures? {
        guard
            let f = ObjectFields(
                value, path: path, allowed: ["reported", "reflections", "communicated"], log: log)
        else { return nil }
        let reported = f.required("reported", .date)
        let reflections = f.optional("reflections", .bool)
        let communicated = f.optional("communicated", .date)
        guard f.isClean, let reported else { return nil }
        return Measures(reported: reported, reflections: reflections ?? false, communicated: communicated)
    }

    static func report(_ value: JSONValue, _ path: String, _ log: ProblemLog) -> RectificationReport? {
        guard let f = ObjectFields(value, path: path, allowed: ["reported", "assessment"], log: log) else {
            return nil
        }
        let reported = f.required("reported", .date)
        let assessment = f.optional("assessment", FieldReader<Assessment>.vocabulary)
        guard f.isClean, let reported else { return nil }
        return RectificationReport(reported: reported, assessment: assessment)
    }

    static func archive(_ value: JSONValue, _ path: String, _ log: ProblemLog) -> Archive? {
        guard let f = ObjectFields(value, path: path, allowed: ["archived", "copiedTo"], log: log) else {
            return nil
        }
        let archived = f.required("archived", .date)
        let copiedTo = f.optional("copiedTo", .array(FieldReader<CopyRecipient>.vocabulary))
        guard f.isClean, let archived else { return nil }
        return Archive(archived: archived, copiedTo: copiedTo ?? [])
    }
}

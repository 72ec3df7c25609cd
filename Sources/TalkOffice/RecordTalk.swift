import TalkModel
import TalkStore

/// A talk as a JSON object being put together from a file and flags, remembering which flag set
/// each field, so every problem is reported where the person typed it.
public struct TalkObject: Sendable {
    public var members: [(key: String, value: JSONValue)] = []
    /// The flag that set each field set by one.
    public var flags: [String: String] = [:]
    /// The flag that sets each field a flag can set, set or not: named where a field must be given.
    public var options: [String: String] = [:]

    public init(members: [(key: String, value: JSONValue)] = []) {
        self.members = members
    }

    public mutating func set(_ field: String, _ value: JSONValue, flag: String? = nil) {
        if let i = members.firstIndex(where: { $0.key == field }) {
            members[i].value = value
        } else {
            members.append((field, value))
        }
        if let flag { flags[field] = flag }
    }

    public func has(_ field: String) -> Bool { members.contains { $0.key == field } }

    public func string(_ field: String) -> String? {
        guard case .string(let text)? = members.first(where: { $0.key == field })?.value else { return nil }
        return text
    }

    /// Where a field came from: its flag, or its path in the file.
    public func place(of field: String) -> String { flags[field] ?? "talk.\(field)" }

    /// Problems reported at `talk.FIELD…` are moved to the flag that set FIELD.
    public func relocate(_ problems: [Problem]) -> [Problem] { relocated(problems, prefix: "talk", flags: flags) }

    /// Takes from `stored`, the talk this one replaces, every field this one does not give (the
    /// follow-ups other commands recorded, the steps, the confidential texts: a talk taken from a
    /// redacted export gives none of them) but those in `refill`, and returns their names in the
    /// format's order. A field given as `null`, `false` or `[]` is given.
    mutating func keep(_ stored: Talk, refill: Set<String>) -> [String] {
        guard case .object(let fields) = DatasetEncoder.json(stored) else { return [] }
        var kept: [String] = []
        for (field, value) in fields where field != "id" && !has(field) && !refill.contains(field) {
            members.append((field, value))
            kept.append(field)
        }
        return kept
    }

    /// Talk fields named for a clerk: in Chinese as the talks sheet heads their columns, the
    /// follow-ups (several columns each) by their names; in English by the format's keys, which are
    /// the sheet's English headers.
    public static func names(of fields: [String]) -> Message {
        let followUps = ["measures": "整改措施", "report": "整改情况报告", "archive": "归档与抄送"]
        let zh = fields.map { field in
            followUps[field] ?? SheetColumns.of(.talks).first { $0.key == field }?.zh ?? field
        }
        return Message(zh: zh.joined(separator: "、"), en: fields.joined(separator: ", "))
    }

    /// `error` with its problems at fields kept from the stored talk `id` (measures dated before the
    /// corrected day of the talk) placed there, not in the file or the flags the clerk typed, and
    /// how to change each: a follow-up by its command's `--clear`, another field by giving it.
    func explaining(_ error: InputError, kept: [String], from id: String) -> InputError {
        var at: [String] = []
        let problems = error.problems.map { problem in
            guard let field = kept.first(where: { problem.isAt("talk.\($0)") }) else { return problem }
            if !at.contains(field) { at.append(field) }
            return Problem("\(problem.location.dropFirst("talk.".count)) (\(id) as stored)", problem.message)
        }
        guard !at.isEmpty else { return error }
        let commands = ["measures": "measures", "report": "rectification", "archive": "archive"]
        let clear = at.compactMap { commands[$0].map { pasteableCommand($0, "--clear", operand: id) } }
        let give = at.filter { commands[$0] == nil }
        var zh: [String] = []
        var en: [String] = []
        if !clear.isEmpty {
            zh.append("删除请先运行 \(clear.joined(separator: "；"))")
            en.append("remove them first with \(clear.joined(separator: "; "))")
        }
        if !give.isEmpty {
            let flags = give.compactMap { options[$0] }
            let file = give.joined(separator: ", ")
            zh.append(
                flags.isEmpty ? "请在 --file 中给出 \(file)" : "请给出 \(flags.joined(separator: "、"))（或在 --file 中给出 \(file)）")
            en.append(
                flags.isEmpty
                    ? "give \(file) in --file" : "give \(flags.joined(separator: ", ")) (or \(file) in --file)")
        }
        let fields = Self.names(of: at)
        return InputError(
            source: error.source,
            problems: problems + [
                Problem(
                    "--replace",
                    Message(
                        zh: "\(fields.zh)是从已存储的谈话 \(id.inline) 保留的（本次未给出）：\(zh.joined(separator: "；"))",
                        en:
                            "\(fields.en) kept from the stored talk \(id.inline), as not given: \(en.joined(separator: "; "))"
                    ))
            ])
    }
}

/// `talks record`: one talk, validated as `talks load` validates a document.
public enum RecordTalk {
    /// Fills in what a clerk may leave out (the id, the conductor, the talkee), then validates and
    /// writes the talk, all under the write lock from choosing the next free number to writing:
    /// two clerks recording at once never take the same number or overwrite each other. A stored
    /// talk is refused unless `replace`. `source` names the file the talk came from, if any. Returns
    /// the talk as stored, with what was filled in.
    ///
    /// A new talk that repeats a stored one under another id (the same conductor, organization,
    /// kind, day and talkee: the command run twice) is refused unless `repeating`; the id of the
    /// stored talk it repeats is returned with it, to be told.
    ///
    /// A talk that replaces a stored one keeps every field of it that the file and the flags do not
    /// give: measures, the rectification report, the archive, steps, texts (a flag corrects one fact
    /// of a talk without erasing what was recorded of it since). What belongs to the organization
    /// (the conductor, the talkee, the plan item, the triggers) is not kept for another
    /// organization, and a conductor or talkee that was the organization's on the stored day is
    /// filled in anew for the day given. A second record of another stored talk is refused as for
    /// a new talk.
    public static func run(
        _ object: TalkObject, replace: Bool, repeating: Bool = false, source: String?, store: any Store,
        names: NameLookup
    ) throws -> Recorded {
        var talk = object
        return try store.writing {
            let (stored, kept) = try infer(&talk, replacing: replace, names, store)
            do {
                return try record(
                    talk, replacing: stored, kept: kept, repeating: repeating, source: source, store: store)
            } catch let error as InputError {
                guard let stored else { throw error }
                throw talk.explaining(error, kept: kept, from: stored.id)
            }
        }
    }

    /// What `run` recorded.
    public struct Recorded: Sendable {
        /// The talk as stored, with what was filled in.
        public let talk: Talk
        /// The stored talk it repeats under another id, which `repeating` confirmed.
        public let repeats: String?
        /// The talk it replaced, if one was stored under its id.
        public let replaced: Talk?
        /// The fields kept from the talk replaced, as the format names them, in its order.
        public let kept: [String]
        /// The fields given or filled in anew whose values differ from the talk replaced's, as the
        /// format names them, in its order.
        public var changed: [String] {
            guard let (before, after) = formats else { return [] }
            return after.filter { field in before.first { $0.key == field.key }?.value != field.value }.map(\.key)
        }
        /// The fields the talk replaced had and this one has not (given as `null`, `false`, `[]`; the
        /// plan item of another organization).
        public var removed: [String] {
            guard let (before, after) = formats else { return [] }
            return before.map(\.key).filter { field in !after.contains { $0.key == field } }
        }

        /// The talk replaced and the talk as the format writes them, field by field; nil for a new talk.
        private var formats: (before: [(key: String, value: JSONValue)], after: [(key: String, value: JSONValue)])? {
            guard let replaced, case .object(let before) = DatasetEncoder.json(replaced),
                case .object(let after) = DatasetEncoder.json(talk)
            else { return nil }
            return (before, after)
        }
    }

    /// Validates and writes the talk `run` put together.
    private static func record(
        _ talk: TalkObject, replacing stored: Talk?, kept: [String], repeating: Bool, source: String?,
        store: any Store
    ) throws -> Recorded {
        let decoded = DatasetDecoder.decodeTalk(.object(talk.members), path: "talk")
        let problems = talk.relocate(decoded.1)
        guard let recorded = decoded.0 else { throw InputError(source: source, problems: problems) }
        if stored == nil, Sheet.isLostInASheet(recorded.id) {
            throw InputError(
                source: source,
                problems: [
                    Problem(
                        talk.place(of: "id"),
                        Sheet.lostInASheet(recorded.id, example: try store.nextTalkID(year: recorded.held.year)))
                ])
        }
        if stored == nil, try store.exists(.talks, id: recorded.id) {
            throw InputError(
                source: source,
                problems: [
                    Problem(
                        talk.place(of: "id"),
                        Message(
                            zh:
                                "谈话 \(recorded.id.quoted) 已存在；如要改写请加 --replace，谈话后的情况请用 talks measures / rectification / archive 登记",
                            en:
                                "talk \(recorded.id.quoted) exists already; add --replace to overwrite it, or record what followed with talks measures / rectification / archive"
                        ))
                ])
        }
        let repeated = try StoredTalks(of: recorded.organization, in: store).repeated(
            by: recorded, replacing: stored)
        if !repeating, let twin = repeated {
            // What else differs, and how to correct the stored talk with it: a clerk correcting a
            // talk by recording it again was told only to add --yes, which stored a second one and
            // counted the talk twice (helper-222). A talk being replaced that becomes another's twin
            // is corrected by deleting one of the two (helper-223: told to replace the other).
            // (The twin read whole: the search for one read only what names a talk.)
            let differing = Self.differing(try store.records(.talks, ids: [twin.id]).talks.first ?? twin, recorded)
            let fields = TalkObject.names(of: differing)
            let (zh, en): (String, String)
            if stored != nil {
                let delete = pasteableCommand("delete", "talks", operand: recorded.id)
                (zh, en) = (
                    "（若两者是同一次谈话，请删除其中一条，如 \(delete)）",
                    " (if the two are the same talk, delete one of them, as \(delete))"
                )
            } else if !differing.isEmpty {
                let replace = pasteableCommand("record", "--replace", "--id", twin.id)
                (zh, en) = (
                    "（不同的只有\(fields.zh)：要改正已存储的谈话，请用 \(replace) 加要改的选项）",
                    " (only \(fields.en) \(differing.count == 1 ? "differs" : "differ"): to correct the stored talk, run "
                        + "\(replace) with what to change)"
                )
            } else {
                (zh, en) = ("", "")
            }
            throw InputError(
                source: source,
                problems: [
                    Problem(
                        "talk",
                        Message(
                            zh: "\(sameTalk(twin.id.quoted).zh)\(zh)，多半是同一次谈话登记了两次，本次未写入任何内容；如确是另一次谈话，请加 --yes 再运行",
                            en:
                                "\(sameTalk(twin.id.quoted).en)\(en): most likely the same talk recorded twice, so nothing "
                                + "was written; add --yes if this is another talk"))
                ])
        }
        try save(recorded, to: store, source: source, relocate: talk.relocate)
        return Recorded(talk: recorded, repeats: repeated?.id, replaced: stored, kept: kept)
    }

    /// The fields, as the format names them, in which `talk` differs from `stored` (its id aside).
    private static func differing(_ stored: Talk, _ talk: Talk) -> [String] {
        guard case .object(let before) = DatasetEncoder.json(stored),
            case .object(let after) = DatasetEncoder.json(talk)
        else { return [] }
        let keys = (before.map(\.key) + after.map(\.key)).filter { $0 != "id" }
        var seen: Set<String> = []
        return keys.filter { key in
            seen.insert(key).inserted && before.first { $0.key == key }?.value != after.first { $0.key == key }?.value
        }
    }

    /// "the stored talk X has the same conductor, organization, kind, day and talkee": the refusal
    /// of a talk recorded twice and the note when `--yes` confirms it; `stored` is the id as the
    /// message shows it (quoted in a problem, inline in a note).
    public static func sameTalk(_ stored: String) -> Message {
        Message(
            zh: "已存储的谈话 \(stored) 的开展谈话的党委、谈话对象单位、类型、日期、被谈话人都与此相同",
            en: "the stored talk \(stored) has the same conductor, organization, kind, day and talkee")
    }

    /// Fills in what a clerk may leave out: the id, the conductor (the organization's parent) and
    /// the talkee (the organization's secretary on the day of the talk); when `replacing` a stored
    /// talk, first what it keeps of that talk. Returns the stored talk replaced and the fields kept.
    private static func infer(
        _ talk: inout TalkObject, replacing: Bool, _ names: NameLookup, _ store: any Store
    ) throws -> (replaced: Talk?, kept: [String]) {
        // Ids and names typed in flags become stored ids (`NameLookup.id`); a file's fields are
        // ids already, as in any document.
        func resolve(_ field: String, _ kind: RecordKind, settling: (String?, CivilDate)? = nil) throws {
            guard let flag = talk.flags[field] else { return }
            switch talk.members.first(where: { $0.key == field })?.value {
            case .string(let text)?:
                talk.set(
                    field, .string(try names.id(text, kind, flag: flag, settling: settling.map { ($0, $1...$1) })))
            case .array(let items)?:
                let ids = try items.map { item in
                    guard case .string(let text) = item else { return item }
                    return .string(try names.id(text, kind, flag: flag))
                }
                talk.set(field, .array(ids))
            default: return
            }
        }
        try resolve("id", .talks)
        try resolve("plan", .plans)
        try resolve("triggers", .triggers)
        try resolve("conductor", .organizations)
        // Of several organizations of a name, the one that existed on the day (under the
        // conductor, when one is given), as a sheet.
        let day = talk.string("held").flatMap(CivilDate.init)
        try resolve("organization", .organizations, settling: day.map { (talk.string("conductor"), $0) })
        let stored = replacing ? try talk.string("id").flatMap { try store.talks(.id($0)).first } : nil
        if replacing, stored == nil, let id = talk.string("id") {
            // A mistyped id (t2026-009, T2026-09) would record another copy of the talk meant.
            let unknown = unknownID(id, kinds: [.talks], store: store, at: talk.place(of: "id"))
            guard let error = unknown as? InputError else { throw unknown }
            throw InputError(
                source: nil,
                problems: error.problems + [
                    Problem(
                        "--replace",
                        Message(
                            zh: "只改写已存储的谈话；登记新的谈话请去掉 --replace",
                            en: "replaces a stored talk only; leave --replace out to record a new talk"))
                ])
        }
        var kept: [String] = []
        if let stored {
            kept = talk.keep(stored, refill: try refilled(stored, by: talk, store))
        }
        guard let organization = talk.string("organization"), let held = talk.string("held").flatMap(CivilDate.init)
        else {
            return (stored, kept)  // the decoder reports what is missing
        }
        guard let record = try store.organization(organization) else {
            throw unknownID(organization, kinds: [.organizations], store: store, at: talk.place(of: "organization"))
        }
        // An organization that did not exist that day is the fault to name, before any default
        // (its parent, its secretary) is looked for.
        guard record.exists(on: held) else {
            let span = "\(record.established?.description ?? "…")–\(record.dissolved?.description ?? "…")"
            throw InputError(
                source: nil,
                problems: [
                    Problem(
                        talk.place(of: "organization"),
                        Message(
                            zh: "\(record.name.inline)（\(record.id.inline)）在 \(held) 不存在（存续 \(span)）",
                            en:
                                "\(record.name.inline) (\(record.id.inline)) did not exist on \(held) (it existed \(span))"
                        ))
                ])
        }
        if talk.string("conductor") == nil {
            // (helper-226: an organization without a parent that day was told "conductor:
            // required field is missing", naming no reason.)
            guard let parent = try TalkDefaults.conductor(of: organization, on: held, in: store) else {
                throw InputError(
                    Message(
                        zh: "\(record.name.inline)（\(organization.inline)）在 \(held) 没有上级党组织，无从取为开展谈话的党委，"
                            + "请用 --conductor 指明",
                        en:
                            "\(record.name.inline) (\(organization.inline)) had no parent organization on \(held) to take as "
                            + "the conductor; name the conductor with --conductor"), at: "--conductor")
            }
            talk.set("conductor", .string(parent), flag: "--organization")
        }
        // As a sheet does: of several people of a name, the talkee held a post in the organization
        // on the day, the talker in the conductor.
        let talkeeGiven = talk.flags["talkee"] != nil ? talk.string("talkee") : nil
        do {
            try resolve("talkee", .people, settling: (organization, held))
        } catch _ where talkeeGiven.map({ SheetColumns.isSecretarysPost($0, of: record.name) }) == true {
            // A post for the talkee (--talkee 县委书记) names the organization's secretary on the day,
            // filled in below, as a sheet's cell does (helper-276: refused where a sheet took it).
            talk.members.removeAll { $0.key == "talkee" }
        }
        // (One no stored name is close to passes through as an id no person has, as a sheet's cell
        // does: 代理县委书记, helper-280, an unknown person to add.)
        if let text = talkeeGiven, let id = talk.string("talkee"), try !store.exists(.people, id: id),
            SheetColumns.isSecretarysPost(text, of: record.name)
        {
            talk.members.removeAll { $0.key == "talkee" }
        }
        // A post beside the name (--talkee 县委书记（陈东）) is checked as a sheet's cell is: another's
        // secretary, or this organization's beside one who was not (helper-280: 陈东, 清溪县委's
        // secretary, stored for 桐林县委's talk).
        if let text = talkeeGiven, let talkee = talk.string("talkee"),
            case let names = try names.peopleAndOrganizations(),
            let post = Sheet.postBeside(talkee, in: text, names),
            let refusal = try Sheet.talkeesPostRefusal(
                post, talkee: talkee, organization: organization, held: held, kind: talk.string("kind"), in: store,
                names, besideTheName: true)
        {
            throw InputError(refusal, at: "--talkee")
        }
        try resolve("talker", .people, settling: talk.string("conductor").map { ($0, held) })
        if talk.string("talkee") == nil {
            guard TalkDefaults.fillsTalkee(kind: talk.string("kind")) else {
                throw InputError(TalkDefaults.noTalkee(ofKind: talk.string("kind"), post: talkeeGiven), at: "--talkee")
            }
            if let secretary = try TalkDefaults.talkee(of: organization, on: held, in: store) {
                talk.set("talkee", .string(secretary), flag: "--organization")
            } else {
                throw InputError(
                    Message(
                        zh: "未登记 \(record.name.inline)（\(organization.inline)）在 \(held) 的书记，请用 --talkee 指明被谈话人",
                        en:
                            "no secretary of \(organization.quoted) is recorded on \(held); name the talkee with --talkee"
                    ), at: "--talkee")
            }
        }
        if talk.string("id") == nil && !talk.members.contains(where: { $0.key == "id" }) {
            talk.set("id", .string(try store.nextTalkID(year: held.year)), flag: "--id")
        }
        return (stored, kept)
    }

    /// The fields of `stored` that `talk`, replacing it, does not keep though it does not give them:
    /// for another organization, all that was the stored organization's (its conductor, talkee,
    /// plan item, triggers); for another day, a conductor or talkee that was the organization's on
    /// the stored day (filled in for the day given, as for a new talk; one chosen otherwise is kept).
    private static func refilled(_ stored: Talk, by talk: TalkObject, _ store: any Store) throws -> Set<String> {
        // Whether the stored talkee is the one a blank one was filled in with, the secretary of the
        // stored day, and whether the talk as corrected gets a talkee filled in (`fillsTalkee`).
        let talkeeWasFilled =
            try TalkDefaults.talkee(of: stored.organization, on: stored.held, in: store) == stored.talkee
        let fills = TalkDefaults.fillsTalkee(kind: talk.string("kind") ?? stored.kind.rawValue)
        if let organization = talk.string("organization"), !IDRules.sameBytes(organization, stored.organization) {
            // (A talkee named for a talk of a kind that fills in none, 诫勉谈话, stays: helper-285, told
            // "no talkee given".)
            return fills || talkeeWasFilled
                ? ["conductor", "talkee", "plan", "triggers"] : ["conductor", "plan", "triggers"]
        }
        // The plan item is the conductor's: another conductor, given or filled in for another day,
        // does not keep it (helper-123: refused for it, with no flag to drop it).
        var refill: Set<String> = []
        if let conductor = talk.string("conductor"), !IDRules.sameBytes(conductor, stored.conductor) {
            refill.insert("plan")
        }
        // A supervision talk's talkee filled in, the secretary of its day, is no one's choice for a
        // talk made of a kind that fills none in (任前谈话): to be given (helper-284: kept).
        if !fills, stored.kind.isSupervision, talkeeWasFilled { refill.insert("talkee") }
        guard let day = talk.string("held").flatMap(CivilDate.init), day != stored.held else { return refill }
        if try TalkDefaults.conductor(of: stored.organization, on: stored.held, in: store) == stored.conductor {
            refill.insert("conductor")
            if talk.string("conductor") == nil,
                try TalkDefaults.conductor(of: stored.organization, on: day, in: store) != stored.conductor
            {
                refill.insert("plan")
            }
        }
        // (A talkee is filled in for a supervision talk only.)
        if fills, talkeeWasFilled { refill.insert("talkee") }
        return refill
    }

    /// Saves one talk through the same validation as `talks load`, reporting problems where the
    /// person typed them.
    static func save(_ talk: Talk, to store: any Store, source: String?, relocate: ([Problem]) -> [Problem]) throws {
        var dataset = Dataset()
        dataset.talks = [talk]
        do {
            try store.save(dataset, locator: RecordLocator { _, _ in "talk" }, source: source)
        } catch let error as InputError {
            throw InputError(source: error.source, problems: relocate(error.problems))
        }
    }
}

/// `talks measures`, `rectification`, `archive`: a change to part of a stored talk, read and
/// written in one write transaction; fields the change does not touch keep their values.
public enum FollowUp {
    /// Applies `change` to the stored talk `id` and saves it; problems at a field are reported at
    /// the flag `fields` names for it. Returns what `change` says it did.
    public static func run(
        _ id: String, store: any Store, fields: [String: String], change: (inout Talk) throws -> Message
    ) throws -> Message {
        try store.writing {
            guard var talk = try store.talks(.id(id)).first else {
                throw unknownID(id, kinds: [.talks], store: store)
            }
            let done = try change(&talk)
            var relocation = TalkObject()
            relocation.flags = fields
            try RecordTalk.save(talk, to: store, source: nil, relocate: relocation.relocate)
            return done
        }
    }
}

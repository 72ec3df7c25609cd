import OfficeOpenXML
import TalkModel
import TalkStore

/// Loading a dataset document and importing a sheet: records validated and written all or
/// nothing, in one write transaction with every read they depend on.
public enum Loading {
    /// What a load or an import wrote: the records it was given, and what became of them.
    public struct Outcome: Sendable {
        public let decoded: Dataset
        public let summary: LoadSummary
        /// The talks and triggers a document written without its confidential texts added, stored
        /// without them as `--yes` confirmed (`load`): said, as their rules judge them so.
        public var withoutConfidentialTexts: [(kind: RecordKind, id: String)] = []
        /// The records of `records` (and their `rows`, a sheet's) that were written: new or
        /// changed, not given again unchanged (`LoadSummary.unchangedKeys`).
        public func written<R: IdentifiedRecord>(_ records: [R], rows: [Int]?) -> (records: [R], rows: [Int]?) {
            guard let unchanged = summary.unchangedKeys[R.kind] else { return (records, rows) }
            let kept = records.indices.filter { !unchanged.contains(records[$0].id) }
            return (kept.map { records[$0] }, rows.map { rows in kept.compactMap { $0 < rows.count ? rows[$0] : nil } })
        }

        /// The rows of a sheet whose record the store held already, unchanged.
        func unchangedRows(_ reading: Sheet.Reading) -> Set<Int> {
            guard let unchanged = summary.unchangedKeys[reading.kind] else { return [] }
            let keys = DatasetEncoder.keys(reading.kind, decoded)
            return Set(
                keys.indices.filter { $0 < reading.rowNumbers.count && unchanged.contains(keys[$0]) }.map {
                    reading.rowNumbers[$0]
                })
        }

        /// What a document changed in the stored organizations' histories, and the parents it gives
        /// of a level not above their organization's (`load`), each said.
        public var treeNotes: [Message] = []
        /// The supervision talks it wrote whose conductor is not above their organization on the
        /// day held, and the triggers of an organization with no parent that day (`load`), each said.
        public var conductorNotes: [Message] = []
    }

    /// Writes decoded records. `decode` runs inside the write transaction, so what it reads of the
    /// store (names, the stored records a sheet's row starts from) stays true until the records are
    /// written: no other writer slips in between. Confidential texts a record's object leaves out
    /// keep their stored values (`keepingConfidentialTexts`).
    ///
    /// A document written without its confidential texts (`"confidential": "omitted"`) that adds
    /// talks or triggers is refused unless `withoutConfidentialTexts`: they would be stored
    /// without the problems pointed out, requirements and notes they had, and judged so (a talk
    /// restored from a plain export was reported for pointing out no problem, Art. 8).
    static func save(
        into store: any Store, source: String, progress: ((Int, Int) -> Void)?,
        withoutConfidentialTexts: Bool = false, decode: () throws -> DatasetDecoder.Result
    ) throws -> Outcome {
        try store.writing {
            let decoded = try decode()
            let dataset = decoded.dataset
            var stored = try store.records(.talks, ids: dataset.talks.map(\.id))
            stored.triggers = try store.records(.triggers, ids: dataset.triggers.map(\.id)).triggers
            let added = decoded.confidentialOmitted ? Self.added(dataset, stored: stored) : []
            if !added.isEmpty, !withoutConfidentialTexts, decoded.problems.isEmpty {
                throw InputError(source: source, problems: [Self.withoutTexts(added)])
            }
            let summary = try store.save(
                decoded.keepingConfidentialTexts(of: stored), locator: decoded.locator(), source: source,
                earlier: decoded.problems, unreadable: decoded.unreadableIDs, progress: progress)
            return Outcome(decoded: dataset, summary: summary, withoutConfidentialTexts: added)
        }
    }

    /// The talks and triggers of `dataset` not among `stored`'s.
    private static func added(_ dataset: Dataset, stored: Dataset) -> [(kind: RecordKind, id: String)] {
        let (talks, triggers) = (Set(stored.talks.map(\.id)), Set(stored.triggers.map(\.id)))
        return dataset.talks.filter { !talks.contains($0.id) }.map { (.talks, $0.id) }
            + dataset.triggers.filter { !triggers.contains($0.id) }.map { (.triggers, $0.id) }
    }

    /// The refusal of records a document without its confidential texts would add.
    private static func withoutTexts(_ added: [(kind: RecordKind, id: String)]) -> Problem {
        let ids = added.prefix(5).map(\.id.quoted).joined(separator: ", ") + (added.count > 5 ? " …" : "")
        let (talks, triggers) = (added.count { $0.kind == .talks }, added.count { $0.kind == .triggers })
        let counted = Message(
            zh: [talks > 0 ? "\(talks) 条谈话" : nil, triggers > 0 ? "\(triggers) 条情形" : nil].compactMap { $0 }
                .joined(separator: "和"),
            en: [
                talks > 0 ? "\(talks) \(talks == 1 ? "talk" : "talks")" : nil,
                triggers > 0 ? "\(triggers) \(triggers == 1 ? "trigger" : "triggers")" : nil,
            ].compactMap { $0 }.joined(separator: " and "))
        return Problem(
            "confidential",
            Message(
                zh: "文件导出时未含保密内容（\"confidential\": \"omitted\"），其中\(counted.zh)是存储中没有的（\(ids)）：载入后它们没有原有的"
                    + "指出问题、整改要求和情形说明，读取这些内容的规则（如第八条 指出问题）会据此评判。请载入用 talks export --include-confidential "
                    + "导出的文件；确要不带保密内容存入，请加 --yes 再运行。未写入任何内容",
                en: "the document was written without its confidential texts (\"confidential\": \"omitted\"), and "
                    + "\(counted.en) in it (\(ids)) the store lacks would be stored without the problems pointed out, "
                    + "requirements and notes they may have had, and judged so by the rules reading them (Art. 8, problems "
                    + "pointed out). Load an export written with talks export --include-confidential, or add --yes to store "
                    + "them without. Nothing was written"))
    }

    /// `talks load`: a decoded document (`decodeDocument`) validated and written; the decoder's
    /// problems are reported together with the validator's. `withoutConfidentialTexts`: see `save`.
    public static func load(
        _ decoded: DatasetDecoder.Result, source: String, into store: any Store,
        withoutConfidentialTexts: Bool = false, progress: ((Int, Int) -> Void)? = nil, today: CivilDate? = nil
    ) throws -> Outcome {
        var changes: [Message] = []
        var outcome = try save(
            into: store, source: source, progress: progress, withoutConfidentialTexts: withoutConfidentialTexts
        ) {
            changes =
                try treeNotes(by: decoded.dataset, in: store, today: today)
                + talkeesNoLongerSecretaries(decoded.dataset.appointments, in: store, document: decoded.dataset)
            return decoded
        }
        outcome.treeNotes = changes
        // (Read once the document is written: a note, whose read failing fails no load it follows.)
        let known = outcome.decoded.organizations
        let talks =
            (try? conductorsNotAbove(
                outcome.written(outcome.decoded.talks, rows: nil).records, rows: nil, in: store, known: known)) ?? []
        let triggers =
            (try? triggersWithoutConductor(
                outcome.written(outcome.decoded.triggers, rows: nil).records, in: store, known: known)) ?? []
        outcome.conductorNotes = talks + triggers
        return outcome
    }

    /// What a document changes in the stored organizations' histories, each said: a history it
    /// cuts or rewrites (a province's document sent again without the transfers recorded since,
    /// `talks move` or a sheet), with the history as it was and the commands that record it again
    /// (the days are nowhere else once it is replaced); and the stored talks now judged against
    /// another parent of their day and the plan items stranded (`MoveOrganization.consequences`,
    /// as `move` and a sheet say them); and the parents it gives of a level not above their
    /// organization's (`MoveOrganization.parentsNotAbove`). Said, not refused: a load replaces a
    /// stored organization whole, the document being the record (helper-172: undone without a
    /// word; helper-175: the same parents on other days).
    private static func treeNotes(by dataset: Dataset, in store: any Store, today: CivilDate?) throws -> [Message] {
        guard !dataset.organizations.isEmpty else { return [] }
        let stored = Dictionary(
            try store.records(.organizations, ids: dataset.organizations.map(\.id)).organizations.map { ($0.id, $0) }
        ) { first, _ in first }
        var told: [Message] = []
        var changes: [(before: Organization, after: Organization)] = []
        for organization in dataset.organizations {
            // (One giving a stretch in two, with no day's parent changed, is no change to tell:
            // helper-177.)
            guard let old = stored[organization.id], !organization.sameParentOnEveryDay(as: old) else { continue }
            if !organization.keepsHistory(of: old) {
                told.append(try rewritten(old, by: organization, in: store, today: today))
            }
            changes.append((old, organization))
        }
        return told + (try MoveOrganization.consequences(of: changes, in: store))
            + (try MoveOrganization.parentsNotAbove(dataset.organizations, in: store))
    }

    /// The note of a stored history a document replaced: as it was, and how to record it again.
    /// When the document gives its beginning only, the `talks move` commands that record the
    /// transfers it left out (with `--yes` for one after `today`, as `move` asks); otherwise a
    /// document giving the history as it was, which `move` cannot record: it only adds a transfer
    /// after the last one, to a parent (helper-176: commands printed for any change failed, or
    /// ran and left another history).
    private static func rewritten(
        _ old: Organization, by new: Organization, in store: any Store, today: CivilDate?
    ) throws -> Message {
        let periods = old.formerParents.map { ($0.parent, Optional($0.until)) } + [(old.parent, nil)]
        var names = [old.id: old.name]
        for id in Set(periods.compactMap(\.0)) { names[id] = try store.organization(id)?.name }
        func named(_ id: String?) -> (zh: String, en: String) {
            guard let id else { return ("无上级", "no parent") }
            guard let name = names[id] else { return (id.inline, id.inline) }
            return ("\(name.inline)（\(id.inline)）", "\(name.inline) (\(id.inline))")
        }
        let history = Sheet.historyWords(periods.map { ($0.0, $0.1?.description) }, named: named)
        let own = named(old.id)
        let was = (
            zh: "注意：\(own.zh)已存储的隶属历史被文件改写（原为：\(history.zh)）；",
            en: "note: \(own.en): the document replaces its stored history (it was: \(history.en)); "
        )
        guard let left = new.transfersLeftOut(of: old) else {
            return Message(
                zh: was.zh + "若非本意，请载入按原有历史填写上级（parent、formerParents）的文件：talks move 只能在最后一次划转之后添加划转",
                en: was.en + "if that was not meant, load a document giving the history it had (parent and "
                    + "formerParents): talks move only adds a transfer after the last one")
        }
        let redo = left.map { parent, from in
            today.map { from > $0 } == true
                ? pasteableCommand("move", "--to", parent, "--from", from.description, "--yes", operand: old.id)
                : pasteableCommand("move", "--to", parent, "--from", from.description, operand: old.id)
        }.joined(separator: "; ")
        return Message(
            zh: was.zh + "若非本意，可重新记录：\(redo)", en: was.en + "if that was not meant, record it again: \(redo)")
    }

    /// Parses and decodes a document; a syntax error stops here (nothing else can be read),
    /// other problems travel on with the decoded records so they are reported together.
    public static func decodeDocument(_ bytes: [UInt8], source: String) throws -> DatasetDecoder.Result {
        do {
            return DatasetDecoder.decode(try JSONReader.parse(bytes))
        } catch {
            throw InputError(source: source, problems: error.problems)
        }
    }

    /// `talks import`: a sheet's rows read against the stored names and records, inside the write
    /// transaction that writes them. `notes` hears what was skipped as soon as the sheet is read,
    /// and the likely second records of a talk once they are written.
    /// Problems are located at the sheet's rows and columns (`台账!E5`).
    /// With `today`, a date after it is refused at its cell (the clerk confirms with `--yes`: the
    /// caller then passes nil). A row giving a stored record's id to a record told apart from it
    /// (`Sheet.identity`) is refused unless `changingStored` (also `--yes`), then noted.
    public static func importSheet(
        _ sheet: SheetInput, kind: RecordKind?, into store: any Store, notes: ([Message]) -> Void,
        refusingDatesAfter today: CivilDate? = nil, changingStored: Bool = false,
        progress: ((Int, Int) -> Void)? = nil
    ) throws -> Outcome {
        var reading: Sheet.Reading?
        // Told once the sheet is written: a refused import wrote no talk to delete, changed nothing.
        var twins: [Message] = []
        var consequences: [Message] = []
        do {
            let outcome = try save(into: store, source: sheet.source, progress: progress) {
                // Which sheet was read, and why, is told before anything about its rows: also when
                // they cannot be read as records.
                notes(sheet.notes)
                let read: Sheet.Reading
                do {
                    read = try Sheet.read(
                        sheet.rows, kind: kind, names: try storedNames(store, triggers: kind == nil || kind == .talks),
                        sheet: sheet.name,
                        dayNumberOrigin: sheet.dayNumberOrigin, unreadable: sheet.unreadable,
                        merged: sheet.merged, struck: sheet.struck, hidden: sheet.hidden,
                        changingStored: changingStored
                    ) {
                        kind, ids in
                        // Terms have no id: a terms sheet's rows are known by their key, among all.
                        DatasetEncoder.json(
                            kind, try kind == .terms ? store.records(kind) : store.records(kind, ids: ids))
                    }
                } catch let error as InputError {
                    throw InputError(source: sheet.source, problems: error.problems.map(sheet.inSheet))
                }
                reading = read
                notes(read.notes.map(sheet.inSheet))
                // (Not after a row skipped, a total's: no record was cut.)
                if let row = sheet.unendedRow, !read.skippedRows.contains(row.number) {
                    notes([SheetInput.cutShort(row)])
                }
                var decoded = DatasetDecoder.decode(read.document)
                decoded.problems = read.problems + read.unreported(decoded.problems)
                if decoded.problems.isEmpty, read.kind == .talks {
                    twins = try likelyDuplicates(decoded.dataset.talks, rows: read.rowNumbers, in: store)
                }
                if decoded.problems.isEmpty, read.kind == .plans {
                    twins = try likelyRepeats(decoded.dataset.plans, rows: read.rowNumbers, in: store, .plans)
                }
                if decoded.problems.isEmpty, read.kind == .triggers {
                    twins = try likelyRepeats(decoded.dataset.triggers, rows: read.rowNumbers, in: store, .triggers)
                }
                if decoded.problems.isEmpty, read.kind == .organizations {
                    let locate = decoded.locator()
                    decoded.problems += try sameOrganizations(decoded.dataset.organizations, in: store).map { same in
                        let id = decoded.dataset.organizations[same.index].id
                        return Problem(
                            "\(locate.path(.organizations, same.index)).\(same.change == .moved ? "parent" : same.change == .renamed ? "name" : "id")",
                            same.message(id))
                    }
                }
                if decoded.problems.isEmpty, read.kind == .organizations {
                    consequences =
                        try Self.consequences(of: decoded.dataset.organizations, in: store)
                        + MoveOrganization.parentsNotAbove(
                            decoded.dataset.organizations, rows: read.rowNumbers, in: store)
                }
                if decoded.problems.isEmpty, read.kind == .people {
                    consequences = try namesakes(decoded.dataset.people, rows: read.rowNumbers, in: store)
                }
                if decoded.problems.isEmpty, read.kind == .appointments {
                    consequences = try talkeesNoLongerSecretaries(decoded.dataset.appointments, in: store)
                }
                // A day past the century is a year mistyped (3000-01-01, 9999-12-31), --yes or not
                // (helper-269: stored, its deadlines then "not applicable").
                let beyond = Dataset.days(after: Sheet.plausibleDays.upperBound, in: read.document)
                decoded.problems += beyond.map { Problem($0.path, Sheet.yearMistyped($0.date)) }
                if let today {
                    let told = Set(beyond.map(\.path))
                    decoded.problems += Dataset.datesAfter(today, in: read.document).filter { !told.contains($0.path) }
                        .map {
                            path, date in
                            Problem(
                                path,
                                Message(
                                    zh: "\(date) 晚于今天（北京时间 \(today)）；如确是此日，请加 --yes 再导入",
                                    en:
                                        "\(date) is after today (\(today), China Standard Time); add --yes if it is meant"
                                ))
                        }
                }
                return decoded
            }
            // Of the talks written, not those given again unchanged: said when they were.
            let (talks, rows) = outcome.written(outcome.decoded.talks, rows: reading?.rowNumbers)
            // (Read once the sheet is written: a note, whose read failing fails no import it follows.)
            let notAbove = (try? conductorsNotAbove(talks, rows: rows ?? [], in: store)) ?? []
            let triggers = outcome.written(outcome.decoded.triggers, rows: reading?.rowNumbers)
            let noConductor = (try? triggersWithoutConductor(triggers.records, rows: triggers.rows, in: store)) ?? []
            notes(
                ((reading.map { $0.corrections(leavingOut: outcome.unchangedRows($0)) } ?? []) + twins + consequences
                    + Talk.notesToCheck(talks, rows: rows) + notAbove
                    + noConductor)
                    .map(sheet.inSheet))
            return outcome
        } catch let error as InputError {
            guard let reading else { throw error }
            // The store's check and the sheet's own may tell one cell the same (an unknown
            // organization, in each row a merged cell spans): once is enough.
            // The sheet's own problems are told wherever they are: one at a path (no secretary to
            // fill a blank talkee in) was left out as already told, and the message was empty.
            var told: Set<Problem> = []
            let own = Set(reading.problems)
            throw InputError(
                source: error.source,
                problems: Problem.inSheetOrder(
                    error.problems.filter { own.contains($0) || !reading.unreported([$0]).isEmpty }.map {
                        problem in
                        let located = reading.located(problem)
                        // A cell's place already names the sheet (`台账!H3`); anything else is said to be in it.
                        let named =
                            sheet.name.map { located.location.hasPrefix(Sheet.reference(toSheet: $0) + "!") } ?? true
                        return named ? located : sheet.inSheet(located)
                    }.filter { told.insert($0).inserted }))
        }
    }
}

extension Loading {
    /// The stored supervision talks whose talkee was their organization's secretary on the day
    /// held and, with the secretaries' posts `appointments` gives (a roster corrected), no longer
    /// is: each said, with the secretary now and the command recording the talk with them. A talkee
    /// filled in from a blank cell, or left out of `talks record`, was the secretary of its day; it
    /// stayed the former one, silently, and a ledger imported again kept it (helper-254); a
    /// document loaded too (`document`: its talks are given anew with the posts, not said; its
    /// people named as it names them). Only an organization whose secretaries change is read for
    /// its talks.
    static func talkeesNoLongerSecretaries(
        _ appointments: [Appointment], in store: any Store, document: Dataset? = nil
    ) throws -> [Message] {
        let words = RecordWords(store)
        let except = Set(document?.talks.map(\.id) ?? [])
        let given = Dictionary((document?.people ?? []).map { ($0.id, $0.name) }) { first, _ in first }
        func named(_ id: String) throws -> Message {
            guard let name = given[id] else { return try words.named(id) }
            return Message(zh: "\(name.inline)（\(id.inline)）", en: "\(name.inline) (\(id.inline))")
        }
        let (by, byZH) = document == nil ? ("by this sheet", "按本表") : ("by this document", "按本文档")
        var told: [Message] = []
        let posts = Dictionary(grouping: appointments.filter { $0.role == .secretary }, by: \.organization)
        // (A document or sheet of no secretary's post asks the store nothing.)
        if posts.isEmpty { return [] }
        // The stored secretaries of them all, read at once (a province's document sent again: one
        // question, not one an organization).
        let storedPosts = Dictionary(
            grouping: try store.records(.appointments, matching: .only(.organizations(Array(posts.keys)))).appointments
                .filter { $0.role == .secretary },
            by: \.organization)
        for (organization, posts) in posts.sorted(by: { $0.key < $1.key }) {
            let stored = storedPosts[organization] ?? []
            let keys = Set(posts.map(\.key))
            let now = stored.filter { !keys.contains($0.key) } + posts
            // (No stored secretary, no talk whose talkee was one; the same, no change.)
            guard !stored.isEmpty, Set(now) != Set(stored) else { continue }
            func secretary(_ posts: [Appointment], on day: CivilDate) -> String? {
                posts.filter { $0.covers(day) }.map(\.person).min()
            }
            let talks = try store.records(.talks, matching: .only(.organization(organization))).talks
            for talk in talks where talk.kind.isSupervision && !except.contains(talk.id) {
                let (then, secretary) = (secretary(stored, on: talk.held), secretary(now, on: talk.held))
                guard then == talk.talkee, secretary != talk.talkee else { continue }
                let (it, former) = (try words.named(organization), try named(talk.talkee))
                // No secretary that day now (a post ended with no successor: helper-260, nothing said).
                guard let secretary else {
                    told.append(
                        Message(
                            zh:
                                "注意：谈话 \(talk.id.inline)（\(it.zh)，\(talk.held)）的被谈话人 \(former.zh) 当日是书记，\(byZH)当日没有书记：请核对任职记录或谈话日期",
                            en:
                                "note: talk \(talk.id.inline) (\(it.en), \(talk.held)): its talkee \(former.en) was the secretary that "
                                + "day and \(by) no one is: check the posts or the talk's day"))
                    continue
                }
                let current = try named(secretary)
                let command = pasteableCommand("record", "--replace", "--talkee", secretary, "--id", talk.id)
                told.append(
                    Message(
                        zh: "注意：谈话 \(talk.id.inline)（\(it.zh)，\(talk.held)）的被谈话人 \(former.zh) 当日是书记，\(byZH)已不是，"
                            + "当日的书记是 \(current.zh)：被谈话人若是按当日的书记填写的，请重新记录：\(command)",
                        en:
                            "note: talk \(talk.id.inline) (\(it.en), \(talk.held)): its talkee \(former.en) was the secretary that "
                            + "day and \(by) is not; \(current.en) is: if the talkee was filled in as the day's secretary, "
                            + "record it anew: \(command)"))
            }
        }
        return told
    }

    /// The people a sheet adds who bear the name of another (a second 王伟, or 阿卜杜拉-艾买提 beside
    /// 阿卜杜拉·艾买提): said, as a cell naming them will need the organization and day, or the id.
    static func namesakes(_ people: [Person], rows: [Int], in store: any Store) throws -> [Message] {
        let stored = try store.people()
        let storedKeys = Dictionary(stored.map { ($0.id, OfficeText.nameKey($0.name)) }) { first, _ in first }
        // The stored as the sheet leaves them (helper-117: two people whose names a sheet swapped
        // were each told to bear the other's).
        let given = Dictionary(people.map { ($0.id, $0) }) { first, _ in first }
        var byKey = Dictionary(grouping: stored.map { given[$0.id] ?? $0 }) { OfficeText.nameKey($0.name) }
        var told = Sheet.RowNotes()
        // Added, or renamed to another's name (helper-116: a rename was not told).
        for (person, row) in zip(people, rows) {
            let key = OfficeText.nameKey(person.name)
            guard storedKeys[person.id] != key else { continue }
            let renamed = storedKeys[person.id] != nil
            // (A renamed person is in the list under its new name.) The first three named: a name
            // filled down a long sheet made each note list all before it (helper-118: 4,000 rows, 67 s).
            let count = (byKey[key]?.count ?? 0) - (renamed ? 1 : 0)
            if count > 0, let all = byKey[key] {
                let others = all.lazy.filter { $0.id != person.id }.prefix(3)
                let more =
                    count > 3 ? Message(zh: "等 \(count) 人", en: " and \(count - 3) more") : Message(zh: "", en: "")
                let named = others.map { "\($0.name.quoted) (\($0.id.inline))" }.joined(separator: ", ") + more.en
                let zh = others.map { "\($0.name.quotedInChinese)（\($0.id.inline)）" }.joined(separator: "、") + more.zh
                told.append(
                    Message(
                        zh: "第 \(row) 行：\(renamed ? "改名后的" : "新增的") \(person.id.inline) 与 \(zh) 同名；"
                            + "此后填这一姓名的单元格按组织和日期确定是谁，确定不了的须填编号",
                        en:
                            "row \(row): \(person.id.inline), \(renamed ? "renamed" : "added"), bears the name of \(named); "
                            + "a cell giving the name is settled by its organization and day from now on, or needs the id"
                    ))
            }
            if storedKeys[person.id] == nil { byKey[key, default: []].append(person) }
        }
        return told.all
    }

    /// The sheet's new organizations that are a stored one, or one of the rows above, under
    /// another id, each with its index and that one: the same name (its official and everyday forms alike, 中共江州市委员会 and
    /// 江州市委), the same parent and days in common. An id typed anew made a second 江州市委, and
    /// every sheet naming it after was refused as ambiguous. (Townships of one name under two
    /// counties, or a committee set up again after the first was dissolved, are others.)
    /// An organization a change would make share its name, its parent and days with another
    /// (`sameOrganizations`), after which a cell giving the name could not tell them apart.
    struct SameOrganization {
        enum Change { case added, renamed, moved }
        /// The organization's position among those given.
        let index: Int
        let other: Organization
        /// Whether `other` is stored (else a row above of the same sheet).
        let stored: Bool
        let change: Change

        /// The refusal, of the organization with id `id`.
        func message(_ id: String) -> Message {
            let which = Message(
                zh: "\(stored ? "已存储的" : "表中上方的") \(other.name.quotedInChinese)（\(other.id.inline)）",
                en: "\(stored ? "stored" : "one above,") \(other.name.quoted) (\(other.id.inline))")
            return switch change {
            case .added:
                Message(
                    zh: "新增的组织与\(which.zh)同名、上级相同、存续时间重叠：是同一组织的，请改用其编号 \(other.id.inline)",
                    en: "the organization added has the name, the parent and days of the \(which.en): "
                        + "if it is that organization, use its id, \(other.id.inline)")
            case .renamed:
                Message(
                    zh: "改名后的 \(id.inline) 与\(which.zh)同名、上级相同、存续时间重叠，此后填这一名称的单元格无法确定是哪个组织："
                        + "请核对名称（两者是同一组织的，请只留一个编号）",
                    en: "renamed, \(id.inline) would have the name, the parent and days of the \(which.en), so a "
                        + "cell giving the name could not tell them apart: check the name (if they are one "
                        + "organization, keep one id)")
            case .moved:
                Message(
                    zh: "划转后的 \(id.inline) 与\(which.zh)同名、上级相同、存续时间重叠，此后填这一名称的单元格无法确定是哪个组织："
                        + "请先为其中一个改用全称（如冠以地名），再划转",
                    en: "moved, \(id.inline) would have the name, the parent and days of the \(which.en), so a cell "
                        + "giving the name could not tell them apart: rename one first (with its place's name, say), then move it"
                )
            }
        }
    }

    /// The organizations given that a sheet or a command adds, renames or moves to share their
    /// name, parent and days with another, stored or given above.
    static func sameOrganizations(_ organizations: [Organization], in store: any Store) throws -> [SameOrganization] {
        let name = { (organization: Organization) in
            OfficeText.baseName(OfficeText.nameKey(organization.name), .organizations)
        }
        // The stored as the sheet leaves them: a row of a stored organization may dissolve it, or
        // rename it, as another takes its name.
        let given = Dictionary(organizations.map { ($0.id, $0) }) { first, _ in first }
        let before = try store.organizations()
        let storedNames = Dictionary(before.map { ($0.id, name($0)) }) { first, _ in first }
        let storedParents = Dictionary(before.map { ($0.id, $0.parentSpans.map(\.parent)) }) { first, _ in first }
        let stored = before.map { given[$0.id] ?? $0 }
        // A name without its remark names the one with it (江东省国资委党委 and 江东省国资委党委（党组性质
        // 党委）), as a sheet's cell does; two remarks may be two bodies (helper-117: a rename to the
        // name without the remark, or with one added, was let through).
        let bare = { (organization: Organization) in OfficeText.withoutRemark(name(organization)) ?? name(organization)
        }
        func sameName(_ a: Organization, _ b: Organization) -> Bool {
            name(a) == name(b) || OfficeText.withoutRemark(name(a)) == nil || OfficeText.withoutRemark(name(b)) == nil
        }
        // The stored, then the sheet's rows above: a row pasted twice under two ids is the same.
        // By name and by each parent it had, so a name many townships share under their own
        // counties is compared only within a county (helper-118: 1,500 城关镇党委, 51 s).
        var byName = Dictionary(grouping: stored, by: bare)
        struct Sibling: Hashable {
            let name: String
            let parent: String?
        }
        var byParent: [Sibling: [Organization]] = [:]
        func file(_ organization: Organization) {
            for parent in Set(organization.parentSpans.map(\.parent)) {
                byParent[Sibling(name: bare(organization), parent: parent), default: []].append(organization)
            }
        }
        stored.forEach(file)
        func overlap(_ a: Organization, _ b: Organization) -> Bool {
            !Organization.endsBefore(a.dissolved, b.established) && !Organization.endsBefore(b.dissolved, a.established)
        }
        var found: [SameOrganization] = []
        for (index, organization) in organizations.enumerated() {
            let key = bare(organization)
            // A stored one only when renamed (helper-116: renamed with --yes to a sibling's name) or
            // moved (helper-125: moved under a parent with one of its name).
            let storedName = storedNames[organization.id]
            let moved = storedParents[organization.id].map { $0 != organization.parentSpans.map(\.parent) } ?? false
            guard storedName != name(organization) || moved else { continue }
            // (A row giving no parent says nothing of it: 江州市委 added without one is the stored.)
            let saysNoParent = organization.parent == nil && organization.formerParents.isEmpty
            let candidates =
                saysNoParent
                ? byName[key] ?? []
                : Set(organization.parentSpans.map(\.parent)).sorted { ($0 ?? "") < ($1 ?? "") }.flatMap {
                    byParent[Sibling(name: key, parent: $0)] ?? []
                }
            if let other = candidates.first(where: {
                // The same parent on a day both existed, a former one too (helper-117: 桐林县委, moved
                // away from 江州市委, was not compared with its old siblings).
                $0.id != organization.id && sameName($0, organization)
                    && (saysNoParent ? overlap($0, organization) : organization.sharesParentSomeDay(with: $0))
            }) {
                found.append(
                    SameOrganization(
                        index: index, other: other, stored: storedNames[other.id] != nil,
                        change: storedName == nil ? .added : storedName != name(organization) ? .renamed : .moved))
            }
            if storedName == nil {
                byName[key, default: []].append(organization)
                file(organization)
            }
        }
        return found
    }

    /// What the parents a sheet gives its organizations change in the stored talks and plan items
    /// (`MoveOrganization.consequences`): a transfer, its day moved, a history rewritten.
    static func consequences(of organizations: [Organization], in store: any Store) throws -> [Message] {
        let changes = try organizations.compactMap { organization in
            try store.organization(organization.id).map { (before: $0, after: organization) }
        }
        return try MoveOrganization.consequences(of: changes, in: store)
    }

    /// The sheet's (or a document's) supervision talks whose conductor is not above their
    /// organization on the day held (`RecordWords.conductorNotAbove`), each a note leading with its
    /// row, as `record` says it (helper-226: a sheet said nothing; `check` alone told it broke
    /// `lower-level`; helper-227: nor did a load).
    /// A document's (`rows` nil) lead with "note:"; `known`: the organizations it gives, read
    /// before the store's.
    static func conductorsNotAbove(
        _ talks: [Talk], rows: [Int]?, in store: any Store, known: [Organization] = []
    ) throws -> [Message] {
        let words = RecordWords(store)
        var organizations = OrganizationsRead(store, known: known)
        var told = Sheet.RowNotes()
        for (i, talk) in talks.enumerated() {
            let row = rows.flatMap { i < $0.count ? $0[i] : nil }
            let lead =
                row.map { (zh: "第 \($0) 行：谈话 \(talk.id.inline)：", en: "row \($0): talk \(talk.id.inline): ") }
                ?? (zh: "注意：谈话 \(talk.id.inline)：", en: "note: talk \(talk.id.inline): ")
            if let note = try words.conductorNotAbove(talk, lead: lead, organizations: &organizations) {
                told.append(note)
            }
        }
        return told.all
    }

    /// The triggers (of a document, a sheet or `trigger add`) of an organization with no parent on
    /// the day noted, each a note: a timely talk is held by the committee one level up (Art. 5 ¶3),
    /// so no rule judges one (`timely-followup` applies to the triggers whose organization has a
    /// conductor that day, `rules-catalogue.md`). Stored, as the dataset format allows (helper-228:
    /// refused, and a whole document with it). `rows`: a sheet's, leading each note; `known`: the
    /// organizations a document gives, read before the store's.
    public static func triggersWithoutConductor(
        _ triggers: [Trigger], rows: [Int]? = nil, in store: any Store, known: [Organization] = []
    ) throws -> [Message] {
        var organizations = OrganizationsRead(store, known: known)
        var told = Sheet.RowNotes()
        for (i, trigger) in triggers.enumerated() {
            guard let organization = try organizations(trigger.organization),
                organization.exists(on: trigger.on), organization.parent(on: trigger.on) == nil
            else { continue }
            let row = rows.flatMap { i < $0.count ? $0[i] : nil }
            let lead =
                row.map { (zh: "第 \($0) 行：情形 \(trigger.id.inline)：", en: "row \($0): trigger \(trigger.id.inline): ") }
                ?? (zh: "注意：情形 \(trigger.id.inline)：", en: "note: trigger \(trigger.id.inline): ")
            let it = organization.named
            told.append(
                Message(
                    zh: "\(lead.zh)\(it.zh)在 \(trigger.on) 没有上级党组织，而及时谈话由上一级党委开展：本情形不作评判",
                    en: "\(lead.en)\(it.en) had no parent organization on \(trigger.on): a timely talk is held by the "
                        + "committee one level up, so the trigger is not judged"))
        }
        return told.all
    }

    /// The sheet's new talks that are a stored talk under another id in all that names a talk
    /// (conductor, organization, kind, day held, talkee), each as a note: an id Excel rewrote
    /// (001 → 1) or a ledger numbered anew made a second talk, said nowhere. Likewise a
    /// new talk that repeats an earlier row of the same sheet: a row pasted twice, each given a
    /// number of its own.
    static func likelyDuplicates(_ talks: [Talk], rows: [Int], in store: any Store) throws -> [Message] {
        var stored: [String: StoredTalks] = [:]
        // By organization, as the stored are (helper-121: two talks with two organizations were told
        // as one entered twice).
        var earlier: [String: [StoredTalks.Identity: (id: String, row: Int)]] = [:]
        var told = Sheet.RowNotes()
        for (talk, row) in zip(talks, rows) {
            if stored[talk.organization] == nil {
                stored[talk.organization] = try StoredTalks(of: talk.organization, in: store)
            }
            let organization = stored[talk.organization]!
            let delete = pasteableCommand("delete", "talks", operand: talk.id)
            if let other = organization.repeated(by: talk) {
                told.append(
                    Message(
                        zh: "第 \(row) 行的谈话 \(talk.id.quotedInChinese) 与已存储的谈话 \(other.id.quotedInChinese) 的开展谈话的党委、"
                            + "谈话对象单位、类型、日期、被谈话人都相同：若是同一次谈话（编号被改写，如 001 变成 1，或重新编过），请改用原编号，并删除多出的一条（\(delete)）",
                        en:
                            "row \(row): talk \(talk.id.quoted) has the conductor, organization, kind, day and talkee of the stored "
                            + "talk \(other.id.quoted): if it is the same talk (its id rewritten, 001 read as 1, or numbered anew), use the stored id "
                            + "and delete the extra one (\(delete))"))
                continue
            }
            let identity = StoredTalks.Identity(talk)
            guard let first = earlier[talk.organization]?[identity] else {
                earlier[talk.organization, default: [:]][identity] = (talk.id, row)
                continue
            }
            // The same id twice is refused as such; a pair stored already was told when it was
            // first imported (and kept: another talk).
            guard !IDRules.sameBytes(first.id, talk.id), !organization.holds(talk) else { continue }
            told.append(
                Message(
                    zh:
                        "第 \(row) 行的谈话 \(talk.id.quotedInChinese) 与第 \(first.row) 行的谈话 \(first.id.quotedInChinese) 的开展谈话的党委、"
                        + "谈话对象单位、类型、日期、被谈话人都相同：若是同一次谈话登记了两行，请删去多出的一行，并删除多出的一条（\(delete)）",
                    en:
                        "row \(row): talk \(talk.id.quoted) has the conductor, organization, kind, day and talkee of talk "
                        + "\(first.id.quoted) in row \(first.row): if it is the same talk entered twice, delete the extra row "
                        + "and the extra talk (\(delete))"))
        }
        return told.all
    }
}

/// What tells a plan item or a trigger recorded twice under two ids: all that names one but its
/// id (a plan item's conductor, year and organization; a trigger's organization, situation and
/// day), compared with the stored ones of its organization.
public struct Repeats<R: IdentifiedRecord & Equatable>: Sendable {
    let organization: @Sendable (R) -> String
    /// What `identity` compares, in words: "conductor, year and organization".
    public let named: Message
    let identity: @Sendable (R) -> [String]
    /// The record with another id.
    let renumbered: @Sendable (R, String) -> R

    /// The stored record other than `record` (by id) with its identity, if any: one the same in
    /// every field but the id (`exact`, a trigger's confidential note compared too) first.
    public func stored(like record: R, in store: any Store) throws -> (id: String, exact: Bool)? {
        let alike = try stored(of: organization(record), in: store, reads: .triggerNote).filter { other in
            !IDRules.sameBytes(other.id, record.id) && identity(other) == identity(record)
        }
        func exact(_ other: R) -> Bool { renumbered(other, record.id) == renumbered(record, record.id) }
        return alike.first(where: exact).map { ($0.id, true) } ?? alike.first.map { ($0.id, false) }
    }

    func stored(of organization: String, in store: any Store, reads: RecordReads = RecordReads()) throws -> [R] {
        try store.records(R.kind, matching: RecordQuery([.organization(organization)], reads: reads))[keyPath: R.all]
    }
}

extension Repeats where R == Plan {
    public static var plans: Self {
        Repeats(
            organization: \.organization,
            named: Message(zh: "开展谈话的党委、年度、谈话对象单位", en: "conductor, year and organization"),
            identity: { [$0.conductor, String($0.year), $0.organization] }
        ) { plan, id in
            // (The bases in one order: a list of them is a set; helper-127, refused only in the order given.)
            var renumbered = plan
            renumbered.id = id
            renumbered.basis.sort { $0.rawValue < $1.rawValue }
            return renumbered
        }
    }
}

extension Repeats where R == Trigger {
    public static var triggers: Self {
        Repeats(
            organization: \.organization, named: Message(zh: "组织、情形、发现日期", en: "organization, situation and day"),
            identity: { [$0.organization, $0.kind.rawValue, $0.on.description] }
        ) { trigger, id in
            var renumbered = trigger
            renumbered.id = id
            return renumbered
        }
    }
}

extension Loading {
    /// The sheet's new plan items (or triggers) that are a stored one of their organization, or an
    /// earlier row's, under another id (`Repeats`), each as a note, as `likelyDuplicates` tells
    /// talks: `P26-1` typed for the stored `P26-01` was a second plan item, said nowhere, the talk
    /// counted toward one and the other left overdue.
    static func likelyRepeats<R: IdentifiedRecord & Equatable>(
        _ records: [R], rows: [Int], in store: any Store, _ repeats: Repeats<R>
    ) throws -> [Message] {
        var stored: [String: [R]] = [:]
        var earlier: [[String]: (id: String, row: Int)] = [:]
        var told = Sheet.RowNotes()
        let (what, whatZh, named) = (R.singular.en, R.singular.zh, repeats.named)
        for (record, row) in zip(records, rows) {
            let own = repeats.organization(record)
            if stored[own] == nil { stored[own] = try repeats.stored(of: own, in: store) }
            let theirs = stored[own]!
            // A row loaded again is its stored record.
            guard !theirs.contains(where: { IDRules.sameBytes($0.id, record.id) }) else { continue }
            let key = repeats.identity(record)
            let delete = pasteableCommand("delete", R.kind.rawValue, operand: record.id)
            if let other = theirs.first(where: { repeats.identity($0) == key }) {
                told.append(
                    Message(
                        zh:
                            "第 \(row) 行的\(whatZh) \(record.id.quotedInChinese) 与已存储的\(whatZh) \(other.id.quotedInChinese) 的\(named.zh)都相同："
                            + "若是同一条（编号被改写或重新编过），请改用原编号，并删除多出的一条（\(delete)）",
                        en:
                            "row \(row): \(what) \(record.id.quoted) has the \(named.en) of the stored \(what) \(other.id.quoted): "
                            + "if it is the same (its id rewritten, or numbered anew), use the stored id and delete the extra one (\(delete))"
                    ))
            } else if let first = earlier[key] {
                told.append(
                    Message(
                        zh:
                            "第 \(row) 行的\(whatZh) \(record.id.quotedInChinese) 与第 \(first.row) 行的 \(first.id.quotedInChinese) 的\(named.zh)都相同："
                            + "若是同一条登记了两行，请删去多出的一行，并删除多出的一条（\(delete)）",
                        en:
                            "row \(row): \(what) \(record.id.quoted) has the \(named.en) of \(first.id.quoted) in row \(first.row): "
                            + "if it is the same entered twice, delete the extra row and the extra one (\(delete))"))
            } else {
                earlier[key] = (record.id, row)
            }
        }
        return told.all
    }
}

/// A sheet's rows of text, from a CSV or an Excel workbook, with where they came from.
public struct SheetInput: Sendable {
    public let source: String
    public let rows: [(number: Int, cells: [String])]
    /// The workbook's sheet the rows are from, as a cell's place names it (`台账!E5`); nil for a CSV.
    public let name: String?
    /// The workbook's sheet in words, its name quoted (`sheet "台账"`); nil for a CSV.
    let quotedName: Message?
    /// The day a plain day number counts from: the workbook's 1900 or 1904 date system.
    public let dayNumberOrigin: CivilDate
    /// A workbook's cells that could not be read, told with the sheet's other problems.
    public let unreadable: [Sheet.UnreadableCell]
    /// A workbook's ranges merged down over several rows, read by `Sheet.read` in each row they span.
    public let merged: [Sheet.MergedRange]
    /// A workbook's cells struck through (删除线), their columns by row (`Sheet.read`).
    public let struck: [Int: Set<Int>]
    /// A workbook's rows hidden, by hand or by a filter (`Sheet.read`).
    public let hidden: Set<Int>
    /// What reading the file did that its reader should know: the sheet read when the first has
    /// no header.
    public let notes: [Message]
    /// A CSV's last row when no line break ends it (`cutShort`).
    public let unendedRow: UnendedRow?
    /// The workbook's other sheets a reader sees that hold records too (a header and rows below
    /// it) or could not be read: not imported, so the import says so and how to import each.
    /// Empty when `--sheet` named the sheet, and for a CSV.
    public let otherSheets: [OtherSheet]

    /// A sheet of the workbook that was not read: `name` as messages name it and `--sheet` takes it
    /// (`WorkbookReader.label`), `kinds` its header fits (empty when it could not be read at all).
    public struct OtherSheet: Sendable, Equatable {
        public let name: String
        public let kinds: [RecordKind]
        public var readable: Bool { !kinds.isEmpty }
    }

    /// Whether `bytes` begin as an HTML table or an XML Spreadsheet 2003 does (after a byte-order
    /// mark and white space), which no sheet's first row does.
    static func isMarkup(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096).drop { [0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0D, 0x0A].contains($0) }
        guard head.first == UInt8(ascii: "<") else { return false }
        let text = String(decoding: head, as: UTF8.self).lowercased()
        return ["<html", "<table", "<!doctype html", "urn:schemas-microsoft-com:office:spreadsheet"].contains {
            text.contains($0)
        }
    }

    /// Whether `bytes` (named `file`) are a workbook: an `.xlsx` name, a ZIP's signature, or a
    /// compound file's (an Excel 97-2003 workbook, which `init` refuses as such).
    public static func isWorkbook(_ bytes: [UInt8], file: String) -> Bool {
        file.lowercased().hasSuffix(".xlsx") || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
            || bytes.starts(with: CompoundFile.signature)
    }

    /// Reads a workbook's sheet or a CSV in `encoding` (else detected). The sheet is the one
    /// named `sheet`; else the first a reader sees whose header is of `kind`, or, without one, the
    /// first that has a header (a 填表说明 sheet before the ledger is passed over); else the first.
    public init(
        _ bytes: [UInt8], source: String, encoding: TextEncoding?, sheet: String?, kind: RecordKind? = nil
    ) throws {
        self.source = source
        // An .xls read as a CSV was "UTF-16 without its byte-order mark", and one renamed .xlsx
        // "not a whole ZIP file": its signature tells what it is, whatever its name.
        if let old = CompoundFile.content(of: bytes) {
            throw InputError(CompoundFile.refusal(old), source: source)
        }
        if Self.isMarkup(bytes) {
            throw InputError(
                Message(
                    zh: "这是网页表格（HTML）或 Excel 2003 XML 表格，网上系统“导出 Excel”常以 .xls 为名生成这种文件，不能直接读取；"
                        + "请在 Excel 或 WPS 中打开，另存为 .xlsx 或“CSV UTF-8”后重新导入",
                    en: "is a web page's table (HTML) or an XML Spreadsheet 2003, which a web system's \"export to "
                        + "Excel\" makes under an .xls name, and is not read; open it in Excel or WPS, save it as .xlsx "
                        + "or CSV UTF-8, and import that"), source: source)
        }
        // A CSV saved under an .xlsx name (helper-125: told as a truncated ZIP file, and the clerk
        // sent looking for a damaged download) is read as what it is, said.
        let csvNamedXLSX =
            !bytes.starts(with: [0x50, 0x4B]) && source.lowercased().hasSuffix(".xlsx")
            && (try? Sheet.rows(of: TextEncoding.decode(bytes, as: encoding).0)).map(Sheet.hasHeader) == true
        do {
            if Self.isWorkbook(bytes, file: source), !csvNamedXLSX {
                var notes: [Message] = []
                var others: [OtherSheet] = []
                let worksheet =
                    if let sheet {
                        try WorkbookReader.read(bytes, sheet: sheet)
                    } else {
                        try Self.choose(in: bytes, source: source, kind: kind, notes: &notes, others: &others)
                    }
                rows = worksheet.rows
                name = worksheet.name
                quotedName = Message(zh: "工作表\(worksheet.label.quotedInChinese)", en: "sheet \(worksheet.label.quoted)")
                dayNumberOrigin = worksheet.dayNumberOrigin
                unreadable = worksheet.unreadable
                merged = worksheet.mergedDown
                struck = worksheet.struck
                hidden = worksheet.hidden
                self.notes = notes
                unendedRow = nil
                otherSheets = others
            } else {
                var formulas: [Sheet.UnreadableCell] = []
                let text = try TextEncoding.decode(bytes, as: encoding).0
                rows = try Sheet.rows(of: text, formulas: &formulas)
                name = nil
                quotedName = nil
                dayNumberOrigin = Sheet.dayNumberOrigin
                unreadable = formulas
                merged = []
                struck = [:]
                hidden = []
                notes =
                    (csvNamedXLSX
                        ? [
                            Message(
                                zh: "以 .xlsx 为名，实为文本（CSV）文件，按 CSV 读取",
                                en: "a text (CSV) file named .xlsx: read as CSV")
                        ] : [])
                unendedRow = Self.unendedRow(text, rows)
                otherSheets = []
            }
        } catch let failure as WorkbookReader.Failure {
            throw InputError(source: source, problems: [failure.problem])
        } catch let failure as TextEncoding.EncodingFailure {
            throw InputError(failure.message, source: source)
        } catch let error as CSV.SyntaxError {
            throw InputError(error.message, at: "\(error.line):\(error.column)", source: source)
        }
    }

    /// The last row of a CSV below its header when no line break ends it, else nil. A last line
    /// of separators alone is a blank row the reader drops, and cut short it lost nothing
    /// (helper-201: the row before it was named).
    /// With it, its last cell written: its column's letter and header (helper-205: a date cut to
    /// 2026-09-1 was stored, the note naming no cell).
    static func unendedRow(_ text: String, _ rows: [(number: Int, cells: [String])]) -> UnendedRow? {
        let header = Sheet.headerIndex(rows, nil)
        guard let last = text.unicodeScalars.last, last != "\n", last != "\r", let row = rows.last,
            rows.count > header + 1
        else { return nil }
        let line = text.unicodeScalars.reversed().prefix { $0 != "\n" && $0 != "\r" }
        guard line.contains(where: { !",;\t\" ".unicodeScalars.contains($0) }),
            let cell = row.cells.lastIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        else { return nil }
        let heading =
            rows[header].cells.indices.contains(cell)
            ? rows[header].cells[cell].trimmingCharacters(in: .whitespaces) : ""
        return UnendedRow(number: row.number, column: CSV.columnName(cell), header: heading)
    }

    /// A CSV's last row with no line break after it, and its last cell written.
    public struct UnendedRow: Sendable {
        let number: Int
        /// The cell's column, as a spreadsheet names it (F), and its header as written.
        let column: String
        let header: String
    }

    /// A CSV whose last row, a record's, has no line break after it: what a copy or a download cut
    /// short leaves (its last cell may be cut too, 2026-06-15 as 2026-06-1, which reads as another
    /// day), where Excel and WPS end every row with one. Said, not refused: a file written by hand
    /// may end so. (Helper-198: with the row's cells all there, it was not said.)
    static func cutShort(_ row: UnendedRow) -> Message {
        let (zh, en) = row.header.isEmpty ? ("", "") : ("（\(row.header.inline)）", " (\(row.header.inline))")
        return Message(
            zh: "文件在第 \(row.number) 行之后没有换行就结束了：如果文件不完整（复制或下载中断），该行的最后一个单元格 \(row.column) 列\(zh)"
                + "可能也不完整（如 2026-09-15 只剩 2026-09-1），请核对",
            en: "the file ends without a line break after row \(row.number): if it was cut short (a copy or a download "
                + "interrupted), its last cell, column \(row.column)\(en), may be cut too (2026-09-1 of 2026-09-15); check it"
        )
    }

    /// The sheet to read when none is named: the first visible one whose header is of `kind`, or
    /// without `kind` the first with a header, else the first; every visible sheet is read, so
    /// that the others holding records (`others`) are told, not dropped without a word (a
    /// workbook of 1-6月 and 7-12月, a 人员 sheet before the 台账). Sheets that cannot be read are
    /// passed over, as they were not asked for, and so are hidden ones (a template's drop-down
    /// lists), which no reader sees. A `kind` no sheet's header is of, in a workbook whose sheets
    /// hold records of other kinds, is refused naming them: the first read as that kind told every
    /// column of another kind's header as unknown.
    private static func choose(
        in bytes: [UInt8], source: String, kind: RecordKind?, notes: inout [Message], others: inout [OtherSheet]
    ) throws -> WorkbookReader.Worksheet {
        let first = try WorkbookReader.read(bytes, sheet: nil)
        // Excel keeps at least one sheet visible; should none be, the first is still read.
        let names = try WorkbookReader.sheetNames(bytes, hidden: false)
        guard !names.isEmpty else { return first }
        // Every sheet headed as a ledger, rows below or not: what a --kind none is of is refused with.
        var ledgers: [OtherSheet] = []
        var sheets:
            [(
                name: String, read: WorkbookReader.Worksheet?,
                ledger: (kinds: [RecordKind], rowsBelow: Int, complete: Bool)?
            )] =
                []
        let rest = try WorkbookReader.read(bytes, sheets: Array(names.dropFirst()))
        for (i, name) in names.enumerated() {
            let read = i == 0 ? first : try? rest[i - 1].get()
            let ledger = read.flatMap { Sheet.ledger($0.rows) }
            // (Named as messages name it: `WorkbookReader.label`, #2 for a tab named for a case.)
            let label = WorkbookReader.label(of: name, position: i + 1)
            if let ledger { ledgers.append(OtherSheet(name: label, kinds: ledger.kinds)) }
            sheets.append((name, read, ledger))
        }
        // The first of the kind, but a template's or its instructions' (填报样例, 样表, 模板, 填表说明:
        // a header and an example row) only where no other sheet has rows under its header.
        let fitting = sheets.indices.filter { i in sheets[i].ledger.map { kind.map($0.kinds.contains) ?? true } ?? false
        }
        // One with every column its kind requires before one without (a 汇总 of counts by unit and kind).
        func meant(complete: Bool) -> Int? {
            fitting.first { i in
                let ledger = sheets[i].ledger!
                return ledger.rowsBelow > 0 && (ledger.complete || !complete) && !Sheet.isTemplateName(sheets[i].name)
            }
        }
        let chosenAt =
            meant(complete: true) ?? meant(complete: false) ?? fitting.first { !Sheet.isTemplateName(sheets[$0].name) }
            ?? fitting.first
        let chosen = chosenAt.flatMap { sheets[$0].read }
        for (i, sheet) in sheets.enumerated() where i != chosenAt {
            let label = WorkbookReader.label(of: sheet.name, position: i + 1)
            if sheet.read == nil {
                others.append(OtherSheet(name: label, kinds: []))
            } else if let ledger = sheet.ledger, ledger.rowsBelow > 0 {
                others.append(OtherSheet(name: label, kinds: ledger.kinds))
            }
        }
        guard let chosen else {
            if let kind, !ledgers.isEmpty {
                let shown = ledgers.prefix(10)
                let more = ledgers.count > shown.count ? ledgers.count - shown.count : 0
                let zh = shown.map { sheet in
                    "工作表\(sheet.name.inline.quotedInChinese)的表头是\(sheet.kinds.map(\.singular.zh).joined(separator: "、"))记录的"
                }
                let en = shown.map { sheet in
                    "sheet \(sheet.name.inline.quoted) is headed for \(sheet.kinds.map(\.rawValue).joined(separator: ", "))"
                }
                throw InputError(
                    Message(
                        zh: "没有工作表的表头是\(kind.singular.zh)记录的表头：\(zh.joined(separator: "；"))"
                            + (more > 0 ? "；另有 \(more) 个工作表" : "") + "。请用工作表相应的 --kind 导入，或用 --sheet 指定工作表",
                        en: "no sheet has a header of \(kind.rawValue): \(en.joined(separator: "; "))"
                            + (more > 0 ? "; and \(more) more" : "")
                            + ". Import with the --kind of a sheet, or name a sheet with --sheet"),
                    source: source)
            }
            if let kind {
                notes.append(
                    Message(
                        zh: "各工作表的表头都不是\(kind.singular.zh)记录的表头，已读取第一个工作表\(first.label.quotedInChinese)",
                        en:
                            "no sheet has a header of \(kind.rawValue); read sheet \(first.label.quoted), the first"
                    ))
            }
            // The first is read as the sheet it is, and told why it is no ledger.
            others.removeAll { $0.name == first.label }
            return first
        }
        if chosen.writtenName != first.writtenName {
            notes.append(
                kind.map { kind in
                    Message(
                        zh: "已读取第一个有\(kind.singular.zh)表头的工作表\(chosen.label.quotedInChinese)（其他工作表请用 --sheet 指定）",
                        en: "read sheet \(chosen.label.quoted), the first whose header is of \(kind.rawValue) "
                            + "(name another with --sheet)")
                }
                    ?? (sheets[0].ledger.map { !$0.complete && $0.rowsBelow > 0 } == true
                        ? Message(
                            zh: "工作表\(first.label.quotedInChinese)的表头缺少记录必需的列，已读取表头齐全的第一个工作表"
                                + "\(chosen.label.quotedInChinese)（其他工作表请用 --sheet 指定）",
                            en: "sheet \(first.label.quoted) lacks columns its records need; read sheet "
                                + "\(chosen.label.quoted), the first that has them (name another with --sheet)")
                        : sheets[0].ledger != nil
                            ? Message(
                                zh: "工作表\(first.label.quotedInChinese)的名称表明是模板或样例，已跳过，读取工作表"
                                    + "\(chosen.label.quotedInChinese)（其他工作表请用 --sheet 指定）",
                                en:
                                    "sheet \(first.label.quoted) is named as a template's or a sample, and was passed "
                                    + "over; read sheet \(chosen.label.quoted) (name another with --sheet)")
                            : Message(
                                zh: "工作表\(first.label.quotedInChinese)没有表头，已读取有表头的第一个工作表"
                                    + "\(chosen.label.quotedInChinese)（其他工作表请用 --sheet 指定）",
                                en: "sheet \(first.label.quoted) has no header; read sheet "
                                    + "\(chosen.label.quoted), the first that has one (name another with --sheet)"
                            )))
        }
        return chosen
    }

    /// A problem in a workbook names its sheet: as `台账!E5` where it has a cell, else in words.
    func inSheet(_ problem: Problem) -> Problem {
        guard let quotedName else { return problem }
        return Problem(quotedName, Message(zh: problem.text(.zh), en: problem.text(.en)), cell: problem.cell)
    }

    /// A note on the rows of a workbook's sheet names it, as a problem does (helper-123: `row 2: …`
    /// beside `sheet "台账": row 2: …`).
    func inSheet(_ note: Message) -> Message {
        // (One naming a cell names the sheet already: 台账!E5.)
        guard let quotedName, let name, !note.en.contains(Sheet.reference(toSheet: name) + "!") else { return note }
        let named = Problem(quotedName, note)
        return Message(zh: named.text(.zh), en: named.text(.en))
    }
}

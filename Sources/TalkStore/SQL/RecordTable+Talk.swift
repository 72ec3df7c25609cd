import TalkModel

extension RecordTable {
    /// Talks, with their lists of words in columns of their own (joined by commas, `Schema.wordLists`),
    /// their triggers and their texts (`TalkList.texts`) in two tables of their own.
    static let talk = RecordTable(
        table: "talk", key: ["id"], order: "id",
        lists: [
            ("talk_trigger", ["talk", "position", "trigger"]), ("talk_entry", ["talk", "list", "position", "value"]),
        ],
        condition: { filter in
            switch filter {
            case .conductor: "conductor = ?"
            case .organization: "organization = ?"
            case .year: "substr(held, 1, 4) = ?"
            case .plan: "plan = ?"
            case .trigger: "id IN (SELECT talk FROM talk_trigger WHERE trigger = ?)"
            default: nil
            }
        },
        referenceColumns: [
            "conductor": (nil, "conductor"), "organization": (nil, "organization"), "talkee": (nil, "talkee"),
            "talker": (nil, "talker"), "plan": (nil, "plan"), "triggers": ("talk_trigger", "trigger"),
        ],
        keyValues: { d, i in [.text(d.talks[i].id)] },
        encode: { d, i in
            let t = d.talks[i]
            let columns: KeyValuePairs<String, SQLValue> = [
                "id": .text(t.id), "conductor": .text(t.conductor), "kind": .text(t.kind.rawValue),
                "organization": .text(t.organization), "talkee": .text(t.talkee), "talker": .text(t.talker),
                "format": .text(t.format.rawValue), "held": .date(t.held), "ended": .date(t.ended),
                "plan": .optional(t.plan), "self_check": .flag(t.selfCheck), "record_made": .flag(t.record),
                "untruthful": .flag(t.untruthful), "measures_reported": .date(t.measures?.reported),
                "measures_reflections": t.measures.map { .flag($0.reflections) } ?? .null,
                "measures_communicated": .date(t.measures?.communicated),
                "report_reported": .date(t.report?.reported),
                "report_assessment": .optional(t.report?.assessment?.rawValue), "archived": .date(t.archive?.archived),
                "steps": .words(t.steps), "participants": .words(t.participants),
                "copied_to": .words(t.archive?.copiedTo ?? []),
            ]
            let entries: [[SQLValue]] = TalkList.entries(of: t).flatMap { list, values in
                values.enumerated().map { i, value -> [SQLValue] in
                    [.text(list.rawValue), .integer(Int64(i)), .text(value)]
                }
            }
            return (
                columns,
                [
                    "talk_trigger": t.triggers.enumerated().map { [.integer(Int64($0)), .text($1)] },
                    "talk_entry": entries,
                ]
            )
        },
        decode: { rows, condition, values, reads in
            // The kinds left out are named, not those read: a kind the store should never hold (a
            // damaged row, Regular) is read, and told as damage, rather than left out without a
            // word (helper-141: a regular talk so damaged vanished from coverage). The kinds are
            // the vocabulary's own words, never the user's: written into the SQL.
            let unread = TalkKind.allCases.filter { !reads.talks.contains($0) }
            let kinds =
                unread.isEmpty ? nil : "kind NOT IN (\(unread.map { "'\($0.rawValue)'" }.joined(separator: ", ")))"
            let talks = [condition, kinds].compactMap { $0 }.joined(separator: " AND ")
            // Talks asked for that none is stored (a load's new talks, looked up by their ids to
            // keep their stored texts and to compare them: thousands) have no lists to look up.
            if condition != nil {
                var found = false
                try rows("SELECT id FROM talk", talks, values, "id LIMIT 1") { _ in found = true }
                if !found { return Dataset() }
            }
            // The whole store needs no condition on the lists (SQLite would otherwise build a set of
            // every id), nor do the kinds read: the rows of the talks of other kinds are passed over.
            let scope = condition.map { "talk IN (SELECT id FROM talk WHERE \($0))" }
            var triggers = OwnedRows<String>(table: "talk_trigger", owner: "talk", ownersLeftUnread: kinds != nil)
            try rows("SELECT talk, trigger FROM talk_trigger", scope, values, "talk, position") { r in
                triggers.append(try r.text(0), try r.text(1), of: r)
            }
            var entries = OwnedRows<TalkEntry>(table: "talk_entry", owner: "talk", ownersLeftUnread: kinds != nil)
            // The lists of words are columns of the talk, read with it (`words` below).
            let asked = reads.whole.union(reads.counted)
            let read = asked.intersection(TalkList.texts)
            if !read.isEmpty {
                // The lists' names are the vocabulary's own words, never the user's: written into the SQL.
                func named(_ lists: Set<TalkList>) -> String {
                    "list IN (\(lists.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")))"
                }
                // The texts not asked for are left out, not the others kept: a row of another list
                // there (a word put in with the sqlite3 shell) is read, and told as damage.
                let unread = TalkList.texts.subtracting(read)
                let only = [scope, unread.isEmpty ? nil : "NOT " + named(unread)].compactMap { $0 }.joined(
                    separator: " AND ")
                // A list only counted is read as that many empty texts: its texts never leave SQLite.
                let value =
                    reads.counted.isEmpty
                    ? "value" : "CASE WHEN \(named(reads.counted)) THEN '' ELSE value END AS value"
                try rows(
                    "SELECT talk, list, \(value) FROM talk_entry", only.isEmpty ? nil : only, values,
                    "talk, list, position"
                ) { r in
                    entries.append(try r.text(0), try r.talkEntry(list: 1, value: 2), of: r)
                }
            }
            // A list of words no rule reads is read as none: SQLite does not even decode it.
            let words = Schema.wordLists.map { column, list, _ in
                TalkList(rawValue: list).map(asked.contains) == true
                    ? column : "'' AS \(column)"
            }
            let columns = """
                id, conductor, kind, organization, talkee, talker, format, held, ended, plan, self_check, record_made,
                untruthful, measures_reported, measures_reflections, measures_communicated, report_reported,
                report_assessment, archived, \(words.joined(separator: ", "))
                """
            var d = Dataset()
            var lists = SharedLists()
            try rows("SELECT \(columns) FROM talk", talks.isEmpty ? nil : talks, values, "id") { r in
                var t = Talk(
                    id: try r.text(0), conductor: try r.text(1), kind: try r.vocabulary(2),
                    organization: try r.text(3), talkee: try r.text(4), talker: try r.text(5), held: try r.date(7),
                    ended: try r.date(8))
                t.format = try r.vocabulary(6)
                t.plan = try r.optionalText(9)
                t.selfCheck = try r.bool(10)
                t.record = try r.bool(11)
                t.untruthful = try r.bool(12)
                if let reported = try r.optionalDate(13) {
                    t.measures = Measures(
                        reported: reported, reflections: try r.bool(14), communicated: try r.optionalDate(15))
                }
                if let reported = try r.optionalDate(16) {
                    t.report = RectificationReport(reported: reported, assessment: try r.optionalVocabulary(17))
                }
                t.triggers = triggers.take(t.id)
                let copiedTo: [CopyRecipient]
                (t.steps, t.participants, copiedTo) = try lists.words(r, steps: 19)
                TalkList.apply(entries.take(t.id), to: &t, sharing: &lists)
                if let archived = try r.optionalDate(18) {
                    t.archive = Archive(archived: archived, copiedTo: copiedTo)
                } else if !copiedTo.isEmpty {
                    throw r.damaged(21, "copies without an archive")
                }
                d.talks.append(t)
            }
            try triggers.finish()
            try entries.finish()
            return d
        })
}

import TalkModel

/// How one kind of record is kept in SQLite, in one place (as GRDB's `TableRecord` and
/// `PersistableRecord` do): its table and key, the tables of its lists, how a record is written
/// and read back, what each filter of `RecordQuery` reads, and which records refer to it. A new
/// kind is one entry of `of(_:)`; a new field is an edit of its entry (and a migration).
struct RecordTable: Sendable {
    let table: String
    /// The columns that name one record (`DatasetEncoder.keys` joins their values).
    let key: [String]
    /// The order records are read in.
    let order: String
    /// Tables holding a record's lists, with their columns: the first names the record they belong to.
    let lists: [(table: String, columns: [String])]
    /// The SQL condition, with one `?`, for each filter of `RecordQuery` the kind answers besides `ids`.
    let condition: @Sendable (RecordQuery.Filter) -> String?
    /// Where each field that names another record (`Record.references`) is kept: a column of the
    /// table, or a column of one of its lists (the list's table and the column).
    let referenceColumns: [String: (list: String?, column: String)]
    /// The key column values of record `i` of `d`.
    let keyValues: @Sendable (_ d: Dataset, _ i: Int) -> [SQLValue]
    /// The columns of record `i` of `d` (key included), in the same order for every record of the
    /// kind, and the rows of its lists by table, each row's values after the owner column.
    let encode: @Sendable (_ d: Dataset, _ i: Int) -> Encoded
    typealias Encoded = (columns: KeyValuePairs<String, SQLValue>, lists: [String: [[SQLValue]]])
    /// Reads the records matching `condition` (nil: all), their lists with them (of a talk, the
    /// lists in `reads` only; a trigger's note only when `reads` says so).
    let decode:
        @Sendable (_ rows: Rows, _ condition: String?, _ values: [String], _ reads: RecordReads) throws ->
            Dataset

    /// Runs one SELECT with an optional condition and order, reading each row with `RowReader`.
    typealias Rows = (
        _ select: String, _ condition: String?, _ values: [String], _ order: String,
        _ each: (RowReader) throws -> Void
    ) throws -> Void

    static func of(_ kind: RecordKind) -> RecordTable {
        switch kind {
        case .organizations: organization
        case .people: person
        case .appointments: appointment
        case .terms: term
        case .plans: plan
        case .triggers: trigger
        case .talks: talk
        }
    }

    /// The SQL of a record's key (`Record.recordKey`): its id, or the key columns joined by "/",
    /// the ids among them escaped (`Schema.keyComponent`).
    var keySQL: String {
        key.map { column in
            referenceColumns.values.contains { $0.list == nil && $0.column == column }
                ? Schema.keyComponent(column) : column
        }.joined(separator: " || '/' || ")
    }

    /// What refers to a record of `target`: each referring kind, in the order of the kinds, and the
    /// query of its referring records' keys, the record's id bound as `?1`. A record with
    /// referrers cannot be deleted.
    static func referrers(of target: RecordKind) -> [(kind: RecordKind, sql: String)] {
        target.referrers.map { kind, fields in
            let table = of(kind)
            let selects = fields.map { field in
                guard let place = table.referenceColumns[field] else {
                    preconditionFailure("\(kind.rawValue).\(field) names a record but has no column")
                }
                guard let list = place.list else {
                    return "SELECT DISTINCT \(table.keySQL) FROM \(table.table) WHERE \(place.column) = ?1"
                }
                let owner = table.lists.first { $0.table == list }!.columns[0]
                return "SELECT DISTINCT \(owner) FROM \(list) WHERE \(place.column) = ?1"
            }
            return (kind, selects.joined(separator: " UNION "))
        }
    }

    /// The condition of a filter on this kind, `ids` included; nil when the kind does not answer it.
    /// `jsonArrayValues` is the backend's subquery of a JSON array's values (`SQLDatabase`).
    func sql(_ filter: RecordQuery.Filter, jsonArrayValues: String) -> (condition: String, value: String)? {
        switch filter {
        case .ids(let ids):
            guard key == ["id"] else { return nil }
            return ("id IN (\(jsonArrayValues))", JSONWriter.line(.array(ids.map(JSONValue.string))))
        case .organizations(let ids):
            // (Each kind answering `.organization` names the column so.)
            guard condition(.organization("")) != nil else { return nil }
            return ("organization IN (\(jsonArrayValues))", JSONWriter.line(.array(ids.map(JSONValue.string))))
        case .conductor(let v), .organization(let v), .person(let v), .plan(let v), .trigger(let v):
            return condition(filter).map { ($0, v) }
        case .year(let year): return condition(filter).map { ($0, String(year)) }
        }
    }

    // MARK: - The kinds

    private static let organization = RecordTable(
        table: "organization", key: ["id"], order: "id",
        lists: [("organization_former_parent", ["organization", "position", "parent", "until_date"])],
        condition: { filter in
            if case .conductor = filter { "parent = ?" } else { nil }
        },
        referenceColumns: [
            "parent": (nil, "parent"), "approvedBy": (nil, "approved_by"),
            "formerParents": ("organization_former_parent", "parent"),
        ],
        keyValues: { d, i in [.text(d.organizations[i].id)] },
        encode: { d, i in
            let o = d.organizations[i]
            return (
                [
                    "id": .text(o.id), "name": .text(o.name), "kind": .text(o.kind.rawValue),
                    "level": .text(o.level.rawValue), "parent": .optional(o.parent),
                    "approved_by": .optional(o.approvedBy),
                    "established": .date(o.established), "dissolved": .date(o.dissolved),
                ],
                [
                    "organization_former_parent": o.formerParents.enumerated().map { position, former in
                        [.integer(Int64(position)), .optional(former.parent), .date(former.until)]
                    }
                ]
            )
        },
        decode: { rows, condition, values, _ in
            var formerParents = OwnedRows<FormerParent>(table: "organization_former_parent", owner: "organization")
            try rows(
                "SELECT organization, parent, until_date FROM organization_former_parent",
                condition.map { "organization IN (SELECT id FROM organization WHERE \($0))" }, values,
                "organization, position"
            ) { r in
                formerParents.append(
                    try r.text(0), FormerParent(parent: try r.optionalText(1), until: try r.date(2)), of: r)
            }
            var d = Dataset()
            try rows(
                "SELECT id, name, kind, level, parent, approved_by, established, dissolved FROM organization",
                condition, values, "id"
            ) { r in
                let id = try r.text(0)
                d.organizations.append(
                    Organization(
                        id: id, name: try r.name(1), kind: try r.vocabulary(2), level: try r.vocabulary(3),
                        parent: try r.optionalText(4), formerParents: formerParents.take(id),
                        established: try r.optionalDate(6), dissolved: try r.optionalDate(7),
                        approvedBy: try r.optionalText(5)))
            }
            try formerParents.finish()
            return d
        })

    private static let person = RecordTable(
        table: "person", key: ["id"], order: "id", lists: [], condition: { _ in nil },
        referenceColumns: [:],
        keyValues: { d, i in [.text(d.people[i].id)] },
        encode: { d, i in (["id": .text(d.people[i].id), "name": .text(d.people[i].name)], [:]) },
        decode: { rows, condition, values, _ in
            var d = Dataset()
            try rows("SELECT id, name FROM person", condition, values, "id") { r in
                d.people.append(Person(id: try r.text(0), name: try r.name(1)))
            }
            return d
        })

    private static let appointment = RecordTable(
        table: "appointment", key: ["person", "organization", "role", "from_date"],
        order: "person, organization, role, from_date", lists: [],
        condition: { filter in
            switch filter {
            case .organization: "organization = ?"
            case .person: "person = ?"
            default: nil
            }
        },
        referenceColumns: ["person": (nil, "person"), "organization": (nil, "organization")],
        keyValues: { d, i in
            let a = d.appointments[i]
            return [.text(a.person), .text(a.organization), .text(a.role.rawValue), .date(a.from)]
        },
        encode: { d, i in
            let a = d.appointments[i]
            return (
                [
                    "person": .text(a.person), "organization": .text(a.organization), "role": .text(a.role.rawValue),
                    "from_date": .date(a.from), "to_date": .date(a.to),
                ], [:]
            )
        },
        decode: { rows, condition, values, _ in
            var d = Dataset()
            try rows(
                "SELECT person, organization, role, from_date, to_date FROM appointment", condition, values,
                "person, organization, role, from_date"
            ) { r in
                d.appointments.append(
                    Appointment(
                        person: try r.text(0), organization: try r.text(1), role: try r.vocabulary(2),
                        from: try r.date(3), to: try r.optionalDate(4)))
            }
            return d
        })

    private static let term = RecordTable(
        table: "term", key: ["organization", "from_date"], order: "organization, from_date", lists: [],
        condition: { filter in
            if case .organization = filter { "organization = ?" } else { nil }
        },
        referenceColumns: ["organization": (nil, "organization")],
        keyValues: { d, i in [.text(d.terms[i].organization), .date(d.terms[i].from)] },
        encode: { d, i in
            let t = d.terms[i]
            return (
                [
                    "organization": .text(t.organization), "from_date": .date(t.from), "to_date": .date(t.to),
                    "number": t.number.map { .integer(Int64($0)) } ?? .null,
                ], [:]
            )
        },
        decode: { rows, condition, values, _ in
            var d = Dataset()
            try rows(
                "SELECT organization, from_date, to_date, number FROM term", condition, values,
                "organization, from_date"
            ) { r in
                d.terms.append(
                    Term(
                        organization: try r.text(0), from: try r.date(1), to: try r.date(2),
                        number: try r.optionalInt(3)))
            }
            return d
        })

    private static let plan = RecordTable(
        table: "plan", key: ["id"], order: "id", lists: [("plan_basis", ["plan", "position", "basis"])],
        condition: { filter in
            switch filter {
            case .conductor: "conductor = ?"
            case .organization: "organization = ?"
            case .year: "year = CAST(? AS INTEGER)"
            default: nil
            }
        },
        referenceColumns: [
            "conductor": (nil, "conductor"), "organization": (nil, "organization"), "talker": (nil, "talker"),
        ],
        keyValues: { d, i in [.text(d.plans[i].id)] },
        encode: { d, i in
            let p = d.plans[i]
            return (
                [
                    "id": .text(p.id), "conductor": .text(p.conductor), "year": .integer(Int64(p.year)),
                    "organization": .text(p.organization), "talker": .optional(p.talker), "due": .date(p.due),
                ],
                ["plan_basis": p.basis.enumerated().map { [.integer(Int64($0)), .text($1.rawValue)] }]
            )
        },
        decode: { rows, condition, values, _ in
            var basis = OwnedRows<PlanBasis>(table: "plan_basis", owner: "plan")
            try rows(
                "SELECT plan, basis FROM plan_basis", condition.map { "plan IN (SELECT id FROM plan WHERE \($0))" },
                values, "plan, position"
            ) { r in basis.append(try r.text(0), try r.vocabulary(1), of: r) }
            var d = Dataset()
            try rows("SELECT id, conductor, year, organization, talker, due FROM plan", condition, values, "id") { r in
                let id = try r.text(0)
                d.plans.append(
                    Plan(
                        id: id, conductor: try r.text(1), year: try r.int(2, in: Plan.years),
                        organization: try r.text(3),
                        talker: try r.optionalText(4), due: try r.optionalDate(5), basis: basis.take(id)))
            }
            try basis.finish()
            return d
        })

    private static let trigger = RecordTable(
        table: "trigger_event", key: ["id"], order: "id", lists: [],
        condition: { filter in
            switch filter {
            case .organization: "organization = ?"
            case .year: "substr(on_date, 1, 4) = ?"
            default: nil
            }
        },
        referenceColumns: ["organization": (nil, "organization")],
        keyValues: { d, i in [.text(d.triggers[i].id)] },
        encode: { d, i in
            let t = d.triggers[i]
            return (
                [
                    "id": .text(t.id), "organization": .text(t.organization), "kind": .text(t.kind.rawValue),
                    "on_date": .date(t.on), "note": .optional(t.note),
                ], [:]
            )
        },
        decode: { rows, condition, values, reads in
            var d = Dataset()
            // A note no rule reads (confidential, Art. 16) never leaves SQLite.
            let note = reads.triggerNotes ? "note" : "NULL"
            try rows("SELECT id, organization, kind, on_date, \(note) FROM trigger_event", condition, values, "id") {
                r in
                d.triggers.append(
                    Trigger(
                        id: try r.text(0), organization: try r.text(1), kind: try r.vocabulary(2), on: try r.date(3),
                        note: try r.optionalText(4)))
            }
            return d
        })
}

import TalkModel

/// The schema of a PostgreSQL store, as numbered migrations recorded in `schema_migration`, the
/// numbers shared with SQLite's (`Schema`): version N means the same tables, constraints and
/// semantics in both. A PostgreSQL store begins at version 4, SQLite's first four in one (3 only
/// moved old SQLite keys); a later change is one migration in each backend.
///
/// Only the DDL differs: dates are checked by a regular expression instead of GLOB, text
/// compares byte by byte (`COLLATE "C"`, SQLite's order, whatever the database's locale, so
/// listings and exports come out identical), and `"user"` is quoted.
enum PostgreSQLSchema {
    static let migrations: [Schema.Migration] = [
        Schema.Migration(
            version: 4, name: "records, audit trail and the tree's history (SQLite's schema 1 to 4)", sql: version4),
        // SQLite's 5 rewrote its word lists' CHECKs as comparisons, for speed; PostgreSQL's `IN`
        // lists cost nothing per row, and the constraints are the same: nothing to change here.
        Schema.Migration(
            version: 5, name: "a column's words checked as before (SQLite's 5 changed only how it checks them)",
            sql: "SELECT 1", rewritesConstraints: true),
        Schema.Migration(
            version: 6, name: "a talk's steps, participants and copies in columns of the talk", sql: version6,
            damage: Schema.version6Damage),
    ]

    /// The tables and columns a store holds at each version, by which a talks store is known: a
    /// database with a `schema_migration` table but not all of these is another program's (or a
    /// store changed by hand), and is left untouched. A migration that adds, drops or renames a
    /// table or column gives its version an entry; a test compares each with what the migrations
    /// create on a server.
    static let columns: [Int: [String: Set<String>]] = [
        4: version4Columns, 5: version4Columns,
        6: version4Columns.merging(["talk": version4Columns["talk"]!.union(["steps", "participants", "copied_to"])]) {
            $1
        },
    ]

    private static let version4Columns: [String: Set<String>] = [
        "schema_migration": ["version", "name"],
        "organization": ["id", "name", "kind", "level", "parent", "approved_by", "established", "dissolved"],
        "organization_former_parent": ["organization", "position", "parent", "until_date"],
        "person": ["id", "name"],
        "appointment": ["person", "organization", "role", "from_date", "to_date"],
        "term": ["organization", "from_date", "to_date", "number"],
        "plan": ["id", "conductor", "year", "organization", "talker", "due"],
        "plan_basis": ["plan", "position", "basis"],
        "trigger_event": ["id", "organization", "kind", "on_date", "note"],
        "talk": [
            "id", "conductor", "kind", "organization", "talkee", "talker", "format", "held", "ended", "plan",
            "self_check", "record_made", "untruthful", "measures_reported", "measures_reflections",
            "measures_communicated", "report_reported", "report_assessment", "archived",
        ],
        "talk_trigger": ["talk", "position", "trigger"],
        "talk_entry": ["talk", "list", "position", "value"],
        "audit_entry": ["seq", "at", "user", "command", "changes", "state", "previous", "hash"],
        "record_digest": ["kind", "key", "digest", "entry"],
    ]

    /// The first version a PostgreSQL store has: a `schema_migration` saying less is another program's.
    static var first: Int { migrations[0].version }

    /// Text compared as bytes, as SQLite does.
    private static let text = "TEXT COLLATE \"C\""

    private static func date(_ column: String) -> String {
        "CHECK (\(column) ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$')"
    }

    /// A CHECK that a column holds one of a vocabulary's values. The model's enum is read when
    /// the migration runs; a value added later needs a migration widening the CHECK, as in SQLite.
    private static func oneOf<V: Vocabulary>(_ column: String, _ vocabulary: V.Type) -> String {
        Schema.oneOf(column, V.allCases.map(\.rawValue))
    }

    private static func values<V: Vocabulary>(_ vocabulary: V.Type) -> String {
        V.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
    }

    /// SQLite's 6: a talk's lists of words as columns of the talk (`Schema.wordLists`), each
    /// checked by a regular expression where SQLite takes its words out one by one; the words
    /// move in their order.
    private static let version6: String = {
        let columns = Schema.wordLists.map { column, _, words in
            let word = "(" + words.joined(separator: "|") + ")"
            return
                "ALTER TABLE talk ADD COLUMN \(column) \(text) NOT NULL DEFAULT '' CHECK (\(column) ~ '^(\(word)(,\(word))*)?$');"
        }
        let values = Schema.wordLists.map { column, list, _ in
            """
            \(column) = coalesce((
                SELECT string_agg(value, ',' ORDER BY position) FROM talk_entry
                WHERE talk_entry.talk = talk.id AND list = '\(list)'), '')
            """
        }
        let lists = Schema.wordLists.map { "'\($0.list)'" }.joined(separator: ", ")
        return columns.joined(separator: "\n") + """

            ALTER TABLE talk ADD CONSTRAINT talk_copied_to_archived CHECK (archived IS NOT NULL OR copied_to = '');
            UPDATE talk SET \(values.joined(separator: ",\n"));
            DELETE FROM talk_entry WHERE list IN (\(lists));
            ALTER TABLE talk_entry ADD CONSTRAINT talk_entry_texts CHECK (list = 'problem' OR list = 'requirement');
            """
    }()

    private static let version4 = """
        CREATE TABLE organization (
            id          \(text) PRIMARY KEY CHECK (length(id) > 0),
            name        \(text) NOT NULL CHECK (length(trim(name)) > 0),
            kind        \(text) NOT NULL \(oneOf("kind", OrganizationKind.self)),
            level       \(text) NOT NULL \(oneOf("level", Level.self)),
            parent      \(text) REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED CHECK (parent <> id),
            approved_by \(text) REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            established \(text) \(date("established")),
            dissolved   \(text) \(date("dissolved"))
        );
        CREATE INDEX organization_by_parent ON organization (parent);

        CREATE TABLE organization_former_parent (
            organization \(text) NOT NULL REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            position     INTEGER NOT NULL CHECK (position >= 0),
            parent       \(text) REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            until_date   \(text) NOT NULL \(date("until_date")),
            PRIMARY KEY (organization, position)
        );
        CREATE INDEX organization_former_parent_by_parent ON organization_former_parent (parent);

        CREATE TABLE person (
            id   \(text) PRIMARY KEY CHECK (length(id) > 0),
            name \(text) NOT NULL CHECK (length(trim(name)) > 0)
        );

        CREATE TABLE appointment (
            person       \(text) NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
            organization \(text) NOT NULL REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            role         \(text) NOT NULL \(oneOf("role", Role.self)),
            from_date    \(text) NOT NULL \(date("from_date")),
            to_date      \(text) \(date("to_date")) CHECK (to_date >= from_date),
            PRIMARY KEY (person, organization, role, from_date)
        );
        CREATE INDEX appointment_by_organization ON appointment (organization, role, from_date);

        CREATE TABLE term (
            organization \(text) NOT NULL REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            from_date    \(text) NOT NULL \(date("from_date")),
            to_date      \(text) NOT NULL \(date("to_date")) CHECK (to_date >= from_date),
            number       INTEGER CHECK (number >= 0),
            PRIMARY KEY (organization, from_date)
        );

        CREATE TABLE plan (
            id           \(text) PRIMARY KEY CHECK (length(id) > 0),
            conductor    \(text) NOT NULL REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            year         INTEGER NOT NULL CHECK (year BETWEEN 1 AND 9999),
            organization \(text) NOT NULL REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            talker       \(text) REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
            due          \(text) \(date("due"))
        );
        CREATE INDEX plan_by_conductor ON plan (conductor, year);

        CREATE TABLE plan_basis (
            plan     \(text) NOT NULL REFERENCES plan (id) DEFERRABLE INITIALLY DEFERRED,
            position INTEGER NOT NULL CHECK (position >= 0),
            basis    \(text) NOT NULL \(oneOf("basis", PlanBasis.self)),
            PRIMARY KEY (plan, position)
        );

        CREATE TABLE trigger_event (
            id           \(text) PRIMARY KEY CHECK (length(id) > 0),
            organization \(text) NOT NULL REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            kind         \(text) NOT NULL \(oneOf("kind", TriggerKind.self)),
            on_date      \(text) NOT NULL \(date("on_date")),
            note         \(text)
        );
        CREATE INDEX trigger_by_organization ON trigger_event (organization);

        CREATE TABLE talk (
            id                    \(text) PRIMARY KEY CHECK (length(id) > 0),
            conductor             \(text) NOT NULL REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            kind                  \(text) NOT NULL \(oneOf("kind", TalkKind.self)),
            organization          \(text) NOT NULL REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            talkee                \(text) NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
            talker                \(text) NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
            format                \(text) NOT NULL \(oneOf("format", TalkFormat.self)),
            held                  \(text) NOT NULL \(date("held")),
            ended                 \(text) NOT NULL \(date("ended")) CHECK (ended >= held),
            plan                  \(text) REFERENCES plan (id) DEFERRABLE INITIALLY DEFERRED,
            \(Schema.boolean("self_check")),
            \(Schema.boolean("record_made")),
            \(Schema.boolean("untruthful")),
            measures_reported     \(text) \(date("measures_reported")) CHECK (measures_reported >= ended),
            measures_reflections  INTEGER CHECK (measures_reflections IN (0, 1)),
            measures_communicated \(text) \(date("measures_communicated")),
            report_reported       \(text) \(date("report_reported")) CHECK (report_reported >= ended),
            report_assessment     \(text) \(oneOf("report_assessment", Assessment.self)),
            archived              \(text) \(date("archived")),
            -- The parts of the measures and the report exist together or not at all.
            CHECK ((measures_reported IS NULL) = (measures_reflections IS NULL)),
            CHECK (measures_reported IS NOT NULL OR measures_communicated IS NULL),
            CHECK (report_reported IS NOT NULL OR report_assessment IS NULL)
        );
        CREATE INDEX talk_by_conductor ON talk (conductor, held);
        CREATE INDEX talk_by_organization ON talk (organization, held);
        CREATE INDEX talk_by_plan ON talk (plan) WHERE plan IS NOT NULL;

        CREATE TABLE talk_trigger (
            talk     \(text) NOT NULL REFERENCES talk (id) DEFERRABLE INITIALLY DEFERRED,
            position INTEGER NOT NULL CHECK (position >= 0),
            trigger  \(text) NOT NULL REFERENCES trigger_event (id) DEFERRABLE INITIALLY DEFERRED,
            PRIMARY KEY (talk, position)
        );
        CREATE INDEX talk_trigger_by_trigger ON talk_trigger (trigger);

        -- The lists of a talk, in their order: steps, confidential texts, departments, copies.
        CREATE TABLE talk_entry (
            talk     \(text) NOT NULL REFERENCES talk (id) DEFERRABLE INITIALLY DEFERRED,
            list     \(text) NOT NULL \(Schema.oneOf("list", TalkList.allCases.map(\.rawValue))),
            position INTEGER NOT NULL CHECK (position >= 0),
            value    \(text) NOT NULL,
            PRIMARY KEY (talk, list, position),
            CHECK (
                (list = 'step' AND value IN (\(values(Step.self))))
                OR (list = 'participant' AND value IN (\(values(Department.self))))
                OR (list = 'copied-to' AND value IN (\(values(CopyRecipient.self))))
                OR list IN ('problem', 'requirement')
            )
        );

        CREATE TABLE audit_entry (
            seq      INTEGER PRIMARY KEY CHECK (seq > 0),
            at       \(text) NOT NULL,
            "user"   \(text) NOT NULL,
            command  \(text) NOT NULL,
            changes  \(text) NOT NULL,
            state    \(text) NOT NULL,
            previous \(text) NOT NULL,
            hash     \(text) NOT NULL
        );

        -- The SHA-256 of each record's canonical JSON, and the entry that last wrote it.
        CREATE TABLE record_digest (
            kind   \(text) NOT NULL,
            key    \(text) NOT NULL,
            digest \(text) NOT NULL,
            entry  INTEGER NOT NULL,
            PRIMARY KEY (kind, key)
        );
        """
}

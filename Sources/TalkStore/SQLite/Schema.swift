/// The store's schema, as numbered migrations. Each one is recorded in `schema_migration`
/// when applied; a migration, once released, is never edited: a change is a new migration.
enum Schema {
    struct Migration {
        let version: Int
        let name: String
        /// The SQL only edits the text of constraints in `sqlite_schema`, each as strict as before:
        /// it runs with the schema writable (`SQLiteStore.migrate`), and a store without it reads
        /// the same, so a store that cannot be written is read as it is.
        let rewritesConstraints: Bool
        /// Damage the migration cannot carry over, found before it runs: each a query giving the
        /// first damaged record's key (no row: none), and the damage as `StoreError.damaged` tells it.
        let damage: [(query: String, detail: @Sendable (String) -> String)]
        /// Made when a store needs it: migration 5's is derived from migration 1's by regular
        /// expressions, which cost every command a tenth of its start.
        private let makeSQL: @Sendable () -> String
        var sql: String { makeSQL() }

        init(
            version: Int, name: String, sql: @autoclosure @escaping @Sendable () -> String,
            rewritesConstraints: Bool = false, damage: [(query: String, detail: @Sendable (String) -> String)] = []
        ) {
            self.version = version
            self.name = name
            makeSQL = sql
            self.rewritesConstraints = rewritesConstraints
            self.damage = damage
        }
    }

    static let migrations: [Migration] = [
        Migration(version: 1, name: "records of the dataset format supervision-talks/1", sql: version1),
        Migration(version: 2, name: "audit trail: a hash chain of changes and a digest of every record", sql: version2),
        Migration(version: 3, name: "keys of appointments and terms escape \"/\" and \"%\" in ids", sql: version3),
        Migration(version: 4, name: "the tree has history: former parents, established, dissolved", sql: version4),
        Migration(
            version: 5, name: "a column's words checked by comparisons, not IN lists (the same constraints)",
            sql: version5, rewritesConstraints: true),
        Migration(
            version: 6, name: "a talk's steps, participants and copies in columns of the talk", sql: version6,
            damage: version6Damage),
    ]

    /// The lists of words a talk holds in columns of its own since version 6, each the list's
    /// words in order joined by commas ('' for none): the column, the list's name in `talk_entry`
    /// before, and its words as version 1 checked them.
    static let wordLists: [(column: String, list: String, words: [String])] = [
        (
            "steps", "step",
            ["self-check-report", "point-out-problems", "explanation", "rectification-requirements", "commitment"]
        ),
        (
            "participants", "participant",
            ["discipline-inspection", "organization", "publicity", "inspection-tour", "audit"]
        ),
        ("copied_to", "copied-to", ["discipline-inspection", "organization", "other"]),
    ]

    /// A CHECK that a column holds words of `words` joined by commas, or '': no comma at either
    /// end or twice, and nothing left once each word between commas is taken out (SQL has no
    /// split; each comma is doubled first, so two words side by side are each found whole).
    static func wordList(_ column: String, _ words: [String]) -> String {
        var rest = "',' || replace(\(column), ',', ',,') || ','"
        for word in words { rest = "replace(\(rest), ',\(word),', '')" }
        return "CHECK (typeof(\(column)) = 'text' AND (\(column) = '' OR (\(column) NOT GLOB ',*'"
            + " AND \(column) NOT GLOB '*,' AND \(column) NOT GLOB '*,,*' AND trim(\(rest), ',') = '')))"
    }

    /// Whether a store at `version` is behind only by migrations that rewrite constraints
    /// (`Migration.rewritesConstraints`): it reads the same as it is where it cannot be upgraded.
    static func readsAsItIs(_ migrations: [Migration], from version: Int) -> Bool {
        migrations.allSatisfy { $0.version <= version || $0.rewritesConstraints }
    }

    /// `DatasetEncoder.keyComponent` in SQL: an id with "%" and "/" escaped.
    static func keyComponent(_ column: String) -> String {
        "replace(replace(\(column), '%', '%25'), '/', '%2F')"
    }

    /// An appointment's key (`DatasetEncoder.keys`) from the columns of `table.` (or "" for none).
    static func appointmentKey(_ table: String) -> String {
        "\(keyComponent(table + "person")) || '/' || \(keyComponent(table + "organization")) || '/' || \(table)role || '/' || \(table)from_date"
    }

    /// A term's key from the columns of `table.`.
    static func termKey(_ table: String) -> String {
        "\(keyComponent(table + "organization")) || '/' || \(table)from_date"
    }

    static var latest: Int { migrations.last!.version }

    /// A CHECK that a column holds a `YYYY-MM-DD` date (SQL cannot tell 02-30 from 02-28:
    /// the model refuses impossible days before anything is written).
    private static func date(_ column: String) -> String {
        "CHECK (\(column) GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')"
    }

    static func oneOf(_ column: String, _ values: [String]) -> String {
        "CHECK (\(column) IN (\(values.map { "'\($0)'" }.joined(separator: ", "))))"
    }

    static func boolean(_ column: String) -> String {
        "\(column) INTEGER NOT NULL CHECK (\(column) IN (0, 1))"
    }

    private static let version1 = """
        CREATE TABLE organization (
            id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
            name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind        TEXT NOT NULL \(oneOf("kind", ["local-committee", "party-group", "grassroots", "other"])),
            level       TEXT NOT NULL \(oneOf("level", ["central", "province", "city", "county", "township", "other"])),
            parent      TEXT REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED CHECK (parent <> id),
            approved_by TEXT REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED
        ) WITHOUT ROWID;
        CREATE INDEX organization_by_parent ON organization (parent);

        CREATE TABLE person (
            id   TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0)
        ) WITHOUT ROWID;

        CREATE TABLE appointment (
            person       TEXT NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
            organization TEXT NOT NULL REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            role         TEXT NOT NULL \(oneOf("role", ["secretary", "deputy-secretary", "member"])),
            from_date    TEXT NOT NULL \(date("from_date")),
            to_date      TEXT \(date("to_date")) CHECK (to_date >= from_date),
            PRIMARY KEY (person, organization, role, from_date)
        ) WITHOUT ROWID;
        CREATE INDEX appointment_by_organization ON appointment (organization, role, from_date);

        CREATE TABLE term (
            organization TEXT NOT NULL REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            from_date    TEXT NOT NULL \(date("from_date")),
            to_date      TEXT NOT NULL \(date("to_date")) CHECK (to_date >= from_date),
            number       INTEGER CHECK (number >= 0),
            PRIMARY KEY (organization, from_date)
        ) WITHOUT ROWID;

        CREATE TABLE plan (
            id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
            conductor    TEXT NOT NULL REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            year         INTEGER NOT NULL CHECK (year BETWEEN 1 AND 9999),
            organization TEXT NOT NULL REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            talker       TEXT REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
            due          TEXT \(date("due"))
        ) WITHOUT ROWID;
        CREATE INDEX plan_by_conductor ON plan (conductor, year);

        CREATE TABLE plan_basis (
            plan     TEXT NOT NULL REFERENCES plan (id) DEFERRABLE INITIALLY DEFERRED,
            position INTEGER NOT NULL CHECK (position >= 0),
            basis    TEXT NOT NULL \(oneOf("basis", ["inspection", "disciplinary-review", "audit", "special-check", "cadre-assessment"])),
            PRIMARY KEY (plan, position)
        ) WITHOUT ROWID;

        CREATE TABLE trigger_event (
            id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
            organization TEXT NOT NULL REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            kind         TEXT NOT NULL \(oneOf("kind", ["petitions", "criticized", "inspection-findings", "major-case", "warning-signs", "other"])),
            on_date      TEXT NOT NULL \(date("on_date")),
            note         TEXT
        ) WITHOUT ROWID;
        CREATE INDEX trigger_by_organization ON trigger_event (organization);

        CREATE TABLE talk (
            id                    TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
            conductor             TEXT NOT NULL REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            kind                  TEXT NOT NULL \(oneOf("kind", ["regular", "timely", "clue-disposal", "appointment", "admonishment"])),
            organization          TEXT NOT NULL REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            talkee                TEXT NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
            talker                TEXT NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
            format                TEXT NOT NULL \(oneOf("format", ["individual", "group"])),
            held                  TEXT NOT NULL \(date("held")),
            ended                 TEXT NOT NULL \(date("ended")) CHECK (ended >= held),
            plan                  TEXT REFERENCES plan (id) DEFERRABLE INITIALLY DEFERRED,
            \(boolean("self_check")),
            \(boolean("record_made")),
            \(boolean("untruthful")),
            measures_reported     TEXT \(date("measures_reported")) CHECK (measures_reported >= ended),
            measures_reflections  INTEGER CHECK (measures_reflections IN (0, 1)),
            measures_communicated TEXT \(date("measures_communicated")),
            report_reported       TEXT \(date("report_reported")) CHECK (report_reported >= ended),
            report_assessment     TEXT \(oneOf("report_assessment", ["adequate", "inadequate", "perfunctory", "false"])),
            archived              TEXT \(date("archived")),
            -- The parts of the measures and the report exist together or not at all.
            CHECK ((measures_reported IS NULL) = (measures_reflections IS NULL)),
            CHECK (measures_reported IS NOT NULL OR measures_communicated IS NULL),
            CHECK (report_reported IS NOT NULL OR report_assessment IS NULL)
        ) WITHOUT ROWID;
        CREATE INDEX talk_by_conductor ON talk (conductor, held);
        CREATE INDEX talk_by_organization ON talk (organization, held);
        CREATE INDEX talk_by_plan ON talk (plan) WHERE plan IS NOT NULL;

        CREATE TABLE talk_trigger (
            talk     TEXT NOT NULL REFERENCES talk (id) DEFERRABLE INITIALLY DEFERRED,
            position INTEGER NOT NULL CHECK (position >= 0),
            trigger  TEXT NOT NULL REFERENCES trigger_event (id) DEFERRABLE INITIALLY DEFERRED,
            PRIMARY KEY (talk, position)
        ) WITHOUT ROWID;
        CREATE INDEX talk_trigger_by_trigger ON talk_trigger (trigger);

        -- The lists of a talk, in their order: steps, confidential texts, departments, copies.
        CREATE TABLE talk_entry (
            talk     TEXT NOT NULL REFERENCES talk (id) DEFERRABLE INITIALLY DEFERRED,
            list     TEXT NOT NULL \(oneOf("list", ["step", "problem", "requirement", "participant", "copied-to"])),
            position INTEGER NOT NULL CHECK (position >= 0),
            value    TEXT NOT NULL,
            PRIMARY KEY (talk, list, position),
            CHECK (
                (list = 'step' AND value IN ('self-check-report', 'point-out-problems', 'explanation', 'rectification-requirements', 'commitment'))
                OR (list = 'participant' AND value IN ('discipline-inspection', 'organization', 'publicity', 'inspection-tour', 'audit'))
                OR (list = 'copied-to' AND value IN ('discipline-inspection', 'organization', 'other'))
                OR list IN ('problem', 'requirement')
            )
        ) WITHOUT ROWID;
        """

    /// Every change appends an entry; each entry's hash covers the one before it and the sum of
    /// the record digests after the change (`state`), so an edit behind the tool's back shows.
    private static let version2 = """
        CREATE TABLE audit_entry (
            seq      INTEGER PRIMARY KEY CHECK (seq > 0),
            at       TEXT NOT NULL,
            user     TEXT NOT NULL,
            command  TEXT NOT NULL,
            changes  TEXT NOT NULL,
            state    TEXT NOT NULL,
            previous TEXT NOT NULL,
            hash     TEXT NOT NULL
        );

        -- The SHA-256 of each record's canonical JSON, and the entry that last wrote it.
        CREATE TABLE record_digest (
            kind   TEXT NOT NULL,
            key    TEXT NOT NULL,
            digest TEXT NOT NULL,
            entry  INTEGER NOT NULL,
            PRIMARY KEY (kind, key)
        ) WITHOUT ROWID;
        """

    /// The record digests of appointments and terms whose ids hold "/" or "%" move to the escaped
    /// key; the digests (over the records' content) and so the audit state stay as they are. Only
    /// such records are looked at (one pass over each table, then the digest's primary key).
    /// Entries already in the trail keep the keys they were written with: their hashes cover them.
    /// Two records that shared one old key had one digest between them; that store's `verify`
    /// already failed, and still names the record left without one (a key already taken is
    /// never written twice).
    private static let version3 = """
        UPDATE record_digest SET key = moved.new
        FROM (
            SELECT person || '/' || organization || '/' || role || '/' || from_date AS old, \(appointmentKey("")) AS new
            FROM appointment
            WHERE person GLOB '*[/%]*' OR organization GLOB '*[/%]*'
        ) AS moved
        WHERE record_digest.kind = 'appointments' AND record_digest.key = moved.old
            AND NOT EXISTS (SELECT 1 FROM record_digest AS d WHERE d.kind = 'appointments' AND d.key = moved.new);

        UPDATE record_digest SET key = moved.new
        FROM (
            SELECT organization || '/' || from_date AS old, \(termKey("")) AS new
            FROM term
            WHERE organization GLOB '*[/%]*'
        ) AS moved
        WHERE record_digest.kind = 'terms' AND record_digest.key = moved.old
            AND NOT EXISTS (SELECT 1 FROM record_digest AS d WHERE d.kind = 'terms' AND d.key = moved.new);
        """

    /// An organization's earlier parents, oldest first, each to its last day; and the days it was
    /// set up and dissolved (`spec/dataset-format.md`, "The tree has history").
    private static let version4 = """
        ALTER TABLE organization ADD COLUMN established TEXT \(date("established"));
        ALTER TABLE organization ADD COLUMN dissolved TEXT \(date("dissolved"));
        CREATE TABLE organization_former_parent (
            organization TEXT NOT NULL REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            position     INTEGER NOT NULL CHECK (position >= 0),
            parent       TEXT REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED,
            until_date   TEXT NOT NULL \(date("until_date")),
            PRIMARY KEY (organization, position)
        ) WITHOUT ROWID;
        CREATE INDEX organization_former_parent_by_parent ON organization_former_parent (parent);
        """

    /// Every `CHECK` that a column holds one of three or more words, which migration 1 wrote as an
    /// `IN` list, rewritten as comparisons (`kind = 'regular' OR kind = 'timely' …`): the same
    /// constraint, but SQLite evaluates a constant `IN` list of more than two values through a
    /// temporary b-tree, and inside a `CHECK` builds it again for every row written, a fifth of a
    /// load's time (Docs/performance.md, step six). The SQL of talks's own tables (not of any other a
    /// user added to the file) is edited in `sqlite_schema`, SQLite's documented way to change a
    /// constraint every stored row already meets (no row is rewritten; `rewritesConstraints`). Run
    /// again on rewritten text, it changes nothing.
    /// A talk's lists of words as columns of the talk: a talk is one row and its texts, not a row
    /// for every word (three in four of `talk_entry`'s rows), so a load writes, and every command
    /// reads, a fraction of the rows (Docs/performance.md, *A talk's words in its row*). The words
    /// move in their order (a window's `group_concat` takes its rows in the window's order;
    /// SQLite 3.40 has no `ORDER BY` inside an aggregate); copies only with an archive, as the
    /// model has them. `talk_entry` keeps the problems and requirements (confidential, Art. 16).
    private static let version6: String = {
        let columns = wordLists.map { column, _, words in
            let archived = column == "copied_to" ? " CHECK (archived IS NOT NULL OR copied_to = '')" : ""
            return
                "ALTER TABLE talk ADD COLUMN \(column) TEXT NOT NULL DEFAULT '' \(wordList(column, words))\(archived);"
        }
        let values = wordLists.map { column, list, _ in
            """
            \(column) = coalesce((
                SELECT group_concat(value, ',') OVER (ORDER BY position ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
                FROM talk_entry WHERE talk_entry.talk = talk.id AND list = '\(list)' LIMIT 1), '')
            """
        }
        // `talk_entry` made again with its texts alone, so a word put there is refused as one
        // put in the talk's column would be (`damage` has refused the rows that would be lost).
        return columns.joined(separator: "\n") + """

            UPDATE talk SET \(values.joined(separator: ",\n"));
            CREATE TABLE talk_entry_texts (
                talk     TEXT NOT NULL REFERENCES talk (id) DEFERRABLE INITIALLY DEFERRED,
                list     TEXT NOT NULL CHECK (list = 'problem' OR list = 'requirement'),
                position INTEGER NOT NULL CHECK (position >= 0),
                value    TEXT NOT NULL,
                PRIMARY KEY (talk, list, position)
            ) WITHOUT ROWID;
            INSERT INTO talk_entry_texts SELECT talk, list, position, value FROM talk_entry
            WHERE list = 'problem' OR list = 'requirement';
            DROP TABLE talk_entry;
            ALTER TABLE talk_entry_texts RENAME TO talk_entry;
            """
    }()

    /// What migration 6 cannot move, a query giving the first such record's key, and what it is:
    /// copies of a talk without an archive (put in with the sqlite3 shell; version 5 dropped them
    /// unseen when read). A store so damaged is refused, naming the record, and left as it is; a
    /// row of a talk not in the store is refused before any migration that moves data.
    static let version6Damage: [(query: String, detail: @Sendable (String) -> String)] = [
        (
            """
            SELECT talk FROM talk_entry WHERE list = 'copied-to'
            AND talk IN (SELECT id FROM talk WHERE archived IS NULL) LIMIT 1
            """,
            { "copies without an archive in talk_entry \($0.quoted), column list" }
        )
    ]

    private static let version5: String = {
        let list = try! Regex(#"(\w+) IN \(('[^']*'(?:, '[^']*'){2,})\)"#)
        func literal(_ text: some StringProtocol) -> String {
            "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        }
        var sql = "sql"
        for match in version1.matches(of: list) {
            guard let whole = match.output[0].substring, let column = match.output[1].substring,
                let words = match.output[2].substring
            else { continue }
            let comparisons = words.split(separator: ", ").map { "\(column) = \($0)" }.joined(separator: " OR ")
            sql = "replace(\(sql), \(literal(whole)), \(literal("(" + comparisons + ")")))"
        }
        let tables = version1.matches(of: try! Regex(#"CREATE TABLE (\w+)"#)).compactMap { $0.output[1].substring }
        return """
            UPDATE sqlite_schema SET sql = \(sql)
            WHERE type = 'table' AND name IN (\(tables.map(literal).joined(separator: ", ")));
            """
    }()
}

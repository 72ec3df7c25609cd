/// Turns the store at `path` (version 6) back into what version 5 made: a talk's steps,
/// participants and copies as rows of `talk_entry`, in their order, not columns of the talk, and
/// no migration 6 recorded. For the tests of migration 6 (`Schema.version6`).
public func makeVersion5(_ path: String) throws {
    _ = try sqlite3(
        path,
        "PRAGMA foreign_keys = OFF; BEGIN;\n\(undoingTheWordColumns)\nDELETE FROM schema_migration WHERE version = 6; COMMIT;"
    )
}

/// SQL that takes a store back to before migration 6: each talk's steps, participants and copies
/// as rows of `talk_entry` in their order, and the talk without their columns. For a test that
/// makes a store of an earlier version from a current one.
/// (`talk_entry` is given back version 5's CHECK first, which takes the words.)
public let undoingTheWordColumns =
    """
    PRAGMA writable_schema = ON;
    UPDATE sqlite_schema SET sql = '\(version5TalkEntry.replacingOccurrences(of: "'", with: "''"))'
    WHERE type = 'table' AND name = 'talk_entry';
    PRAGMA writable_schema = RESET;

    """
    + [("steps", "step"), ("participants", "participant"), ("copied_to", "copied-to")].map { column, list in
        """
        WITH RECURSIVE split (talk, position, value, rest) AS (
            SELECT id, -1, NULL, \(column) || ',' FROM talk WHERE \(column) <> ''
            UNION ALL
            SELECT talk, position + 1, substr(rest, 1, instr(rest, ',') - 1), substr(rest, instr(rest, ',') + 1)
            FROM split WHERE rest <> '')
        INSERT INTO talk_entry (talk, list, position, value)
        SELECT talk, '\(list)', position, value FROM split WHERE position >= 0;
        ALTER TABLE talk DROP COLUMN \(column);
        """
    }.joined(separator: "\n")

/// `undoingTheWordColumns` for a PostgreSQL store, with the record of migration 6 removed: the
/// store as version 5 made it.
public let postgreSQLUndoingTheWordColumns =
    "ALTER TABLE talk_entry DROP CONSTRAINT talk_entry_texts;\n"
    + [("steps", "step"), ("participants", "participant"), ("copied_to", "copied-to")].map { column, list in
        """
        INSERT INTO talk_entry (talk, list, position, value)
        SELECT id, '\(list)', ord - 1, word FROM talk,
            unnest(string_to_array(\(column), ',')) WITH ORDINALITY AS words (word, ord)
        WHERE \(column) <> '';
        """
    }.joined(separator: "\n")
        + """

        ALTER TABLE talk DROP CONSTRAINT talk_copied_to_archived;
        ALTER TABLE talk DROP COLUMN steps, DROP COLUMN participants, DROP COLUMN copied_to;
        DELETE FROM schema_migration WHERE version = 6;
        """

/// `talk_entry` as version 5 made it (version 1's, its words checked by comparisons).
private let version5TalkEntry = """
    CREATE TABLE talk_entry (
        talk     TEXT NOT NULL REFERENCES talk (id) DEFERRABLE INITIALLY DEFERRED,
        list     TEXT NOT NULL CHECK ((list = 'step' OR list = 'problem' OR list = 'requirement' OR list = 'participant' OR list = 'copied-to')),
        position INTEGER NOT NULL CHECK (position >= 0),
        value    TEXT NOT NULL,
        PRIMARY KEY (talk, list, position),
        CHECK (
            (list = 'step' AND (value = 'self-check-report' OR value = 'point-out-problems' OR value = 'explanation' OR value = 'rectification-requirements' OR value = 'commitment'))
            OR (list = 'participant' AND (value = 'discipline-inspection' OR value = 'organization' OR value = 'publicity' OR value = 'inspection-tour' OR value = 'audit'))
            OR (list = 'copied-to' AND (value = 'discipline-inspection' OR value = 'organization' OR value = 'other'))
            OR list IN ('problem', 'requirement')
        )
    ) WITHOUT ROWID
    """

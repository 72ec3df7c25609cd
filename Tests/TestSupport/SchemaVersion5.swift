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
public let undoingTheWordColumns = [("steps", "step"), ("participants", "participant"), ("copied_to", "copied-to")]
    .map { column, list in
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

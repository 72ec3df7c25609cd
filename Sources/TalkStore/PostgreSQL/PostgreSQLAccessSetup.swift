/// The database's side of `talks access`: the policies, checks and triggers each grant makes
/// again (idempotently) in the store's schema.
extension PostgreSQLStore {
    /// Which rows of each record table a granted role sees and writes: its committee's talks and
    /// plans, the triggers about organizations below it on the trigger's day, and the lists of
    /// those (a talk's problems and requirements only with the confidential texts).
    private static let visibleRows: KeyValuePairs<String, String> = [
        "talk": "conductor = (SELECT talks_conductor())",
        "talk_trigger": "EXISTS (SELECT 1 FROM talk WHERE talk.id = talk_trigger.talk)",
        "talk_entry": """
        EXISTS (SELECT 1 FROM talk WHERE talk.id = talk_entry.talk)
        AND (list NOT IN ('problem', 'requirement') OR (SELECT talks_confidential()))
        """,
        "plan": "conductor = (SELECT talks_conductor())",
        "plan_basis": "EXISTS (SELECT 1 FROM plan WHERE plan.id = plan_basis.plan)",
        "trigger_event": "talks_parent_on(organization, on_date) = (SELECT talks_conductor())",
    ]

    /// One policy `talks_access` on each record table, made again at each grant.
    private static let recordPolicies = visibleRows.map { table, visible in
        """
        ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY;
        DROP POLICY IF EXISTS talks_access ON \(table);
        CREATE POLICY talks_access ON \(table) USING (\(visible));
        """
    }.joined(separator: "\n")

    /// The days a granted role writes. The schema's CHECK sees only a date's shape (`2026-02-31`
    /// has it); a day no calendar has would make every record unreadable to everyone, the owner's
    /// `export` included, so each is checked against the calendar, as the model checks it.
    private static let days: KeyValuePairs<String, [String]> = [
        "plan": ["due"], "trigger_event": ["on_date"],
        "talk": ["held", "ended", "measures_reported", "measures_communicated", "report_reported", "archived"],
    ]

    /// One CHECK `talks_day_COLUMN` on each day a granted role writes, made again at each grant.
    private static let dayChecks = days.flatMap { table, columns in
        columns.map { column in
            let year = "substr(\(column), 1, 4)::int"
            let month = "substr(\(column), 6, 2)"
            return """
                ALTER TABLE \(table) DROP CONSTRAINT IF EXISTS talks_day_\(column);
                ALTER TABLE \(table) ADD CONSTRAINT talks_day_\(column) CHECK (\(column) IS NULL OR CASE
                    WHEN \(column) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN \(year) > 0 AND \(month) BETWEEN '01' AND '12'
                        AND substr(\(column), 9, 2) BETWEEN '01' AND CASE
                            WHEN \(month) IN ('04', '06', '09', '11') THEN '30' WHEN \(month) <> '02' THEN '31'
                            WHEN mod(\(year), 4) = 0 AND (mod(\(year), 100) <> 0 OR mod(\(year), 400) = 0) THEN '29'
                            ELSE '28' END
                    ELSE false END);
                """
        }
    }.joined(separator: "\n")

    /// The sum of the rows' digests `d` (64 hexadecimal digits), each added or subtracted by its
    /// `sign`, as DigestSum adds them up to a state: eight 32-bit words summed column by column
    /// (a bigint each), weighted once at the end. About 2 µs a digest.
    private static let digestSum = (0..<8).map {
        "coalesce(sum(sign * ('x' || substr(d, \($0 * 8 + 1), 8))::bit(32)::bigint), 0) * 2::numeric ^ \(224 - 32 * $0)"
    }.joined(separator: "\n                        + ")

    /// The grants table, the policies and the audit trail's guard, made again (idempotently) at each grant.
    ///
    /// Every function looks only in `pg_catalog` (`pg_temp` named last, so never first) and names
    /// the store's own tables and functions with their schema: a role's temporary table called
    /// `talks_access` would otherwise be found first and grant it any committee, and a function
    /// made in a schema others may write (`convert_to(text, text)`, closer to a call's types than
    /// PostgreSQL's own) would be chosen inside one that runs as the owner.
    static func setup(schema s: String) -> String {
        let path = "SET search_path = pg_catalog, pg_temp"
        return """
            CREATE TABLE IF NOT EXISTS talks_access (
                role         TEXT COLLATE "C" PRIMARY KEY,
                conductor    TEXT COLLATE "C" NOT NULL,
                confidential BOOLEAN NOT NULL
            );
            CREATE OR REPLACE FUNCTION talks_conductor() RETURNS TEXT LANGUAGE sql STABLE \(path)
                AS $$ SELECT conductor FROM \(s).talks_access WHERE role = current_user $$;
            CREATE OR REPLACE FUNCTION talks_confidential() RETURNS BOOLEAN LANGUAGE sql STABLE \(path)
                AS $$ SELECT coalesce((SELECT confidential FROM \(s).talks_access WHERE role = current_user), false) $$;
            -- The parent of an organization on a day, as the engine reads the tree's history.
            CREATE OR REPLACE FUNCTION talks_parent_on(org TEXT, day TEXT) RETURNS TEXT LANGUAGE sql STABLE \(path) AS $$
                SELECT parent FROM (
                    SELECT parent, until_date FROM \(s).organization_former_parent WHERE organization = org
                    UNION ALL SELECT parent, NULL FROM \(s).organization WHERE id = org) AS history
                WHERE until_date IS NULL OR until_date >= day ORDER BY until_date NULLS LAST LIMIT 1 $$;
            -- Whether any record of a kind has the key, seen by the owner: a digest is removed only once
            -- its record is gone.
            CREATE OR REPLACE FUNCTION talks_record_exists(kind TEXT, key TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
                SECURITY DEFINER \(path) AS $$
                SELECT CASE kind
                    WHEN 'talks' THEN EXISTS (SELECT 1 FROM \(s).talk WHERE id = key)
                    WHEN 'plans' THEN EXISTS (SELECT 1 FROM \(s).plan WHERE id = key)
                    WHEN 'triggers' THEN EXISTS (SELECT 1 FROM \(s).trigger_event WHERE id = key)
                    ELSE true END $$;

            -- Whether this role may write the digest of a record it sees: a plan's always, a talk's or
            -- a trigger's only with the confidential texts (without, it writes plans only).
            CREATE OR REPLACE FUNCTION talks_writes(kind TEXT, key TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE \(path) AS $$
                SELECT CASE kind
                    WHEN 'plans' THEN EXISTS (SELECT 1 FROM \(s).plan WHERE id = key)
                    WHEN 'talks' THEN \(s).talks_confidential() AND EXISTS (SELECT 1 FROM \(s).talk WHERE id = key)
                    WHEN 'triggers' THEN \(s).talks_confidential()
                        AND EXISTS (SELECT 1 FROM \(s).trigger_event WHERE id = key)
                    ELSE false END $$;

            -- Whether this role may remove the digest of a record of a kind it writes, once the record
            -- is gone (deleted earlier in the same transaction).
            CREATE OR REPLACE FUNCTION talks_removes(kind TEXT, key TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE \(path) AS $$
                SELECT (kind = 'plans' OR (kind IN ('talks', 'triggers') AND \(s).talks_confidential()))
                    AND NOT \(s).talks_record_exists(kind, key) $$;

            -- The ids a new record's number must avoid, whoever's they are (the ids only).
            CREATE OR REPLACE FUNCTION talks_taken_ids(kind TEXT, prefix TEXT) RETURNS SETOF TEXT LANGUAGE sql STABLE
                SECURITY DEFINER \(path) AS $$
                SELECT id FROM \(s).talk WHERE $1 = 'talks' AND starts_with(id, $2)
                UNION ALL SELECT id FROM \(s).plan WHERE $1 = 'plans' AND starts_with(id, $2)
                UNION ALL SELECT id FROM \(s).trigger_event WHERE $1 = 'triggers' AND starts_with(id, $2) $$;

            REVOKE ALL ON FUNCTION talks_record_exists(TEXT, TEXT), talks_taken_ids(TEXT, TEXT) FROM PUBLIC;

            \(recordPolicies)
            \(dayChecks)
            -- A digest is SHA-256 in lowercase hexadecimal, as talks writes it: the audit trail's
            -- trigger adds them up without stopping at one that is not.
            ALTER TABLE record_digest DROP CONSTRAINT IF EXISTS talks_digest_hex;
            ALTER TABLE record_digest ADD CONSTRAINT talks_digest_hex CHECK (digest ~ '^[0-9a-f]{64}$');
            ALTER TABLE record_digest ENABLE ROW LEVEL SECURITY;
            -- A digest is read with its record, and written only by a role that may write the record:
            -- kept after the record is written, removed after it is deleted (and only then). Removing
            -- it is a DELETE with a WHERE, which sees only what a role reads: the digest of a record
            -- gone is read by a role that may remove it, or it would outlive its record.
            DROP POLICY IF EXISTS talks_access ON record_digest;
            DROP POLICY IF EXISTS talks_read ON record_digest;
            CREATE POLICY talks_read ON record_digest FOR SELECT USING (
                CASE kind
                    WHEN 'talks' THEN EXISTS (SELECT 1 FROM talk WHERE id = key)
                    WHEN 'plans' THEN EXISTS (SELECT 1 FROM plan WHERE id = key)
                    WHEN 'triggers' THEN EXISTS (SELECT 1 FROM trigger_event WHERE id = key)
                    ELSE false END
                OR talks_removes(kind, key));
            DROP POLICY IF EXISTS talks_keep ON record_digest;
            CREATE POLICY talks_keep ON record_digest FOR INSERT WITH CHECK (talks_writes(kind, key));
            DROP POLICY IF EXISTS talks_rekeep ON record_digest;
            CREATE POLICY talks_rekeep ON record_digest FOR UPDATE
                USING (talks_writes(kind, key)) WITH CHECK (talks_writes(kind, key));
            DROP POLICY IF EXISTS talks_remove ON record_digest;
            CREATE POLICY talks_remove ON record_digest FOR DELETE USING (talks_removes(kind, key));

            -- An entry is appended only as the next link of the chain, and never changed or removed.
            -- It runs as the owner (SECURITY DEFINER) to add up every record's digest, those the
            -- writer cannot see included; session_user still names the login that writes.
            CREATE OR REPLACE FUNCTION talks_audit_append() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
                \(path) AS $$
            DECLARE
                last_seq INTEGER;
                last_hash TEXT;
            BEGIN
                -- Under the writers' lock, as talks appends: an entry appended through psql while a
                -- talks command writes waits for it, rather than take the number it is about to write.
                PERFORM pg_advisory_xact_lock(\(PGConnection.writeLock));
                SELECT seq, hash INTO last_seq, last_hash FROM \(s).audit_entry ORDER BY seq DESC LIMIT 1;
                IF NEW.seq IS DISTINCT FROM coalesce(last_seq, 0) + 1
                    OR NEW.previous IS DISTINCT FROM coalesce(last_hash, repeat('0', 64))
                    OR NEW.hash IS DISTINCT FROM encode(sha256(convert_to(concat_ws(E'\\n', NEW.previous, NEW.seq::text,
                        NEW.at, NEW."user", NEW.command, NEW.changes, NEW.state), 'UTF8')), 'hex')
                THEN
                    RAISE EXCEPTION 'an audit entry must extend the chain' USING ERRCODE = '42501';
                END IF;
                -- Who wrote it is what the server vouches for, not what the writer says.
                IF right(NEW."user", length(', database role ' || session_user)) IS DISTINCT FROM ', database role ' || session_user
                THEN
                    RAISE EXCEPTION 'an audit entry must name the database role that writes it' USING ERRCODE = '42501';
                END IF;
                -- Plain text, one line each: a line break or a terminal's control characters would let
                -- an entry pass for another, by another role, in talks audit log.
                IF NEW.at !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$'
                    OR concat(NEW."user", NEW.command) ~ '[\\u0001-\\u001f\\u007f-\\u009f]'
                    OR strpos(left(NEW."user", -length(', database role ' || session_user)), ', database role ') > 0
                THEN
                    RAISE EXCEPTION 'an audit entry''s time, user and command must be plain text' USING ERRCODE = '42501';
                END IF;
                -- Its state is the sum of the records' digests, as talks keeps them: a false one would
                -- make every later entry fail audit verify.
                IF NEW.state !~ '^[0-9a-f]{64}$' OR (SELECT mod(\(digestSum), 2::numeric ^ 256) <> 0
                    FROM (SELECT digest AS d, 1 AS sign FROM \(s).record_digest UNION ALL SELECT NEW.state, -1) AS digests)
                THEN
                    RAISE EXCEPTION 'an audit entry''s state must be the sum of the record digests' USING ERRCODE = '42501';
                END IF;
                RETURN NEW;
            END $$;
            CREATE OR REPLACE FUNCTION talks_audit_fixed() RETURNS trigger LANGUAGE plpgsql \(path) AS $$
            BEGIN
                RAISE EXCEPTION 'audit entries are never changed or removed' USING ERRCODE = '42501';
            END $$;
            DROP TRIGGER IF EXISTS talks_audit_append ON audit_entry;
            CREATE TRIGGER talks_audit_append BEFORE INSERT ON audit_entry
                FOR EACH ROW EXECUTE FUNCTION talks_audit_append();
            DROP TRIGGER IF EXISTS talks_audit_fixed ON audit_entry;
            CREATE TRIGGER talks_audit_fixed BEFORE UPDATE OR DELETE ON audit_entry
                FOR EACH ROW EXECUTE FUNCTION talks_audit_fixed();
            DROP TRIGGER IF EXISTS talks_audit_truncate ON audit_entry;
            CREATE TRIGGER talks_audit_truncate BEFORE TRUNCATE ON audit_entry
                FOR EACH STATEMENT EXECUTE FUNCTION talks_audit_fixed();
            """
    }
}

import TalkModel

/// What one PostgreSQL role may do in a shared store (`talks access list`).
public struct AccessGrant: Sendable, Equatable {
    /// The PostgreSQL role (a login, or a group of logins).
    public let role: String
    /// The committee whose talks, plans and triggers the role reads and writes; nil for a role
    /// that reads and writes every record and grants access (the store's owner, a member of the
    /// owner, a superuser).
    public let conductor: String?
    /// Whether it reads (and writes) the confidential texts: problems, requirements, trigger notes.
    public let confidential: Bool

    public init(role: String, conductor: String?, confidential: Bool) {
        self.role = role
        self.conductor = conductor
        self.confidential = confidential
    }
}

/// Access enforced by the database (Art. 16): row-level security on the committee's records and
/// privileges on the confidential texts, set up by the first `grant` and read by every program
/// that connects, psql included. The owner of the tables (and its members, and superusers)
/// bypasses row-level security and reads and writes everything, as before any grant.
///
/// A granted role:
/// - reads the tree, its people, posts and terms (`organization`, `organization_former_parent`,
///   `person`, `appointment`, `term`): what its rules and names need, written only by the owner;
/// - reads and writes the talks and plans it conducts and the triggers about the organizations
///   below it on the trigger's day (`talks_parent_on`), with their lists and record digests;
/// - without `confidential`, reads those talks without their problems and requirements (their
///   rows in `talk_entry` are hidden) and triggers without their notes (no privilege on the
///   column), and writes plans only: a talk or trigger is rewritten whole, so only a role that
///   reads it whole may write it;
/// - writes only days the calendar has (a CHECK on each day it writes);
/// - reads the whole audit trail and appends to it, only an entry that extends the chain (a
///   trigger checks its number, previous hash, hash, role, plain text and the records' state);
///   no one updates or deletes an entry.
extension PostgreSQLStore {
    /// Lets `role` (an existing PostgreSQL role) read and write the records of `conductor`, with
    /// the confidential texts or not; a grant replaces the role's earlier one. Only the owner of
    /// the store's tables may grant.
    public func grant(_ role: String, conductor: String, confidential: Bool) throws {
        try db.writeTransaction {
            try requireOwner()
            try requireRole(role)
            try requireClosedSchema()
            guard try organization(conductor) != nil else {
                throw InputError(
                    Message(
                        zh: "没有编号为 \(conductor.quoted) 的组织", en: "there is no organization \(conductor.quoted)"),
                    at: "--conductor")
            }
            try connection.execute(Self.setup(schema: Self.identifier(try currentSchema())))
            try revokePrivileges(role)
            try db.run(
                """
                INSERT INTO talks_access (role, conductor, confidential) VALUES (?, ?, ?)
                ON CONFLICT (role) DO UPDATE SET conductor = excluded.conductor, confidential = excluded.confidential
                """, [.text(role), .text(conductor), .text(confidential ? "true" : "false")])
            let r = Self.identifier(role)
            let talkTables = "talk, talk_trigger, talk_entry"
            try connection.execute(
                """
                GRANT USAGE ON SCHEMA \(Self.identifier(try currentSchema())) TO \(r);
                GRANT SELECT ON \(Self.referenceTables), talks_access, audit_entry TO \(r);
                GRANT INSERT ON audit_entry TO \(r);
                GRANT SELECT, INSERT, UPDATE, DELETE ON plan, plan_basis, record_digest TO \(r);
                GRANT EXECUTE ON FUNCTION \(Self.ownersFunctions) TO \(r);
                """
                    + (confidential
                        ? "GRANT SELECT, INSERT, UPDATE, DELETE ON \(talkTables), trigger_event TO \(r);"
                        : "GRANT SELECT ON \(talkTables) TO \(r); GRANT SELECT (id, organization, kind, on_date) ON trigger_event TO \(r);")
            )
        }
    }

    /// Takes every privilege on the store from `role`; false when it had no grant.
    public func revoke(_ role: String) throws -> Bool {
        try db.writeTransaction {
            try requireOwner()
            guard try !rawQuery("SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('talks_access')").isEmpty,
                try !rawQuery("SELECT 1 FROM talks_access WHERE role = ?", [.text(role)]).isEmpty
            else { return false }
            try db.run("DELETE FROM talks_access WHERE role = ?", [.text(role)])
            if try !rawQuery("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?", [.text(role)]).isEmpty {
                try revokePrivileges(role)
            }
            return true
        }
    }

    /// Who may do what: the owner and its members (every record), then each granted role.
    public func grants() throws -> [AccessGrant] {
        try reading {
            let full = try rawQuery(
                """
                SELECT r.rolname FROM pg_catalog.pg_roles r
                WHERE r.oid = (SELECT relowner FROM pg_catalog.pg_class WHERE oid = to_regclass('talk'))
                OR r.oid IN (SELECT member FROM pg_catalog.pg_auth_members
                    WHERE roleid = (SELECT relowner FROM pg_catalog.pg_class WHERE oid = to_regclass('talk')))
                ORDER BY r.rolname
                """
            ).map { AccessGrant(role: try $0.text(0), conductor: nil, confidential: true) }
            guard try !rawQuery("SELECT 1 FROM pg_catalog.pg_class WHERE oid = to_regclass('talks_access')").isEmpty
            else { return full }
            return try full
                + rawQuery("SELECT role, conductor, confidential::int FROM talks_access ORDER BY role").map {
                    AccessGrant(role: try $0.text(0), conductor: try $0.text(1), confidential: try $0.int(2) == 1)
                }
        }
    }

    /// What this login may read: every record (the owner, a member of it, a superuser, or any
    /// login of a store without row-level security), and the trigger notes (a role granted
    /// without `confidential` may not); the scope of its grant when it is restricted.
    func loginAccess() throws -> (everything: Bool, notes: Bool, scope: AccessScope?) {
        let row = try rawQuery(
            """
            SELECT (NOT c.relrowsecurity OR r.rolsuper OR r.rolbypassrls OR pg_has_role(c.relowner, 'USAGE'))::int,
                has_column_privilege(c.oid, 'note', 'SELECT')::int
            FROM pg_catalog.pg_class c, pg_catalog.pg_roles r
            WHERE c.oid = to_regclass('trigger_event') AND r.rolname = current_user
            """
        ).first
        let everything = try row.map { try $0.int(0) == 1 } ?? true
        let notes = try row.map { try $0.int(1) == 1 } ?? true
        guard !everything else { return (true, notes, nil) }
        let scope = try rawQuery(
            "SELECT conductor, confidential::int FROM talks_access WHERE role = current_user"
        ).first.map { AccessScope(conductor: try $0.text(0), confidential: try $0.int(1) == 1) }
        return (false, notes, scope)
    }

    private func requireOwner() throws {
        guard
            try !rawQuery(
                """
                SELECT 1 FROM pg_catalog.pg_class c, pg_catalog.pg_roles r
                WHERE c.oid = to_regclass('talk') AND r.rolname = current_user
                AND (r.rolsuper OR pg_has_role(c.relowner, 'USAGE'))
                """
            ).isEmpty
        else {
            throw InputError(
                Message(
                    zh: "只有存储的所有者（建表的角色或其成员）可以授予、撤销访问权限",
                    en:
                        "only the store's owner (the role that made its tables, or a member of it) may grant or revoke access"
                ))
        }
    }

    /// `role` must exist and be one row-level security restricts: not a superuser, not one that
    /// bypasses it, not the owner or a member of it (one that does not inherit becomes the owner by
    /// `SET ROLE`), nor one that may make itself a member: before PostgreSQL 16, `CREATEROLE`
    /// grants any role but a superuser, the owner included.
    private func requireRole(_ role: String) throws {
        let rows = try rawQuery(
            """
            SELECT (r.rolsuper OR r.rolbypassrls OR pg_has_role(r.oid, c.relowner, 'MEMBER')
                OR (r.rolcreaterole AND current_setting('server_version_num')::int < 160000))::int
            FROM pg_catalog.pg_roles r, pg_catalog.pg_class c WHERE r.rolname = ? AND c.oid = to_regclass('talk')
            """, [.text(role)])
        let problem: Message
        if role.hasPrefix("pg_") {
            problem = Message(
                zh: "\(role.quoted) 是 PostgreSQL 的预定义角色，不能授权；请为办事人员创建自己的角色",
                en: "\(role.quoted) is one of PostgreSQL's predefined roles: grant a role made for the clerks instead")
        } else if rows.isEmpty {
            problem = Message(
                zh: "没有名为 \(role.quoted) 的数据库角色；请数据库管理员先创建：sudo -u postgres createuser --pwprompt \(role)",
                en:
                    "there is no database role \(role.quoted); have the administrator make it first: sudo -u postgres createuser --pwprompt \(role)"
            )
        } else if try rows[0].int(0) == 1 {
            problem = Message(
                zh: "角色 \(role.quoted) 是超级用户、可绕过行级安全、是存储所有者（的成员），或可使自己成为其成员（PostgreSQL 16 之前的 CREATEROLE），数据库不会限制它",
                en:
                    "the role \(role.quoted) is a superuser, bypasses row-level security, is (a member of) the store's owner, or may make itself one (CREATEROLE, before PostgreSQL 16): the database would not restrict it"
            )
        } else {
            return
        }
        throw InputError(problem, at: "ROLE")
    }

    /// No one but the owner (its members, superusers) may create in the store's schema: a table
    /// or function made there could stand in for the store's in the owner's own queries, which
    /// name them unqualified, and run with the owner's rights.
    private func requireClosedSchema() throws {
        let rows = try rawQuery(
            """
            SELECT r.rolname, EXISTS (SELECT 1 FROM pg_catalog.aclexplode(n.nspacl) AS a
                WHERE a.grantee = 0 AND a.privilege_type = 'CREATE')::int
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace, pg_catalog.pg_roles r
            WHERE c.oid = to_regclass('talk') AND pg_catalog.has_schema_privilege(r.oid, n.oid, 'CREATE')
            AND NOT r.rolsuper AND NOT pg_catalog.pg_has_role(r.oid, c.relowner, 'USAGE') AND r.rolname !~ '^pg_'
            ORDER BY r.rolname
            """)
        guard let first = rows.first else { return }
        let who =
            try first.int(1) == 1 ? "PUBLIC" : try rows.map { Self.identifier(try $0.text(0)) }.joined(separator: ", ")
        let schema = Self.identifier(try currentSchema())
        throw InputError(
            Message(
                zh:
                    "模式 \(schema) 允许其他角色（\(who)）在其中创建表和函数：它们可以冒充存储自己的表和函数，以所有者的权限运行。请数据库管理员先收回：REVOKE CREATE ON SCHEMA \(schema) FROM \(who)",
                en:
                    "the schema \(schema) lets other roles (\(who)) create tables and functions in it, which could stand in for the store's own and run with the owner's rights; have the administrator take that back first: REVOKE CREATE ON SCHEMA \(schema) FROM \(who)"
            ))
    }

    private func revokePrivileges(_ role: String) throws {
        let r = Self.identifier(role)
        try connection.execute(
            """
            REVOKE ALL ON \(Self.referenceTables), \(Self.recordTables), talks_access, audit_entry, record_digest FROM \(r);
            REVOKE ALL ON FUNCTION \(Self.ownersFunctions) FROM \(r)
            """)
    }

    private func currentSchema() throws -> String {
        try rawQuery("SELECT current_schema()").first.map { try $0.text(0) } ?? "public"
    }

    /// A name quoted as SQL writes an identifier: a role's name is not a value, so it cannot be
    /// bound; it is spliced only once the catalog has shown it to be a role's.
    private static func identifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static let referenceTables =
        "schema_migration, organization, organization_former_parent, person, appointment, term"
    /// The functions that run with the owner's rights (they see every record's id): granted
    /// roles only may call them, not every login of the server.
    private static let ownersFunctions = "talks_record_exists(TEXT, TEXT), talks_taken_ids(TEXT, TEXT)"
    private static let recordTables = "plan, plan_basis, trigger_event, talk, talk_trigger, talk_entry"
}

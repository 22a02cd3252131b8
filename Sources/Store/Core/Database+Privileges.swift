import PostgresNIO

extension Database {
    /// Why this login would not be held to row-level security, in a sentence, or nil when it is:
    /// a superuser or a role with BYPASSRLS escapes every policy, and a member of `govmon_owner`
    /// owns the tables, which only the people tables' FORCE policies hold (sql/0009). The service
    /// refuses such a login: its token scoping rests on the policies.
    public func privilegedLoginReason() async throws -> String? {
        try await read { connection in
            let rows = try await connection.query(
                """
                SELECT r.rolname, r.rolsuper, r.rolbypassrls,
                       EXISTS (SELECT 1 FROM pg_roles o WHERE o.rolname = 'govmon_owner')
                           AND pg_has_role(current_user, 'govmon_owner', 'MEMBER')
                FROM pg_roles r WHERE r.rolname = current_user
                """, logger: logger
            ).collect((String, Bool, Bool, Bool).self)
            guard let (name, isSuper, bypasses, owns) = rows.first else { return nil }
            if isSuper { return "\(name) is a superuser" }
            if bypasses { return "\(name) bypasses row-level security" }
            if owns { return "\(name) is a member of govmon_owner, which owns the tables" }
            return nil
        }
    }
}

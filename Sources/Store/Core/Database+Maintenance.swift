import PostgresNIO

extension Database {
    /// Runs one trusted statement (database administration: CREATE/DROP DATABASE in tests and
    /// deployment scripts). Never pass user input.
    public func execute(_ trustedSQL: String) async throws {
        _ = try await read { connection in
            try await connection.query(PostgresQuery(unsafeSQL: trustedSQL), logger: logger)
        }
    }

    /// Names of databases on this server starting with `prefix` (for cleaning up after tests).
    public func databases(prefixed prefix: String) async throws -> [String] {
        try await read { connection in
            try await connection.query(
                "SELECT datname FROM pg_database WHERE starts_with(datname, \(prefix)) ORDER BY datname", logger: logger
            ).collect(String.self)
        }
    }

    /// Every table of the public schema with its row count and an MD5 of its rows in a fixed
    /// order: equal fingerprints mean equal contents (used to prove a refused import changed nothing,
    /// and that a restored backup is complete).
    public func fingerprint() async throws -> [String: String] {
        try await read { connection in
            let tables = try await connection.query(
                """
                SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename
                """, logger: logger
            ).collect(String.self)
            var result: [String: String] = [:]
            for table in tables {
                let quoted = "\"" + table.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                let row = try await connection.query(
                    PostgresQuery(
                        unsafeSQL: """
                            SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')
                            FROM \(quoted) t
                            """), logger: logger
                ).collect(String.self)
                result[table] = row.first ?? ""
            }
            return result
        }
    }
}

import Governance
import PostgresNIO

extension Register {
    /// The latest audit entries, newest first, optionally for one table and row.
    public func audit(table: String? = nil, rowKey: String? = nil, limit: Int = 50) async throws -> [AuditEntry] {
        try await database.read { connection in
            try await connection.query(
                """
                SELECT audit_id, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), actor, source,
                       table_name, operation, row_key, before::text, after::text
                FROM audit_log
                WHERE (\(table)::text IS NULL OR table_name = \(table)) AND (\(rowKey)::text IS NULL OR row_key = \(rowKey))
                ORDER BY audit_id DESC LIMIT \(limit)
                """, logger: logger
            ).collect((Int64, String, String, String?, String, String, String, String?, String?).self).map {
                AuditEntry(
                    id: $0.0, occurredAt: $0.1, actor: $0.2, source: $0.3, table: $0.4, operation: $0.5,
                    rowKey: $0.6, before: $0.7, after: $0.8)
            }
        }
    }
}

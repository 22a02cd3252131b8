import Governance
import PostgresNIO

extension Register {
    /// Records that a report was produced; returns the run id.
    public func recordReportRun(
        kind: String, laCode: Int, asOf: CalendarDate, since: CalendarDate?, audience: String,
        format: String, parameters: String, sha256: String, path: String?, hiddenCells: [String] = []
    ) async throws -> Int64 {
        try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO report_runs (kind, la_code, as_of, since, audience, format, parameters, output_sha256, output_path,
                                         hidden_cells)
                VALUES (\(kind), \(laCode), \(asOf), \(since), \(audience), \(format), \(parameters)::jsonb, \(sha256), \(path),
                        \(hiddenCells))
                RETURNING report_run_id
                """, logger: logger
            ).collect(Int64.self)[0]
        }
    }

    /// Every cell that an earlier recorded run of `kind` for `audience`, authority `laCode` and
    /// date `asOf` hid (consistent suppression: a later run hides them too).
    public func hiddenCells(kind: String, laCode: Int, asOf: CalendarDate, audience: String) async throws -> Set<String> {
        try await database.read { connection in
            Set(
                try await connection.query(
                    """
                    SELECT DISTINCT unnest(hidden_cells) FROM report_runs
                    WHERE kind = \(kind) AND la_code = \(laCode) AND as_of = \(asOf) AND audience = \(audience)
                    """, logger: logger
                ).collect(String.self))
        }
    }

    /// Report runs, newest first.
    public func reportRuns(limit: Int = 50) async throws -> [ReportRun] {
        try await database.read { connection in
            try await connection.query(
                """
                SELECT report_run_id, kind, la_code, as_of, since, audience, format, parameters::text, output_sha256, output_path,
                       actor, to_char(generated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                FROM report_runs ORDER BY report_run_id DESC LIMIT \(limit)
                """, logger: logger
            ).collect(
                (Int64, String, Int, CalendarDate, CalendarDate?, String, String, String, String, String?, String, String).self
            )
            .map {
                ReportRun(
                    id: $0.0, kind: $0.1, laCode: $0.2, asOf: $0.3, since: $0.4, audience: $0.5, format: $0.6, parameters: $0.7,
                    outputSHA256: $0.8, outputPath: $0.9, actor: $0.10, generatedAt: $0.11)
            }
        }
    }
}

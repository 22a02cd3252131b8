import Governance
import Logging
import PostgresNIO

/// The checks of a GIAS governance import that need the register, as set-based SQL over the
/// staging table. Each returns the rows it refuses, with the line, field and what was expected.
struct GIASGovernanceChecks {
    let connection: PostgresConnection
    let logger: Logger
    let file: String

    static let maintained =
        "('community','community_special','maintained_nursery','foundation','foundation_special','voluntary_aided','voluntary_controlled')"

    /// Finds each row's school and governing body, and marks rows outside the register.
    func resolveSchools() async throws {
        try await connection.query(
            """
            UPDATE gias_stage g SET school_known = true, body_id = bs.body_id,
                outside_reason = coalesce(g.outside_reason, CASE WHEN s.category NOT IN \(unescaped: Self.maintained)
                    THEN 'a school that is not maintained (' || replace(s.category, '_', ' ') || ')' END)
            FROM schools s LEFT JOIN body_schools bs ON bs.urn = s.urn AND bs.left_on IS NULL
            WHERE s.urn = g.urn
            """, logger: logger)
    }

    /// Unknown schools, maintained schools without a body today, and repeated records.
    func basicProblems() async throws -> [RowProblem] {
        try await connection.query(
            """
            SELECT line, 'URN', 'a school in the register (import the GIAS establishment file first with ''govmon import schools'')',
                   urn::text
            FROM gias_stage WHERE NOT school_known
            UNION ALL
            SELECT line, 'URN', 'a maintained school with a governing body today', urn::text
            FROM gias_stage WHERE school_known AND outside_reason IS NULL AND body_id IS NULL
            UNION ALL
            SELECT line, 'GID', 'each GID and date of appointment once in the file (line ' || first || ' has it too)', gid::text
            FROM (SELECT line, gid, min(line) OVER (PARTITION BY gid, appointed) AS first FROM gias_stage) d
            WHERE line <> first
            ORDER BY 1
            """, logger: logger
        ).collect((Int, String, String, String).self).map {
            RowProblem(line: $0.0, field: $0.1, expected: $0.2, found: $0.3)
        }
    }

    /// New appointments of a person already in the register whose dates overlap another of
    /// their appointments on the body (an earlier appointment with the same GID is about to be
    /// ended by the re-appointment, so it does not count).
    func overlapProblems() async throws -> [RowProblem] {
        try await connection.query(
            """
            SELECT DISTINCT ON (n.line) n.line, 'Date of appointment',
                   'dates that do not overlap appointment ' || a.appointment_id || ' of the same person on this body ('
                   || a.start_date || ' to ' || coalesce((coalesce(a.ended_on, a.term_end))::text, 'no end') || ')',
                   n.appointed_raw
            FROM gias_stage n
            JOIN appointments a ON a.person_id = n.person_id AND a.body_id = n.body_id
                 AND daterange(a.start_date, coalesce(a.ended_on, a.term_end), '[]') && daterange(n.appointed, n.term_end, '[]')
                 AND NOT (a.gias_gid = n.gid AND a.start_date < n.appointed AND a.ended_on IS NULL)
            WHERE n.outside_reason IS NULL AND n.existing_appointment IS NULL AND n.person_id IS NOT NULL
            UNION ALL
            SELECT DISTINCT ON (x.line) x.line, 'Date of appointment',
                   'dates that do not overlap line ' || y.line || ' for the same person', x.appointed_raw
            FROM gias_stage x JOIN gias_stage y ON x.person_id = y.person_id AND x.body_id = y.body_id AND x.line > y.line
                 AND daterange(x.appointed, x.term_end, '[]') && daterange(y.appointed, y.term_end, '[]')
            WHERE x.outside_reason IS NULL AND y.outside_reason IS NULL AND x.existing_appointment IS NULL
              AND y.existing_appointment IS NULL
            ORDER BY 1
            """, logger: logger
        ).collect((Int, String, String, String).self).map {
            RowProblem(line: $0.0, field: $0.1, expected: $0.2, found: $0.3)
        }
    }

    /// The original fields of staged rows, for the rejects file.
    func rawRows(lines: [Int]) async throws -> [Int: [String]] {
        let rows = try await connection.query(
            """
            SELECT line, gid::text, urn::text, coalesce(uid, ''), role_raw, coalesce(title, ''), forename1,
                   coalesce(forename2, ''), surname, appointed_raw, coalesce(term_end_raw, ''), appointing_raw
            FROM gias_stage WHERE line = ANY(\(lines))
            """, logger: logger
        ).collect((Int, String, String, String, String, String, String, String, String, String, String, String).self)
        var result: [Int: [String]] = [:]
        for r in rows { result[r.0] = [r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8, r.9, r.10, r.11] }
        return result
    }

    /// Removes rejected rows from the staging table.
    func drop(lines: [Int]) async throws {
        try await connection.query("DELETE FROM gias_stage WHERE line = ANY(\(lines))", logger: logger)
    }
}

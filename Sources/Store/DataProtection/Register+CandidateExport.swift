import Governance
import PostgresNIO

extension Register {
    /// Everything held about one candidate, as pretty-printed JSON, for a subject access request
    /// (docs/data-protection.md "Candidates"): the record, the stages reached, their monitoring
    /// answers (the candidate is entitled to see what is held, though no one else is shown them),
    /// the one-time links sent to them (never the secret), retention actions and every audit entry
    /// about these. Voided rows are held, so shown. Rows are exported whole (`to_jsonb`).
    public func candidateExport(id: Int64) async throws -> String {
        let rows = try await database.includingVoid().read { connection in
            try await connection.query(
                """
                WITH candidate AS (SELECT * FROM candidates WHERE candidate_id = \(id))
                SELECT jsonb_pretty(jsonb_build_object(
                    'subject_access_export', jsonb_build_object(
                        'candidate_id', \(id), 'generated_at', now(), 'generated_by', govmon_actor()),
                    'candidate', (SELECT to_jsonb(c) FROM candidate c),
                    'stages', coalesce((
                        SELECT jsonb_agg(to_jsonb(s) ORDER BY s.reached_on, s.candidate_stage_id) FROM candidate_stages s
                        WHERE s.candidate_id = \(id)), '[]'),
                    'monitoring_answers', coalesce((
                        SELECT jsonb_agg(to_jsonb(m) ORDER BY m.recorded_on) FROM candidate_monitoring m
                        WHERE m.candidate_id = \(id)), '[]'),
                    'one_time_links', coalesce((
                        SELECT jsonb_agg(to_jsonb(l) - 'link_sha256' ORDER BY l.link_id) FROM one_time_links l
                        WHERE l.candidate_id = \(id)), '[]'),
                    'retention_actions', coalesce((
                        SELECT jsonb_agg(to_jsonb(r) ORDER BY r.retention_action_id) FROM retention_actions r
                        WHERE r.candidate_id = \(id)), '[]'),
                    'audit_entries', coalesce((
                        SELECT jsonb_agg(to_jsonb(l) ORDER BY l.audit_id) FROM audit_log l
                        WHERE (l.table_name = 'candidates' AND l.row_key = \(String(id)))
                           OR (l.table_name IN ('candidate_stages', 'candidate_monitoring', 'retention_actions',
                                                'declaration_reads')
                               AND coalesce(l.after, l.before) ->> 'candidate_id' = \(String(id)))), '[]')
                ))
                FROM candidate
                """, logger: logger
            ).collect(String.self)
        }
        guard let json = rows.first else { throw StoreError.notFound("no candidate \(id)") }
        return json
    }

    /// Records that a candidate's monitoring answers were read, in a subject access export: who,
    /// when, why and through what; never the values (sql/0023).
    public func recordCandidateAnswersRead(candidateID: Int64, reason: String, via: DeclarationReadVia) async throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw StoreError.invalid("reason: expected why this candidate's record is exported (it is kept in the audit trail)")
        }
        try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO declaration_reads (candidate_id, reason, via, what)
                VALUES (\(candidateID), \(String(reason.prefix(1000))), \(via.rawValue), 'export')
                """, logger: logger)
        }
    }
}

import Governance
import PostgresNIO

/// One candidate a retention run acts on, with the name as it stands (shown to the officer in a
/// dry run; never stored by the run).
public struct CandidateRetentionEntry: Sendable, Equatable {
    public var action: CandidateRetentionAction
    public var name: String
}

extension Register {
    /// Which candidates' records retention would act on as of `asOf` under `policy`
    /// (docs/data-protection.md "Candidates"): those whose last recorded activity (the record, a
    /// stage, a monitoring answer, voided ones included) is more than `policy.candidateMonths`
    /// before `asOf` lose their answers, and their name unless already pseudonymised.
    public func candidateRetentionPlan(asOf: CalendarDate, policy: RetentionPolicy) async throws -> [CandidateRetentionEntry] {
        // A voided candidacy or stage (a mistake, or a record replaced by its correction) holds
        // the same personal data and ages the same way, so the plan reads voided rows too.
        try await database.includingVoid().read { connection in try await candidatePlan(connection, asOf: asOf, policy: policy) }
    }

    /// The plan on `connection`, which must see voided rows (`govmon.include_void`).
    func candidatePlan(_ connection: PostgresConnection, asOf: CalendarDate, policy: RetentionPolicy) async throws
        -> [CandidateRetentionEntry]
    {
        let cutoff = policy.candidateCutoff(asOf: asOf)
        let rows = try await connection.query(
            """
            WITH activity AS (
                SELECT c.candidate_id, c.name, c.pseudonymised_on,
                       greatest(c.recorded_on, max(s.reached_on), max(m.recorded_on)) AS last_on,
                       count(m.candidate_monitoring_id) > 0 AS answered
                FROM candidates c
                LEFT JOIN candidate_stages s ON s.candidate_id = c.candidate_id
                LEFT JOIN candidate_monitoring m ON m.candidate_id = c.candidate_id
                GROUP BY c.candidate_id),
            acting AS (
                SELECT candidate_id, 'candidate_answers_erased' AS action, name, last_on
                FROM activity WHERE answered AND last_on < \(cutoff)
                UNION ALL
                SELECT candidate_id, 'candidate_pseudonymised', name, last_on
                FROM activity WHERE pseudonymised_on IS NULL AND last_on < \(cutoff))
            SELECT candidate_id, action, name, last_on,
                   'last activity ' || to_char(last_on, 'YYYY-MM-DD') || ', more than ' || \(policy.candidateMonths)
                   || ' months before ' || \(asOf.iso)
            FROM acting ORDER BY 1, 2
            """, logger: logger
        ).collect((Int64, String, String, CalendarDate, String).self)
        return rows.map {
            CandidateRetentionEntry(
                action: CandidateRetentionAction(
                    candidateID: $0.0, kind: CandidateRetentionAction.Kind(rawValue: $0.1) ?? .pseudonymised,
                    lastActivityOn: $0.3, reason: $0.4),
                name: $0.2)
        }
    }

    /// Erases the answers and pseudonymises the candidates `plan` names, inside a retention run's
    /// transaction, and records each action. Returns (answers erased, candidates pseudonymised,
    /// audit entries scrubbed).
    func applyCandidateRetention(
        _ plan: [CandidateRetentionEntry], runID: Int64, asOf: CalendarDate, on connection: PostgresConnection
    ) async throws -> (answers: Int, pseudonymised: Int, scrubbed: Int) {
        let erase = plan.filter { $0.action.kind == .answersErased }.map(\.action.candidateID)
        let rename = plan.filter { $0.action.kind == .pseudonymised }.map(\.action.candidateID)
        let answers = try await connection.query(
            "DELETE FROM candidate_monitoring WHERE candidate_id = ANY(\(erase)) RETURNING candidate_monitoring_id",
            logger: logger
        ).collect(Int64.self).count
        let scrubbed = try await connection.query(
            "SELECT coalesce(sum(govmon_scrub_candidate(id)), 0)::bigint FROM unnest(\(rename)::bigint[]) AS t(id)",
            logger: logger
        ).collect(Int64.self)[0]
        try await connection.query(
            """
            UPDATE candidates SET name = t.pseudonym, note = NULL, pseudonymised_on = \(asOf)
            FROM unnest(\(rename)::bigint[], \(rename.map { RetentionPolicy.candidatePseudonym(candidateID: $0) })::text[])
                 AS t(id, pseudonym)
            WHERE candidate_id = t.id
            """, logger: logger)
        try await connection.query(
            """
            INSERT INTO retention_actions (retention_run_id, candidate_id, action, reason)
            SELECT \(runID), t.id, t.action, t.reason
            FROM unnest(\(plan.map(\.action.candidateID))::bigint[], \(plan.map(\.action.kind.rawValue))::text[],
                        \(plan.map(\.action.reason))::text[]) AS t(id, action, reason)
            """, logger: logger)
        try await connection.query(
            """
            UPDATE retention_runs SET candidate_answers_erased = \(answers), candidates_pseudonymised = \(rename.count),
                                      audit_entries_scrubbed = audit_entries_scrubbed + \(Int(scrubbed))
            WHERE retention_run_id = \(runID)
            """, logger: logger)
        return (answers, rename.count, Int(scrubbed))
    }
}

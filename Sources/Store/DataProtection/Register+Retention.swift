import Governance
import PostgresNIO

/// One person a retention run acts on, with their name as it stands (shown to the officer in a
/// dry run; never stored by the run).
public struct RetentionCandidate: Sendable, Equatable {
    public var action: RetentionAction
    public var name: String
}

/// What a retention run did.
public struct RetentionOutcome: Sendable, Equatable {
    public var runID: Int64
    public var declarationsErased: Int
    public var peoplePseudonymised: Int
    public var auditEntriesScrubbed: Int
}

extension Register {
    /// Who retention would act on as of `asOf` under `policy`, people's names as they stand.
    ///
    /// A person has left when no appointment is current or still to start on `asOf` (an
    /// appointment runs until `ended_on`, else `term_end`; an ex officio one without an end runs
    /// on); they left on the latest of those ends (their record's creation date when they never
    /// had an appointment).
    public func retentionPlan(asOf: CalendarDate, policy: RetentionPolicy) async throws -> [RetentionCandidate] {
        try await database.read { connection in try await plan(connection, asOf: asOf, policy: policy) }
    }

    /// Erases and pseudonymises as `retentionPlan` says, in one transaction, and records the run.
    /// Names, GIAS ids and declared values are left out of the audit entries this makes, and
    /// taken out of earlier audit entries about the people pseudonymised.
    public func runRetention(asOf: CalendarDate, policy: RetentionPolicy) async throws -> (RetentionOutcome, [RetentionCandidate])
    {
        try await database.write { connection in
            let candidates = try await plan(connection, asOf: asOf, policy: policy)
            let erase = candidates.filter { $0.action.kind == .demographicsErased }.map(\.action.personID)
            let pseudonymise = candidates.filter { $0.action.kind == .pseudonymised }.map(\.action.personID)
            let pseudonyms = pseudonymise.map { RetentionPolicy.pseudonym(personID: $0) }
            try await connection.query(
                "SELECT set_config('govmon.redact', 'title,forename1,forename2,surname,name_key,gias_gid,question', true)",
                logger: logger)
            let runID = try await connection.query(
                """
                INSERT INTO retention_runs (as_of, demographics_months, identity_years, declarations_erased,
                                            people_pseudonymised, audit_entries_scrubbed)
                VALUES (\(asOf), \(policy.demographicsMonths), \(policy.identityYears), 0, 0, 0)
                RETURNING retention_run_id
                """, logger: logger
            ).collect(Int64.self)[0]
            let erased = try await connection.query(
                "DELETE FROM diversity_declarations WHERE person_id = ANY(\(erase)) RETURNING declaration_id", logger: logger
            ).collect(Int64.self).count
            let scrubbed = try await connection.query(
                """
                SELECT coalesce(sum(govmon_scrub_person(t.id, t.forename || ' ' || t.surname)), 0)::bigint
                FROM unnest(\(pseudonymise)::bigint[], \(pseudonyms.map(\.forename))::text[], \(pseudonyms.map(\.surname))::text[])
                     AS t(id, forename, surname)
                """, logger: logger
            ).collect(Int64.self)[0]
            try await connection.query(
                """
                UPDATE people p SET title = NULL, forename1 = t.forename, forename2 = NULL, surname = t.surname,
                                    pseudonymised_on = \(asOf)
                FROM unnest(\(pseudonymise)::bigint[], \(pseudonyms.map(\.forename))::text[], \(pseudonyms.map(\.surname))::text[])
                     AS t(id, forename, surname)
                WHERE p.person_id = t.id
                """, logger: logger)
            try await connection.query(
                "UPDATE appointments SET gias_gid = NULL WHERE person_id = ANY(\(pseudonymise)) AND gias_gid IS NOT NULL",
                logger: logger)
            try await connection.query(
                """
                INSERT INTO retention_actions (retention_run_id, person_id, action, reason)
                SELECT \(runID), t.id, t.action, t.reason
                FROM unnest(\(candidates.map(\.action.personID))::bigint[], \(candidates.map(\.action.kind.rawValue))::text[],
                            \(candidates.map(\.action.reason))::text[]) AS t(id, action, reason)
                """, logger: logger)
            try await connection.query(
                """
                UPDATE retention_runs SET declarations_erased = \(erased), people_pseudonymised = \(pseudonymise.count),
                                          audit_entries_scrubbed = \(Int(scrubbed))
                WHERE retention_run_id = \(runID)
                """, logger: logger)
            return (
                RetentionOutcome(
                    runID: runID, declarationsErased: erased, peoplePseudonymised: pseudonymise.count,
                    auditEntriesScrubbed: Int(scrubbed)), candidates
            )
        }
    }

    private func plan(_ connection: PostgresConnection, asOf: CalendarDate, policy: RetentionPolicy) async throws
        -> [RetentionCandidate]
    {
        let demographicsCutoff = policy.demographicsCutoff(asOf: asOf)
        let identityCutoff = policy.identityCutoff(asOf: asOf)
        let rows = try await connection.query(
            """
            WITH service AS (
                SELECT p.person_id, p.pseudonymised_on, p.created_on,
                       concat_ws(' ', p.forename1, p.forename2, p.surname) AS name,
                       coalesce(bool_or(a.start_date > \(asOf)
                                        OR coalesce(a.ended_on, a.term_end, 'infinity'::date) >= \(asOf)), false) AS serving,
                       max(coalesce(a.ended_on, a.term_end)) AS left_on
                FROM people p LEFT JOIN appointments a ON a.person_id = p.person_id
                GROUP BY p.person_id),
            people_with_values AS (
                SELECT DISTINCT d.person_id FROM diversity_declarations d),
            erase AS (
                SELECT s.person_id, s.name, s.left_on,
                       CASE WHEN o.person_id IS NOT NULL
                            THEN 'objected on ' || to_char(o.objected_on, 'YYYY-MM-DD') || ': declarations are no longer used'
                            ELSE 'left ' || to_char(coalesce(s.left_on, s.created_on), 'YYYY-MM-DD') || ', more than '
                                 || \(policy.demographicsMonths) || ' months before ' || \(asOf.iso) END AS reason
                FROM service s JOIN people_with_values v ON v.person_id = s.person_id
                LEFT JOIN diversity_objections o ON o.person_id = s.person_id AND o.objected_on <= \(asOf)
                WHERE o.person_id IS NOT NULL
                   OR (NOT s.serving AND coalesce(s.left_on, s.created_on) < \(demographicsCutoff))),
            pseudonymise AS (
                SELECT s.person_id, s.name, s.left_on,
                       'no appointment since ' || to_char(coalesce(s.left_on, s.created_on), 'YYYY-MM-DD') || ', more than '
                       || \(policy.identityYears) || ' years before ' || \(asOf.iso) AS reason
                FROM service s
                WHERE s.pseudonymised_on IS NULL AND NOT s.serving
                  AND coalesce(s.left_on, s.created_on) < \(identityCutoff))
            SELECT person_id, 'demographics_erased', name, left_on, reason FROM erase
            UNION ALL
            SELECT person_id, 'pseudonymised', name, left_on, reason FROM pseudonymise
            ORDER BY 1, 2
            """, logger: logger
        ).collect((Int64, String, String, CalendarDate?, String).self)
        return rows.map {
            RetentionCandidate(
                action: RetentionAction(
                    personID: $0.0, kind: RetentionAction.Kind(rawValue: $0.1) ?? .pseudonymised, leftOn: $0.3, reason: $0.4),
                name: $0.2)
        }
    }
}

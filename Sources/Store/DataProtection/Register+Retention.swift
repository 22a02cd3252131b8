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
    /// Candidates' monitoring answers erased, and candidates pseudonymised (docs/data-protection.md "Candidates").
    public var candidateAnswersErased: Int = 0
    public var candidatesPseudonymised: Int = 0
    /// What was done to candidates' records, with the names as they stood (not stored by the run).
    public var candidateActions: [CandidateRetentionEntry] = []
}

extension Register {
    /// Who retention would act on as of `asOf` under `policy`, people's names as they stand.
    ///
    /// A person has left when none of their appointments is serving or still to start on `asOf`,
    /// by the register's one definition (`govmon_not_left`, sql/0009: an appointment runs until its
    /// recorded end; a term end that passed without one does not end it, so someone the register
    /// still counts as serving is never erased); they left on the latest recorded end (their
    /// record's creation date when they never had an appointment).
    public func retentionPlan(asOf: CalendarDate, policy: RetentionPolicy) async throws -> [RetentionCandidate] {
        try await database.read { connection in try await plan(connection, asOf: asOf, policy: policy) }
    }

    /// Erases and pseudonymises as `retentionPlan` says, in one transaction, and records the run.
    /// Names, GIAS ids and declared values are left out of the audit entries this makes, and
    /// taken out of earlier audit entries about the people pseudonymised.
    ///
    /// A run that would act on an unusually large share of what is held (`policy.largeShare`) is
    /// refused unless `confirmedLarge`, and raises a `retention-held` alert for an officer; a run
    /// that goes ahead resolves that alert.
    public func runRetention(asOf: CalendarDate, policy: RetentionPolicy, confirmedLarge: Bool = false) async throws -> (
        RetentionOutcome, [RetentionCandidate]
    ) {
        if !confirmedLarge, let held = try await largeRun(asOf: asOf, policy: policy) {
            try await raiseRetentionHeld(held, asOf: asOf)
            throw StoreError.invalid(
                "retention held: it would \(held); that is more than \(Int((policy.largeShare * 100).rounded()))% of what is "
                    + "held, which looks like a mistake (a wrong date, or terms not recorded). See who with "
                    + "'govmon retention run --dry-run', and go ahead with --confirm-large")
        }
        return try await database.write { connection in
            try await connection.query(
                """
                UPDATE alerts SET resolved_on = greatest(\(asOf), raised_on)
                WHERE check_name = \(Self.retentionHeldCheck) AND resolved_on IS NULL
                """, logger: logger)
            let candidates = try await plan(connection, asOf: asOf, policy: policy)
            // The plan is made from the records in force; what it decides reaches their voided
            // earlier versions too (a corrected name, a record merged away, a voided declaration).
            try await connection.query("SELECT set_config('govmon.include_void', 'on', true)", logger: logger)
            let candidacies = try await candidatePlan(connection, asOf: asOf, policy: policy)
            var erase = candidates.filter { $0.action.kind == .demographicsErased }.map(\.action.personID)
            erase += try await earlierVersions(of: erase, on: connection)
            var pseudonymise = candidates.filter { $0.action.kind == .pseudonymised }.map(\.action.personID)
            pseudonymise += try await earlierVersions(of: pseudonymise, on: connection)
            let pseudonyms = pseudonymise.map { RetentionPolicy.pseudonym(personID: $0) }
            try await connection.query(
                """
                SELECT set_config('govmon.redact', 'title,forename1,forename2,surname,name_key,gias_gid,question,name,note', true)
                """,
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
            let forCandidates = try await applyCandidateRetention(candidacies, runID: runID, asOf: asOf, on: connection)
            return (
                RetentionOutcome(
                    runID: runID, declarationsErased: erased, peoplePseudonymised: pseudonymise.count,
                    auditEntriesScrubbed: Int(scrubbed) + forCandidates.scrubbed,
                    candidateAnswersErased: forCandidates.answers, candidatesPseudonymised: forCandidates.pseudonymised,
                    candidateActions: candidacies), candidates
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
                       coalesce(bool_or(govmon_not_left(a.ended_on, \(asOf))), false) AS serving,
                       max(a.ended_on) AS left_on
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
                    personID: PersonID(rawValue: $0.0), kind: RetentionAction.Kind(rawValue: $0.1) ?? .pseudonymised,
                    leftOn: $0.3, reason: $0.4),
                name: $0.2)
        }
    }

    /// The voided records that `people` replaced, at any remove (corrections and merges).
    private func earlierVersions(of people: [PersonID], on connection: PostgresConnection) async throws -> [PersonID] {
        guard !people.isEmpty else { return [] }
        return try await connection.query(
            """
            WITH RECURSIVE earlier(id) AS (
                SELECT person_id FROM people WHERE replaced_by = ANY(\(people.map(\.rawValue))::bigint[])
                UNION SELECT p.person_id FROM people p JOIN earlier e ON p.replaced_by = e.id)
            SELECT id FROM earlier
            """, logger: logger
        ).collect(PersonID.self)
    }

    /// The alert a held retention run raises (no body, no authority: every-authority officers see it).
    static let retentionHeldCheck = "retention-held"

    /// What a run would do, in words, when it is an unusually large share of what is held; nil otherwise.
    private func largeRun(asOf: CalendarDate, policy: RetentionPolicy) async throws -> String? {
        // Counted as the candidate plan reads them: voided records too.
        let (renaming, namedCandidates) = try await database.includingVoid().read { connection in
            let renaming = try await candidatePlan(connection, asOf: asOf, policy: policy)
                .filter { $0.action.kind == .pseudonymised }.count
            let named = try await connection.query(
                "SELECT count(*) FROM candidates WHERE pseudonymised_on IS NULL", logger: logger
            ).collect(Int.self)[0]
            return (renaming, named)
        }
        return try await database.read { connection in
            let candidates = try await plan(connection, asOf: asOf, policy: policy)
            // Erasures a written objection asks for are the person's own request, not a bulk rule
            // that a wrong date could misfire: they never hold a run (their reason says so, `plan`).
            let erase = candidates.filter { $0.action.kind == .demographicsErased && !$0.action.reason.hasPrefix("objected") }
                .count
            let pseudonymise = candidates.filter { $0.action.kind == .pseudonymised }.count
            let (declared, named) = try await connection.query(
                """
                SELECT (SELECT count(DISTINCT person_id) FROM diversity_declarations),
                       (SELECT count(*) FROM people WHERE pseudonymised_on IS NULL)
                """, logger: logger
            ).collect((Int, Int).self)[0]
            var parts: [String] = []
            if policy.isLarge(acting: erase, of: declared) {
                parts.append("erase the declarations of \(erase) of the \(declared) people who have declared")
            }
            if policy.isLarge(acting: pseudonymise, of: named) {
                parts.append("pseudonymise \(pseudonymise) of \(named) people")
            }
            if policy.isLarge(acting: renaming, of: namedCandidates) {
                parts.append("pseudonymise \(renaming) of \(namedCandidates) candidates")
            }
            return parts.isEmpty ? nil : parts.joined(separator: " and ")
        }
    }

    private func raiseRetentionHeld(_ what: String, asOf: CalendarDate) async throws {
        try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO alerts (check_name, subject, severity, message, raised_on)
                SELECT \(Self.retentionHeldCheck), 'retention', 'warning',
                       \("A retention run on \(asOf.iso) was held: it would \(what). An officer should check it and run it with --confirm-large, or correct the register."),
                       \(asOf)
                WHERE NOT EXISTS (SELECT 1 FROM alerts WHERE check_name = \(Self.retentionHeldCheck) AND resolved_on IS NULL)
                """, logger: logger)
        }
    }
}

import Governance
import PostgresNIO

extension Register {
    /// The constitution inputs of every maintained body of an authority on a date, in four queries.
    public func constitutionInputs(laCode: Int, asOf date: CalendarDate) async throws -> [BodyConstitutionInputs] {
        let rows = try await database.read { connection in
            try await connection.query(
                """
                SELECT b.body_id, b.name, s.urn, s.category, s.foundation_status
                FROM governing_bodies b
                JOIN body_schools bs ON bs.body_id = b.body_id
                     AND (bs.joined_on IS NULL OR bs.joined_on <= \(date)) AND (bs.left_on IS NULL OR bs.left_on > \(date))
                JOIN schools s ON s.urn = bs.urn
                WHERE b.la_code = \(laCode) AND (b.formed_on IS NULL OR b.formed_on <= \(date))
                  AND (b.dissolved_on IS NULL OR b.dissolved_on >= \(date))
                ORDER BY b.name, s.urn
                """, logger: logger
            ).collect((BodyID, String, Int, SchoolCategory, FoundationStatus?).self)
        }
        var order: [BodyID] = []
        var names: [BodyID: String] = [:]
        var schools: [BodyID: [GovernedSchool]] = [:]
        for (body, name, urn, category, foundation) in rows {
            if names[body] == nil { order.append(body); names[body] = name }
            schools[body, default: []].append(GovernedSchool(category, foundationStatus: foundation, urn: String(urn)))
        }
        let maintained = order.filter { schools[$0]!.contains { $0.category.isMaintained } }
        let instruments = try await instruments(bodyIDs: maintained)
        let appointments = try await self.appointments(bodyIDs: maintained)
        return maintained.map { body in
            BodyConstitutionInputs(
                bodyID: body, bodyName: names[body]!, schools: schools[body]!,
                instrument: (instruments[body] ?? []).last { $0.effectiveFrom <= date },
                appointments: (appointments[body] ?? []).map(\.member))
        }
    }

    /// The latest import of `kind` (`gias_governance`, `gias_establishments`, `profiles`), if any.
    public func lastImport(kind: String) async throws -> ImportRunSummary? {
        try await database.read { connection in
            try await connection.query(
                """
                SELECT r.file_name, to_char(r.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), r.rows_read,
                       r.inserted, r.updated, r.rejected,
                       (SELECT count(*)::bigint FROM identity_questions q WHERE q.import_run_id = r.import_run_id
                        AND q.resolved_on IS NULL)
                FROM import_runs r WHERE r.kind = \(kind) ORDER BY r.started_at DESC, r.import_run_id DESC LIMIT 1
                """, logger: logger
            ).collect((String, String, Int, Int, Int, Int, Int).self).first.map {
                ImportRunSummary(
                    fileName: $0.0, startedAt: $0.1, rowsRead: $0.2, inserted: $0.3, updated: $0.4, rejected: $0.5,
                    openQuestions: $0.6)
            }
        }
    }
}

extension Register {
    /// Serving governors of an authority by the state of their ethnicity declaration on `asOf`
    /// (each person counted once per appointment, as the figures count them).
    public func declarationCoverage(laCode: Int, asOf date: CalendarDate) async throws -> DeclarationCoverage {
        try await database.read { connection in
            let row = try await connection.query(
                """
                WITH declared AS (
                    SELECT DISTINCT ON (person_id) person_id, sex, ethnicity FROM diversity_declarations
                    WHERE recorded_on <= \(date) ORDER BY person_id, recorded_on DESC, declaration_id DESC),
                serving AS (
                    SELECT a.person_id FROM appointments a JOIN governing_bodies b USING (body_id)
                    WHERE b.la_code = \(laCode) AND a.category <> 'associate_member' AND govmon_serves(a.start_date, a.ended_on, \(date)))
                SELECT count(*),
                       count(*) FILTER (WHERE o.person_id IS NULL AND d.ethnicity NOT IN ('prefer_not_to_say', 'not_asked')),
                       count(*) FILTER (WHERE o.person_id IS NULL AND d.sex IN ('female', 'male')),
                       count(*) FILTER (WHERE o.person_id IS NULL AND d.ethnicity = 'prefer_not_to_say'),
                       count(*) FILTER (WHERE o.person_id IS NULL AND d.ethnicity = 'not_asked'),
                       count(*) FILTER (WHERE o.person_id IS NULL AND d.person_id IS NULL),
                       count(*) FILTER (WHERE o.person_id IS NOT NULL)
                FROM serving s LEFT JOIN declared d USING (person_id)
                LEFT JOIN diversity_objections o ON o.person_id = s.person_id AND o.objected_on <= greatest(\(date), current_date)
                """, logger: logger
            ).collect((Int, Int, Int, Int, Int, Int, Int).self)[0]
            return DeclarationCoverage(
                serving: row.0, declaredEthnicity: row.1, declaredSex: row.2, preferNotToSay: row.3,
                notAsked: row.4, noDeclaration: row.5, objected: row.6)
        }
    }
}

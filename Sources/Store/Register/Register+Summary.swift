import Governance
import PostgresNIO

extension Register {
    /// The register summary for one local authority on a date, in a few set-based queries.
    public func summary(laCode: Int, asOf date: CalendarDate) async throws -> RegisterSummary {
        let la = try await localAuthority(String(laCode))
        return try await database.read { connection in
            let counts = try await connection.query(
                """
                SELECT
                  (SELECT count(*) FROM schools WHERE la_code = \(laCode) AND (close_date IS NULL OR close_date > \(date))),
                  (SELECT count(*) FROM schools WHERE la_code = \(laCode) AND (close_date IS NULL OR close_date > \(date))
                     AND category IN ('community','community_special','maintained_nursery','foundation',
                                      'foundation_special','voluntary_aided','voluntary_controlled')),
                  (SELECT count(*) FROM governing_bodies WHERE la_code = \(laCode)
                     AND (formed_on IS NULL OR formed_on <= \(date)) AND (dissolved_on IS NULL OR dissolved_on >= \(date))),
                  (SELECT count(*) FROM governing_bodies WHERE la_code = \(laCode) AND is_federation
                     AND (formed_on IS NULL OR formed_on <= \(date)) AND (dissolved_on IS NULL OR dissolved_on >= \(date))),
                  (SELECT coalesce(sum(s.seats), 0)::bigint FROM governing_bodies b
                     JOIN LATERAL (SELECT instrument_id FROM instruments i WHERE i.body_id = b.body_id
                                   AND NOT i.draft AND i.effective_from <= \(date) ORDER BY effective_from DESC LIMIT 1) cur ON true
                     JOIN instrument_seats s ON s.instrument_id = cur.instrument_id
                     WHERE b.la_code = \(laCode) AND (b.dissolved_on IS NULL OR b.dissolved_on >= \(date))),
                  (SELECT count(*) FROM vacancies v JOIN governing_bodies b USING (body_id) WHERE b.la_code = \(laCode)
                     AND v.opened_on <= \(date) AND (v.filled_on IS NULL OR v.filled_on > \(date))
                     AND (v.closed_on IS NULL OR v.closed_on > \(date)))
                """, logger: logger
            ).collect((Int, Int, Int, Int, Int, Int).self)[0]
            let serving = try await connection.query(
                """
                WITH serving AS (
                    SELECT a.* FROM appointments a JOIN governing_bodies b USING (body_id)
                    WHERE b.la_code = \(laCode) AND govmon_serves(a.start_date, a.ended_on, \(date))),
                current_declaration AS (
                    SELECT DISTINCT ON (d.person_id) d.person_id, d.sex, d.ethnicity
                    FROM diversity_declarations d
                    WHERE d.recorded_on <= \(date)
                      AND NOT EXISTS (SELECT 1 FROM diversity_objections o WHERE o.person_id = d.person_id
                                      AND o.objected_on <= greatest(\(date), current_date))
                    ORDER BY d.person_id, d.recorded_on DESC)
                SELECT s.category, count(*),
                       count(*) FILTER (WHERE s.term_end < \(date)),
                       count(*) FILTER (WHERE d.ethnicity NOT IN ('prefer_not_to_say', 'not_asked')),
                       count(*) FILTER (WHERE d.sex IN ('female', 'male')),
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM training_records t JOIN courses c USING (course_id)
                                                      WHERE t.person_id = s.person_id AND c.kind = 'induction'
                                                        AND t.completed_on <= \(date)))
                FROM serving s LEFT JOIN current_declaration d USING (person_id)
                GROUP BY s.category
                """, logger: logger
            ).collect((GovernorCategory, Int, Int, Int, Int, Int).self)
            var byCategory: [GovernorCategory: Int] = [:]
            var associates = 0, past = 0, ethnicity = 0, sex = 0, inducted = 0
            for row in serving {
                if row.0 == .associateMember { associates = row.1; continue }
                byCategory[row.0] = row.1
                past += row.2
                ethnicity += row.3
                sex += row.4
                inducted += row.5
            }
            return RegisterSummary(
                laCode: laCode, laName: la.name, asOf: date, schools: counts.0, maintainedSchools: counts.1,
                bodies: counts.2, federations: counts.3, seats: counts.4, servingByCategory: byCategory,
                associateMembers: associates, pastTermEnd: past, openVacancies: counts.5, declaredEthnicity: ethnicity,
                declaredSex: sex, inducted: inducted)
        }
    }
}

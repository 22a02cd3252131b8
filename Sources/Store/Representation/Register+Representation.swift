import Governance
import PostgresNIO

extension Register {
    /// Loads the inputs for every body of an authority (or one body) on `asOf` in a handful of
    /// set-based queries. A declaration counts from its date. An objection turns the person's
    /// values into unknown in every computation made from its date on, whatever the as-of date
    /// (so a report about 2015 produced after a 2016 objection no longer uses them).
    public func representationInputs(laCode: Int?, bodyID: BodyID? = nil, asOf date: CalendarDate, since: CalendarDate? = nil)
        async throws -> RepresentationInputs
    {
        try await database.read { connection in
            let bodies = try await connection.cachedQuery(
                """
                SELECT b.body_id, b.name, b.la_code FROM governing_bodies b
                WHERE (\(laCode)::integer IS NULL OR b.la_code = \(laCode)) AND (\(bodyID)::bigint IS NULL OR b.body_id = \(bodyID))
                  AND (b.formed_on IS NULL OR b.formed_on <= \(date)) AND (b.dissolved_on IS NULL OR b.dissolved_on >= \(date))
                  AND EXISTS (SELECT 1 FROM body_schools bs WHERE bs.body_id = b.body_id)
                ORDER BY b.name
                """, logger: logger
            ).collect((BodyID, String, Int).self).map { RepresentationInputs.Body(id: $0.0, name: $0.1, laCode: $0.2) }
            let ids = bodies.map(\.id)
            let members = try await declarations(bodyIDs: ids, asOf: date, from: nil, on: connection)
            let flow =
                try await since.asyncMap { try await declarations(bodyIDs: ids, asOf: date, from: $0, on: connection) } ?? [:]
            let (ethnicity, sex) = try await comparators(bodyIDs: ids, asOf: date, on: connection)
            let vacancies = try await connection.cachedQuery(
                """
                SELECT body_id, count(*)::bigint FROM vacancies
                WHERE body_id = ANY(\(ids)) AND opened_on <= \(date) AND (filled_on IS NULL OR filled_on > \(date))
                  AND (closed_on IS NULL OR closed_on > \(date))
                GROUP BY body_id
                """, logger: logger
            ).collect((BodyID, Int).self)
            let borough = try await laCode.asyncMap { try await boroughProfiles(laCode: $0, asOf: date, on: connection) } ?? []
            return RepresentationInputs(
                bodies: bodies, members: members, appointedInPeriod: flow,
                openVacancies: Dictionary(uniqueKeysWithValues: vacancies),
                ethnicityProfile: ethnicity, sexProfile: sex, boroughProfiles: borough)
        }
    }

    /// Governors serving on `asOf` (or, with `from`, appointed between `from` and `asOf`) with
    /// their declarations on `asOf`.
    private func declarations(bodyIDs: [BodyID], asOf date: CalendarDate, from: CalendarDate?, on connection: PostgresConnection)
        async throws -> [BodyID: [MemberDeclaration]]
    {
        let rows = try await connection.cachedQuery(
            """
            WITH declared AS (
                -- Only the declarations of people on these bodies: row-level security checks each
                -- row a scan reads, so one body must not pay for every declaration in the database.
                SELECT DISTINCT ON (person_id) person_id, sex, ethnicity FROM diversity_declarations
                WHERE recorded_on <= \(date)
                  AND person_id = ANY(ARRAY(SELECT person_id FROM appointments WHERE body_id = ANY(\(bodyIDs))))
                ORDER BY person_id, recorded_on DESC, declaration_id DESC)
            SELECT a.body_id, a.category, a.role, a.start_date,
                   CASE WHEN o.person_id IS NULL THEN d.sex END, CASE WHEN o.person_id IS NULL THEN d.ethnicity END, a.term_end
            FROM appointments a
            LEFT JOIN declared d ON d.person_id = a.person_id
            LEFT JOIN diversity_objections o ON o.person_id = a.person_id AND o.objected_on <= greatest(\(date), current_date)
            WHERE a.body_id = ANY(\(bodyIDs)) AND a.category <> 'associate_member'
              AND CASE WHEN \(from)::date IS NULL
                       THEN govmon_serves(a.start_date, a.ended_on, \(date))
                       ELSE a.start_date BETWEEN \(from)::date AND \(date) END
            """, logger: logger
        ).collect((BodyID, GovernorCategory, GovernorRole, CalendarDate, DeclaredSex?, Ethnicity2021?, CalendarDate?).self)
        var result: [BodyID: [MemberDeclaration]] = [:]
        for r in rows {
            result[r.0, default: []].append(
                MemberDeclaration(
                    bodyID: r.0, category: r.1, role: r.2, startDate: r.3, sex: r.4,
                    ethnicity: r.5, termEnd: r.6))
        }
        return result
    }

    /// Each body's comparator per dimension: its own link, else its borough's latest profile
    /// (by reference date, preferring those dated on or before `asOf`).
    private func comparators(bodyIDs: [BodyID], asOf date: CalendarDate, on connection: PostgresConnection) async throws
        -> (ethnicity: [BodyID: CommunityProfile], sex: [BodyID: CommunityProfile])
    {
        let links = try await connection.cachedQuery(
            """
            SELECT b.body_id, d.dimension, coalesce(cp.profile_id, fallback.profile_id)
            FROM governing_bodies b
            CROSS JOIN (VALUES ('ethnicity'), ('sex')) AS d(dimension)
            LEFT JOIN body_comparators c ON c.body_id = b.body_id AND c.dimension = d.dimension
            -- Only current profiles of the body's own authority (or shared ones) are comparators:
            -- another authority cannot change this one's figures (sql/0009).
            LEFT JOIN community_profiles cp ON cp.profile_id = c.profile_id AND cp.withdrawn_on IS NULL
                 AND (cp.la_code IS NULL OR cp.la_code = b.la_code)
            LEFT JOIN LATERAL (
                SELECT p.profile_id FROM community_profiles p JOIN local_authorities la ON la.ons_code = p.geography_code
                WHERE la.la_code = b.la_code AND p.geography_kind = 'borough' AND p.withdrawn_on IS NULL
                  AND (p.la_code IS NULL OR p.la_code = b.la_code)
                  AND (p.classification = 'sex') = (d.dimension = 'sex')
                -- A profile describing the date first; among those, adults (governors are adults).
                ORDER BY p.reference_date <= \(date) DESC, p.minimum_age IS NOT NULL DESC, p.reference_date DESC,
                         p.profile_id DESC
                LIMIT 1) fallback ON true
            WHERE b.body_id = ANY(\(bodyIDs))
            """, logger: logger
        ).collect((BodyID, String, Int64?).self)
        let profileIDs = Array(Set(links.compactMap(\.2)))
        let profiles = try await self.profiles(ids: profileIDs, on: connection)
        var ethnicity: [BodyID: CommunityProfile] = [:], sex: [BodyID: CommunityProfile] = [:]
        for (body, dimension, id) in links {
            guard let id, let profile = profiles[id] else { continue }
            if dimension == "sex" { sex[body] = profile } else { ethnicity[body] = profile }
        }
        return (ethnicity, sex)
    }

    /// The latest profiles of governors (kind `governors`) dated on or before `date`, one of
    /// ethnicity and one of sex, shared or the authority's own: national context for the report.
    public func governorProfiles(laCode: Int, asOf date: CalendarDate) async throws -> [CommunityProfile] {
        try await database.read { connection in
            let ids = try await connection.query(
                """
                SELECT chosen.profile_id
                FROM (VALUES (true), (false)) AS d(is_sex)
                CROSS JOIN LATERAL (
                    SELECT p.profile_id FROM community_profiles p
                    WHERE p.geography_kind = 'governors' AND p.withdrawn_on IS NULL AND p.reference_date <= \(date)
                      AND (p.la_code IS NULL OR p.la_code = \(laCode)) AND (p.classification = 'sex') = d.is_sex
                    ORDER BY p.reference_date DESC, p.profile_id DESC LIMIT 1) chosen
                """, logger: logger
            ).collect(Int64.self)
            let profiles = try await self.profiles(ids: ids, on: connection)
            return ids.compactMap { profiles[$0] }
        }
    }

    /// The authority's own borough profiles, one of ethnicity and one of sex, chosen as a body
    /// with no comparator of its own has them chosen (`comparators`).
    private func boroughProfiles(laCode: Int, asOf date: CalendarDate, on connection: PostgresConnection) async throws
        -> [CommunityProfile]
    {
        let ids = try await connection.query(
            """
            SELECT chosen.profile_id
            FROM (VALUES (true), (false)) AS d(is_sex)
            CROSS JOIN LATERAL (
                SELECT p.profile_id FROM community_profiles p JOIN local_authorities la ON la.ons_code = p.geography_code
                WHERE la.la_code = \(laCode) AND p.geography_kind = 'borough' AND p.withdrawn_on IS NULL
                  AND (p.la_code IS NULL OR p.la_code = \(laCode)) AND (p.classification = 'sex') = d.is_sex
                ORDER BY p.reference_date <= \(date) DESC, p.minimum_age IS NOT NULL DESC, p.reference_date DESC,
                         p.profile_id DESC
                LIMIT 1) chosen
            """, logger: logger
        ).collect(Int64.self)
        let profiles = try await self.profiles(ids: ids, on: connection)
        return ids.compactMap { profiles[$0] }
    }

    func profiles(ids: [Int64], on connection: PostgresConnection) async throws -> [Int64: CommunityProfile] {
        let rows = try await connection.cachedQuery(
            """
            SELECT p.profile_id, p.name, p.geography_kind, p.geography_code, p.geography_name, p.classification, p.source,
                   p.reference_date, p.unknown_count, p.minimum_age::integer,
                   coalesce(array_agg(c.category ORDER BY c.category) FILTER (WHERE c.category IS NOT NULL), '{}'),
                   coalesce(array_agg(c.count ORDER BY c.category) FILTER (WHERE c.category IS NOT NULL), '{}')
            FROM community_profiles p LEFT JOIN profile_counts c USING (profile_id)
            WHERE p.profile_id = ANY(\(ids)) GROUP BY p.profile_id
            """, logger: logger
        ).collect((Int64, String, String, String?, String, String, String, CalendarDate, Int64, Int?, [String], [Int64]).self)
        var result: [Int64: CommunityProfile] = [:]
        for r in rows {
            result[r.0] = CommunityProfile(
                name: r.1, kind: GeographyKind(rawValue: r.2) ?? .other, geographyCode: r.3, geographyName: r.4,
                classification: ProfileClassification(rawValue: r.5) ?? .census2011Ethnicity, source: r.6, referenceDate: r.7,
                counts: Dictionary(uniqueKeysWithValues: zip(r.10, r.11.map { Int($0) })), unknown: Int(r.8),
                minimumAge: r.9)
        }
        return result
    }
}

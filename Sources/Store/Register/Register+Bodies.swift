import Governance
import PostgresNIO

extension Register {
    /// The body a reference names: a body id, a school URN (six digits: the body governing that
    /// school today), or a body's exact name (case-insensitive).
    public func body(_ reference: String) async throws -> GoverningBody {
        let number = Int64(reference)
        let rows = try await database.read { connection in
            try await connection.cachedQuery(
                """
                SELECT DISTINCT b.body_id FROM governing_bodies b
                LEFT JOIN body_schools bs ON bs.body_id = b.body_id AND bs.left_on IS NULL
                WHERE (\(number)::bigint < 100000 AND b.body_id = \(number)::bigint)
                   OR (\(number)::bigint >= 100000 AND bs.urn = \(number)::bigint)
                   OR (\(number)::bigint IS NULL AND lower(b.name) = lower(\(reference)))
                """, logger: logger
            ).collect(BodyID.self)
        }
        guard rows.count == 1, let id = rows.first else {
            if rows.count > 1 { throw StoreError.invalid("\"\(reference)\" names \(rows.count) bodies; use the body id") }
            throw StoreError.notFound(
                "no governing body \"\(reference)\" (give a body id, a school URN, or the body's exact name)")
        }
        return try await bodies(id: id, laCode: nil)[0]
    }

    /// Bodies, optionally of one local authority, by name (dissolved ones included).
    public func bodies(laCode: Int? = nil) async throws -> [GoverningBody] {
        try await bodies(id: nil, laCode: laCode)
    }

    private func bodies(id: BodyID?, laCode: Int?) async throws -> [GoverningBody] {
        try await database.read { connection in
            let rows = try await connection.cachedQuery(
                """
                SELECT b.body_id, b.la_code, b.name, b.is_federation, b.formed_on, b.dissolved_on,
                       coalesce(array_agg(bs.urn ORDER BY bs.urn) FILTER (WHERE bs.urn IS NOT NULL), '{}')
                FROM governing_bodies b
                LEFT JOIN body_schools bs ON bs.body_id = b.body_id AND bs.left_on IS NULL
                WHERE (\(id)::bigint IS NULL OR b.body_id = \(id)) AND (\(laCode)::integer IS NULL OR b.la_code = \(laCode))
                GROUP BY b.body_id ORDER BY b.name, b.body_id
                """, logger: logger)
            return try rows.collect((BodyID, Int, String, Bool, CalendarDate?, CalendarDate?, [Int]).self).map {
                GoverningBody(
                    id: $0.0, laCode: $0.1, name: $0.2, isFederation: $0.3, formedOn: $0.4,
                    dissolvedOn: $0.5, schoolURNs: $0.6)
            }
        }
    }

    /// Forms a federation: one new body for `urns` from `date`. Each school leaves its current
    /// body that day; a body left without schools is dissolved the day before, and its serving
    /// appointments end then with reason `body_dissolved` (they are not deleted).
    public func federate(name: String, urns: [Int], on date: CalendarDate) async throws -> FederationResult {
        guard urns.count >= 2 else { throw StoreError.invalid("a federation needs at least two schools") }
        return try await database.write { connection in
            let info = try await connection.query(
                """
                SELECT s.urn, s.la_code, s.category FROM schools s WHERE s.urn = ANY(\(urns))
                """, logger: logger
            ).collect((Int, Int, SchoolCategory).self)
            for urn in urns where !info.contains(where: { $0.0 == urn }) {
                throw StoreError.notFound("no school with URN \(urn)")
            }
            if let academy = info.first(where: { !$0.2.isMaintained }) {
                throw StoreError.invalid(
                    "school \(academy.0) is not a maintained school (\(academy.2.label)); "
                        + "only maintained schools federate under SI 2012/1035")
            }
            let body = try await connection.query(
                """
                INSERT INTO governing_bodies (la_code, name, is_federation, formed_on)
                VALUES (\(info[0].1), \(name), true, \(date)) RETURNING body_id
                """, logger: logger
            ).collect(BodyID.self)[0]
            let oldBodies = try await connection.query(
                """
                UPDATE body_schools SET left_on = \(date)
                WHERE urn = ANY(\(urns)) AND left_on IS NULL RETURNING body_id
                """, logger: logger
            ).collect(BodyID.self)
            try await connection.query(
                """
                INSERT INTO body_schools (body_id, urn, joined_on)
                SELECT \(body), u, \(date) FROM unnest(\(urns)) AS u
                """, logger: logger)
            let dissolved = try await connection.query(
                """
                UPDATE governing_bodies b SET dissolved_on = \(date.adding(days: -1))
                WHERE b.body_id = ANY(\(Array(Set(oldBodies))))
                  AND NOT EXISTS (SELECT 1 FROM body_schools bs WHERE bs.body_id = b.body_id AND bs.left_on IS NULL)
                RETURNING b.body_id
                """, logger: logger
            ).collect(BodyID.self)
            let ended = try await connection.query(
                """
                UPDATE appointments SET ended_on = greatest(start_date, \(date.adding(days: -1))),
                                        ended_reason = 'body_dissolved'
                WHERE body_id = ANY(\(dissolved)) AND ended_on IS NULL
                RETURNING appointment_id
                """, logger: logger
            ).collect(AppointmentID.self)
            return FederationResult(bodyID: body, dissolvedBodies: dissolved.sorted(), endedAppointments: ended.count)
        }
    }
}

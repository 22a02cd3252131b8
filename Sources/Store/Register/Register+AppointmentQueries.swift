import Governance
import PostgresNIO

extension Register {
    static let appointmentColumns = """
        a.appointment_id, a.person_id, concat_ws(' ', p.forename1, p.forename2, p.surname), a.body_id, b.name,
        a.category, a.appointing_body, a.role, a.ex_officio, a.employed_at_school, a.start_date, a.term_end,
        a.ended_on, a.ended_reason, a.gias_gid
        """

    typealias AppointmentRow = (
        AppointmentID, PersonID, String, BodyID, String, GovernorCategory, String?, GovernorRole, Bool, Bool, CalendarDate,
        CalendarDate?, CalendarDate?, String?, Int64?
    )

    static func appointment(_ r: AppointmentRow) -> Appointment {
        Appointment(
            id: r.0, personID: r.1, personName: r.2, bodyID: r.3, bodyName: r.4, category: r.5,
            appointingBody: r.6, role: r.7, exOfficio: r.8, employedAtSchool: r.9, startDate: r.10,
            termEnd: r.11, endedOn: r.12, endedReason: r.13, giasGID: r.14)
    }

    /// One appointment by id.
    public func appointment(_ id: AppointmentID) async throws -> Appointment {
        let rows = try await appointments(id: id, bodyID: nil, personID: nil, servingOn: nil, laCode: nil)
        guard let row = rows.first else { throw StoreError.notFound("no appointment \(id)") }
        return row
    }

    /// Appointments, filtered by body, person, local authority and/or the date they serve on
    /// (nil: the whole history), ordered by body, category and start.
    public func appointments(
        bodyID: BodyID? = nil, personID: PersonID? = nil, servingOn date: CalendarDate? = nil,
        laCode: Int? = nil
    ) async throws -> [Appointment] {
        try await appointments(id: nil, bodyID: bodyID, personID: personID, servingOn: date, laCode: laCode)
    }

    private func appointments(
        id: AppointmentID?, bodyID: BodyID?, personID: PersonID?, servingOn date: CalendarDate?,
        laCode: Int?
    ) async throws -> [Appointment] {
        try await database.read { connection in
            var filters = FilterClause()
            try filters.add(id) { "a.appointment_id = \($0)" }
            try filters.add(bodyID) { "a.body_id = \($0)" }
            try filters.add(personID) { "a.person_id = \($0)" }
            try filters.add(laCode) { "b.la_code = \($0)" }
            try filters.add(date) { "govmon_serves(a.start_date, a.ended_on, \($0))" }
            let rows = try await connection.cachedQuery(
                filters.query(
                    """
                    SELECT \(Self.appointmentColumns)
                    FROM appointments a JOIN people p USING (person_id) JOIN governing_bodies b USING (body_id)
                    {where}
                    ORDER BY b.name, a.body_id, a.category, a.start_date, a.appointment_id
                    """), logger: logger)
            return try rows.collect(AppointmentRow.self).map(Self.appointment)
        }
    }

    /// A person's name.
    /// People whose name holds every word of `name` (any case, any order: "smith ann" finds Ann
    /// Smith), and/or who hold an appointment with GIAS governor id `gid`; at most `limit`, by id,
    /// with their names.
    public func findPeople(name: String?, gid: Int64?, limit: Int = 200) async throws -> [(id: PersonID, name: PersonName)] {
        let words = (name ?? "").lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        return try await database.read { connection in
            try await connection.query(
                """
                SELECT p.person_id, p.title, p.forename1, p.forename2, p.surname FROM people p
                WHERE NOT EXISTS (
                        SELECT 1 FROM unnest(\(words)::text[]) AS w(word)
                        WHERE position(w.word IN lower(concat_ws(' ', p.forename1, p.forename2, p.surname))) = 0)
                  AND (\(gid)::bigint IS NULL
                       OR EXISTS (SELECT 1 FROM appointments a WHERE a.person_id = p.person_id AND a.gias_gid = \(gid)))
                ORDER BY p.person_id LIMIT \(limit)
                """, logger: logger
            ).collect((PersonID, String?, String, String?, String).self).map {
                (id: $0.0, name: PersonName(title: $0.1, forename1: $0.2, forename2: $0.3, surname: $0.4))
            }
        }
    }

    public func person(_ id: PersonID) async throws -> PersonName {
        let rows = try await database.read { connection in
            try await connection.query(
                "SELECT title, forename1, forename2, surname FROM people WHERE person_id = \(id)", logger: logger
            ).collect((String?, String, String?, String).self)
        }
        guard let r = rows.first else { throw StoreError.notFound("no person \(id)") }
        return PersonName(title: r.0, forename1: r.1, forename2: r.2, surname: r.3)
    }
}

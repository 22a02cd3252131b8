import Governance
import PostgresNIO

extension Register {
    /// Records a vacancy; returns its id.
    public func openVacancy(
        bodyID: BodyID, category: GovernorCategory, openedOn: CalendarDate, reason: VacancyReason,
        note: String?
    ) async throws -> VacancyID {
        guard category.isGovernor else { throw StoreError.invalid("associate members are not governors: they hold no seat") }
        return try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO vacancies (body_id, category, opened_on, reason, note)
                VALUES (\(bodyID), \(category), \(openedOn), \(reason.rawValue), \(note)) RETURNING vacancy_id
                """, logger: logger
            ).collect(VacancyID.self)[0]
        }
    }

    /// Marks a vacancy filled by an appointment (of the same body and category) on a date.
    public func fillVacancy(_ id: VacancyID, with appointmentID: AppointmentID, on date: CalendarDate) async throws {
        try await database.write { connection in
            try await fillVacancy(id, with: appointmentID, on: date, connection: connection)
        }
    }

    func fillVacancy(
        _ id: VacancyID, with appointmentID: AppointmentID, on date: CalendarDate,
        connection: PostgresConnection
    ) async throws {
        let rows = try await connection.query(
            """
            UPDATE vacancies v SET filled_by_appointment_id = \(appointmentID), filled_on = \(date)
            FROM appointments a
            WHERE v.vacancy_id = \(id) AND a.appointment_id = \(appointmentID)
              AND a.body_id = v.body_id AND a.category = v.category
              AND v.filled_on IS NULL AND v.closed_on IS NULL
            RETURNING v.vacancy_id
            """, logger: logger
        ).collect(Int64.self)
        if rows.isEmpty {
            throw StoreError.invalid(
                "vacancy \(id) cannot be filled by appointment \(appointmentID): check that both "
                    + "exist, are on the same body and category, and that the vacancy is still open")
        }
    }

    /// Closes a vacancy without filling it (e.g. the seat was removed on reconstitution).
    public func closeVacancy(_ id: VacancyID, on date: CalendarDate, reason: String) async throws {
        try await database.write { connection in
            let rows = try await connection.query(
                """
                UPDATE vacancies SET closed_on = \(date), closed_reason = \(reason)
                WHERE vacancy_id = \(id) AND filled_on IS NULL AND closed_on IS NULL RETURNING vacancy_id
                """, logger: logger
            ).collect(VacancyID.self)
            if rows.isEmpty {
                let known = try await connection.query(
                    "SELECT 1 FROM vacancies WHERE vacancy_id = \(id)", logger: logger
                ).collect(Int.self)
                if known.isEmpty { throw StoreError.notFound("no vacancy \(id)") }
                throw StoreError.conflict("vacancy \(id) is no longer open (it was filled or closed)")
            }
        }
    }

    /// One vacancy by id.
    public func vacancy(_ id: VacancyID) async throws -> Vacancy {
        guard let found = try await vacancies(id: id, bodyID: nil, laCode: nil, openOn: nil).first else {
            throw StoreError.notFound("no vacancy \(id)")
        }
        return found
    }

    /// Vacancies, optionally of one body or authority, optionally only those open on a date.
    public func vacancies(bodyID: BodyID? = nil, laCode: Int? = nil, openOn date: CalendarDate? = nil) async throws -> [Vacancy] {
        try await vacancies(id: nil, bodyID: bodyID, laCode: laCode, openOn: date)
    }

    private func vacancies(id: VacancyID?, bodyID: BodyID?, laCode: Int?, openOn date: CalendarDate?) async throws -> [Vacancy] {
        try await database.read { connection in
            var filters = FilterClause()
            try filters.add(id) { "v.vacancy_id = \($0)" }
            try filters.add(bodyID) { "v.body_id = \($0)" }
            try filters.add(laCode) { "b.la_code = \($0)" }
            try filters.add(date) {
                "v.opened_on <= \($0) AND (v.filled_on IS NULL OR v.filled_on > \($0)) AND (v.closed_on IS NULL OR v.closed_on > \($0))"
            }
            let rows = try await connection.cachedQuery(
                filters.query(
                    """
                    SELECT v.vacancy_id, v.body_id, b.name, v.category, v.opened_on, v.reason, v.filled_by_appointment_id,
                           v.filled_on, v.closed_on, v.closed_reason, v.note
                    FROM vacancies v JOIN governing_bodies b USING (body_id)
                    {where}
                    ORDER BY b.name, v.opened_on, v.vacancy_id
                    """), logger: logger)
            return try rows.collect(
                (
                    VacancyID, BodyID, String, GovernorCategory, CalendarDate, String, AppointmentID?, CalendarDate?,
                    CalendarDate?,
                    String?, String?
                ).self
            ).map { r in
                Vacancy(
                    id: r.0, bodyID: r.1, bodyName: r.2, category: r.3, openedOn: r.4,
                    reason: VacancyReason(rawValue: r.5) ?? .other, filledByAppointment: r.6, filledOn: r.7,
                    closedOn: r.8, closedReason: r.9, note: r.10)
            }
        }
    }
}

import Governance
import PostgresNIO

extension Register {
    /// Appoints a governor (creating the person if new); returns the appointment id. Fills the
    /// named vacancy in the same transaction.
    public func appoint(_ new: NewAppointment) async throws -> AppointmentID {
        try await database.write { connection in
            let personID: PersonID
            switch new.appointee {
            case .existing(let id):
                // Only a person this handle may see: row-level security hides another authority's
                // people, and the foreign key alone would not (sql/0009 also refuses the insert).
                let visible =
                    try await connection.query(
                        "SELECT count(*) FROM people WHERE person_id = \(id)", logger: logger
                    ).collect(Int.self).first ?? 0
                guard visible == 1 else { throw StoreError.notFound("no person \(id)") }
                personID = id
            case .new(let name):
                personID = try await connection.query(
                    """
                    INSERT INTO people (title, forename1, forename2, surname)
                    VALUES (\(name.title.map(NameText.normalized)), \(NameText.normalized(name.forename1)),
                            \(name.forename2.map(NameText.normalized)), \(NameText.normalized(name.surname)))
                    RETURNING person_id
                    """, logger: logger
                ).collect(PersonID.self)[0]
            }
            let termEnd = try await resolveTermEnd(new, on: connection)
            let id = try await connection.query(
                """
                INSERT INTO appointments (person_id, body_id, category, appointing_body, role, ex_officio,
                                          employed_at_school, start_date, term_end, override_rules, override_reason)
                VALUES (\(personID), \(new.bodyID), \(new.category), \(new.appointingBody), \(new.role),
                        \(new.exOfficio), \(new.employedAtSchool), \(new.startDate), \(termEnd),
                        \(new.entryOverride.map { $0.rules.map(\.rawValue) }), \(new.entryOverride?.reason))
                RETURNING appointment_id
                """, logger: logger
            ).collect(AppointmentID.self)[0]
            if let vacancy = new.fillsVacancy {
                try await fillVacancy(vacancy, with: id, on: new.startDate, connection: connection)
            }
            return id
        }
    }

    /// The term end for a new appointment: given, or from years, or from the instrument in force,
    /// or 4 years; none when ex officio.
    private func resolveTermEnd(_ new: NewAppointment, on connection: PostgresConnection) async throws -> CalendarDate? {
        if new.exOfficio {
            if new.termEnd != nil || new.termYears != nil {
                throw StoreError.invalid("ex officio governors (such as the headteacher) have no term end")
            }
            return nil
        }
        if let end = new.termEnd {
            if let problem = TermOfOffice.problem(start: new.startDate, end: end) {
                throw StoreError.invalid("--term-end: expected \(problem), found \(end.iso)")
            }
            return end
        }
        if let years = new.termYears {
            guard (1...TermOfOffice.maximumYears).contains(years) else {
                throw StoreError.invalid("--term-years: expected 1 to 4, found \(years)")
            }
            return TermOfOffice.lastDay(start: new.startDate, years: years)
        }
        let years =
            try await connection.query(
                """
                SELECT s.term_years FROM instruments i JOIN instrument_seats s USING (instrument_id)
                WHERE i.body_id = \(new.bodyID) AND NOT i.draft AND i.effective_from <= \(new.startDate) AND s.category = \(new.category)
                ORDER BY i.effective_from DESC LIMIT 1
                """, logger: logger
            ).collect(Int16?.self).first ?? nil
        return TermOfOffice.lastDay(start: new.startDate, years: Int(years ?? 4))
    }

    /// Re-appoints: a new appointment row for the same person, body and category, starting on
    /// `start` (default: the day after the previous term ends). The previous appointment is
    /// ended the day before (reason `reappointed`), or at its term end if there is a gap.
    public func reappoint(
        _ previousID: AppointmentID, start: CalendarDate?, termEnd: CalendarDate?, termYears: Int?,
        today: CalendarDate
    ) async throws -> AppointmentID {
        let previous = try await appointment(previousID)
        if previous.exOfficio {
            throw StoreError.invalid("ex officio appointments are not re-appointed; they last while the office is held")
        }
        let startDate = start ?? previous.termEnd.map { $0.adding(days: 1) } ?? today
        if let ended = previous.endedOn, ended >= startDate {
            throw StoreError.invalid("the new term must start after the previous appointment ended (\(ended.iso))")
        }
        let new = NewAppointment(
            appointee: .existing(personID: previous.personID), bodyID: previous.bodyID,
            category: previous.category, appointingBody: previous.appointingBody,
            role: previous.role, startDate: startDate, termEnd: termEnd, termYears: termYears,
            exOfficio: false, employedAtSchool: previous.employedAtSchool)
        return try await database.write { connection in
            if previous.endedOn == nil {
                let contiguous = previous.termEnd.map { $0 >= startDate.adding(days: -1) } ?? true
                let endDate = contiguous ? startDate.adding(days: -1) : previous.termEnd!
                guard endDate >= previous.startDate else {
                    throw StoreError.invalid("the new term must start after the previous one started (\(previous.startDate.iso))")
                }
                try await connection.query(
                    """
                    UPDATE appointments SET ended_on = \(endDate), ended_reason = \(contiguous ? "reappointed" : "term_ended")
                    WHERE appointment_id = \(previousID)
                    """, logger: logger)
            }
            let termEnd = try await resolveTermEnd(new, on: connection)
            return try await connection.query(
                """
                INSERT INTO appointments (person_id, body_id, category, appointing_body, role, ex_officio,
                                          employed_at_school, start_date, term_end)
                VALUES (\(previous.personID), \(new.bodyID), \(new.category), \(new.appointingBody), \(new.role),
                        false, \(new.employedAtSchool), \(new.startDate), \(termEnd))
                RETURNING appointment_id
                """, logger: logger
            ).collect(AppointmentID.self)[0]
        }
    }

    /// Ends an appointment on `date` (the last day served) for `reason`.
    public func endAppointment(_ id: AppointmentID, on date: CalendarDate, reason: EndReason) async throws {
        try await database.write { connection in
            let rows = try await connection.query(
                """
                UPDATE appointments SET ended_on = \(date), ended_reason = \(reason.rawValue)
                WHERE appointment_id = \(id) AND ended_on IS NULL RETURNING appointment_id
                """, logger: logger
            ).collect(AppointmentID.self)
            if rows.isEmpty {
                _ = try await appointment(id)
                throw StoreError.conflict("appointment \(id) has already ended")
            }
        }
    }

    /// Sets a serving governor's office. A body has one chair and one vice-chair at a time.
    public func setRole(_ id: AppointmentID, role: GovernorRole, today: CalendarDate) async throws {
        let target = try await appointment(id)
        try await database.write { connection in
            if role != .member {
                let holders = try await connection.query(
                    """
                    SELECT appointment_id FROM appointments
                    WHERE body_id = \(target.bodyID) AND role = \(role) AND appointment_id <> \(id)
                      AND govmon_serves(start_date, ended_on, \(today))
                    """, logger: logger
                ).collect(Int64.self)
                if let holder = holders.first {
                    throw StoreError.invalid(
                        "appointment \(holder) already holds the office of \(role.commandLineName) "
                            + "on this body; set it to member first")
                }
            }
            try await connection.query(
                "UPDATE appointments SET role = \(role) WHERE appointment_id = \(id)", logger: logger)
        }
    }
}

import Governance
import Store

/// Vacancies, as every edge records them: opening, filling, closing.
public struct VacancyEntry: Sendable {
    public let register: Register

    public init(register: Register) { self.register = register }

    /// Opens a vacancy on the body `body` names (an id, URN or exact name); answers its id.
    public func open(body: String, category: GovernorCategory, openedOn: CalendarDate, reason: VacancyReason, note: String?)
        async throws -> VacancyID
    {
        let found = try await register.body(body)
        return try await register.openVacancy(
            bodyID: found.id, category: category, openedOn: openedOn, reason: reason, note: note)
    }

    /// Fills a vacancy with an appointment, on `date` or else the day the appointment starts.
    public func fill(_ id: VacancyID, with appointmentID: AppointmentID, on date: CalendarDate?) async throws -> Vacancy {
        let vacancy = try await register.vacancy(id)
        let appointment = try await register.appointment(appointmentID)
        try await register.fillVacancy(vacancy.id, with: appointment.id, on: date ?? appointment.startDate)
        return try await register.vacancy(vacancy.id)
    }

    /// Closes a vacancy unfilled (a seat no longer wanted, say).
    public func close(_ id: VacancyID, on date: CalendarDate, reason: String) async throws -> Vacancy {
        let vacancy = try await register.vacancy(id)
        try await register.closeVacancy(vacancy.id, on: date, reason: reason)
        return try await register.vacancy(vacancy.id)
    }
}

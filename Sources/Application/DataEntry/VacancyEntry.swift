import Governance
import Reports
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

    /// What `openForEmptySeats` did for one body.
    public struct EmptySeats: Sendable, Equatable {
        public var bodyID: BodyID
        public var bodyName: String
        /// Vacancies opened, by category (only categories where one was opened).
        public var opened: [GovernorCategory: Int]
        /// Why nothing could be counted (no instrument in force), else nil.
        public var skipped: String?
    }

    /// Opens a vacancy for every seat the body check counts as empty on `date` (seats on the
    /// instrument in force less governors serving) that no open vacancy already stands for; run
    /// again, it opens nothing more. Each is opened on `date`, reason other, with a note saying so.
    public func openForEmptySeats(bodies: [GoverningBody], on date: CalendarDate, rules: ConstitutionRules) async throws
        -> [EmptySeats]
    {
        var results: [EmptySeats] = []
        for body in bodies {
            guard let record = try await register.instrumentInForce(bodyID: body.id, on: date) else {
                results.append(.init(bodyID: body.id, bodyName: body.name, opened: [:], skipped: "no instrument in force"))
                continue
            }
            let schools = try await register.schools(governedBy: body)
            let report = ConstitutionReport(
                body: body, schools: schools, instrument: record, appointments: try await register.appointments(bodyID: body.id),
                on: date, rules: rules, staffEligibleCoOpted: record.staffEligibleCoOpted)
            let open = try await register.vacancies(bodyID: body.id, openOn: date)
            var opened: [GovernorCategory: Int] = [:]
            for seat in report.seats {
                let missing = seat.vacant - open.filter { $0.category == seat.category }.count
                guard missing > 0 else { continue }
                for _ in 0..<missing {
                    _ = try await register.openVacancy(
                        bodyID: body.id, category: seat.category, openedOn: date, reason: .other,
                        note: "empty seat found on \(date.iso) (vacancy open-empty-seats)")
                }
                opened[seat.category] = missing
            }
            results.append(.init(bodyID: body.id, bodyName: body.name, opened: opened, skipped: nil))
        }
        return results
    }
}

import Governance
import Store

/// Appointments, as every edge records them: appointing someone new or already recorded, ending,
/// re-appointing (a new row), changing office, and leaving as surplus on reconstitution. Each
/// answers the appointment as it now stands; each write is audited with the register's actor.
public struct AppointmentEntry: Sendable {
    public let register: Register
    /// Today, for the rules that look at it (a re-appointment or a change of office).
    public let today: CalendarDate

    public init(register: Register, today: CalendarDate) {
        self.register = register
        self.today = today
    }

    /// What an appointment needs. Exactly one of `personID` (someone already recorded) and `name`
    /// (a new person); at most one of `termEnd` and `termYears`.
    public struct Request: Sendable {
        public var body: String
        public var personID: PersonID?
        public var name: PersonName?
        public var category: GovernorCategory
        public var appointingBody: String?
        public var role: GovernorRole
        public var start: CalendarDate
        public var termEnd: CalendarDate?
        public var termYears: Int?
        public var employedAtSchool: Bool
        public var fillsVacancy: VacancyID?

        public init(
            body: String, personID: PersonID?, name: PersonName?, category: GovernorCategory, appointingBody: String?,
            role: GovernorRole, start: CalendarDate, termEnd: CalendarDate?, termYears: Int?, employedAtSchool: Bool,
            fillsVacancy: VacancyID?
        ) {
            self.body = body
            self.personID = personID
            self.name = name
            self.category = category
            self.appointingBody = appointingBody
            self.role = role
            self.start = start
            self.termEnd = termEnd
            self.termYears = termYears
            self.employedAtSchool = employedAtSchool
            self.fillsVacancy = fillsVacancy
        }
    }

    /// Appoints a governor; refused with a sentence when the request names no one, or two people,
    /// or two ways to end the term.
    public func appoint(_ request: Request) async throws -> Appointment {
        let appointee: AppointeeChoice
        switch (request.personID, request.name) {
        case (let person?, nil):
            // Only a person the register can already see: another authority's person is not found.
            _ = try await register.person(person)
            appointee = .existing(personID: person)
        case (nil, let name?):
            appointee = .new(name)
        case (nil, nil):
            throw RuleViolation("give an existing person's id, or a new person's forename and surname")
        case (.some, .some):
            throw RuleViolation("give an existing person's id or a new person's name, not both")
        }
        if request.termEnd != nil && request.termYears != nil {
            throw RuleViolation("give the term's end or its length in years, not both")
        }
        let body = try await register.body(request.body)
        let id = try await register.appoint(
            NewAppointment(
                appointee: appointee, bodyID: body.id, category: request.category, appointingBody: request.appointingBody,
                role: request.role, startDate: request.start, termEnd: request.termEnd, termYears: request.termYears,
                employedAtSchool: request.employedAtSchool, fillsVacancy: request.fillsVacancy))
        return try await register.appointment(id)
    }

    /// Ends an appointment on `date` for `reason`.
    public func end(_ id: AppointmentID, on date: CalendarDate, reason: EndReason) async throws -> Appointment {
        let appointment = try await register.appointment(id)
        try await register.endAppointment(appointment.id, on: date, reason: reason)
        return try await register.appointment(appointment.id)
    }

    /// Re-appoints for a new term (a new appointment; the old one ends `reappointed`).
    public func reappoint(_ id: AppointmentID, start: CalendarDate?, termEnd: CalendarDate?, termYears: Int?) async throws
        -> Appointment
    {
        if termEnd != nil && termYears != nil { throw RuleViolation("give the term's end or its length in years, not both") }
        let previous = try await register.appointment(id)
        let next = try await register.reappoint(previous.id, start: start, termEnd: termEnd, termYears: termYears, today: today)
        return try await register.appointment(next)
    }

    /// Makes the governor chair, vice-chair or a member.
    public func setRole(_ id: AppointmentID, role: GovernorRole) async throws -> Appointment {
        let appointment = try await register.appointment(id)
        try await register.setRole(appointment.id, role: role, today: today)
        return try await register.appointment(appointment.id)
    }

    /// Records that a governor leaves as surplus on reconstitution, decided by `decidedBy` on `decidedOn`.
    public func departAsSurplus(
        _ id: AppointmentID, decidedBy: DepartureAuthority, decidedOn: CalendarDate, leavesOn: CalendarDate?, note: String?
    ) async throws -> Appointment {
        let appointment = try await register.appointment(id)
        try await register.recordSurplusDeparture(
            appointmentID: appointment.id, decidedBy: decidedBy, decidedOn: decidedOn, leavesOn: leavesOn, note: note)
        return try await register.appointment(appointment.id)
    }
}

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
        /// Record it even though the seats are full, the instrument has no such seat, or a
        /// headteacher already serves; needs `reason`.
        public var allowOverEstablishment: Bool
        /// The new person is not the one of the same name who served on the body.
        public var confirmedNewPerson: Bool
        /// Why an entry check is overridden (kept with the appointment).
        public var reason: String?

        public init(
            body: String, personID: PersonID?, name: PersonName?, category: GovernorCategory, appointingBody: String?,
            role: GovernorRole, start: CalendarDate, termEnd: CalendarDate?, termYears: Int?, employedAtSchool: Bool,
            fillsVacancy: VacancyID?, allowOverEstablishment: Bool = false, confirmedNewPerson: Bool = false,
            reason: String? = nil
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
            self.allowOverEstablishment = allowOverEstablishment
            self.confirmedNewPerson = confirmedNewPerson
            self.reason = reason
        }
    }

    /// Appoints a governor; refused with a sentence when the request names no one, or two people,
    /// or two ways to end the term, or breaks an entry check (`AppointmentEntryCheck`) it does not
    /// override with a reason.
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
        let reason = request.reason?.trimmingCharacters(in: .whitespaces)
        if request.allowOverEstablishment && (reason ?? "").isEmpty {
            throw RuleViolation("--allow-over-establishment needs --reason: why the appointment is recorded anyway")
        }
        if !request.allowOverEstablishment && reason != nil {
            throw RuleViolation("--reason goes with --allow-over-establishment")
        }
        let body = try await register.body(request.body)
        let entryOverride = try await checkEntry(request, body: body, newPerson: request.name, reason: reason)
        let id = try await register.appoint(
            NewAppointment(
                appointee: appointee, bodyID: body.id, category: request.category, appointingBody: request.appointingBody,
                role: request.role, startDate: request.start, termEnd: request.termEnd, termYears: request.termYears,
                employedAtSchool: request.employedAtSchool, fillsVacancy: request.fillsVacancy, entryOverride: entryOverride))
        return try await register.appointment(id)
    }

    /// The entry checks for `request` on `body`: refused unless each problem is overridden; the
    /// override recorded with the appointment, if any.
    private func checkEntry(_ request: Request, body: GoverningBody, newPerson: PersonName?, reason: String?) async throws
        -> EntryOverride?
    {
        let schools = try await register.schools(governedBy: body)
        let appointments = try await register.appointments(bodyID: body.id)
        var seen = Set<PersonID>()
        let known = appointments.filter { seen.insert($0.personID).inserted }.map {
            AppointmentEntryCheck.KnownPerson(id: $0.personID, name: $0.personName)
        }
        // No instrument in force, or one the regulations refuse: the seats cannot be checked (the
        // constitution check and the tracking checks report that on their own).
        let record = try await register.instrumentInForce(bodyID: body.id, on: request.start)
        let instrument = try? record?.domain(schoolsGoverned: schools.count).get()
        let problems = AppointmentEntryCheck.problems(
            category: request.category, start: request.start, termEnd: request.termEnd, termYears: request.termYears,
            newPerson: newPerson, instrument: instrument, appointments: appointments, schools: schools, knownPeople: known)
        let seatRules: Set<EntryProblem.Rule> = [.notInInstrument, .overEstablishment, .secondHeadteacher]
        var overridden: [EntryProblem.Rule] = []
        var refused: [String] = []
        for problem in problems {
            switch problem.rule {
            case let rule where seatRules.contains(rule) && request.allowOverEstablishment:
                overridden.append(rule)
            case .sameName where request.confirmedNewPerson:
                continue
            case let rule where seatRules.contains(rule):
                refused.append(problem.message + "; to record it anyway, add --allow-over-establishment --reason \"why\"")
            default:
                refused.append(problem.message)
            }
        }
        if !refused.isEmpty { throw RuleViolation(refused.joined(separator: "; and ")) }
        guard !overridden.isEmpty, let reason else { return nil }
        return EntryOverride(rules: overridden, reason: reason)
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

    /// Records that a governor leaves as surplus on reconstitution, decided by `decidedBy` on
    /// `decidedOn`: only a governor of a category with more serving than the new instrument's seats
    /// (reg 15 as substituted in 2014; docs/constitution.md s5), and no more departures than that.
    public func departAsSurplus(
        _ id: AppointmentID, decidedBy: DepartureAuthority, decidedOn: CalendarDate, leavesOn: CalendarDate?, note: String?
    ) async throws -> Appointment {
        let appointment = try await register.appointment(id)
        try await requireSurplus(appointment, decidedOn: decidedOn)
        try await register.recordSurplusDeparture(
            appointmentID: appointment.id, decidedBy: decidedBy, decidedOn: decidedOn, leavesOn: leavesOn, note: note)
        return try await register.appointment(appointment.id)
    }

    /// Refuses a departure the new instrument does not call for: the category is not over its
    /// seats, the governor did not serve when it took effect, or every surplus seat already has
    /// its departure recorded.
    private func requireSurplus(_ appointment: Appointment, decidedOn: CalendarDate) async throws {
        let label = appointment.category.label
        // The new instrument: the latest made under the 2012 regulations by the decision.
        let made = try await register.instruments(bodyID: appointment.bodyID)
            .filter { !$0.draft && $0.regulations == 2012 && $0.madeOn <= decidedOn }
        guard let record = made.max(by: { $0.effectiveFrom < $1.effectiveFrom }) else {
            throw RuleViolation(
                "body \(appointment.bodyID) has no instrument made under the 2012 regulations by \(decidedOn.iso); governors "
                    + "leave as surplus when a new instrument has fewer seats (record it with 'govmon instrument add')")
        }
        let body = try await register.body(String(appointment.bodyID.rawValue))
        guard case .success(let instrument) = record.domain(schoolsGoverned: body.schoolURNs.count) else {
            throw RuleViolation("the instrument effective \(record.effectiveFrom.iso) breaks the regulations; correct it first")
        }
        let members = try await register.appointments(bodyID: appointment.bodyID).map(\.member)
        let surplus = ReconstitutionSurplus.surpluses(instrument: instrument, appointments: members)
            .first { $0.category == appointment.category }
        guard let surplus else {
            throw RuleViolation(
                "the \(label) governors are not over the \(instrument.seats(for: appointment.category)) seats of the instrument "
                    + "effective \(instrument.effectiveFrom.iso); nobody leaves as surplus (a governor who goes resigns)")
        }
        guard surplus.servingAppointmentIDs.contains(appointment.id) else {
            throw RuleViolation(
                "appointment \(appointment.id) was not serving when the instrument took effect (\(instrument.effectiveFrom.iso))")
        }
        let recorded = try await register.surplusDepartureCount(appointmentIDs: surplus.servingAppointmentIDs)
        guard recorded < surplus.surplus else {
            throw RuleViolation(
                "\(surplus.serving) \(label) governors served against \(surplus.seats) seats: all \(surplus.surplus) surplus "
                    + "departures are recorded already")
        }
    }
}

/// A person's name as recorded (identity is kept apart from diversity data).
public struct PersonName: Sendable, Codable, Equatable {
    public var title: String?
    public var forename1: String
    public var forename2: String?
    public var surname: String

    public init(title: String? = nil, forename1: String, forename2: String? = nil, surname: String) {
        self.title = title
        self.forename1 = forename1
        self.forename2 = forename2
        self.surname = surname
    }

    /// "Ann Smith".
    public var display: String { [forename1, forename2, surname].compactMap { $0 }.joined(separator: " ") }
}

/// An appointment as recorded, with the person's name and body for listings.
public struct Appointment: Sendable, Codable, Equatable {
    public var id: AppointmentID
    public var personID: PersonID
    public var personName: String
    public var bodyID: BodyID
    public var bodyName: String
    public var category: GovernorCategory
    public var appointingBody: String?
    public var role: GovernorRole
    public var exOfficio: Bool
    public var employedAtSchool: Bool
    public var startDate: CalendarDate
    public var termEnd: CalendarDate?
    public var endedOn: CalendarDate?
    public var endedReason: String?
    public var giasGID: Int64?

    /// Serving on `date`: started by then and not ended before it. One past its term end but not
    /// ended still serves (and is flagged by the membership check).
    public func serves(on date: CalendarDate) -> Bool {
        Serving.serves(start: startDate, endedOn: endedOn, on: date)
    }

    /// The record as given, field by field.
    public init(
        id: AppointmentID, personID: PersonID, personName: String, bodyID: BodyID, bodyName: String, category: GovernorCategory,
        appointingBody: String? = nil, role: GovernorRole, exOfficio: Bool, employedAtSchool: Bool, startDate: CalendarDate,
        termEnd: CalendarDate? = nil, endedOn: CalendarDate? = nil, endedReason: String? = nil, giasGID: Int64? = nil
    ) {
        self.id = id
        self.personID = personID
        self.personName = personName
        self.bodyID = bodyID
        self.bodyName = bodyName
        self.category = category
        self.appointingBody = appointingBody
        self.role = role
        self.exOfficio = exOfficio
        self.employedAtSchool = employedAtSchool
        self.startDate = startDate
        self.termEnd = termEnd
        self.endedOn = endedOn
        self.endedReason = endedReason
        self.giasGID = giasGID
    }
}

/// Who is being appointed: someone already in the register, or a new person.
public enum AppointeeChoice: Sendable {
    case existing(personID: PersonID)
    case new(PersonName)
}

/// What an officer enters to appoint a governor (or an associate member).
public struct NewAppointment: Sendable {
    public var appointee: AppointeeChoice
    public var bodyID: BodyID
    public var category: GovernorCategory
    public var appointingBody: String?
    public var role: GovernorRole
    public var startDate: CalendarDate
    /// The last day of the term; when nil, `termYears`, else the instrument's term for the
    /// category, else 4 years. Always nil for ex officio appointments.
    public var termEnd: CalendarDate?
    public var termYears: Int?
    public var exOfficio: Bool
    public var employedAtSchool: Bool
    /// A vacancy this appointment fills.
    public var fillsVacancy: VacancyID?
    /// The entry checks an officer let this appointment through, and why.
    public var entryOverride: EntryOverride?

    public init(
        appointee: AppointeeChoice, bodyID: BodyID, category: GovernorCategory, appointingBody: String? = nil,
        role: GovernorRole = .member, startDate: CalendarDate, termEnd: CalendarDate? = nil,
        termYears: Int? = nil, exOfficio: Bool? = nil, employedAtSchool: Bool = false,
        fillsVacancy: VacancyID? = nil, entryOverride: EntryOverride? = nil
    ) {
        self.appointee = appointee
        self.bodyID = bodyID
        self.category = category
        self.appointingBody = appointingBody
        self.role = role
        self.startDate = startDate
        self.termEnd = termEnd
        self.termYears = termYears
        self.exOfficio = exOfficio ?? (category == .headteacher)
        self.employedAtSchool = employedAtSchool || category == .staff || category == .headteacher
        self.fillsVacancy = fillsVacancy
        self.entryOverride = entryOverride
    }
}

/// Entry checks (`AppointmentEntryCheck`) an officer overrode for one appointment, with the reason.
public struct EntryOverride: Sendable, Equatable {
    public var rules: [EntryProblem.Rule]
    public var reason: String

    public init(rules: [EntryProblem.Rule], reason: String) {
        self.rules = rules
        self.reason = reason
    }
}

/// Why an appointment ended (the values the register accepts).
public enum EndReason: String, CaseIterable, Sendable, Codable {
    case termEnded = "term_ended", resigned, reappointed, removed, disqualified, deceased
    case surplusOnReconstitution = "surplus_on_reconstitution"
    case noLongerEligible = "no_longer_eligible"
    case bodyDissolved = "body_dissolved"
    case other

    /// The name used on the command line, e.g. `term-ended`.
    public var commandLineName: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// Reads `resigned`, `term-ended`, ...
    public init?(userInput: String) {
        self.init(rawValue: userInput.lowercased().replacingOccurrences(of: "-", with: "_"))
    }
}

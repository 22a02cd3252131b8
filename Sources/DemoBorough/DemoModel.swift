import Governance

/// A synthetic borough: every name, school and person is invented. Generated from a seed by
/// `DemoBoroughGenerator` and loaded through the register's own store code.
public struct DemoBorough: Sendable {
    public var laCode: Int
    public var laName: String
    public var schools: [DemoSchool]
    public var federations: [DemoFederation]
    /// Each names its body by the URN of the body's first school; added by `.instrument` events.
    public var instruments: [DemoInstrument]
    public var courses: [DemoCourse]
    /// Every event in date order: appointments, endings, vacancies, training, stages, declarations.
    public var events: [DemoEvent]

    /// How many distinct people the events appoint.
    public var peopleCount: Int {
        Set(events.compactMap { if case .appoint(let a) = $0.kind { return a.personKey } else { return nil } }).count
    }
}

public struct DemoSchool: Sendable {
    public var urn: Int
    public var establishmentNumber: Int
    public var name: String
    public var phase: String
    public var category: SchoolCategory
    public var foundationStatus: FoundationStatus?
    public var ward: String
    public var openDate: CalendarDate
}

public struct DemoFederation: Sendable {
    public var name: String
    public var urns: [Int]
    public var from: CalendarDate
}

public struct DemoInstrument: Sendable {
    /// The body, by the URN of its first school.
    public var bodyURN: Int
    public var madeOn: CalendarDate
    public var effectiveFrom: CalendarDate
    public var regulations: Int
    public var seats: [GovernorCategory: Int]
    public var termYears: Int
}

public struct DemoCourse: Sendable {
    public var key: String
    public var title: String
    /// The course kind as stored: induction, refresher, headteacher_recruitment, safeguarding, other.
    public var kind: String
}

/// One dated event of the simulation.
public struct DemoEvent: Sendable {
    public var date: CalendarDate
    public var kind: Kind

    public enum Kind: Sendable {
        case federate
        case instrument(index: Int)
        case appoint(DemoAppointment)
        case end(appointmentKey: Int, reason: String)
        case openVacancy(key: Int, bodyURN: Int, category: GovernorCategory, reason: String)
        case fillVacancy(key: Int, appointmentKey: Int)
        case closeVacancy(key: Int, reason: String)
        case training(personKey: Int, courseKey: String)
        case reconstitution(bodyURN: Int, stage: String)
        case declaration(personKey: Int, sex: DeclaredSex, ethnicity: Ethnicity2021)
        case objection(personKey: Int)
        /// A surplus governor leaves on reconstitution by decision of `decidedBy` (a DepartureAuthority raw value).
        case surplusDeparture(appointmentKey: Int, decidedBy: String)
        case recruitment(bodyURN: Int, plannedOn: CalendarDate)
        case dbs(personKey: Int)
        case chairReview(bodyURN: Int, chairAppointmentKey: Int, judgement: String, actions: String, boardOn: CalendarDate?)
        /// A school adopts a succession planning policy: the authority's model (v1) or its own.
        case successionPolicy(urn: Int, model: Bool, evidenced: Bool, reviewOn: CalendarDate, minute: String)
        /// The body's latest planned headteacher appointment reaches a stage.
        case recruitmentStage(bodyURN: Int, stage: RecruitmentStage)
        /// Governors serving on the body that day join its latest recruitment's panel (the chair first).
        case recruitmentPanel(bodyURN: Int, members: Int)
        /// The panel confirms to the full governing body (rec 12).
        case panelConfirmation(bodyURN: Int, minute: String)
        /// A candidate for a vacancy comes forward (expressed interest).
        case candidate(key: Int, vacancyKey: Int, name: String, route: String)
        /// A candidate reaches a stage; appointed links the appointment that filled the vacancy.
        case candidateStage(key: Int, stage: CandidateStage, appointmentKey: Int?)
        /// A candidate answers the monitoring questions (kept apart from the application).
        case candidateMonitoring(key: Int, sex: DeclaredSex, ethnicity: Ethnicity2021)
        /// The body's serving governors answer the skills audit (`DemoSkills`, drawn from `seed`);
        /// its open vacancies are then tagged with the audit's gaps.
        case skillsAudit(bodyURN: Int, seed: UInt64)
    }
}

public struct DemoAppointment: Sendable {
    public var key: Int
    public var personKey: Int
    public var forename: String
    public var surname: String
    public var title: String
    public var bodyURN: Int
    public var category: GovernorCategory
    public var appointingBody: String?
    public var employedAtSchool: Bool
    public var role: GovernorRole
    public var termEnd: CalendarDate?
    /// True when the person already has an earlier appointment (a re-appointment).
    public var existingPerson: Bool
}

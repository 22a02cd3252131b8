/// Everything the deadline checks read, loaded once from the store for all bodies (set-based,
/// never one query per body), so a national run is a few queries and arithmetic in memory.
public struct TrackingInputs: Sendable {
    /// A governing body that exists on the as-of date.
    public struct Body: Sendable, Equatable {
        public var id: BodyID
        public var laCode: Int
        public var name: String
        /// Whether any school it governs is maintained (constitution and reconstitution apply).
        public var isMaintained: Bool
        public var reconstitution: ReconstitutionState

        public init(id: BodyID, laCode: Int, name: String, isMaintained: Bool, reconstitution: ReconstitutionState) {
            self.id = id
            self.laCode = laCode
            self.name = name
            self.isMaintained = isMaintained
            self.reconstitution = reconstitution
        }
    }

    /// An appointment serving on the as-of date.
    public struct Serving: Sendable, Equatable {
        public var appointmentID: AppointmentID
        public var personID: PersonID
        public var personName: String
        public var bodyID: BodyID
        public var category: GovernorCategory
        public var role: GovernorRole
        public var startDate: CalendarDate
        public var termEnd: CalendarDate?
        /// A recorded end (on or after the as-of date): what happens next is already decided.
        public var endedOn: CalendarDate?

        public init(
            appointmentID: AppointmentID, personID: PersonID, personName: String, bodyID: BodyID, category: GovernorCategory,
            role: GovernorRole, startDate: CalendarDate, termEnd: CalendarDate?, endedOn: CalendarDate? = nil
        ) {
            self.appointmentID = appointmentID
            self.personID = personID
            self.personName = personName
            self.bodyID = bodyID
            self.category = category
            self.role = role
            self.startDate = startDate
            self.termEnd = termEnd
            self.endedOn = endedOn
        }
    }

    /// A vacancy open on the as-of date.
    public struct OpenVacancy: Sendable, Equatable {
        public var id: VacancyID
        public var bodyID: BodyID
        public var category: GovernorCategory
        public var openedOn: CalendarDate

        public init(id: VacancyID, bodyID: BodyID, category: GovernorCategory, openedOn: CalendarDate) {
            self.id = id
            self.bodyID = bodyID
            self.category = category
            self.openedOn = openedOn
        }
    }

    /// A headteacher appointment planned for a body (not cancelled).
    public struct HeadRecruitment: Sendable, Equatable {
        public var id: Int64
        public var bodyID: BodyID
        public var plannedOn: CalendarDate
        /// The day the headteacher was appointed, when reached by the as-of date.
        public var appointedOn: CalendarDate?
        /// The day the recruitment was withdrawn, when reached by the as-of date.
        public var withdrawnOn: CalendarDate?
        /// The day the panel confirmed to the full governing body (rec 12), when by the as-of date.
        public var confirmedOn: CalendarDate?

        public init(
            id: Int64, bodyID: BodyID, plannedOn: CalendarDate, appointedOn: CalendarDate? = nil,
            withdrawnOn: CalendarDate? = nil, confirmedOn: CalendarDate? = nil
        ) {
            self.id = id
            self.bodyID = bodyID
            self.plannedOn = plannedOn
            self.appointedOn = appointedOn
            self.withdrawnOn = withdrawnOn
            self.confirmedOn = confirmedOn
        }
    }

    /// A maintained school governed on the as-of date, for the succession policy checks.
    public struct GovernedSchool: Sendable, Equatable {
        public var urn: Int
        public var name: String
        public var bodyID: BodyID
        public var laCode: Int

        public init(urn: Int, name: String, bodyID: BodyID, laCode: Int) {
            self.urn = urn
            self.name = name
            self.bodyID = bodyID
            self.laCode = laCode
        }
    }

    /// A succession planning policy adopted on or before the as-of date.
    public struct AdoptedPolicy: Sendable, Equatable {
        public var adoptedOn: CalendarDate
        public var reviewOn: CalendarDate?
        public var diversityEvidenced: Bool

        public init(adoptedOn: CalendarDate, reviewOn: CalendarDate?, diversityEvidenced: Bool) {
            self.adoptedOn = adoptedOn
            self.reviewOn = reviewOn
            self.diversityEvidenced = diversityEvidenced
        }
    }

    public var asOf: CalendarDate
    public var bodies: [Body]
    public var serving: [Serving]
    public var vacancies: [OpenVacancy]
    /// Each serving person's first appointment to any body (induction is due from it).
    public var firstAppointment: [PersonID: CalendarDate]
    /// Each person's earliest induction completion.
    public var inducted: [PersonID: CalendarDate]
    /// Refresher completions by person.
    public var refreshers: [PersonID: [CalendarDate]]
    public var recruitments: [HeadRecruitment]
    /// DBS applications by person.
    public var dbsApplied: [PersonID: [CalendarDate]]
    /// Chairs' review dates by body.
    public var chairReviews: [BodyID: [CalendarDate]]
    /// Maintained schools governed on the as-of date.
    public var schools: [GovernedSchool]
    /// Succession planning policies by school URN.
    public var policies: [Int: [AdoptedPolicy]]

    public init(
        asOf: CalendarDate, bodies: [Body], serving: [Serving], vacancies: [OpenVacancy],
        firstAppointment: [PersonID: CalendarDate], inducted: [PersonID: CalendarDate], refreshers: [PersonID: [CalendarDate]],
        recruitments: [HeadRecruitment], dbsApplied: [PersonID: [CalendarDate]], chairReviews: [BodyID: [CalendarDate]],
        schools: [GovernedSchool] = [], policies: [Int: [AdoptedPolicy]] = [:]
    ) {
        self.schools = schools
        self.policies = policies
        self.asOf = asOf
        self.bodies = bodies
        self.serving = serving
        self.vacancies = vacancies
        self.firstAppointment = firstAppointment
        self.inducted = inducted
        self.refreshers = refreshers
        self.recruitments = recruitments
        self.dbsApplied = dbsApplied
        self.chairReviews = chairReviews
    }
}

/// Everything the deadline checks read, loaded once from the store for all bodies (set-based,
/// never one query per body), so a national run is a few queries and arithmetic in memory.
public struct TrackingInputs: Sendable {
    /// A governing body that exists on the as-of date.
    public struct Body: Sendable, Equatable {
        public var id: Int64
        public var laCode: Int
        public var name: String
        /// Whether any school it governs is maintained (constitution and reconstitution apply).
        public var isMaintained: Bool
        public var reconstitution: ReconstitutionState

        public init(id: Int64, laCode: Int, name: String, isMaintained: Bool, reconstitution: ReconstitutionState) {
            self.id = id
            self.laCode = laCode
            self.name = name
            self.isMaintained = isMaintained
            self.reconstitution = reconstitution
        }
    }

    /// An appointment serving on the as-of date.
    public struct Serving: Sendable, Equatable {
        public var appointmentID: Int64
        public var personID: Int64
        public var personName: String
        public var bodyID: Int64
        public var category: GovernorCategory
        public var role: GovernorRole
        public var startDate: CalendarDate
        public var termEnd: CalendarDate?
        /// A recorded end (on or after the as-of date): what happens next is already decided.
        public var endedOn: CalendarDate?

        public init(
            appointmentID: Int64, personID: Int64, personName: String, bodyID: Int64, category: GovernorCategory,
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
        public var id: Int64
        public var bodyID: Int64
        public var category: GovernorCategory
        public var openedOn: CalendarDate

        public init(id: Int64, bodyID: Int64, category: GovernorCategory, openedOn: CalendarDate) {
            self.id = id
            self.bodyID = bodyID
            self.category = category
            self.openedOn = openedOn
        }
    }

    /// A headteacher appointment planned for a body (not cancelled).
    public struct HeadRecruitment: Sendable, Equatable {
        public var id: Int64
        public var bodyID: Int64
        public var plannedOn: CalendarDate

        public init(id: Int64, bodyID: Int64, plannedOn: CalendarDate) {
            self.id = id
            self.bodyID = bodyID
            self.plannedOn = plannedOn
        }
    }

    public var asOf: CalendarDate
    public var bodies: [Body]
    public var serving: [Serving]
    public var vacancies: [OpenVacancy]
    /// Each serving person's first appointment to any body (induction is due from it).
    public var firstAppointment: [Int64: CalendarDate]
    /// Each person's earliest induction completion.
    public var inducted: [Int64: CalendarDate]
    /// Refresher completions by person.
    public var refreshers: [Int64: [CalendarDate]]
    public var recruitments: [HeadRecruitment]
    /// DBS applications by person.
    public var dbsApplied: [Int64: [CalendarDate]]
    /// Chairs' review dates by body.
    public var chairReviews: [Int64: [CalendarDate]]

    public init(
        asOf: CalendarDate, bodies: [Body], serving: [Serving], vacancies: [OpenVacancy],
        firstAppointment: [Int64: CalendarDate], inducted: [Int64: CalendarDate], refreshers: [Int64: [CalendarDate]],
        recruitments: [HeadRecruitment], dbsApplied: [Int64: [CalendarDate]], chairReviews: [Int64: [CalendarDate]]
    ) {
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

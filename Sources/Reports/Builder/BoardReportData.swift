import Governance

/// Everything a board report reads about one authority on one date (loaded by the application's
/// `BoardReportRun`). The composer turns it into the report; nothing after loading queries.
public struct BoardReportData: Sendable {
    public var la: LocalAuthority
    public var asOf: CalendarDate
    public var since: CalendarDate?
    public var summary: RegisterSummary
    /// Tracking inputs narrowed to the authority's bodies.
    public var tracking: TrackingInputs
    public var reconstitution: [BodyReconstitution]
    public var constitution: [BodyConstitutionInputs]
    public var vacancies: [Vacancy]
    public var serving: [Appointment]
    public var representation: RepresentationInputs
    public var reviews: [ChairReview]
    public var recruitments: [HeadteacherRecruitment]
    public var snapshots: [RepresentationSnapshot]
    public var coverage: DeclarationCoverage
    public var lastGIASImport: ImportRunSummary?
    /// Profiles of governors nationally (kind `governors`, e.g. the NGA's annual survey) dated on
    /// or before the report's date: context for the summary, never a comparator.
    public var nationalGovernors: [CommunityProfile]
    /// The authority's schools' succession planning policies, every version.
    public var policies: [SuccessionPolicy]
    /// The authority's candidates for governor vacancies as the funnel counts them (as of the date).
    public var candidates: [FunnelCandidate]

    /// The data, field by field.
    public init(
        la: LocalAuthority, asOf: CalendarDate, since: CalendarDate?, summary: RegisterSummary, tracking: TrackingInputs,
        reconstitution: [BodyReconstitution], constitution: [BodyConstitutionInputs], vacancies: [Vacancy],
        serving: [Appointment], representation: RepresentationInputs, reviews: [ChairReview],
        recruitments: [HeadteacherRecruitment], snapshots: [RepresentationSnapshot], coverage: DeclarationCoverage,
        lastGIASImport: ImportRunSummary?, nationalGovernors: [CommunityProfile] = [], policies: [SuccessionPolicy] = [],
        candidates: [FunnelCandidate] = []
    ) {
        self.candidates = candidates
        self.policies = policies
        self.nationalGovernors = nationalGovernors
        self.la = la
        self.asOf = asOf
        self.since = since
        self.summary = summary
        self.tracking = tracking
        self.reconstitution = reconstitution
        self.constitution = constitution
        self.vacancies = vacancies
        self.serving = serving
        self.representation = representation
        self.reviews = reviews
        self.recruitments = recruitments
        self.snapshots = snapshots
        self.coverage = coverage
        self.lastGIASImport = lastGIASImport
    }
}

import Governance
import Store

/// Everything a board report reads, loaded from the store in set-based queries for one authority
/// on one date. The composer turns it into the report; nothing after loading queries.
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

    /// Loads the data for `laCode` on `asOf` (with appointments since `since` for the flow).
    public static func load(
        register: Register, laCode: Int, asOf: CalendarDate, since: CalendarDate?,
        settings: BoardReportSettings
    ) async throws -> BoardReportData {
        let la = try await register.localAuthority(String(laCode))
        var tracking = try await register.trackingInputs(
            asOf: asOf, deadline: settings.tracking.reconstitutionDeadline, laCode: laCode)
        let bodyIDs = Set(tracking.bodies.filter { $0.laCode == laCode }.map(\.id))
        tracking.bodies = tracking.bodies.filter { bodyIDs.contains($0.id) }
        tracking.serving = tracking.serving.filter { bodyIDs.contains($0.bodyID) }
        tracking.vacancies = tracking.vacancies.filter { bodyIDs.contains($0.bodyID) }
        tracking.recruitments = tracking.recruitments.filter { bodyIDs.contains($0.bodyID) }
        return BoardReportData(
            la: la, asOf: asOf, since: since,
            summary: try await register.summary(laCode: laCode, asOf: asOf), tracking: tracking,
            reconstitution: try await register.reconstitutionOverview(
                laCode: laCode, asOf: asOf, deadline: settings.tracking.reconstitutionDeadline),
            constitution: try await register.constitutionInputs(laCode: laCode, asOf: asOf),
            vacancies: try await register.vacancies(laCode: laCode, openOn: asOf),
            serving: try await register.appointments(servingOn: asOf, laCode: laCode),
            representation: try await register.representationInputs(laCode: laCode, asOf: asOf, since: since),
            reviews: try await register.chairReviews(laCode: laCode),
            recruitments: try await register.headteacherRecruitments().filter { bodyIDs.contains($0.bodyID) },
            snapshots: try await register.snapshots(laCode: laCode, boroughOnly: true),
            coverage: try await register.declarationCoverage(laCode: laCode, asOf: asOf),
            lastGIASImport: try await register.lastImport(kind: "gias_governance"))
    }
}

import Foundation
import Governance
import Reports
import Store

/// Everything a body's page shows (docs/web.md), gathered once for the chair's and the
/// officer's pages: members serving with their terms and induction, open vacancies, the
/// constitution check, the representativeness figures, and past chairs' reviews. What a role may
/// see of it is the page's to choose (a chair sees bands, never counts by group).
public struct BodyOverview: Sendable {
    public var body: GoverningBody
    public var asOf: CalendarDate
    /// Serving on `asOf`, by category then name.
    public var members: [Appointment]
    /// People serving who have completed an induction course.
    public var inducted: Set<PersonID>
    public var vacancies: [Vacancy]
    /// The check against the instrument in force, or why there is none.
    public var constitution: Result<ConstitutionReport, RuleViolation>
    public var figures: BodyRepresentation?
    public var reviews: [ChairReview]
    /// Every succession planning policy of the body's schools (docs/succession.md).
    public var policies: [SuccessionPolicy] = []
    /// The body's headteacher appointments with their record.
    public var recruitments: [HeadteacherRecruitment] = []
    /// The skills audit under the latest framework, supposing gone the members whose terms end
    /// within twelve months (docs/skills.md); nil when no framework is loaded.
    public var skills: (framework: StoredSkillsFramework, summary: SkillsSummary, leavers: [Appointment])?
    /// The skills the body's open vacancies seek.
    public var skillsSought: [SoughtSkill] = []

    /// The chair's appointment serving on `asOf` (a review is recorded against it).
    public var chair: Appointment? { members.first { $0.role == .chair } }

    /// Members whose term ends within six months of `asOf` (or has ended without the
    /// appointment being ended).
    public var termsEndingSoon: [Appointment] {
        let horizon = asOf.adding(months: 6)
        return members.filter { $0.termEnd.map { $0 <= horizon } ?? false }.sorted {
            ($0.termEnd!, $0.personName) < ($1.termEnd!, $1.personName)
        }
    }
}

/// Loads a `BodyOverview` through the caller's register.
public struct BodyOverviewQuery: Sendable {
    public let register: Register
    public let settings: BoardReportSettings

    public init(register: Register, settings: BoardReportSettings) {
        self.register = register
        self.settings = settings
    }

    public func load(_ body: GoverningBody, asOf date: CalendarDate) async throws -> BodyOverview {
        let members = try await register.appointments(bodyID: body.id, servingOn: date)
            .sorted { ($0.category.rawValue, $0.personName) < ($1.category.rawValue, $1.personName) }
        let serving = Set(members.map(\.personID))
        let inducted = Set(
            try await register.training(bodyID: body.id)
                .filter { $0.course.kind == .induction && serving.contains($0.personID) && $0.completedOn <= date }
                .map(\.personID))
        let constitution: Result<ConstitutionReport, RuleViolation>
        do {
            constitution = .success(
                try await ConstitutionCheckRun(register: register, rules: settings.rules).check(body, on: date))
        } catch let violation as RuleViolation {
            constitution = .failure(violation)
        }
        var figures: BodyRepresentation?
        do {
            figures = try await FiguresQuery(register: register, bands: settings.bands)
                .body(body, asOf: date, definition: settings.definition).figures
        } catch is NotFound {
            figures = nil  // a body with no schools on the date has no community to compare with
        }
        var overview = BodyOverview(
            body: body, asOf: date, members: members, inducted: inducted,
            vacancies: try await register.vacancies(bodyID: body.id, openOn: date), constitution: constitution,
            figures: figures, reviews: try await register.chairReviews(bodyID: body.id).sorted { $0.reviewedOn > $1.reviewedOn })
        for urn in body.schoolURNs { overview.policies += try await register.successionPolicies(urn: urn) }
        overview.recruitments = try await register.headteacherRecruitments(bodyID: body.id)
        do {
            overview.skills = try await SkillsAudit(register: register).summary(
                bodyID: body.id, framework: nil, asOf: date, leaving: .termsEndingWithin(months: 12))
            overview.skillsSought = try await SkillsAudit(register: register).sought(bodyID: body.id, openOn: date)
        } catch StoreError.notFound(_) {
            overview.skills = nil  // no framework loaded yet
        }
        return overview
    }
}

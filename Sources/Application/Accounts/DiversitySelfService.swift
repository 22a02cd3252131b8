import Foundation
import Governance
import Store

/// A governor's own diversity monitoring form (docs/web.md): an officer makes a one-time link for
/// a person (`govmon diversity invite`, or the person page); the governor fills the form without
/// signing in; the values go to the declarations table and nowhere else (no log, no audit value,
/// no page shows them back).
public struct DiversitySelfService: Sendable {
    public let register: Register
    public let today: CalendarDate

    /// Days a monitoring link works.
    public static let linkDays = 28

    public init(register: Register, today: CalendarDate) {
        self.register = register
        self.today = today
    }

    /// A one-time link path (`/diversity/SECRET`) for the person's form. Refused for someone who
    /// has objected to the use of their diversity data.
    public func invite(_ personID: PersonID) async throws -> String {
        _ = try await register.person(personID)
        if let objected = try await register.diversity(personID: personID).objectedOn {
            throw RuleViolation("person \(personID) objected on \(objected.iso) to the use of their diversity data")
        }
        return "/diversity/" + (try await register.createDiversityLink(personID: personID, validDays: Self.linkDays))
    }

    /// A one-time link path (`/candidate-monitoring/SECRET`) for a candidate's monitoring form
    /// (docs/recruitment.md): their answers go to the candidates' monitoring table, never to their
    /// application.
    public func inviteCandidate(_ candidateID: Int64) async throws -> String {
        _ = try await register.candidate(candidateID)
        return "/candidate-monitoring/"
            + (try await register.createCandidateMonitoringLink(candidateID: candidateID, validDays: Self.linkDays))
    }

    /// Whether the link still opens a form (a governor's, or with `candidate` a candidate's).
    public func isOpen(_ secret: String, candidate: Bool = false) async throws -> Bool {
        switch try await register.oneTimeLink(secret) {
        case .diversity: !candidate
        case .candidateMonitoring: candidate
        default: false
        }
    }

    /// Records the form; false when the link has expired or been used.
    public func submit(_ secret: String, sex: DeclaredSex, ethnicity: Ethnicity2021, candidate: Bool = false) async throws
        -> Bool
    {
        candidate
            ? try await register.submitCandidateMonitoringForm(secret, sex: sex, ethnicity: ethnicity, on: today)
            : try await register.submitDiversityForm(secret, sex: sex, ethnicity: ethnicity, on: today)
    }
}

import Governance
import Reports
import Store

/// Candidates for governor vacancies and the recruitment funnel (docs/recruitment.md), as every
/// edge records and reads them.
public struct CandidateEntry: Sendable {
    public let register: Register

    public init(register: Register) { self.register = register }

    /// Records a candidate and the first stage they reached (on `on`); answers the candidate.
    public func add(
        laCode: Int, name: String, route: CandidateRoute, vacancyID: VacancyID?, stage: CandidateStage, on date: CalendarDate,
        note: String?
    ) async throws -> Candidate {
        guard stage.step != nil, stage != .appointed else {
            throw RuleViolation("--stage: expected the stage a candidacy starts at (expressed-interest, applied or shortlisted)")
        }
        let id = try await register.addCandidate(
            laCode: laCode, name: name, route: route, vacancyID: vacancyID, recordedOn: date, note: note)
        _ = try await register.addCandidateStage(id, stage: stage, on: date, appointmentID: nil)
        return try await register.candidate(id)
    }

    /// Records a further stage; answers the candidate as they now stand.
    public func reach(_ id: Int64, stage: CandidateStage, on date: CalendarDate, appointmentID: AppointmentID?) async throws
        -> Candidate
    {
        _ = try await register.addCandidateStage(id, stage: stage, on: date, appointmentID: appointmentID)
        return try await register.candidate(id)
    }

    /// Everything held about a candidate, for a subject access request (docs/data-protection.md
    /// "Candidates"): it holds their monitoring answers, so the read is recorded with `reason`
    /// (who, when, why; never the values) in the same transaction; a blank reason is refused.
    public func export(_ id: Int64, reason: String, via: DeclarationReadVia) async throws -> String {
        try await register.inOneTransaction { register in
            let json = try await register.candidateExport(id: id)
            try await register.recordCandidateAnswersRead(candidateID: id, reason: reason, via: via)
            return json
        }
    }

    /// The funnel for an authority and period, as `audience` may see it (the report's section).
    public func funnel(
        laCode: Int, from: CalendarDate, to: CalendarDate, audience: ReportAudience, settings: BoardReportSettings
    ) async throws -> ReportSection {
        guard from <= to else {
            throw RuleViolation("--from: expected a date on or before --to (\(to.iso)), found \(from.iso)")
        }
        _ = try await register.localAuthority(String(laCode))
        return FunnelFigures(
            candidates: try await register.funnelCandidates(laCode: laCode, to: to),
            groups: RepresentationFigures.groups(settings.definition), from: from, to: to, audience: audience,
            policy: settings.disclosure
        ).section()
    }
}

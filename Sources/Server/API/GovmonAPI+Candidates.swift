import APIContract
import Application
import Foundation
import Governance
import Reports
import Store

/// Candidates for governor vacancies and the recruitment funnel (`govmon candidate`,
/// `recruitment funnel`; docs/recruitment.md). Monitoring answers go in and never come back out.
extension GovmonAPI {
    func getAuthoritiesLaRecruitmentFunnel(_ input: Operations.GetAuthoritiesLaRecruitmentFunnel.Input) async throws
        -> Operations.GetAuthoritiesLaRecruitmentFunnel.Output
    {
        let caller = try Caller.required()
        let register = deps.register(for: caller.identity)
        let la = try await register.localAuthority(input.path.la)
        let requested: ReportAudience = input.query.audience == .officer ? .officer : .board
        let section = try await CandidateEntry(register: register).funnel(
            laCode: la.code, from: try bodyDate(input.query.from, "from"), to: try bodyDate(input.query.to, "to"),
            audience: AudienceGate.audience(for: caller.identity, requested: requested), settings: deps.settings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let object = Schemas.FreeJSON(text: String(decoding: try encoder.encode(section), as: UTF8.self)) else {
            throw APIError(.internalServerError, "Something went wrong on the server; it has been logged.")
        }
        return .ok(.init(body: .json(object)))
    }

    func getCandidates(_ input: Operations.GetCandidates.Input) async throws -> Operations.GetCandidates.Output {
        let register = try register()
        let candidates = try await register.candidates(laCode: try await authority(input.query.la, register))
        return .ok(.init(body: .json(candidates.map(Schemas.Candidate.init))))
    }

    func postCandidates(_ input: Operations.PostCandidates.Input) async throws -> Operations.PostCandidates.Output {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let register = try register()
        let la = try await register.localAuthority(b.la)
        guard let route = CandidateRoute(rawValue: b.route.rawValue) else { throw APIError.unsupportedBody }
        let stage = try b.stage.map { value in
            guard let stage = CandidateStage(rawValue: value.rawValue) else { throw APIError.unsupportedBody }
            return stage
        }
        let candidate = try await CandidateEntry(register: register).add(
            laCode: la.code, name: b.name, route: route, vacancyID: b.vacancyId.map { VacancyID($0) },
            stage: stage ?? .expressedInterest, on: try bodyDate(b.on, "on"), note: b.note)
        return .created(.init(body: .json(.init(id: candidate.id))))
    }

    func postCandidatesIdStages(_ input: Operations.PostCandidatesIdStages.Input) async throws
        -> Operations.PostCandidatesIdStages.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        guard let stage = CandidateStage(rawValue: b.stage.rawValue) else { throw APIError.unsupportedBody }
        let candidate = try await CandidateEntry(register: try register()).reach(
            input.path.id, stage: stage, on: try bodyDate(b.on, "on"), appointmentID: b.appointmentId.map { AppointmentID($0) })
        return .ok(.init(body: .json(.init(candidate))))
    }

    func postCandidatesIdMonitoring(_ input: Operations.PostCandidatesIdMonitoring.Input) async throws
        -> Operations.PostCandidatesIdMonitoring.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        try await register().recordCandidateMonitoring(
            input.path.id, on: try bodyDate(b.on, "on"), sex: Wire.map(b.sex), ethnicity: Wire.map(b.ethnicity),
            collectedBy: Wire.map(b.collectedBy))
        // Nothing is answered back: the answers are never shown again.
        return .noContent(.init())
    }

    func getCandidatesIdExport(_ input: Operations.GetCandidatesIdExport.Input) async throws
        -> Operations.GetCandidatesIdExport.Output
    {
        let export = try await CandidateEntry(register: try register()).export(
            input.path.id, reason: input.query.reason, via: .api)
        guard let object = Schemas.FreeJSON(text: export) else {
            throw APIError(.internalServerError, "Something went wrong on the server; it has been logged.")
        }
        return .ok(.init(body: .json(object)))
    }
}

extension Schemas.Candidate {
    init(_ c: Candidate) {
        self.init(
            id: c.id, laCode: c.laCode, name: c.name, route: c.route.rawValue, vacancyId: c.vacancyID?.rawValue,
            bodyName: c.bodyName, appointmentId: c.appointmentID?.rawValue,
            stages: c.stages.map { .init(id: $0.id, stage: $0.stage.rawValue, reachedOn: $0.reachedOn.iso) })
    }
}

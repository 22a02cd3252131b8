import APIContract
import Application
import Foundation
import Governance
import Store

/// Succession planning policies and the recruitment record of headteacher appointments
/// (`govmon succession`, `recruitment stage|panel|confirm`; docs/succession.md).
extension GovmonAPI {
    func getSuccessionPolicies(_ input: Operations.GetSuccessionPolicies.Input) async throws
        -> Operations.GetSuccessionPolicies.Output
    {
        let (identity, register) = try caller()
        let policies = try await register.successionPolicies(
            urn: input.query.urn, laCode: try await authority(input.query.la, register))
        // The officer's note is free text and may name people: officers only.
        let shown = policies.map { p in
            var p = p
            if identity.role != .officer { p.diversityNote = nil }
            return p
        }
        return .ok(.init(body: .json(shown.map(Schemas.SuccessionPolicy.init))))
    }

    func postSchoolsUrnSuccessionPolicies(_ input: Operations.PostSchoolsUrnSuccessionPolicies.Input) async throws
        -> Operations.PostSchoolsUrnSuccessionPolicies.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let policy = try await SuccessionEntry(register: try register()).recordPolicy(
            NewSuccessionPolicy(
                urn: input.path.urn, source: b.source == .model ? .model : .own, modelVersion: b.modelVersion,
                adoptedOn: try bodyDate(b.adopted, "adopted"), reviewOn: try bodyDate(b.review, "review"),
                diversityEvidenced: b.diversityEvidenced, diversityNote: b.diversityNote, minute: b.minute))
        return .created(.init(body: .json(.init(id: policy.id))))
    }

    func postHeadteacherRecruitmentsIdStages(_ input: Operations.PostHeadteacherRecruitmentsIdStages.Input) async throws
        -> Operations.PostHeadteacherRecruitmentsIdStages.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        guard let stage = RecruitmentStage(rawValue: b.stage.rawValue) else { throw APIError.unsupportedBody }
        let recruitment = try await SuccessionEntry(register: try register()).reachStage(
            input.path.id, stage: stage, on: try bodyDate(b.on, "on"), note: b.note)
        return .ok(.init(body: .json(.init(recruitment))))
    }

    func postHeadteacherRecruitmentsIdPanel(_ input: Operations.PostHeadteacherRecruitmentsIdPanel.Input) async throws
        -> Operations.PostHeadteacherRecruitmentsIdPanel.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let recruitment = try await SuccessionEntry(register: try register()).addPanelMember(
            input.path.id, appointmentID: AppointmentID(b.appointmentId), joinedOn: try bodyDate(b.joined, "joined"))
        return .ok(.init(body: .json(.init(recruitment))))
    }

    func postHeadteacherRecruitmentsIdConfirmation(_ input: Operations.PostHeadteacherRecruitmentsIdConfirmation.Input)
        async throws -> Operations.PostHeadteacherRecruitmentsIdConfirmation.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let recruitment = try await SuccessionEntry(register: try register()).confirmPanel(
            input.path.id, on: try bodyDate(b.on, "on"), minute: b.minute, note: b.note)
        return .ok(.init(body: .json(.init(recruitment))))
    }
}

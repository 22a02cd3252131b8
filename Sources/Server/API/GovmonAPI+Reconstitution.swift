import APIContract
import Application
import Foundation
import Governance
import Store

/// Reconstitution rounds and stages, and planned headteacher appointments (`govmon reconstitution`,
/// `recruitment`).
extension GovmonAPI {
    func getReconstitution(_ input: Operations.GetReconstitution.Input) async throws -> Operations.GetReconstitution.Output {
        let register = try register()
        let overview = try await register.reconstitutionOverview(
            laCode: try await authority(input.query.la, register), asOf: try asOf(input.query.asOf),
            deadline: deps.tracking.reconstitutionDeadline)
        return .ok(.init(body: .json(overview.map(Schemas.BodyReconstitution.init))))
    }

    func getReconstitutionRounds(_ input: Operations.GetReconstitutionRounds.Input) async throws
        -> Operations.GetReconstitutionRounds.Output
    {
        let (identity, register) = try caller()
        let bodyID = try await listedBody(input.query.body, identity, register)
        let rounds = try await register.reconstitutions(bodyID: bodyID, laCode: try await authority(input.query.la, register))
        return .ok(.init(body: .json(rounds.map(Schemas.ReconstitutionRound.init))))
    }

    func postBodiesBodyReconstitutionStages(_ input: Operations.PostBodiesBodyReconstitutionStages.Input) async throws
        -> Operations.PostBodiesBodyReconstitutionStages.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let (_, register, body) = try await body(input.path.body)
        let round = try await BodyEntry(register: register, today: deps.today).recordStage(
            bodyID: body.id, stage: Wire.map(b.stage), on: try bodyDate(b.date, "date"), instrumentID: b.instrumentId,
            note: b.note)
        return .created(.init(body: .json(.init(id: round))))
    }

    func postBodiesBodyReconstitutionRounds(_ input: Operations.PostBodiesBodyReconstitutionRounds.Input) async throws
        -> Operations.PostBodiesBodyReconstitutionRounds.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let (_, register, body) = try await body(input.path.body)
        let id = try await BodyEntry(register: register, today: deps.today).startReconstitution(
            bodyID: body.id, on: try bodyDate(b.date, "date"), note: b.note)
        return .created(.init(body: .json(.init(id: id))))
    }

    func postBodiesBodyHeadteacherRecruitments(_ input: Operations.PostBodiesBodyHeadteacherRecruitments.Input) async throws
        -> Operations.PostBodiesBodyHeadteacherRecruitments.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let (_, register, body) = try await body(input.path.body)
        let id = try await BodyEntry(register: register, today: deps.today).planRecruitment(
            bodyID: body.id, plannedOn: try bodyDate(b.planned, "planned"), recordedOn: try bodyDate(b.recorded, "recorded"),
            note: b.note)
        return .created(.init(body: .json(.init(id: id))))
    }

    func getHeadteacherRecruitments(_ input: Operations.GetHeadteacherRecruitments.Input) async throws
        -> Operations.GetHeadteacherRecruitments.Output
    {
        let (identity, register) = try caller()
        let bodyID = try await listedBody(input.query.body, identity, register)
        return .ok(.init(body: .json(try await register.headteacherRecruitments(bodyID: bodyID).map(Schemas.Recruitment.init))))
    }

    func postHeadteacherRecruitmentsIdCancel(_ input: Operations.PostHeadteacherRecruitmentsIdCancel.Input) async throws
        -> Operations.PostHeadteacherRecruitmentsIdCancel.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let cancelled = try await BodyEntry(register: try register(), today: deps.today)
            .cancelRecruitment(input.path.id, on: try bodyDate(b.on, "on"))
        return .ok(.init(body: .json(.init(cancelled))))
    }
}

import APIContract
import Application
import Foundation
import Governance
import Store

/// Governing bodies and what hangs from them: instruments, governors serving, the constitution
/// check, training, comparators and chairs' reviews (`govmon body`, `instrument`, `profile link`,
/// `review`).
extension GovmonAPI {
    func getBodies(_ input: Operations.GetBodies.Input) async throws -> Operations.GetBodies.Output {
        let register = try register()
        let bodies = try await register.bodies(laCode: try await authority(input.query.la, register))
        return .ok(.init(body: .json(bodies.map(Schemas.GoverningBody.init))))
    }

    func getBodiesBody(_ input: Operations.GetBodiesBody.Input) async throws -> Operations.GetBodiesBody.Output {
        .ok(.init(body: .json(.init(try await body(input.path.body).2))))
    }

    func getBodiesBodyInstruments(_ input: Operations.GetBodiesBodyInstruments.Input) async throws
        -> Operations.GetBodiesBodyInstruments.Output
    {
        let (_, register, body) = try await body(input.path.body)
        return .ok(.init(body: .json(try await register.instruments(bodyID: body.id).map(Schemas.Instrument.init))))
    }

    func postBodiesBodyInstruments(_ input: Operations.PostBodiesBodyInstruments.Input) async throws
        -> Operations.PostBodiesBodyInstruments.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let (_, register, body) = try await body(input.path.body)
        let seats = b.seats.map { SeatAllocation(category: Wire.map($0.category), seats: $0.seats, termYears: $0.termYears) }
        let id = try await BodyEntry(register: register, today: deps.today, rules: deps.settings.rules).addInstrument(
            NewInstrument(
                bodyID: body.id, madeOn: try bodyDate(b.made, "made"), effectiveFrom: try bodyDate(b.effective, "effective"),
                regulations: b.regulations?.rawValue ?? 2012, headIsGovernor: b.headIsGovernor ?? true, note: b.note,
                seats: seats, draft: b.draft ?? false, staffEligibleCoOpted: b.staffEligibleCoOpted ?? 0))
        return .created(.init(body: .json(.init(id: id))))
    }

    func getBodiesBodyAppointments(_ input: Operations.GetBodiesBodyAppointments.Input) async throws
        -> Operations.GetBodiesBodyAppointments.Output
    {
        let (_, register, body) = try await body(input.path.body)
        let date = try asOf(input.query.asOf)
        let appointments = try await register.appointments(bodyID: body.id, servingOn: input.query.history == true ? nil : date)
        return .ok(.init(body: .json(appointments.map(Schemas.Appointment.init))))
    }

    func getBodiesBodyCheck(_ input: Operations.GetBodiesBodyCheck.Input) async throws -> Operations.GetBodiesBodyCheck.Output {
        let (_, register, body) = try await body(input.path.body)
        let report = try await ConstitutionCheckRun(register: register, rules: deps.settings.rules)
            .check(body, on: try asOf(input.query.asOf))
        return .ok(.init(body: .json(.init(report))))
    }

    func getBodiesBodyTraining(_ input: Operations.GetBodiesBodyTraining.Input) async throws
        -> Operations.GetBodiesBodyTraining.Output
    {
        let (_, register, body) = try await body(input.path.body)
        return .ok(.init(body: .json(try await register.training(bodyID: body.id).map(Schemas.TrainingRecord.init))))
    }

    func postBodiesBodyComparators(_ input: Operations.PostBodiesBodyComparators.Input) async throws
        -> Operations.PostBodiesBodyComparators.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let (_, register, body) = try await body(input.path.body)
        let (profile, dimension) = try await BodyEntry(register: register, today: deps.today)
            .linkComparator(bodyID: body.id, profile: b.profile)
        return .ok(
            .init(
                body: .json(
                    .init(bodyId: body.id.rawValue, profileId: profile.id, dimension: dimension == "sex" ? .sex : .ethnicity))))
    }

    func getBodiesBodyReviews(_ input: Operations.GetBodiesBodyReviews.Input) async throws
        -> Operations.GetBodiesBodyReviews.Output
    {
        let (identity, register, body) = try await body(input.path.body)
        let reviews = ReviewFigures(reviews: try await register.chairReviews(bodyID: body.id))
        let answer = AudienceGate.answer(
            reviews, for: identity, deps.settings,
            officer: { Schemas.Reviews.officer(.init(audience: .officer, reviews: $0.map(Schemas.ChairReview.init))) },
            board: { .board(.init(audience: .board, reviews: $0.map(Schemas.PublishedReview.init))) })
        return .ok(.init(body: .json(answer)))
    }

    func postBodiesBodyReviews(_ input: Operations.PostBodiesBodyReviews.Input) async throws
        -> Operations.PostBodiesBodyReviews.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let (_, register, body) = try await body(input.path.body)
        let id = try await ChairReviewRun(register: register, bands: deps.settings.bands).record(
            bodyID: body.id, chairAppointmentID: AppointmentID(b.chairAppointmentId), reviewedOn: try bodyDate(b.date, "date"),
            judgement: Wire.map(b.judgement), actions: b.actions, takenToBoardOn: try bodyDate(b.takenToBoard, "taken_to_board"),
            today: deps.today)
        return .created(.init(body: .json(.init(id: id))))
    }
}

import Governance
import Reports
import Store

/// A chair's review of whether their body is representative (rec 10), recorded with the
/// aggregate figures the chair looked at frozen beside it: the command line, the service (a
/// chair's or an officer's token) and the demo loader all record reviews through this.
public struct ChairReviewRun: Sendable {
    public let register: Register
    public let bands: BandThresholds

    public init(register: Register, bands: BandThresholds) {
        self.register = register
        self.bands = bands
    }

    /// Records the review; returns its id. With `today`, a review dated after it is refused (a
    /// review records what the chair did; its figures are those of its date).
    public func record(
        bodyID: BodyID, chairAppointmentID: AppointmentID, reviewedOn: CalendarDate, judgement: ReviewJudgement, actions: String?,
        takenToBoardOn: CalendarDate?, today: CalendarDate? = nil
    ) async throws -> Int64 {
        if let today, reviewedOn > today {
            throw RuleViolation("--date: a review is recorded once it has happened; expected today (\(today.iso)) or earlier")
        }
        let inputs = try await register.representationInputs(laCode: nil, bodyID: bodyID, asOf: reviewedOn)
        let figures = try RepresentationFigures.reviewFigures(inputs, bands: bands, asOf: reviewedOn)
        return try await register.recordChairReview(
            bodyID: bodyID, chairAppointmentID: chairAppointmentID, reviewedOn: reviewedOn, judgement: judgement,
            actions: actions, takenToBoardOn: takenToBoardOn, figures: figures)
    }
}

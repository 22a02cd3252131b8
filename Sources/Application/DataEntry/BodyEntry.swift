import Governance
import Store

/// What is recorded about a body, as every edge records it: instruments of government, the
/// profile it is judged against, rounds and stages of reconstitution, planned headteacher
/// appointments. The edge finds the body (and holds a chair to their own).
public struct BodyEntry: Sendable {
    public let register: Register
    /// Today, the default date a headteacher appointment plan is recorded on.
    public let today: CalendarDate

    public init(register: Register, today: CalendarDate) {
        self.register = register
        self.today = today
    }

    /// Records an instrument of government; answers its id.
    public func addInstrument(_ instrument: NewInstrument) async throws -> Int64 {
        try await register.addInstrument(instrument)
    }

    /// Judges a body against the profile `profile` names (its id or exact name); the profile's
    /// classification decides the dimension (ethnicity or sex), which is answered with it.
    public func linkComparator(bodyID: BodyID, profile: String) async throws -> (profile: StoredProfile, dimension: String) {
        let stored = try await register.profile(profile)
        return (stored, try await register.linkComparator(bodyID: bodyID, profile: stored))
    }

    /// Starts a round of reconstitution; answers its id.
    public func startReconstitution(bodyID: BodyID, on date: CalendarDate, note: String?) async throws -> Int64 {
        try await register.startReconstitution(bodyID: bodyID, on: date, note: note)
    }

    /// Records a stage reached (starting a round when none is open); answers the round's id.
    public func recordStage(
        bodyID: BodyID, stage: ReconstitutionStage, on date: CalendarDate, instrumentID: Int64?, note: String?
    ) async throws -> Int64 {
        try await register.recordReconstitutionStage(
            bodyID: bodyID, stage: stage, on: date, instrumentID: instrumentID, note: note)
    }

    /// Plans a headteacher appointment (the refresher-training check reads it); answers its id.
    public func planRecruitment(bodyID: BodyID, plannedOn: CalendarDate, recordedOn: CalendarDate?, note: String?)
        async throws -> Int64
    {
        try await register.planHeadteacherRecruitment(
            bodyID: bodyID, recordedOn: recordedOn ?? today, plannedOn: plannedOn, note: note)
    }

    /// Cancels a planned headteacher appointment; answers it as it now stands.
    public func cancelRecruitment(_ id: Int64, on date: CalendarDate) async throws -> HeadteacherRecruitment {
        let planned = try await register.headteacherRecruitment(id)
        try await register.cancelHeadteacherRecruitment(planned.id, on: date)
        return try await register.headteacherRecruitment(planned.id)
    }

    /// Withdraws the profile `profile` names (it stays on record, no longer offered as a comparator).
    public func withdrawProfile(_ profile: String, on date: CalendarDate, reason: String) async throws -> StoredProfile {
        let stored = try await register.profile(profile)
        try await register.withdrawProfile(stored.id, on: date, reason: reason)
        return try await register.profile(String(stored.id))
    }
}

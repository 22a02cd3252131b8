import Governance
import Store

/// Succession planning policies and the recruitment record of headteacher appointments
/// (docs/succession.md), as every edge records them.
public struct SuccessionEntry: Sendable {
    public let register: Register

    public init(register: Register) { self.register = register }

    /// Records a school's adoption of a policy; answers it as stored.
    public func recordPolicy(_ policy: NewSuccessionPolicy) async throws -> SuccessionPolicy {
        try await register.successionPolicy(try await register.recordSuccessionPolicy(policy))
    }

    /// Records a stage a recruitment reached; answers the recruitment as it now stands.
    public func reachStage(_ recruitmentID: Int64, stage: RecruitmentStage, on date: CalendarDate, note: String?)
        async throws -> HeadteacherRecruitment
    {
        _ = try await register.addRecruitmentStage(recruitmentID, stage: stage, on: date, note: note)
        return try await register.headteacherRecruitment(recruitmentID)
    }

    /// Adds a governor (by appointment) to the appointment panel; answers the recruitment.
    public func addPanelMember(_ recruitmentID: Int64, appointmentID: AppointmentID, joinedOn: CalendarDate) async throws
        -> HeadteacherRecruitment
    {
        _ = try await register.addPanelMember(recruitmentID, appointmentID: appointmentID, joinedOn: joinedOn)
        return try await register.headteacherRecruitment(recruitmentID)
    }

    /// Records the panel's confirmation to the full governing body (rec 12); answers the recruitment.
    public func confirmPanel(_ recruitmentID: Int64, on date: CalendarDate, minute: String, note: String?) async throws
        -> HeadteacherRecruitment
    {
        _ = try await register.confirmPanel(recruitmentID, on: date, minute: minute, note: note)
        return try await register.headteacherRecruitment(recruitmentID)
    }
}

import Foundation
import Governance
import PostgresNIO

// The recruitment record of a headteacher appointment (docs/succession.md): stages, panel and the
// panel's confirmation to the full governing body (rec 12).
extension Register {
    /// Records that a recruitment reached a stage on a date; returns the stage's id. Stages go
    /// forward only and end at appointed or withdrawn (`RecruitmentStage.problem`).
    public func addRecruitmentStage(_ recruitmentID: Int64, stage: RecruitmentStage, on date: CalendarDate, note: String?)
        async throws -> Int64
    {
        let recruitment = try await openRecruitment(recruitmentID, on: date)
        if let problem = RecruitmentStage.problem(adding: stage, on: date, after: recruitment.stages) {
            throw StoreError.invalid(problem)
        }
        if date < recruitment.recordedOn {
            throw StoreError.invalid(
                "--on: expected a date on or after the recruitment was recorded (\(recruitment.recordedOn.iso)), found \(date.iso)"
            )
        }
        return try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO recruitment_stages (headteacher_recruitment_id, stage, reached_on, note)
                VALUES (\(recruitmentID), \(stage.rawValue), \(date), \(note)) RETURNING recruitment_stage_id
                """, logger: logger
            ).collect(Int64.self)[0]
        }
    }

    /// Adds a governor to the appointment panel by their appointment, which must be a governor's
    /// on the recruitment's body, serving on `joinedOn`; returns the member's id.
    public func addPanelMember(_ recruitmentID: Int64, appointmentID: AppointmentID, joinedOn: CalendarDate) async throws
        -> Int64
    {
        let recruitment = try await openRecruitment(recruitmentID, on: joinedOn)
        // Says only that it is not a governor of this body: naming what it is instead would
        // describe another body's record (perhaps another authority's).
        let member = try? await appointment(appointmentID)
        guard let member, member.bodyID == recruitment.bodyID, member.category.isGovernor, member.serves(on: joinedOn) else {
            throw StoreError.invalid(
                "--appointment: expected the appointment of a governor serving on \(recruitment.bodyName) on "
                    + "\(joinedOn.iso); appointment \(appointmentID) is not")
        }
        if recruitment.panel.contains(where: { $0.appointmentID == appointmentID }) {
            throw StoreError.conflict("appointment \(appointmentID) is already on the panel of recruitment \(recruitmentID)")
        }
        return try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO recruitment_panel_members (headteacher_recruitment_id, appointment_id, joined_on)
                VALUES (\(recruitmentID), \(appointmentID), \(joinedOn)) RETURNING recruitment_panel_member_id
                """, logger: logger
            ).collect(Int64.self)[0]
        }
    }

    /// Records the panel's confirmation to the full governing body that representation and
    /// diversity were considered at every stage (rec 12); returns its id. One per recruitment.
    public func confirmPanel(_ recruitmentID: Int64, on date: CalendarDate, minute: String, note: String?) async throws -> Int64 {
        guard !minute.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw StoreError.invalid("--minute: expected the full governing body's minute that records the confirmation")
        }
        let recruitment = try await headteacherRecruitment(recruitmentID)
        if let earlier = recruitment.confirmation {
            throw StoreError.conflict(
                "recruitment \(recruitmentID) has a confirmation already (\(earlier.confirmedOn.iso), id \(earlier.id)); "
                    + "void it first to record another")
        }
        guard !recruitment.stages.isEmpty, let first = recruitment.stages.map(\.reachedOn).min(), date >= first else {
            throw StoreError.invalid(
                "--on: expected a date on or after the recruitment's first stage"
                    + (recruitment.stages.isEmpty ? " (none is recorded yet)" : ""))
        }
        return try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO panel_confirmations (headteacher_recruitment_id, confirmed_on, minute, note)
                VALUES (\(recruitmentID), \(date), \(minute), \(note)) RETURNING panel_confirmation_id
                """, logger: logger
            ).collect(Int64.self)[0]
        }
    }

    /// The recruitment, refusing one cancelled on or before `date`.
    private func openRecruitment(_ id: Int64, on date: CalendarDate) async throws -> HeadteacherRecruitment {
        let recruitment = try await headteacherRecruitment(id)
        if let cancelled = recruitment.cancelledOn, cancelled <= date {
            throw StoreError.conflict("recruitment \(id) was cancelled on \(cancelled.iso)")
        }
        return recruitment
    }

    /// Adds each recruitment's stages, panel and confirmation, read in three queries.
    func withRecruitmentRecords(_ plans: [HeadteacherRecruitment], on connection: PostgresConnection) async throws
        -> [HeadteacherRecruitment]
    {
        guard !plans.isEmpty else { return plans }
        let ids = plans.map(\.id)
        let stages = try await connection.query(
            """
            SELECT headteacher_recruitment_id, recruitment_stage_id, stage, reached_on, note FROM recruitment_stages
            WHERE headteacher_recruitment_id = ANY(\(ids)) ORDER BY reached_on, recruitment_stage_id
            """, logger: logger
        ).collect((Int64, Int64, String, CalendarDate, String?).self)
        let panel = try await connection.query(
            """
            SELECT m.headteacher_recruitment_id, m.recruitment_panel_member_id, m.appointment_id,
                   concat_ws(' ', p.forename1, p.forename2, p.surname), m.joined_on
            FROM recruitment_panel_members m
            JOIN appointments a USING (appointment_id) JOIN people p ON p.person_id = a.person_id
            WHERE m.headteacher_recruitment_id = ANY(\(ids)) ORDER BY m.joined_on, m.recruitment_panel_member_id
            """, logger: logger
        ).collect((Int64, Int64, AppointmentID, String, CalendarDate).self)
        let confirmations = try await connection.query(
            """
            SELECT headteacher_recruitment_id, panel_confirmation_id, confirmed_on, minute, note FROM panel_confirmations
            WHERE headteacher_recruitment_id = ANY(\(ids))
            """, logger: logger
        ).collect((Int64, Int64, CalendarDate, String, String?).self)
        let stagesBy = Dictionary(grouping: stages, by: \.0)
        let panelBy = Dictionary(grouping: panel, by: \.0)
        let confirmedBy = Dictionary(confirmations.map { ($0.0, $0) }, uniquingKeysWith: { a, _ in a })
        return plans.map { plan in
            var plan = plan
            plan.stages = (stagesBy[plan.id] ?? []).compactMap { s in
                RecruitmentStage(rawValue: s.2).map { RecruitmentStageReached(id: s.1, stage: $0, reachedOn: s.3, note: s.4) }
            }
            plan.panel = (panelBy[plan.id] ?? []).map {
                PanelMember(id: $0.1, appointmentID: $0.2, personName: $0.3, joinedOn: $0.4)
            }
            plan.confirmation = confirmedBy[plan.id].map {
                PanelConfirmation(id: $0.1, confirmedOn: $0.2, minute: $0.3, note: $0.4)
            }
            return plan
        }
    }
}

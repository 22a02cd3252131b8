import Governance
import PostgresNIO

extension Register {
    /// Records a planned headteacher appointment for a body; returns its id.
    public func planHeadteacherRecruitment(
        bodyID: BodyID, recordedOn: CalendarDate, plannedOn: CalendarDate,
        note: String?
    ) async throws -> Int64 {
        try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO headteacher_recruitments (body_id, recorded_on, planned_appointment_on, note)
                VALUES (\(bodyID), \(recordedOn), \(plannedOn), \(note)) RETURNING headteacher_recruitment_id
                """, logger: logger
            ).collect(Int64.self)[0]
        }
    }

    /// Cancels a planned recruitment from a date (the record stays).
    public func cancelHeadteacherRecruitment(_ id: Int64, on date: CalendarDate) async throws {
        try await database.write { connection in
            let rows = try await connection.query(
                """
                UPDATE headteacher_recruitments SET cancelled_on = \(date)
                WHERE headteacher_recruitment_id = \(id) AND cancelled_on IS NULL RETURNING 1
                """, logger: logger
            ).collect(Int.self)
            if rows.isEmpty {
                let known = try await connection.query(
                    "SELECT 1 FROM headteacher_recruitments WHERE headteacher_recruitment_id = \(id)", logger: logger
                ).collect(Int.self)
                if known.isEmpty { throw StoreError.notFound("no planned recruitment \(id)") }
                throw StoreError.conflict("planned recruitment \(id) is already cancelled")
            }
        }
    }

    /// Planned recruitments, optionally of one body, each with its stages, panel and confirmation.
    public func headteacherRecruitments(bodyID: BodyID? = nil) async throws -> [HeadteacherRecruitment] {
        try await database.read { connection in
            let plans = try await connection.query(
                """
                SELECT r.headteacher_recruitment_id, r.body_id, b.name, r.recorded_on, r.planned_appointment_on, r.note,
                       r.cancelled_on
                FROM headteacher_recruitments r JOIN governing_bodies b USING (body_id)
                WHERE \(bodyID)::bigint IS NULL OR r.body_id = \(bodyID)
                ORDER BY r.planned_appointment_on
                """, logger: logger
            ).collect((Int64, BodyID, String, CalendarDate, CalendarDate, String?, CalendarDate?).self).map {
                HeadteacherRecruitment(
                    id: $0.0, bodyID: $0.1, bodyName: $0.2, recordedOn: $0.3, plannedOn: $0.4, note: $0.5,
                    cancelledOn: $0.6)
            }
            return try await withRecruitmentRecords(plans, on: connection)
        }
    }

    /// One planned recruitment by id.
    public func headteacherRecruitment(_ id: Int64) async throws -> HeadteacherRecruitment {
        guard let found = try await headteacherRecruitments().first(where: { $0.id == id }) else {
            throw StoreError.notFound("no planned recruitment \(id)")
        }
        return found
    }

    /// Records an enhanced DBS check application (and the certificate date when known).
    public func recordDBSCheck(personID: PersonID, appliedOn: CalendarDate, issuedOn: CalendarDate?) async throws -> Int64 {
        try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO dbs_checks (person_id, applied_on, certificate_issued_on)
                VALUES (\(personID), \(appliedOn), \(issuedOn)) RETURNING dbs_check_id
                """, logger: logger
            ).collect(Int64.self)[0]
        }
    }

    /// Records a chair's review; the chair's appointment must be on the body and chair on that date.
    public func recordChairReview(
        bodyID: BodyID, chairAppointmentID: AppointmentID, reviewedOn: CalendarDate,
        judgement: ReviewJudgement, actions: String?, takenToBoardOn: CalendarDate?,
        figures: String? = nil
    ) async throws -> Int64 {
        // Says only that the appointment is not this body's serving chair: naming what it is
        // instead would describe another body's record (perhaps another authority's).
        let chair = try? await appointment(chairAppointmentID)
        guard let chair, chair.bodyID == bodyID, chair.role == .chair, chair.serves(on: reviewedOn) else {
            throw StoreError.invalid(
                "--chair: expected the appointment of the serving chair of this body on \(reviewedOn.iso); "
                    + "appointment \(chairAppointmentID) is not")
        }
        return try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO chair_reviews (body_id, chair_appointment_id, reviewed_on, judgement, actions_agreed,
                                           taken_to_board_on, figures)
                VALUES (\(bodyID), \(chairAppointmentID), \(reviewedOn), \(judgement.rawValue), \(actions), \(takenToBoardOn),
                        \(figures)::jsonb)
                RETURNING chair_review_id
                """, logger: logger
            ).collect(Int64.self)[0]
        }
    }

    /// Chairs' reviews, optionally of one body or authority, oldest first.
    public func chairReviews(bodyID: BodyID? = nil, laCode: Int? = nil) async throws -> [ChairReview] {
        try await database.read { connection in
            try await connection.cachedQuery(
                """
                SELECT r.chair_review_id, r.body_id, b.name, r.chair_appointment_id,
                       concat_ws(' ', p.forename1, p.forename2, p.surname), r.reviewed_on, r.judgement, r.actions_agreed,
                       r.taken_to_board_on, r.figures::text
                FROM chair_reviews r JOIN governing_bodies b USING (body_id)
                LEFT JOIN appointments a ON a.appointment_id = r.chair_appointment_id
                LEFT JOIN people p ON p.person_id = a.person_id
                WHERE (\(bodyID)::bigint IS NULL OR r.body_id = \(bodyID)) AND (\(laCode)::integer IS NULL OR b.la_code = \(laCode))
                ORDER BY r.reviewed_on, r.chair_review_id
                """, logger: logger
            ).collect(
                (Int64, BodyID, String, AppointmentID?, String?, CalendarDate, String, String?, CalendarDate?, String?).self
            ).map {
                ChairReview(
                    id: $0.0, bodyID: $0.1, bodyName: $0.2, chairAppointmentID: $0.3, chairName: $0.4, reviewedOn: $0.5,
                    judgement: ReviewJudgement(rawValue: $0.6) ?? .cannotTell, actionsAgreed: $0.7,
                    takenToBoardOn: $0.8, figures: $0.9)
            }
        }
    }

    /// How many of these appointments have a surplus departure recorded.
    public func surplusDepartureCount(appointmentIDs: [AppointmentID]) async throws -> Int {
        try await database.read { connection in
            try await connection.query(
                "SELECT count(*)::int FROM surplus_departures WHERE appointment_id = ANY(\(appointmentIDs))", logger: logger
            ).collect(Int.self).first ?? 0
        }
    }

    /// Records that a surplus governor leaves on reconstitution, who decided and when; the
    /// appointment ends on `leavesOn` (nil: the decision date; reason surplus_on_reconstitution).
    /// The officer names the person: the system never chooses who leaves.
    public func recordSurplusDeparture(
        appointmentID: AppointmentID, decidedBy: DepartureAuthority, decidedOn: CalendarDate,
        leavesOn: CalendarDate?, note: String?
    ) async throws {
        let leavesOn = leavesOn ?? decidedOn
        let leaving = try await appointment(appointmentID)
        guard decidedBy.mayDecide(for: leaving.category) else {
            throw StoreError.invalid(
                "--decided-by: \(decidedBy.label) cannot decide that a \(leaving.category.label) governor "
                    + "leaves; \(DepartureAuthority.decider(for: leaving.category).label) decides (reg 15 as substituted in 2014)"
            )
        }
        try await database.write { connection in
            let round = try await connection.query(
                """
                SELECT reconstitution_id FROM reconstitutions WHERE body_id = \(leaving.bodyID) AND started_on <= \(decidedOn)
                ORDER BY started_on DESC LIMIT 1
                """, logger: logger
            ).collect(Int64.self).first
            try await connection.query(
                """
                INSERT INTO surplus_departures (appointment_id, reconstitution_id, decided_by, decided_on, note)
                VALUES (\(appointmentID), \(round), \(decidedBy.rawValue), \(decidedOn), \(note))
                """, logger: logger)
            let ended = try await connection.query(
                """
                UPDATE appointments SET ended_on = \(leavesOn), ended_reason = 'surplus_on_reconstitution'
                WHERE appointment_id = \(appointmentID) AND ended_on IS NULL RETURNING 1
                """, logger: logger
            ).collect(Int.self)
            if ended.isEmpty { throw StoreError.conflict("appointment \(appointmentID) has already ended") }
        }
    }
}

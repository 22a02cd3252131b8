import Governance
import PostgresNIO

extension Register {
    /// Loads what the deadline checks read on `asOf`, for every body at once (or only an
    /// authority's, with `laCode`): eleven set-based queries whatever the number of bodies.
    public func trackingInputs(asOf date: CalendarDate, deadline: CalendarDate, laCode: Int? = nil) async throws
        -> TrackingInputs
    {
        try await database.read { connection in
            let instruments = try await connection.query(
                """
                SELECT body_id, effective_from, regulations FROM instruments WHERE NOT draft AND effective_from <= \(date)
                  AND (\(laCode)::integer IS NULL OR body_id IN (SELECT body_id FROM governing_bodies WHERE la_code = \(laCode)))
                """, logger: logger
            ).collect((BodyID, CalendarDate, Int16).self)
            var instrumentsByBody: [BodyID: [ReconstitutionTracker.InstrumentDates]] = [:]
            for (body, effective, regulations) in instruments {
                instrumentsByBody[body, default: []].append(.init(effectiveFrom: effective, regulations: Int(regulations)))
            }
            let stages = try await connection.query(
                """
                SELECT r.body_id, s.stage, s.reached_on
                FROM (SELECT DISTINCT ON (body_id) reconstitution_id, body_id FROM reconstitutions
                      WHERE started_on <= \(date)
                        AND (\(laCode)::integer IS NULL OR body_id IN (SELECT body_id FROM governing_bodies WHERE la_code = \(laCode)))
                      ORDER BY body_id, started_on DESC, reconstitution_id DESC) r
                JOIN reconstitution_stages s USING (reconstitution_id)
                WHERE s.reached_on <= \(date)
                """, logger: logger
            ).collect((BodyID, String, CalendarDate).self)
            var stagesByBody: [BodyID: [(stage: ReconstitutionStage, on: CalendarDate)]] = [:]
            for (body, name, reached) in stages {
                if let stage = ReconstitutionStage(rawValue: name) { stagesByBody[body, default: []].append((stage, reached)) }
            }
            let bodies = try await connection.query(
                """
                SELECT b.body_id, b.la_code, b.name,
                       bool_or(s.category IN \(unescaped: Self.maintainedList))
                FROM governing_bodies b
                JOIN body_schools bs ON bs.body_id = b.body_id
                     AND (bs.joined_on IS NULL OR bs.joined_on <= \(date)) AND (bs.left_on IS NULL OR bs.left_on > \(date))
                JOIN schools s ON s.urn = bs.urn
                WHERE (b.formed_on IS NULL OR b.formed_on <= \(date)) AND (b.dissolved_on IS NULL OR b.dissolved_on >= \(date))
                  AND (\(laCode)::integer IS NULL OR b.la_code = \(laCode))
                GROUP BY b.body_id
                """, logger: logger
            ).collect((BodyID, Int, String, Bool).self).map { r in
                TrackingInputs.Body(
                    id: r.0, laCode: r.1, name: r.2, isMaintained: r.3,
                    reconstitution: ReconstitutionTracker.state(
                        instruments: instrumentsByBody[r.0] ?? [], stages: stagesByBody[r.0] ?? [], deadline: deadline, asOf: date
                    ))
            }
            let serving = try await connection.query(
                """
                SELECT a.appointment_id, a.person_id, concat_ws(' ', p.forename1, p.forename2, p.surname), a.body_id,
                       a.category, a.role, a.start_date, a.term_end, a.ended_on
                FROM appointments a JOIN people p USING (person_id)
                WHERE govmon_serves(a.start_date, a.ended_on, \(date))
                  AND (\(laCode)::integer IS NULL OR a.body_id IN (SELECT body_id FROM governing_bodies WHERE la_code = \(laCode)))
                """, logger: logger
            ).collect(
                (
                    AppointmentID, PersonID, String, BodyID, GovernorCategory, GovernorRole, CalendarDate, CalendarDate?,
                    CalendarDate?
                ).self
            )
            .map {
                TrackingInputs.Serving(
                    appointmentID: $0.0, personID: $0.1, personName: $0.2, bodyID: $0.3, category: $0.4,
                    role: $0.5, startDate: $0.6, termEnd: $0.7, endedOn: $0.8)
            }
            let vacancies = try await connection.query(
                """
                SELECT vacancy_id, body_id, category, opened_on FROM vacancies
                WHERE opened_on <= \(date) AND (filled_on IS NULL OR filled_on > \(date))
                  AND (closed_on IS NULL OR closed_on > \(date))
                  AND (\(laCode)::integer IS NULL OR body_id IN (SELECT body_id FROM governing_bodies WHERE la_code = \(laCode)))
                """, logger: logger
            ).collect((VacancyID, BodyID, GovernorCategory, CalendarDate).self).map {
                TrackingInputs.OpenVacancy(id: $0.0, bodyID: $0.1, category: $0.2, openedOn: $0.3)
            }
            let first = try await connection.query(
                """
                SELECT person_id, min(start_date) FROM appointments
                WHERE category NOT IN ('associate_member', 'headteacher')
                  AND (\(laCode)::integer IS NULL OR person_id IN (
                          SELECT a.person_id FROM appointments a JOIN governing_bodies b ON b.body_id = a.body_id
                          WHERE b.la_code = \(laCode)))
                GROUP BY person_id
                """, logger: logger
            ).collect((PersonID, CalendarDate).self)
            let inducted = try await trainingByPerson(kind: "induction", asOf: date, laCode: laCode, on: connection)
            let refreshers = try await trainingByPerson(kind: "refresher", asOf: date, laCode: laCode, on: connection)
            // Stages and the panel's confirmation count only once reached by the date.
            let recruitments = try await connection.query(
                """
                SELECT r.headteacher_recruitment_id, r.body_id, r.planned_appointment_on,
                       (SELECT min(reached_on) FROM recruitment_stages s WHERE s.headteacher_recruitment_id = r.headteacher_recruitment_id
                          AND s.stage = 'appointed' AND s.reached_on <= \(date)),
                       (SELECT min(reached_on) FROM recruitment_stages s WHERE s.headteacher_recruitment_id = r.headteacher_recruitment_id
                          AND s.stage = 'withdrawn' AND s.reached_on <= \(date)),
                       (SELECT min(confirmed_on) FROM panel_confirmations c
                        WHERE c.headteacher_recruitment_id = r.headteacher_recruitment_id AND c.confirmed_on <= \(date))
                FROM headteacher_recruitments r
                WHERE r.recorded_on <= \(date) AND (r.cancelled_on IS NULL OR r.cancelled_on > \(date))
                  AND (\(laCode)::integer IS NULL OR r.body_id IN (SELECT body_id FROM governing_bodies WHERE la_code = \(laCode)))
                """, logger: logger
            ).collect((Int64, BodyID, CalendarDate, CalendarDate?, CalendarDate?, CalendarDate?).self).map {
                TrackingInputs.HeadRecruitment(
                    id: $0.0, bodyID: $0.1, plannedOn: $0.2, appointedOn: $0.3, withdrawnOn: $0.4, confirmedOn: $0.5)
            }
            let (schools, policies) = try await successionInputs(asOf: date, laCode: laCode, on: connection)
            let dbs = try await connection.query(
                """
                SELECT person_id, applied_on FROM dbs_checks WHERE applied_on <= \(date)
                  AND (\(laCode)::integer IS NULL OR person_id IN (
                          SELECT a.person_id FROM appointments a JOIN governing_bodies b ON b.body_id = a.body_id
                          WHERE b.la_code = \(laCode)))
                """, logger: logger
            ).collect((PersonID, CalendarDate).self)
            let reviews = try await connection.query(
                """
                SELECT body_id, reviewed_on FROM chair_reviews WHERE reviewed_on <= \(date)
                  AND (\(laCode)::integer IS NULL OR body_id IN (SELECT body_id FROM governing_bodies WHERE la_code = \(laCode)))
                """, logger: logger
            ).collect((BodyID, CalendarDate).self)
            return TrackingInputs(
                asOf: date, bodies: bodies, serving: serving, vacancies: vacancies,
                firstAppointment: Dictionary(first, uniquingKeysWith: min),
                inducted: inducted.compactMapValues { $0.min() }, refreshers: refreshers,
                recruitments: recruitments, dbsApplied: Dictionary(grouping: dbs, by: \.0).mapValues { $0.map(\.1) },
                chairReviews: Dictionary(grouping: reviews, by: \.0).mapValues { $0.map(\.1) }, schools: schools,
                policies: policies)
        }
    }

    static let maintainedList =
        "('community','community_special','maintained_nursery','foundation','foundation_special','voluntary_aided','voluntary_controlled')"

    /// Maintained schools governed on `date` (each with one of its bodies) and the succession
    /// policies adopted by then, by URN.
    private func successionInputs(asOf date: CalendarDate, laCode: Int?, on connection: PostgresConnection) async throws
        -> ([TrackingInputs.GovernedSchool], [Int: [TrackingInputs.AdoptedPolicy]])
    {
        let schools = try await connection.query(
            """
            SELECT DISTINCT ON (s.urn) s.urn, s.name, b.body_id, b.la_code
            FROM schools s
            JOIN body_schools bs ON bs.urn = s.urn
                 AND (bs.joined_on IS NULL OR bs.joined_on <= \(date)) AND (bs.left_on IS NULL OR bs.left_on > \(date))
            JOIN governing_bodies b ON b.body_id = bs.body_id
                 AND (b.formed_on IS NULL OR b.formed_on <= \(date)) AND (b.dissolved_on IS NULL OR b.dissolved_on >= \(date))
            WHERE s.category IN \(unescaped: Self.maintainedList) AND (\(laCode)::integer IS NULL OR b.la_code = \(laCode))
            ORDER BY s.urn, b.body_id
            """, logger: logger
        ).collect((Int, String, BodyID, Int).self).map {
            TrackingInputs.GovernedSchool(urn: $0.0, name: $0.1, bodyID: $0.2, laCode: $0.3)
        }
        let policies = try await connection.query(
            """
            SELECT p.urn, p.adopted_on, p.review_on, p.diversity_evidenced FROM succession_policies p
            WHERE p.adopted_on <= \(date)
              AND (\(laCode)::integer IS NULL OR p.urn IN (SELECT urn FROM schools WHERE la_code = \(laCode)))
            """, logger: logger
        ).collect((Int, CalendarDate, CalendarDate?, Bool).self)
        var byURN: [Int: [TrackingInputs.AdoptedPolicy]] = [:]
        for (urn, adopted, review, evidenced) in policies {
            byURN[urn, default: []].append(.init(adoptedOn: adopted, reviewOn: review, diversityEvidenced: evidenced))
        }
        return (schools, byURN)
    }

    private func trainingByPerson(kind: String, asOf date: CalendarDate, laCode: Int?, on connection: PostgresConnection)
        async throws
        -> [PersonID: [CalendarDate]]
    {
        let rows = try await connection.query(
            """
            SELECT t.person_id, t.completed_on FROM training_records t JOIN courses c USING (course_id)
            WHERE c.kind = \(kind) AND t.completed_on <= \(date)
              AND (\(laCode)::integer IS NULL OR t.person_id IN (
                  SELECT a.person_id FROM appointments a JOIN governing_bodies b ON b.body_id = a.body_id
                  WHERE b.la_code = \(laCode)))
            """, logger: logger
        ).collect((PersonID, CalendarDate).self)
        return Dictionary(grouping: rows, by: \.0).mapValues { $0.map(\.1) }
    }
}

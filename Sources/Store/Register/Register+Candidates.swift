import Foundation
import Governance
import PostgresNIO

// Candidates for governor vacancies (docs/recruitment.md). Their monitoring answers are written
// here and read back only as the funnel's counts: no function returns one candidate's answers.
extension Register {
    /// Records a candidate; returns their id. A vacancy named must be one of the authority's.
    public func addCandidate(
        laCode: Int, name: String, route: CandidateRoute, vacancyID: VacancyID?, recordedOn: CalendarDate, note: String?
    ) async throws -> Int64 {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw StoreError.invalid("--name: expected the candidate's name")
        }
        _ = try await localAuthority(String(laCode))
        if let vacancyID {
            let vacancy = try await vacancy(vacancyID)
            guard try await body(String(vacancy.bodyID.rawValue)).laCode == laCode else {
                throw StoreError.invalid("--vacancy: expected a vacancy of authority \(laCode); \(vacancyID.labelled) is not")
            }
        }
        return try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO candidates (la_code, name, route, vacancy_id, recorded_on, note)
                VALUES (\(laCode), \(name), \(route.rawValue), \(vacancyID), \(recordedOn), \(note)) RETURNING candidate_id
                """, logger: logger
            ).collect(Int64.self)[0]
        }
    }

    /// Records a stage a candidate reached; with `appointed`, the appointment that followed (on
    /// the vacancy's body when the candidacy names a vacancy) is linked. Returns the stage's id.
    public func addCandidateStage(
        _ candidateID: Int64, stage: CandidateStage, on date: CalendarDate, appointmentID: AppointmentID?
    )
        async throws -> Int64
    {
        let candidate = try await candidate(candidateID)
        if let problem = CandidateStage.problem(adding: stage, on: date, after: candidate.stages.map { ($0.stage, $0.reachedOn) })
        {
            throw StoreError.invalid(problem)
        }
        if let appointmentID {
            guard stage == .appointed else {
                throw StoreError.invalid("--appointment: expected only with --stage appointed")
            }
            let appointment = try? await appointment(appointmentID)
            let vacancyBody = try await candidate.vacancyID.asyncMap { try await vacancy($0).bodyID }
            let bodyLA = try await appointment.asyncMap { try await body(String($0.bodyID.rawValue)).laCode }
            guard let appointment, bodyLA == candidate.laCode, vacancyBody.map({ $0 == appointment.bodyID }) ?? true else {
                throw StoreError.invalid(
                    "--appointment: expected an appointment "
                        + (candidate.vacancyID == nil ? "in authority \(candidate.laCode)" : "to the vacancy's body")
                        + "; \(appointmentID.labelled) is not")
            }
        }
        return try await database.write { connection in
            let id = try await connection.query(
                """
                INSERT INTO candidate_stages (candidate_id, stage, reached_on) VALUES (\(candidateID), \(stage.rawValue), \(date))
                RETURNING candidate_stage_id
                """, logger: logger
            ).collect(Int64.self)[0]
            if let appointmentID {
                try await connection.query(
                    "UPDATE candidates SET appointment_id = \(appointmentID) WHERE candidate_id = \(candidateID)", logger: logger)
            }
            return id
        }
    }

    /// Records a candidate's monitoring answers (kept apart from the application); returns nothing
    /// that could show them.
    public func recordCandidateMonitoring(
        _ candidateID: Int64, on date: CalendarDate, sex: DeclaredSex, ethnicity: Ethnicity2021, collectedBy: CollectionMethod
    ) async throws {
        _ = try await candidate(candidateID)
        try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO candidate_monitoring (candidate_id, recorded_on, sex, ethnicity, collected_by)
                VALUES (\(candidateID), \(date), \(sex.rawValue), \(ethnicity.rawValue), \(collectedBy.rawValue))
                """, logger: logger)
        }
    }

    /// Candidates, of one authority or all, with their stages (never their monitoring answers).
    public func candidates(laCode: Int? = nil, ids: [Int64]? = nil) async throws -> [Candidate] {
        try await database.read { connection in
            let rows = try await connection.query(
                """
                SELECT c.candidate_id, c.la_code, c.name, c.route, c.vacancy_id, b.name, c.appointment_id
                FROM candidates c
                LEFT JOIN vacancies v ON v.vacancy_id = c.vacancy_id
                LEFT JOIN governing_bodies b ON b.body_id = v.body_id
                WHERE (\(laCode)::integer IS NULL OR c.la_code = \(laCode)) AND (\(ids)::bigint[] IS NULL OR c.candidate_id = ANY(\(ids)))
                ORDER BY c.recorded_on, c.candidate_id
                """, logger: logger
            ).collect((Int64, Int, String, String, VacancyID?, String?, AppointmentID?).self)
            let stages = try await connection.query(
                """
                SELECT candidate_id, candidate_stage_id, stage, reached_on FROM candidate_stages
                WHERE candidate_id = ANY(\(rows.map(\.0))) ORDER BY reached_on, candidate_stage_id
                """, logger: logger
            ).collect((Int64, Int64, String, CalendarDate).self)
            let byCandidate = Dictionary(grouping: stages, by: \.0)
            return rows.map { r in
                Candidate(
                    id: r.0, laCode: r.1, name: r.2, route: CandidateRoute(rawValue: r.3) ?? .other, vacancyID: r.4,
                    bodyName: r.5, appointmentID: r.6,
                    stages: (byCandidate[r.0] ?? []).compactMap { s in
                        CandidateStage(rawValue: s.2).map { CandidateStageReached(id: s.1, stage: $0, reachedOn: s.3) }
                    })
            }
        }
    }

    /// One candidate by id.
    public func candidate(_ id: Int64) async throws -> Candidate {
        guard let found = try await candidates(ids: [id]).first else { throw StoreError.notFound("no candidate \(id)") }
        return found
    }

    /// What the funnel counts for an authority's candidates: route, first stage date, furthest
    /// progress stage by `to`, and the latest monitoring answers by `to` (unknown without any).
    public func funnelCandidates(laCode: Int, to date: CalendarDate) async throws -> [FunnelCandidate] {
        try await database.read { connection in
            try await connection.query(
                """
                SELECT c.route, min(s.reached_on),
                       max(CASE s.stage WHEN 'expressed_interest' THEN 0 WHEN 'applied' THEN 1 WHEN 'shortlisted' THEN 2
                                        WHEN 'appointed' THEN 3 ELSE 0 END),
                       m.sex, m.ethnicity
                FROM candidates c
                JOIN candidate_stages s ON s.candidate_id = c.candidate_id AND s.reached_on <= \(date)
                LEFT JOIN LATERAL (SELECT sex, ethnicity FROM candidate_monitoring cm
                                   WHERE cm.candidate_id = c.candidate_id AND cm.recorded_on <= \(date)
                                   ORDER BY cm.recorded_on DESC LIMIT 1) m ON true
                WHERE c.la_code = \(laCode)
                GROUP BY c.candidate_id, c.route, m.sex, m.ethnicity
                """, logger: logger
            ).collect((String, CalendarDate, Int, String?, String?).self).map {
                FunnelCandidate(
                    route: CandidateRoute(rawValue: $0.0) ?? .other, firstOn: $0.1, furthest: $0.2,
                    sex: $0.3.flatMap(DeclaredSex.init(rawValue:)) ?? .notAsked,
                    ethnicity: $0.4.flatMap(Ethnicity2021.init(rawValue:)) ?? .notAsked)
            }
        }
    }
}

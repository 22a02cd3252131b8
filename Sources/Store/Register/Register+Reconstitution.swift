import Governance
import PostgresNIO

extension Register {
    /// Starts a round of reconstitution for a body (stage "review started" on that date).
    public func startReconstitution(bodyID: BodyID, on date: CalendarDate, note: String?) async throws -> Int64 {
        try await database.write { connection in
            let id = try await connection.query(
                """
                INSERT INTO reconstitutions (body_id, started_on, note) VALUES (\(bodyID), \(date), \(note))
                RETURNING reconstitution_id
                """, logger: logger
            ).collect(Int64.self)[0]
            try await connection.query(
                """
                INSERT INTO reconstitution_stages (reconstitution_id, stage, reached_on)
                VALUES (\(id), 'review_started', \(date))
                """, logger: logger)
            return id
        }
    }

    /// Records a stage of the body's latest round (starting one if the body has none), optionally
    /// linking the new instrument. Stages may be recorded in any order, but not twice, and not
    /// before the round started.
    public func recordReconstitutionStage(
        bodyID: BodyID, stage: ReconstitutionStage, on date: CalendarDate,
        instrumentID: Int64?, note: String?
    ) async throws -> Int64 {
        try await database.write { connection in
            var round = try await connection.query(
                """
                SELECT reconstitution_id, started_on FROM reconstitutions WHERE body_id = \(bodyID)
                ORDER BY started_on DESC, reconstitution_id DESC LIMIT 1
                """, logger: logger
            ).collect((Int64, CalendarDate).self).first
            if round == nil {
                let id = try await connection.query(
                    """
                    INSERT INTO reconstitutions (body_id, started_on) VALUES (\(bodyID), \(date))
                    RETURNING reconstitution_id
                    """, logger: logger
                ).collect(Int64.self)[0]
                round = (id, date)
            }
            guard let (id, started) = round else { return 0 }
            if date < started {
                throw StoreError.invalid(
                    "--date: expected a date on or after the round started (\(started.iso)), found \(date.iso)")
            }
            if let instrumentID {
                let owned = try await connection.query(
                    "SELECT 1 FROM instruments WHERE instrument_id = \(instrumentID) AND body_id = \(bodyID)", logger: logger
                ).collect(Int.self)
                if owned.isEmpty { throw StoreError.invalid("instrument \(instrumentID) is not an instrument of this body") }
                try await connection.query(
                    "UPDATE reconstitutions SET instrument_id = \(instrumentID) WHERE reconstitution_id = \(id)",
                    logger: logger)
            }
            try await connection.query(
                """
                INSERT INTO reconstitution_stages (reconstitution_id, stage, reached_on, note)
                VALUES (\(id), \(stage.rawValue), \(date), \(note))
                """, logger: logger)
            return id
        }
    }

    /// Rounds of reconstitution, optionally of one body or authority, oldest first.
    public func reconstitutions(bodyID: BodyID? = nil, laCode: Int? = nil) async throws -> [Reconstitution] {
        try await database.read { connection in
            let rows = try await connection.query(
                """
                SELECT r.reconstitution_id, r.body_id, b.name, r.started_on, r.instrument_id, r.note,
                       coalesce(array_agg(s.stage ORDER BY s.reached_on, s.reconstitution_stage_id)
                                FILTER (WHERE s.stage IS NOT NULL), '{}'),
                       coalesce(array_agg(s.reached_on - date '1970-01-01' ORDER BY s.reached_on, s.reconstitution_stage_id)
                                FILTER (WHERE s.stage IS NOT NULL), '{}'),
                       coalesce(array_agg(s.reconstitution_stage_id ORDER BY s.reached_on, s.reconstitution_stage_id)
                                FILTER (WHERE s.stage IS NOT NULL), '{}')
                FROM reconstitutions r JOIN governing_bodies b USING (body_id)
                LEFT JOIN reconstitution_stages s USING (reconstitution_id)
                WHERE (\(bodyID)::bigint IS NULL OR r.body_id = \(bodyID))
                  AND (\(laCode)::integer IS NULL OR b.la_code = \(laCode))
                GROUP BY r.reconstitution_id, b.name ORDER BY b.name, r.started_on
                """, logger: logger)
            return try await rows.collect((Int64, BodyID, String, CalendarDate, Int64?, String?, [String], [Int], [Int64]).self)
                .map { r in
                    let stages = zip(zip(r.6, r.7), r.8).compactMap { stage, id in
                        ReconstitutionStage(rawValue: stage.0).map {
                            Reconstitution.StageReached(stage: $0, reachedOn: CalendarDate(daysSinceEpoch: stage.1), id: id)
                        }
                    }
                    return Reconstitution(
                        id: r.0, bodyID: r.1, bodyName: r.2, startedOn: r.3, instrumentID: r.4, note: r.5,
                        stages: stages)
                }
        }
    }
}

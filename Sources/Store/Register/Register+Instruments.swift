import Governance
import PostgresNIO

extension Register {
    /// Records an instrument of government; returns its id.
    public func addInstrument(_ instrument: NewInstrument) async throws -> Int64 {
        if let problem = instrument.problems().first { throw StoreError.invalid(problem) }
        return try await database.write { connection in
            let id = try await connection.query(
                """
                INSERT INTO instruments (body_id, made_on, effective_from, regulations, head_is_governor, note, draft,
                                         staff_eligible_co_opted)
                VALUES (\(instrument.bodyID), \(instrument.madeOn), \(instrument.effectiveFrom),
                        \(Int16(instrument.regulations)), \(instrument.headIsGovernor), \(instrument.note), \(instrument.draft),
                        \(Int16(clamping: instrument.staffEligibleCoOpted)))
                RETURNING instrument_id
                """, logger: logger
            ).collect(Int64.self)[0]
            for seat in instrument.seats {
                try await connection.query(
                    """
                    INSERT INTO instrument_seats (instrument_id, category, seats, term_years)
                    VALUES (\(id), \(seat.category), \(seat.seats), \(seat.termYears.map(Int16.init)))
                    """, logger: logger)
            }
            return id
        }
    }

    /// A body's instruments, oldest first.
    public func instruments(bodyID: BodyID) async throws -> [InstrumentRecord] {
        try await instrumentRecords(bodyIDs: [bodyID])
    }

    /// The instruments of several bodies, each body's oldest first.
    func instrumentRecords(bodyIDs: [BodyID]) async throws -> [InstrumentRecord] {
        try await database.read { connection in
            let rows = try await connection.cachedQuery(
                """
                SELECT i.instrument_id, i.body_id, i.made_on, i.effective_from, i.regulations, i.head_is_governor, i.note,
                       i.draft, i.staff_eligible_co_opted,
                       coalesce(array_agg(s.category ORDER BY s.category) FILTER (WHERE s.category IS NOT NULL), '{}'),
                       coalesce(array_agg(s.seats::bigint ORDER BY s.category) FILTER (WHERE s.category IS NOT NULL), '{}'),
                       coalesce(array_agg(coalesce(s.term_years, 0)::smallint ORDER BY s.category)
                                FILTER (WHERE s.category IS NOT NULL), '{}')
                FROM instruments i LEFT JOIN instrument_seats s USING (instrument_id)
                WHERE i.body_id = ANY(\(bodyIDs))
                GROUP BY i.instrument_id ORDER BY i.body_id, i.effective_from
                """, logger: logger)
            return try rows.collect(
                (Int64, BodyID, CalendarDate, CalendarDate, Int16, Bool, String?, Bool, Int16, [String], [Int], [Int16]).self
            ).map { r in
                let seats = zip(r.9, zip(r.10, r.11)).compactMap { name, pair -> SeatAllocation? in
                    guard let category = GovernorCategory(rawValue: name) else { return nil }
                    return SeatAllocation(category: category, seats: pair.0, termYears: pair.1 == 0 ? nil : Int(pair.1))
                }.sorted {
                    GovernorCategory.allCases.firstIndex(of: $0.category)! < GovernorCategory.allCases.firstIndex(
                        of: $1.category)!
                }
                var record = InstrumentRecord(
                    id: r.0, bodyID: r.1, madeOn: r.2, effectiveFrom: r.3, regulations: Int(r.4),
                    headIsGovernor: r.5, note: r.6, seats: seats)
                record.draft = r.7
                record.staffEligibleCoOpted = Int(r.8)
                return record
            }
        }
    }

    /// The instrument in force for a body on a date (the latest adopted one effective on or before
    /// it; drafts are never in force).
    public func instrumentInForce(bodyID: BodyID, on date: CalendarDate) async throws -> InstrumentRecord? {
        try await instruments(bodyID: bodyID).last { !$0.draft && $0.effectiveFrom <= date }
    }
}

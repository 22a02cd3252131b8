import Governance
import PostgresNIO

extension Register {
    /// Every body's reconstitution on `asOf` (of one authority, or all): a few set-based queries,
    /// then the domain's rules per body in memory.
    public func reconstitutionOverview(laCode: Int?, asOf date: CalendarDate, deadline: CalendarDate) async throws
        -> [BodyReconstitution]
    {
        let bodies = try await database.read { connection in
            try await connection.cachedQuery(
                """
                SELECT b.body_id, b.name, b.la_code, count(*)::integer
                FROM governing_bodies b
                JOIN body_schools bs ON bs.body_id = b.body_id
                     AND (bs.joined_on IS NULL OR bs.joined_on <= \(date)) AND (bs.left_on IS NULL OR bs.left_on > \(date))
                JOIN schools s ON s.urn = bs.urn AND s.category IN \(unescaped: Self.maintainedList)
                WHERE (\(laCode)::integer IS NULL OR b.la_code = \(laCode))
                  AND (b.formed_on IS NULL OR b.formed_on <= \(date)) AND (b.dissolved_on IS NULL OR b.dissolved_on >= \(date))
                GROUP BY b.body_id ORDER BY b.name
                """, logger: logger
            ).collect((BodyID, String, Int, Int).self)
        }
        let ids = bodies.map(\.0)
        let instruments = try await instruments(bodyIDs: ids)
        // Only a body with a new instrument has a surplus to work out, and only from those serving
        // when it took effect: reading every appointment ever held was most of the dashboard's time.
        var effective: [BodyID: CalendarDate] = [:]
        for (body, own) in instruments {
            if let new = Self.newInstrument(own, asOf: date) { effective[body] = new.effectiveFrom }
        }
        let appointments = try await members(servingOn: effective)
        let (stages, decisions) = try await database.read { connection in
            let stages = try await connection.cachedQuery(
                """
                SELECT r.body_id, s.stage, s.reached_on
                FROM (SELECT DISTINCT ON (body_id) reconstitution_id, body_id FROM reconstitutions
                      WHERE body_id = ANY(\(ids)) AND started_on <= \(date)
                      ORDER BY body_id, started_on DESC, reconstitution_id DESC) r
                JOIN reconstitution_stages s USING (reconstitution_id)
                WHERE s.reached_on <= \(date) ORDER BY s.reached_on
                """, logger: logger
            ).collect((BodyID, String, CalendarDate).self)
            let decisions = try await connection.cachedQuery(
                """
                SELECT a.body_id, d.appointment_id, d.decided_by, d.decided_on
                FROM surplus_departures d JOIN appointments a USING (appointment_id) WHERE a.body_id = ANY(\(ids))
                """, logger: logger
            ).collect((BodyID, AppointmentID, String, CalendarDate).self)
            return (stages, decisions)
        }
        return bodies.map { body in
            let own = instruments[body.0] ?? []
            let reached = stages.filter { $0.0 == body.0 }.compactMap { row in
                ReconstitutionStage(rawValue: row.1).map { BodyReconstitution.StageReached(stage: $0, reachedOn: row.2) }
            }
            let state = ReconstitutionTracker.state(
                instruments: own.map { .init(effectiveFrom: $0.effectiveFrom, regulations: $0.regulations) },
                stages: reached.map { ($0.stage, $0.reachedOn) }, deadline: deadline, asOf: date)
            let newInstrument = Self.newInstrument(own, asOf: date)
            let departures = decisions.filter { $0.0 == body.0 }.compactMap { row in
                DepartureAuthority(rawValue: row.2).map {
                    DepartureDecision(appointmentID: row.1, decidedBy: $0, decidedOn: row.3)
                }
            }
            return BodyReconstitution.review(
                bodyID: body.0, bodyName: body.1, laCode: body.2, state: state, stages: reached,
                newInstrument: newInstrument?.domain(schoolsGoverned: body.3),
                appointments: appointments[body.0] ?? [], decisions: departures, asOf: date)
        }
    }

    /// Adopted instruments of many bodies, by body, oldest first (a draft never reconstitutes).
    func instruments(bodyIDs: [BodyID]) async throws -> [BodyID: [InstrumentRecord]] {
        var result: [BodyID: [InstrumentRecord]] = [:]
        for record in try await instrumentRecords(bodyIDs: bodyIDs) where !record.draft {
            result[record.bodyID, default: []].append(record)
        }
        return result
    }

    /// Appointments of many bodies, by body.
    func appointments(bodyIDs: [BodyID]) async throws -> [BodyID: [Appointment]] {
        let rows = try await database.read { connection in
            try await connection.query(
                """
                SELECT \(unescaped: Self.appointmentColumns)
                FROM appointments a JOIN people p USING (person_id) JOIN governing_bodies b USING (body_id)
                WHERE a.body_id = ANY(\(bodyIDs))
                """, logger: logger
            ).collect(AppointmentRow.self).map(Self.appointment)
        }
        return Dictionary(grouping: rows, by: \.bodyID)
    }

    /// The latest instrument under the 2012 regulations made by `date` (the one a body
    /// reconstitutes under), if any.
    static func newInstrument(_ instruments: [InstrumentRecord], asOf date: CalendarDate) -> InstrumentRecord? {
        instruments.filter { $0.regulations == 2012 && $0.madeOn <= date }.max { $0.effectiveFrom < $1.effectiveFrom }
    }

    /// The appointments serving on each body on its date (`govmon_serves`, docs/glossary.md),
    /// with only what the constitution checks read.
    func members(servingOn dates: [BodyID: CalendarDate]) async throws -> [BodyID: [MemberAppointment]] {
        guard !dates.isEmpty else { return [:] }
        let bodies = Array(dates.keys)
        let rows = try await database.read { connection in
            try await connection.cachedQuery(
                """
                SELECT a.appointment_id, a.person_id, a.body_id, a.category, a.role, a.ex_officio, a.employed_at_school,
                       a.start_date, a.term_end, a.ended_on
                FROM unnest(\(bodies)::bigint[], \(bodies.map { dates[$0]!.iso })::date[]) AS e(body_id, on_date)
                JOIN appointments a ON a.body_id = e.body_id AND govmon_serves(a.start_date, a.ended_on, e.on_date)
                """, logger: logger
            ).collect(
                (
                    AppointmentID, PersonID, BodyID, GovernorCategory, GovernorRole, Bool, Bool, CalendarDate, CalendarDate?,
                    CalendarDate?
                ).self)
        }
        var result: [BodyID: [MemberAppointment]] = [:]
        for r in rows {
            result[r.2, default: []].append(
                MemberAppointment(
                    id: r.0, personID: r.1, category: r.3, role: r.4, exOfficio: r.5, employedAtSchool: r.6, startDate: r.7,
                    termEnd: r.8, endedOn: r.9))
        }
        return result
    }
}

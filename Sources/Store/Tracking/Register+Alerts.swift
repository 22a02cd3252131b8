import Governance
import Logging
import PostgresNIO

extension Register {
    // The tracking lock's key, shared by every govmon process (the service's scheduler takes it too).
    static let trackingLockKey: Int64 = 0x676F_766D_6F6E_02

    /// Records what the checks found on `asOf`, idempotently, in one transaction under an advisory
    /// lock: a finding with no open alert raises one; one still found updates the open alert's
    /// wording; an open alert no longer found is resolved. Every raise and resolve is logged.
    public func recordTracking(_ findings: [AlertFinding], asOf date: CalendarDate) async throws -> TrackingRunResult {
        try await database.write { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.trackingLockKey))", logger: logger)
            let run = try await connection.query(
                """
                INSERT INTO tracking_runs (as_of, raised, resolved, still_open) VALUES (\(date), 0, 0, 0)
                RETURNING tracking_run_id
                """, logger: logger
            ).collect(Int64.self)[0]
            try await connection.query(
                """
                CREATE TEMP TABLE found (
                    check_name text NOT NULL, subject text NOT NULL, body_id bigint, la_code integer,
                    severity text NOT NULL, message text NOT NULL, due_on date
                ) ON COMMIT DROP
                """, logger: logger)
            try await connection.copyFrom(
                table: "found", columns: ["check_name", "subject", "body_id", "la_code", "severity", "message", "due_on"],
                logger: logger
            ) { writer in
                var buffer = CopyTextBuffer()
                for f in findings {
                    buffer.append([
                        f.check, f.subject, f.bodyID.map(String.init), f.laCode.map(String.init),
                        f.severity.rawValue, f.message, f.dueOn?.iso,
                    ])
                    if buffer.isFull { try await writer.write(buffer.take()) }
                }
                if !buffer.isEmpty { try await writer.write(buffer.take()) }
            }
            // Alerts first, their events in a second statement: row-level security checks an
            // event against its alert, and a statement cannot see rows its own CTE inserted.
            let raisedIDs = try await connection.query(
                """
                INSERT INTO alerts (check_name, subject, body_id, la_code, severity, message, due_on, raised_on)
                SELECT f.check_name, f.subject, f.body_id, f.la_code, f.severity, f.message, f.due_on, \(date)
                FROM found f
                WHERE NOT EXISTS (SELECT 1 FROM alerts a WHERE a.resolved_on IS NULL
                                  AND a.check_name = f.check_name AND a.subject = f.subject)
                RETURNING alert_id
                """, logger: logger
            ).collect(Int64.self)
            try await logEvents(raisedIDs, "raised", run: run, on: date, connection)
            // A statement's CTEs see the rows as they were before it, so `before` holds the old
            // severity: a change (a warning that is now overdue) is an event the webhook hears.
            let changedIDs = try await connection.query(
                """
                WITH before AS (SELECT alert_id, severity FROM alerts WHERE resolved_on IS NULL),
                updated AS (
                    UPDATE alerts a SET severity = f.severity, message = f.message, due_on = f.due_on
                    FROM found f
                    WHERE a.resolved_on IS NULL AND a.check_name = f.check_name AND a.subject = f.subject
                      AND (a.severity, a.message, a.due_on) IS DISTINCT FROM (f.severity, f.message, f.due_on)
                    RETURNING a.alert_id, a.severity)
                SELECT u.alert_id FROM updated u JOIN before b USING (alert_id) WHERE b.severity <> u.severity
                """, logger: logger
            ).collect(Int64.self)
            try await logEvents(changedIDs, "severity_changed", run: run, on: date, connection)
            // Only the deadline checks' own alerts, and (through row-level security) only those of
            // the authorities this run could see: a run for one authority leaves the others' alone.
            let resolvedIDs = try await connection.query(
                """
                UPDATE alerts a SET resolved_on = greatest(\(date), a.raised_on)
                WHERE a.resolved_on IS NULL AND a.check_name = ANY(\(DeadlineChecks.rules.map(\.name)))
                  AND NOT EXISTS (SELECT 1 FROM found f WHERE f.check_name = a.check_name AND f.subject = a.subject)
                RETURNING alert_id
                """, logger: logger
            ).collect(Int64.self)
            try await logEvents(resolvedIDs, "resolved", run: run, on: date, connection)
            let raised = raisedIDs.count, resolved = resolvedIDs.count
            let open = try await count("SELECT count(*) FROM alerts WHERE resolved_on IS NULL", on: connection)
            try await connection.query(
                """
                UPDATE tracking_runs SET raised = \(raised), resolved = \(resolved), still_open = \(open)
                WHERE tracking_run_id = \(run)
                """, logger: logger)
            return TrackingRunResult(
                runID: run, asOf: date, found: findings.count, raised: raised, resolved: resolved,
                stillOpen: open)
        }
    }

    /// Alerts, newest first: only open ones with `openOnly`, optionally of one body or authority.
    public func alerts(openOnly: Bool, bodyID: BodyID? = nil, laCode: Int? = nil) async throws -> [Alert] {
        try await alerts(openOnly: openOnly, bodyID: bodyID, laCode: laCode, ids: nil)
    }

    /// The alerts with these ids.
    public func alerts(ids: [Int64]) async throws -> [Alert] {
        try await alerts(openOnly: false, bodyID: nil, laCode: nil, ids: ids)
    }

    /// The alerts `filter` names, in the listing's order; states are judged on `date`.
    public func alerts(matching filter: AlertFilter, on date: CalendarDate) async throws -> [Alert] {
        // Every state but resolved is an unresolved alert: those are found in SQL, the rest on `date`.
        let unresolvedOnly = filter.states.map { !$0.contains(.resolved) } ?? false
        let candidates = try await alerts(
            openOnly: unresolvedOnly, bodyID: filter.bodyID, laCode: filter.laCode, ids: filter.ids, check: filter.check,
            severity: filter.severity?.rawValue, assignee: filter.assignee)
        guard let states = filter.states else { return candidates }
        return candidates.filter { states.contains($0.state(on: date)) }
    }

    /// Applies a triage action to these alerts as the register's actor on `date`: the alert's
    /// state changes and an event keeps who, when and why. Resolved alerts are left alone (they
    /// are history); answers the ids acted on.
    public func triageAlerts(_ ids: [Int64], _ action: AlertTriageAction, on date: CalendarDate) async throws -> [Int64] {
        guard !ids.isEmpty else { return [] }
        return try await database.write { connection in
            let acted: [Int64]
            switch action {
            case .acknowledge:
                acted = try await connection.query(
                    """
                    UPDATE alerts SET acknowledged_on = \(date)
                    WHERE alert_id = ANY(\(ids)) AND resolved_on IS NULL RETURNING alert_id
                    """, logger: logger
                ).collect(Int64.self)
            case .assign(let person):
                acted = try await connection.query(
                    """
                    UPDATE alerts SET assignee = \(person)
                    WHERE alert_id = ANY(\(ids)) AND resolved_on IS NULL RETURNING alert_id
                    """, logger: logger
                ).collect(Int64.self)
            case .snooze(let until, _):
                acted = try await connection.query(
                    """
                    UPDATE alerts SET snoozed_until = \(until)
                    WHERE alert_id = ANY(\(ids)) AND resolved_on IS NULL RETURNING alert_id
                    """, logger: logger
                ).collect(Int64.self)
            case .note:
                acted = try await connection.query(
                    "SELECT alert_id FROM alerts WHERE alert_id = ANY(\(ids))", logger: logger
                ).collect(Int64.self)
            }
            try await connection.query(
                """
                INSERT INTO alert_events (alert_id, event, occurred_on, actor, detail, notified_at)
                SELECT id, \(action.event), \(date), \(database.actor), \(action.detail), now()
                FROM unnest(\(acted)::bigint[]) AS t(id)
                """, logger: logger)
            return acted.sorted()
        }
    }

    /// An alert's events, oldest first: what tracking found and what officers did.
    public func alertEvents(_ id: Int64) async throws -> [(event: String, on: CalendarDate, actor: String?, detail: String?)] {
        try await database.read { connection in
            try await connection.query(
                """
                SELECT event, occurred_on, actor, detail FROM alert_events WHERE alert_id = \(id)
                ORDER BY alert_event_id
                """, logger: logger
            ).collect((String, CalendarDate, String?, String?).self).map { (event: $0.0, on: $0.1, actor: $0.2, detail: $0.3) }
        }
    }

    private func alerts(
        openOnly: Bool, bodyID: BodyID?, laCode: Int?, ids: [Int64]?, check: String? = nil, severity: String? = nil,
        assignee: String? = nil
    ) async throws -> [Alert] {
        try await database.read { connection in
            var filters = FilterClause()
            filters.add("a.resolved_on IS NULL", when: openOnly)
            try filters.add(bodyID) { "a.body_id = \($0)" }
            try filters.add(laCode) { "a.la_code = \($0)" }
            try filters.add(ids) { "a.alert_id = ANY(\($0))" }
            try filters.add(check) { "a.check_name = \($0)" }
            try filters.add(severity) { "a.severity = \($0)" }
            try filters.add(assignee) { "a.assignee = \($0)" }
            return try await connection.cachedQuery(
                filters.query(
                    """
                    SELECT a.alert_id, a.check_name, a.subject, a.body_id, b.name, a.la_code, a.severity, a.message, a.due_on,
                           a.raised_on, a.resolved_on, a.assignee, a.acknowledged_on, a.snoozed_until
                    FROM alerts a LEFT JOIN governing_bodies b USING (body_id)
                    {where}
                    ORDER BY a.resolved_on IS NULL DESC, CASE a.severity WHEN 'overdue' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
                             a.check_name, a.due_on NULLS LAST, a.alert_id
                    """), logger: logger
            ).collect(AlertRow.self).map(Self.alert)
        }
    }

    private typealias AlertRow = (
        Int64, String, String, BodyID?, String?, Int?, String, String, CalendarDate?, CalendarDate, CalendarDate?, String?,
        CalendarDate?, CalendarDate?
    )

    private static func alert(_ r: AlertRow) -> Alert {
        Alert(
            id: r.0, check: r.1, subject: r.2, bodyID: r.3, bodyName: r.4, laCode: r.5,
            severity: AlertFinding.Severity(rawValue: r.6) ?? .warning, message: r.7, dueOn: r.8, raisedOn: r.9,
            resolvedOn: r.10, rule: DeadlineChecks.rule(named: r.1) ?? otherRules[r.1] ?? "", assignee: r.11,
            acknowledgedOn: r.12, snoozedUntil: r.13)
    }

    private func logEvents(
        _ ids: [Int64], _ event: String, run: Int64, on date: CalendarDate, _ connection: PostgresConnection
    ) async throws {
        guard !ids.isEmpty else { return }
        try await connection.query(
            """
            INSERT INTO alert_events (alert_id, tracking_run_id, event, occurred_on)
            SELECT id, \(run), \(event), \(date) FROM unnest(\(ids)::bigint[]) AS t(id)
            """, logger: logger)
    }

    func count(_ query: PostgresQuery, on connection: PostgresConnection) async throws -> Int {
        try await connection.query(query, logger: logger).collect(Int.self).first ?? 0
    }
}

extension Register {
    /// The rules of alerts that no deadline check raises.
    static let otherRules: [String: String] = [
        retentionHeldCheck:
            "A retention run that would erase or pseudonymise more than retention.large_share of what is held waits "
            + "for an officer's confirmation (docs/data-protection.md)"
    ]

    /// The alerts a tracking run raised and resolved.
    public func alertEvents(trackingRunID: Int64) async throws -> (raised: [Alert], resolved: [Alert]) {
        let events = try await database.read { connection in
            try await connection.query(
                "SELECT alert_id, event FROM alert_events WHERE tracking_run_id = \(trackingRunID)", logger: logger
            ).collect((Int64, String).self)
        }
        let all = try await alerts(ids: events.map(\.0))
        let byID = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
        return (
            events.filter { $0.1 == "raised" }.compactMap { byID[$0.0] },
            events.filter { $0.1 == "resolved" }.compactMap { byID[$0.0] }
        )
    }
}

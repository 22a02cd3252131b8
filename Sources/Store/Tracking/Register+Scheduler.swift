import Foundation
import Governance
import Logging
import PostgresNIO

extension Register {
    // The scheduler's lock key, shared by every replica.
    static let schedulerLockKey: Int64 = 0x676F_766D_6F6E_03

    /// Runs `work` for a scheduled slot unless another replica holds the scheduler lock or the
    /// slot has already been run, then `afterwards` (whether or not the slot ran) while still
    /// holding the lock. The lock is a session advisory lock on a connection held for the whole
    /// run: if this process dies, PostgreSQL drops the connection and the lock with it, the slot
    /// stays unrecorded, and another replica runs it on its next tick.
    /// - Returns: the tracking run id, or nil when this replica did not run the slot.
    public func runScheduledSlot(
        _ slot: Date, replica: String, work: @Sendable () async throws -> Int64,
        afterwards: @Sendable () async -> Void = {}
    ) async throws -> Int64? {
        try await database.translatingErrors {
            try await database.client.withConnection { connection in
                let locked =
                    try await connection.query(
                        "SELECT pg_try_advisory_lock(\(Self.schedulerLockKey))", logger: logger
                    ).collect(Bool.self).first ?? false
                guard locked else { return nil }
                do {
                    let done =
                        try await connection.query(
                            "SELECT count(*) FROM scheduled_runs WHERE slot = \(slot)", logger: logger
                        ).collect(Int.self).first ?? 0
                    var result: Int64? = nil
                    if done == 0 {
                        let run = try await work()
                        try await connection.query(
                            "INSERT INTO scheduled_runs (slot, ran_by, tracking_run_id) VALUES (\(slot), \(replica), \(run))",
                            logger: logger)
                        result = run
                    }
                    await afterwards()
                    try await connection.query("SELECT pg_advisory_unlock(\(Self.schedulerLockKey))", logger: logger)
                    return result
                } catch {
                    _ = try? await connection.query("SELECT pg_advisory_unlock(\(Self.schedulerLockKey))", logger: logger)
                    throw error
                }
            }
        }
    }

    /// Alert events not yet delivered to the webhook, oldest first, at most `limit`.
    public func undeliveredAlertEvents(limit: Int = 1_000) async throws -> [(
        eventID: Int64, runID: Int64, event: String, alert: Alert
    )] {
        let events = try await database.read { connection in
            try await connection.query(
                """
                SELECT alert_event_id, tracking_run_id, event, alert_id FROM alert_events
                WHERE notified_at IS NULL AND tracking_run_id IS NOT NULL ORDER BY alert_event_id LIMIT \(limit)
                """, logger: logger
            ).collect((Int64, Int64, String, Int64).self)
        }
        guard !events.isEmpty else { return [] }
        let byID = Dictionary(uniqueKeysWithValues: try await alerts(ids: events.map(\.3)).map { ($0.id, $0) })
        return events.compactMap { e in byID[e.3].map { (e.0, e.1, e.2, $0) } }
    }

    /// Records that the webhook received these events.
    public func markAlertEventsDelivered(_ eventIDs: [Int64]) async throws {
        try await database.write { connection in
            try await connection.query(
                "UPDATE alert_events SET notified_at = now() WHERE alert_event_id = ANY(\(eventIDs))", logger: logger)
        }
    }

    /// How many scheduled slots ran, and how many tracking runs exist (for tests and /metrics).
    public func schedulerCounts() async throws -> (slots: Int, trackingRuns: Int, openAlerts: Int) {
        try await database.read { connection in
            try await connection.query(
                """
                SELECT (SELECT count(*) FROM scheduled_runs), (SELECT count(*) FROM tracking_runs),
                       (SELECT count(*) FROM alerts WHERE resolved_on IS NULL)
                """, logger: logger
            ).collect((Int, Int, Int).self)[0]
        }
    }
}

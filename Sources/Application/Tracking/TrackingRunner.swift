import Foundation
import Governance
import Store

/// One tracking run: load the register once (set-based), run every deadline check in memory,
/// record the alerts idempotently. The one-shot command (`govmon track run`, for cron or a systemd
/// timer) and the service's scheduler both call this.
public struct TrackingRunner: Sendable {
    public let register: Register
    public let thresholds: TrackingThresholds

    public init(register: Register, thresholds: TrackingThresholds) {
        self.register = register
        self.thresholds = thresholds
    }

    /// What a run did and how long its parts took.
    public struct Outcome: Sendable {
        public var result: TrackingRunResult
        /// Findings by check name.
        public var foundByCheck: [String: Int]
        public var loadSeconds: Double
        public var checkSeconds: Double
        public var recordSeconds: Double
    }

    /// Runs every check on `asOf` and records the alerts.
    public func run(asOf date: CalendarDate) async throws -> Outcome {
        let started = Date()
        let inputs = try await register.trackingInputs(asOf: date, deadline: thresholds.reconstitutionDeadline)
        let loaded = Date()
        let findings = DeadlineChecks.run(inputs, thresholds)
        let checked = Date()
        let result = try await register.recordTracking(findings, asOf: date)
        let recorded = Date()
        return Outcome(
            result: result, foundByCheck: Dictionary(grouping: findings, by: \.check).mapValues(\.count),
            loadSeconds: loaded.timeIntervalSince(started), checkSeconds: checked.timeIntervalSince(loaded),
            recordSeconds: recorded.timeIntervalSince(checked))
    }
}

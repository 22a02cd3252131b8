import Foundation
import Governance
import Logging
import Metrics
import ServiceLifecycle
import Store
import Tracking

/// Runs `govmon track run` (and then `govmon retention run`) on a schedule inside the service. Every replica ticks; on each tick it
/// takes the scheduler's advisory lock if it can and runs the latest slot unless a replica has
/// already run it, so with several replicas each slot runs exactly once. If the replica running
/// a slot dies, its connection and lock go with it and another replica runs the slot on its next tick.
public struct TrackingScheduler: Service {
    let register: Register
    let thresholds: TrackingThresholds
    let schedule: ScheduleSpec
    let tick: Duration
    let replica: String
    let timeZone: TimeZone
    let webhook: WebhookNotifier?
    /// Seconds to hold the lock after running (failover drills only; 0 in normal use).
    let holdSeconds: Double
    /// Retention periods applied after each tracking run (nil: retention is left to cron).
    let retention: RetentionPolicy?
    let logger: Logger

    public init(
        register: Register, thresholds: TrackingThresholds, schedule: ScheduleSpec, tick: Duration, replica: String,
        timeZone: TimeZone, webhook: WebhookNotifier?, holdSeconds: Double, retention: RetentionPolicy? = nil,
        logger: Logger
    ) {
        self.register = register
        self.thresholds = thresholds
        self.schedule = schedule
        self.tick = tick
        self.replica = replica
        self.timeZone = timeZone
        self.webhook = webhook
        self.holdSeconds = holdSeconds
        self.retention = retention
        self.logger = logger
    }

    public func run() async throws {
        logger.info("tracking scheduler started", metadata: ["schedule": "\(schedule)", "replica": "\(replica)"])
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await tickOnce()
                try? await Task.sleep(for: tick)
            }
        }
        logger.info("tracking scheduler stopped")
    }

    func tickOnce() async {
        let slot = schedule.latestSlot(atOrBefore: Date())
        do {
            let ran = try await register.runScheduledSlot(
                slot, replica: replica,
                work: {
                    let outcome = try await TrackingRunner(register: register, thresholds: thresholds)
                        .run(asOf: CalendarDate.today(in: timeZone))
                    Counter(label: "govmon_tracking_runs_total").increment()
                    Gauge(label: "govmon_alerts_open").record(outcome.result.stillOpen)
                    logger.info(
                        "tracking run",
                        metadata: [
                            "run": "\(outcome.result.runID)", "raised": "\(outcome.result.raised)",
                            "resolved": "\(outcome.result.resolved)",
                        ])
                    // Retention follows tracking but does not depend on it succeeding again: a held or
                    // failed retention run is logged (and a held one raises an alert), and the slot stands.
                    if let retention { await runRetention(retention) }
                    if holdSeconds > 0 { try await Task.sleep(for: .milliseconds(Int(holdSeconds * 1000))) }
                    return outcome.result.runID
                },
                afterwards: {
                    if let webhook { await webhook.deliverPending(register: register) }
                })
            if let ran { logger.info("ran scheduled slot", metadata: ["slot": "\(slot)", "run": "\(ran)"]) }
        } catch {
            Counter(label: "govmon_scheduled_tracking_failures_total").increment()
            logger.error("scheduled tracking failed; will retry next tick", metadata: ["error": "\(error)"])
        }
    }

    private func runRetention(_ policy: RetentionPolicy) async {
        do {
            let (applied, _) = try await register.runRetention(asOf: CalendarDate.today(in: timeZone), policy: policy)
            logger.info(
                "retention run",
                metadata: [
                    "run": "\(applied.runID)", "declarations_erased": "\(applied.declarationsErased)",
                    "pseudonymised": "\(applied.peoplePseudonymised)",
                ])
        } catch {
            Counter(label: "govmon_retention_failures_total").increment()
            logger.error("scheduled retention did not run", metadata: ["error": "\(error)"])
        }
    }
}

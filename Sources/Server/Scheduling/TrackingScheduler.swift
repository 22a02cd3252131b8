import Application
import Bootstrap
import Foundation
import Governance
import Logging
import Metrics
import ServiceLifecycle
import Store
import Synchronization

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
    /// The slot retention last ran for (in this replica).
    private let retentionSlot = LastSlot()
    let logger: Logger
    /// A date taken as today (`server.today`), else nil for the real date.
    public var fixedToday: CalendarDate?

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
                // A tick whose connection PostgreSQL dropped mid-query can wait on it for ever
                // (seen after a database restart: the service then never finished shutting down).
                // Shutdown does not wait for such a tick: the process ending closes its connection,
                // which releases the advisory lock and rolls back any transaction it had open.
                await Self.untilDoneOrCancelled { await tickOnce() }
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
                    let tracked: Result<TrackingRunner.Outcome, any Error>
                    do {
                        tracked = .success(
                            try await TrackingRunner(register: register, thresholds: thresholds)
                                .run(asOf: (fixedToday ?? CalendarDate.today(in: timeZone))))
                    } catch {
                        tracked = .failure(error)
                    }
                    // Retention does not wait on tracking: a tracking run that keeps failing must
                    // not keep data past its retention period. Once per slot: a failing slot is
                    // retried every tick, and retention has nothing more to do the second time.
                    if let retention, retentionSlot.value.withLock({ $0 }) != slot {
                        await runRetention(retention)
                        retentionSlot.value.withLock { $0 = slot }
                    }
                    let outcome = try tracked.get()
                    Counter(label: "govmon_tracking_runs_total").increment()
                    Gauge(label: "govmon_alerts_open").record(outcome.result.stillOpen)
                    logger.info(
                        "tracking run",
                        metadata: [
                            "run": "\(outcome.result.runID)", "raised": "\(outcome.result.raised)",
                            "resolved": "\(outcome.result.resolved)",
                        ])
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
            let (applied, _) = try await RetentionRun(register: register, policy: policy).run(
                asOf: (fixedToday ?? CalendarDate.today(in: timeZone)))
            logger.info(
                "retention run",
                metadata: [
                    "run": "\(applied.runID)", "declarations_erased": "\(applied.declarationsErased)",
                    "pseudonymised": "\(applied.peoplePseudonymised)",
                    "candidate_answers_erased": "\(applied.candidateAnswersErased)",
                    "candidates_pseudonymised": "\(applied.candidatesPseudonymised)",
                ])
        } catch {
            Counter(label: "govmon_retention_failures_total").increment()
            logger.error("scheduled retention did not run", metadata: ["error": "\(error)"])
        }
    }
}

extension TrackingScheduler {
    /// Runs `work` in a task of its own and returns when it ends or when the caller is cancelled,
    /// whichever comes first (the work is then cancelled and left to end on its own).
    static func untilDoneOrCancelled(_ work: @escaping @Sendable () async -> Void) async {
        let waiter = ResumeOnce()
        let task = Task {
            await work()
            waiter.resume()
        }
        await waiter.wait { task.cancel() }
    }
}

/// A slot remembered across ticks (a class, so that the scheduler stays a copyable value).
final class LastSlot: Sendable {
    let value = Mutex<Date?>(nil)
}

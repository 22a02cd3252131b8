import Governance
import Store

/// Retention (docs/data-protection.md): who would be erased or pseudonymised on a date, and the
/// run itself, held when it would act on an unusually large share unless confirmed. The command
/// line, the service's route and its daily slot all run retention through this.
public struct RetentionRun: Sendable {
    public let register: Register
    public let policy: RetentionPolicy

    public init(register: Register, policy: RetentionPolicy) {
        self.register = register
        self.policy = policy
    }

    /// Who a run on `asOf` would act on, names included (a dry run, for an officer to check).
    public func plan(asOf: CalendarDate) async throws -> [RetentionCandidate] {
        try await register.retentionPlan(asOf: asOf, policy: policy)
    }

    /// Which candidates' records a run on `asOf` would erase or pseudonymise, names included.
    public func candidatePlan(asOf: CalendarDate) async throws -> [CandidateRetentionEntry] {
        try await register.candidateRetentionPlan(asOf: asOf, policy: policy)
    }

    /// Applies the periods on `asOf`; a large run waits for `confirmedLarge` (and raises an alert).
    public func run(asOf: CalendarDate, confirmedLarge: Bool = false) async throws -> (RetentionOutcome, [RetentionCandidate]) {
        try await register.runRetention(asOf: asOf, policy: policy, confirmedLarge: confirmedLarge)
    }
}

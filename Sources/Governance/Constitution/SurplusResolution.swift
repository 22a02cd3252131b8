import Foundation

/// Whether one category's reconstitution surplus is resolved on a date by recorded departures.
public struct SurplusResolution: Sendable, Codable, Hashable {
    /// A recorded decision that does not count, and why.
    public struct IgnoredDecision: Sendable, Codable, Hashable {
        /// The decision.
        public let decision: DepartureDecision
        /// Why it does not count, as a sentence.
        public let reason: String

        /// Makes an ignored-decision record.
        public init(decision: DepartureDecision, reason: String) {
            self.decision = decision
            self.reason = reason
        }
    }

    /// The surplus being resolved.
    public let surplus: CategorySurplus
    /// The decisions that count (one per appointment, the earliest valid one).
    public let counted: [DepartureDecision]
    /// The decisions about this category's governors that do not count, with reasons.
    public let ignored: [IgnoredDecision]
    /// The finding: ok when resolved, a warning while governors remain to leave.
    public let finding: ConstitutionFinding

    /// Makes a resolution record.
    public init(surplus: CategorySurplus, counted: [DepartureDecision], ignored: [IgnoredDecision], finding: ConstitutionFinding)
    {
        self.surplus = surplus
        self.counted = counted
        self.ignored = ignored
        self.finding = finding
    }

    /// How many still have to leave: the surplus less the departures counted, never below 0.
    public var remaining: Int { max(surplus.surplus - counted.count, 0) }

    /// Whether enough departures are recorded.
    public var isResolved: Bool { remaining == 0 }
}

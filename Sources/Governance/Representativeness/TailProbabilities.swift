import Foundation

/// The two tail probabilities of a count at its observed value k.
public struct TailProbabilities: Sendable, Hashable, Codable {
    /// P(S <= k): how unusual so few would be.
    public let lower: Double
    /// P(S >= k): how unusual so many would be.
    public let upper: Double

    /// Both tails, as given.
    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }
}

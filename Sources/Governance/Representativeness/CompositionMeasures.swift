import Foundation

/// Whole-body measures over the five census broad ethnic groups at once (docs/representativeness.md,
/// "Whole body"): dissimilarity, Rose proportionality, and Rose's expectation under random
/// selection, after Gerring, Jerzak & Öncel (APSR 2024).
///
/// All values are fractions except `seatsToChange` (people). Work is O(5 n) at most.
public struct CompositionMeasures: Sendable, Hashable, Codable {
    /// n: declared members (unknowns excluded).
    public let declared: Int
    /// b_g = k_g / n for each of the five groups.
    public let shares: [EthnicGroup2021: Double]
    /// p_g, the community shares the body is compared with.
    public let communityShares: [EthnicGroup2021: Double]
    /// D = ½ Σ_g |b_g - p_g|, in [0, 1]: the share of seats in the "wrong" group.
    public let dissimilarity: Double
    /// n·D: seats that would have to change group for the body to match the community exactly
    /// (people; usually not a whole number, because n·p_g rarely is).
    public let seatsToChange: Double
    /// R = 1 - D, in [0, 1]; 1 is an exact match.
    public let rose: Double
    /// E[R] = 1 - (1/(2n)) Σ_g E|X_g - n p_g| with X_g ~ Binomial(n, p_g): what a body of n drawn
    /// at random from the community would score on average. A body of 9 cannot match five shares
    /// exactly, so R is judged against this, not against 1.
    public let expectedRose: Double

    /// R - E[R]: above 0, closer to the community than random selection typically is; below 0,
    /// further from it.
    public var roseExcess: Double { rose - expectedRose }

    /// Measures for declared counts per group (missing groups count 0) against community shares
    /// per group (missing groups count 0). Returns nil when no member has declared (n = 0).
    /// Throws when a count is negative, a share is outside [0, 1], or the shares do not sum to 1
    /// within 1e-6 (a profile that leaves people out would bias D).
    public init?(declaredCounts: [EthnicGroup2021: Int], communityShares: [EthnicGroup2021: Double])
        throws(MeasureInputError)
    {
        var total = 0
        var shareSum = 0.0
        for group in EthnicGroup2021.allCases {
            let count = declaredCounts[group] ?? 0
            let share = communityShares[group] ?? 0
            guard count >= 0 else { throw .negativeCount(count) }
            guard share >= 0, share <= 1 else { throw .shareOutOfRange(share) }
            total += count
            shareSum += share
        }
        guard abs(shareSum - 1) <= 1e-6 else { throw .sharesDoNotSumToOne(shareSum) }
        guard total > 0 else { return nil }

        let n = Double(total)
        var shares: [EthnicGroup2021: Double] = [:]
        var community: [EthnicGroup2021: Double] = [:]
        var absoluteGaps = 0.0
        var expectedAbsoluteDeviations = 0.0
        for group in EthnicGroup2021.allCases {
            let b = Double(declaredCounts[group] ?? 0) / n
            let p = communityShares[group] ?? 0
            shares[group] = b
            community[group] = p
            absoluteGaps += abs(b - p)
            // The range check above guarantees the distribution exists; 0 is never reached.
            expectedAbsoluteDeviations +=
                Binomial(trials: total, successProbability: p)?.meanAbsoluteDeviation ?? 0
        }
        declared = total
        self.shares = shares
        self.communityShares = community
        dissimilarity = absoluteGaps / 2
        seatsToChange = n * absoluteGaps / 2
        rose = 1 - absoluteGaps / 2
        expectedRose = 1 - expectedAbsoluteDeviations / (2 * n)
    }
}

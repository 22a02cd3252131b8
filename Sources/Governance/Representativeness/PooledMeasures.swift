import Foundation

/// Measures across many bodies (a borough, a phase, a category of governor), each compared with
/// its own community (docs/representativeness.md, "Across many bodies").
///
/// Cost: O(bodies) to pool, plus one convolution per distinct community share (see
/// `BinomialSum`); 25,000 bodies with 150 distinct shares take well under a second in release.
public struct PooledMeasures: Sendable, Hashable, Codable {
    /// Number of bodies pooled.
    public let bodies: Int
    /// Σ n_i: declared members across all bodies.
    public let totalDeclared: Int
    /// Σ k_i: declared group members across all bodies (observed).
    public let totalInGroup: Int
    /// Σ k_i / Σ n_i; nil when nobody declared.
    public let pooledShare: Double?
    /// Σ n_i p_i / Σ n_i, the community share weighted by declared members; nil when nobody
    /// declared.
    public let communityShare: Double?
    /// Σ n_i p_i: group members expected if every body were drawn at random from its community.
    public let expected: Double
    /// P(Σ X_i <= Σ k_i), X_i ~ Binomial(n_i, p_i) independent, exact (no normal approximation).
    public let lowerTail: Double
    /// P(Σ X_i >= Σ k_i), exact.
    public let upperTail: Double

    /// Expected minus observed (people): positive when the bodies together are short.
    public var shortfall: Double { expected - Double(totalInGroup) }

    /// Pools the observations (an empty list gives zeros, nil shares and tails of 1).
    public init(_ observations: [BodyObservation]) {
        var declared = 0, inGroup = 0
        var weighted = 0.0
        var parts: [Binomial] = []
        parts.reserveCapacity(observations.count)
        for body in observations {
            declared += body.declared
            inGroup += body.inGroup
            weighted += Double(body.declared) * body.communityShare
            // BodyObservation has checked the ranges, so the distribution always exists.
            if let part = Binomial(trials: body.declared, successProbability: body.communityShare) {
                parts.append(part)
            }
        }
        bodies = observations.count
        totalDeclared = declared
        totalInGroup = inGroup
        pooledShare = declared > 0 ? Double(inGroup) / Double(declared) : nil
        communityShare = declared > 0 ? weighted / Double(declared) : nil
        expected = weighted
        let tails = BinomialSum(parts).tails(at: inGroup)
        lowerTail = tails.lower
        upperTail = tails.upper
    }
}

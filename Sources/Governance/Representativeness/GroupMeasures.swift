import Foundation

/// Every per-group measure of docs/representativeness.md ("Per group") for one body and one group,
/// side by side: share, Wilson interval, gap, ratio, expected members, whole-person shortfall,
/// exact binomial tails, bounds and coverage.
///
/// Shares, gaps, bounds and coverage are fractions (0.25 = 25%; a gap of -0.10 is 10 percentage
/// points below). Counts are people. Cost is O(n) in the declared count n (at most 20 terms for a
/// governing body), so 25,000 bodies take milliseconds.
public struct GroupMeasures: Sendable, Hashable, Codable {
    /// N: governors in post (associate members excluded), people.
    public let inPost: Int
    /// u: members in post whose value is unknown (prefer not to say, not asked, objected).
    public let unknown: Int
    /// k: declared members in the group.
    public let inGroup: Int
    /// p: the group's share of the comparator population, a fraction.
    public let communityShare: Double

    /// n = N - u: declared members.
    public var declared: Int { inPost - unknown }
    /// b = k/n, the share of declared members in the group; nil when n = 0.
    public let share: Double?
    /// The Wilson 95% interval for b; nil when n = 0.
    public let interval: WilsonInterval?
    /// b - p, as a fraction (multiply by 100 for percentage points); nil when n = 0.
    public let gap: Double?
    /// b / p (1 = proportional, 0.5 = half as present); nil when p = 0 or n = 0.
    public let ratio: Double?
    /// n·p: how many group members a random draw of n from the community gives on average.
    public let expected: Double
    /// n·p - k, people; at least 1 means a whole person short. Negative when above the community.
    public let shortfall: Double
    /// P(X <= k) for X ~ Binomial(n, p): how unusual so few would be under random selection.
    public let lowerTail: Double
    /// P(X >= k): how unusual so many would be.
    public let upperTail: Double
    /// k/N to (k+u)/N; nil when N = 0.
    public let bounds: ShareBounds?
    /// n/N, how much of the body declared; nil when N = 0.
    public let coverage: Double?

    /// Measures for N in post, u unknown and k declared group members against community share p.
    /// Throws when a count is negative, u > N, k > N - u, or p is outside [0, 1].
    public init(inPost: Int, unknown: Int, inGroup: Int, communityShare: Double)
        throws(MeasureInputError)
    {
        for count in [inPost, unknown, inGroup] where count < 0 {
            throw .negativeCount(count)
        }
        guard unknown <= inPost else {
            throw .moreUnknownThanInPost(unknown: unknown, inPost: inPost)
        }
        guard inGroup <= inPost - unknown else {
            throw .moreInGroupThanDeclared(inGroup: inGroup, declared: inPost - unknown)
        }
        guard let distribution = Binomial(trials: inPost - unknown, successProbability: communityShare)
        else { throw .shareOutOfRange(communityShare) }

        self.inPost = inPost
        self.unknown = unknown
        self.inGroup = inGroup
        self.communityShare = communityShare
        let n = inPost - unknown
        let share: Double? = n > 0 ? Double(inGroup) / Double(n) : nil
        self.share = share
        interval = WilsonInterval(successes: inGroup, trials: n)
        gap = share.map { $0 - communityShare }
        ratio = communityShare > 0 ? share.map { $0 / communityShare } : nil
        expected = distribution.mean
        shortfall = distribution.mean - Double(inGroup)
        lowerTail = distribution.lowerTail(inGroup)
        upperTail = distribution.upperTail(inGroup)
        bounds = ShareBounds(inGroup: inGroup, unknown: unknown, inPost: inPost)
        coverage = inPost > 0 ? Double(n) / Double(inPost) : nil
    }

    /// The smallest j >= 0 such that `n·p - (k + j) < threshold` (default 1, the whole-person
    /// rule): how many declared seats now held by people outside the group would have to go to
    /// group members, with n unchanged, for the shortfall to fall below a whole person.
    ///
    /// j is at most n - k (because n·p <= n), so the declared seats always suffice; what may not
    /// is time. A body whose seats falling free within a horizon are fewer than j cannot reach the
    /// threshold at that round of appointments, however it fills them (see `whatIf`).
    public func seatsToReachThreshold(_ threshold: Double = 1.0) -> Int {
        guard shortfall >= threshold else { return 0 }
        var j = Int((shortfall - threshold).rounded(.down)) + 1
        // Guard the definition exactly as stated, whatever the rounding of shortfall - threshold.
        while shortfall - Double(j) >= threshold { j += 1 }
        while j > 0, shortfall - Double(j - 1) < threshold { j -= 1 }
        return j
    }
}

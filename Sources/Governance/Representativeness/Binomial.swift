import Foundation

/// The binomial distribution: the number of members of a group among `trials` people drawn at
/// random from a community where a share `successProbability` belongs to the group.
///
/// Probabilities are computed in log space (`SaddlePointTerms`), so nothing overflows for n up to
/// and beyond 300,000; tails are exact sums, accurate to about 1e-12 relative, down to results
/// near 1e-300 (smaller results underflow to 0).
public struct Binomial: Sendable, Hashable, Codable {
    /// Number of draws, n >= 0.
    public let trials: Int
    /// Chance that one draw is in the group, 0 <= p <= 1.
    public let successProbability: Double

    /// A binomial distribution, or nil when `trials` is negative or `successProbability` is not in [0, 1].
    public init?(trials: Int, successProbability: Double) {
        guard trials >= 0, successProbability >= 0, successProbability <= 1 else { return nil }
        self.trials = trials
        self.successProbability = successProbability
    }

    /// The expectation n·p (people).
    public var mean: Double { Double(trials) * successProbability }

    /// log P(X = k); -infinity when k is outside 0...n or impossible (e.g. k > 0 when p = 0).
    public func logProbability(of k: Int) -> Double {
        SaddlePointTerms.logProbability(k, trials: trials, p: successProbability, q: 1 - successProbability)
    }

    /// P(X = k), between 0 and 1.
    public func probability(of k: Int) -> Double { exp(logProbability(of: k)) }

    /// The lower tail P(X <= k): how unusual so few group members would be under random selection.
    /// 0 for k < 0, 1 for k >= n.
    public func lowerTail(_ k: Int) -> Double {
        if k < 0 { return 0 }
        if k >= trials { return 1 }
        if successProbability == 0 { return 1 }
        if successProbability == 1 { return 0 }
        // Sum the tail that lies away from the mean (its terms shrink geometrically) and take the
        // complement only when the result is at least about one half, so no digits cancel.
        if Double(k) < mean { return sumDownward(from: k) }
        return max(0, 1 - sumUpward(from: k + 1))
    }

    /// The upper tail P(X >= k): the same question for over-representation. 1 for k <= 0,
    /// 0 for k > n.
    public func upperTail(_ k: Int) -> Double {
        if k <= 0 { return 1 }
        if k > trials { return 0 }
        if successProbability == 0 { return 0 }
        if successProbability == 1 { return 1 }
        if Double(k) > mean { return sumUpward(from: k) }
        return max(0, 1 - sumDownward(from: k - 1))
    }

    /// P(X <= k) for k strictly below the mean: terms fall as j goes down from k.
    private func sumDownward(from k: Int) -> Double {
        let p = successProbability, q = 1 - successProbability
        var term = probability(of: k)
        var sum = term
        var j = k
        while j > 0, term > 0 {
            // t(j-1)/t(j) = j q / ((n - j + 1) p): below 1 for j < (n+1)p, and smaller as j falls.
            let ratio = Double(j) * q / (Double(trials - j + 1) * p)
            term *= ratio
            sum += term
            j -= 1
            // Every later ratio is at most this one, so the rest is at most term·r/(1-r).
            if ratio < 1, term * ratio / (1 - ratio) <= sum * 1e-17 { break }
        }
        return sum
    }

    /// P(X >= k) for k strictly above the mean: terms fall as j goes up from k.
    private func sumUpward(from k: Int) -> Double {
        let p = successProbability, q = 1 - successProbability
        var term = probability(of: k)
        var sum = term
        var j = k
        while j < trials, term > 0 {
            // t(j+1)/t(j) = (n - j) p / ((j + 1) q): below 1 for j > np - q, and falling with j.
            let ratio = Double(trials - j) * p / (Double(j + 1) * q)
            term *= ratio
            sum += term
            j += 1
            if ratio < 1, term * ratio / (1 - ratio) <= sum * 1e-17 { break }
        }
        return sum
    }
}

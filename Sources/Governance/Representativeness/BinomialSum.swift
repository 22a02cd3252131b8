import Foundation

/// The exact distribution of S = Σ X_i with independent X_i ~ Binomial(n_i, p_i) (a
/// Poisson-binomial over people): the number of group members across many bodies if each body's
/// members were drawn at random from its own community.
///
/// Bodies with the same p are merged into one Binomial(Σ n_i, p), which is exact. The distinct
/// binomials are then convolved exactly (see `tails(at:)`), so 25,000 bodies with 150 distinct
/// shares cost one convolution per distinct share, not per body.
public struct BinomialSum: Sendable, Hashable {
    /// The merged components, one per distinct p strictly between 0 and 1, sorted by p.
    public let components: [Binomial]
    /// People certain to be in the group (components with p = 1).
    public let certain: Int

    /// Terms below this fraction of the largest term of a (tilted) distribution are dropped
    /// before and after each convolution. See `tails(at:)` for why the loss is negligible.
    public static let truncation = 1e-40

    /// The sum of these binomials; components with p = 0 contribute nothing and are dropped.
    public init(_ parts: [Binomial]) {
        var trialsByShare: [Double: Int] = [:]
        var certain = 0
        for part in parts where part.trials > 0 {
            if part.successProbability == 1 {
                certain += part.trials
            } else if part.successProbability > 0 {
                trialsByShare[part.successProbability, default: 0] += part.trials
            }
        }
        self.certain = certain
        components = trialsByShare.sorted { $0.key < $1.key }.compactMap {
            Binomial(trials: $0.value, successProbability: $0.key)
        }
    }

    /// E[S] = Σ n_i p_i (people).
    public var mean: Double { Double(certain) + components.reduce(0) { $0 + $1.mean } }

    /// P(S <= k) and P(S >= k), exactly up to rounding (about 1e-12 relative), down to results
    /// near 1e-300.
    ///
    /// Method: exponential tilting keeps the convolution exact while centring it on k. For any
    /// θ, P(S = s) = P_θ(S = s) · e^(-θ s) · Π_j (q_j + p_j e^θ)^(n_j), where under P_θ each
    /// component is Binomial(n_j, p_j e^θ / (q_j + p_j e^θ)). θ is chosen so that E_θ[S] = k; the
    /// tail on the side of k away from the mean is then a sum of P_θ terms near the peak of P_θ,
    /// weighted by e^(-θ(s-k)) <= 1. The other tail is 1 minus that one plus P(S = k), which is
    /// at least about one half, so no digits are lost.
    ///
    /// Truncation bound: terms below `truncation` (1e-40) times the peak of each tilted component
    /// and of each partial convolution are dropped. Because the tilt puts k at the centre, the
    /// tail is made of terms within a few standard deviations of the peak, and the dropped mass
    /// changes it by at most about (support length × number of convolutions × sd × 1e-40)
    /// relative, far below rounding error. (Truncating the untilted distributions at 1e-300 of
    /// their peak would need supports about 2.7 times wider, and would still lose tails below
    /// about 1e-290.)
    public func tails(at k: Int) -> TailProbabilities {
        let free = k - certain
        let maximum = components.reduce(0) { $0 + $1.trials }
        if free < 0 { return TailProbabilities(lower: 0, upper: 1) }
        if free > maximum { return TailProbabilities(lower: 1, upper: 0) }
        if components.isEmpty { return TailProbabilities(lower: 1, upper: 1) }
        if components.count == 1, let only = components.first {
            return TailProbabilities(lower: only.lowerTail(free), upper: only.upperTail(free))
        }
        if free == 0 {
            let allOut = components.reduce(0.0) {
                $0 + Double($1.trials) * log1p(-$1.successProbability)
            }
            return TailProbabilities(lower: exp(allOut), upper: 1)
        }
        if free == maximum {
            let allIn = components.reduce(0.0) { $0 + Double($1.trials) * log($1.successProbability) }
            return TailProbabilities(lower: 1, upper: exp(allIn))
        }
        let belowMean = Double(free) <= mean - Double(certain)
        let (tail, point) = tiltedTail(at: free, lowerSide: belowMean)
        let other = min(1, max(0, 1 - tail + point))
        return belowMean
            ? TailProbabilities(lower: tail, upper: other) : TailProbabilities(lower: other, upper: tail)
    }

    /// The tail P(S' <= k) (or P(S' >= k)) of the non-degenerate part S', and P(S' = k), by the
    /// tilted convolution described on `tails(at:)`. Assumes 0 < k < Σ n_j.
    private func tiltedTail(at k: Int, lowerSide: Bool) -> (tail: Double, point: Double) {
        let theta = tilt(centringOn: Double(k))
        var logNormaliser = 0.0
        var pieces: [TruncatedDistribution] = []
        pieces.reserveCapacity(components.count)
        for component in components {
            let p = component.successProbability
            let logOdds = log(p) - log1p(-p) + theta
            let tiltedP = 1 / (1 + exp(-logOdds))
            let tiltedQ = 1 / (1 + exp(logOdds))
            // log(q + p e^θ), written so that neither e^θ nor e^-θ overflows.
            let logMoment =
                theta <= 0
                ? log1p(p * expm1(theta)) : theta + log1p((1 - p) * expm1(-theta))
            logNormaliser += Double(component.trials) * logMoment
            pieces.append(
                TruncatedDistribution(
                    binomialTrials: component.trials, p: tiltedP, q: tiltedQ,
                    truncation: Self.truncation))
        }
        let total = TruncatedDistribution.convolveAll(pieces, truncation: Self.truncation)
        var sum = 0.0
        let first = total.offset, last = total.offset + total.values.count - 1
        let low = lowerSide ? first : max(first, k)
        let high = lowerSide ? min(last, k) : last
        if low <= high {
            for s in low...high { sum += total.values[s - first] * exp(-theta * Double(s - k)) }
        }
        let pointValue = (first...last).contains(k) ? total.values[k - first] : 0
        let logScale = logNormaliser - theta * Double(k)
        let tail = sum > 0 ? exp(logScale + log(sum)) : 0
        let point = pointValue > 0 ? exp(logScale + log(pointValue)) : 0
        return (min(1, tail), min(1, point))
    }

    /// θ with Σ n_j p_j(θ) = target, where p_j(θ) = p_j e^θ / (q_j + p_j e^θ), by bisection.
    /// Any θ keeps the result exact; a close one only makes the truncation harmless.
    private func tilt(centringOn target: Double) -> Double {
        let logOdds = components.map { log($0.successProbability) - log1p(-$0.successProbability) }
        func tiltedMean(_ theta: Double) -> Double {
            var sum = 0.0
            for (index, component) in components.enumerated() {
                sum += Double(component.trials) / (1 + exp(-(logOdds[index] + theta)))
            }
            return sum
        }
        // Log-odds of a Double in (0, 1) lie within ±745, so ±1,500 brackets every root.
        var low = -1500.0, high = 1500.0
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if middle == low || middle == high { break }
            if tiltedMean(middle) < target { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}

import Foundation

/// A probability vector on the integers offset...offset+count-1 whose negligible ends have been
/// cut off: the working form of the convolution in `BinomialSum`.
struct TruncatedDistribution: Sendable, Hashable {
    /// The value the first entry stands for.
    var offset: Int
    /// Probabilities (all non-negative).
    var values: [Double]

    /// Binomial(n, p) probabilities, from the mode outwards, stopping where a term falls below
    /// `truncation` times the mode's. q is passed separately for accuracy (q = 1 - p).
    init(binomialTrials n: Int, p: Double, q: Double, truncation: Double) {
        let mode = min(n, max(0, Int((Double(n + 1) * p).rounded(.down))))
        let peak = exp(SaddlePointTerms.logProbability(mode, trials: n, p: p, q: q))
        let floor = peak * truncation
        var below: [Double] = []
        var term = peak
        var j = mode
        while j > 0 {
            term *= Double(j) * q / (Double(n - j + 1) * p)
            if !(term >= floor) { break }
            below.append(term)
            j -= 1
        }
        var above: [Double] = []
        term = peak
        j = mode
        while j < n {
            term *= Double(n - j) * p / (Double(j + 1) * q)
            if !(term >= floor) { break }
            above.append(term)
            j += 1
        }
        offset = mode - below.count
        values = below.reversed() + [peak] + above
    }

    /// A distribution given by its parts.
    init(offset: Int, values: [Double]) {
        self.offset = offset
        self.values = values
    }

    /// The distribution of the sum of independent variables with these distributions, convolved
    /// in a balanced tree (pairs, then pairs of pairs) so long vectors meet long vectors only at
    /// the end; each product is trimmed to `truncation` of its peak.
    static func convolveAll(_ parts: [TruncatedDistribution], truncation: Double)
        -> TruncatedDistribution
    {
        var level = parts
        guard !level.isEmpty else { return TruncatedDistribution(offset: 0, values: [1]) }
        while level.count > 1 {
            var next: [TruncatedDistribution] = []
            next.reserveCapacity((level.count + 1) / 2)
            var index = 0
            while index + 1 < level.count {
                next.append(level[index].convolved(with: level[index + 1], truncation: truncation))
                index += 2
            }
            if index < level.count { next.append(level[index]) }
            level = next
        }
        return level[0]
    }

    /// The distribution of the sum of two independent variables, trimmed at `truncation` of its
    /// peak. Direct O(a·b) summation of non-negative terms, so every entry keeps full relative
    /// precision (an FFT would not, in the tails).
    func convolved(with other: TruncatedDistribution, truncation: Double) -> TruncatedDistribution {
        let (short, long) = values.count <= other.values.count ? (values, other.values) : (other.values, values)
        var product = [Double](repeating: 0, count: short.count + long.count - 1)
        short.withUnsafeBufferPointer { s in
            long.withUnsafeBufferPointer { l in
                product.withUnsafeMutableBufferPointer { out in
                    for i in 0..<s.count {
                        let weight = s[i]
                        if weight == 0 { continue }
                        // The inner loop runs over the longer vector so it vectorises well.
                        for j in 0..<l.count { out[i + j] += weight * l[j] }
                    }
                }
            }
        }
        return TruncatedDistribution(offset: offset + other.offset, values: product).trimmed(truncation)
    }

    /// The same distribution without leading and trailing entries below `truncation` × peak.
    func trimmed(_ truncation: Double) -> TruncatedDistribution {
        guard let peak = values.max(), peak > 0 else { return self }
        let floor = peak * truncation
        guard let first = values.firstIndex(where: { $0 >= floor }),
            let last = values.lastIndex(where: { $0 >= floor })
        else { return self }
        return TruncatedDistribution(offset: offset + first, values: Array(values[first...last]))
    }
}

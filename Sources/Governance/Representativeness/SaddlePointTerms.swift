import Foundation

/// The two correction terms of Catherine Loader's saddle-point form of the binomial probability
/// ("Fast and accurate computation of binomial probabilities", 2000; the method behind R's
/// `dbinom`). Writing the log-probability this way avoids the cancellation of
/// `lgamma(n+1) - lgamma(k+1) - lgamma(n-k+1)`, whose terms reach 3.5e6 at n = 300,000 and would
/// leave only about nine correct digits.
enum SaddlePointTerms {
    /// log(sqrt(2π)).
    static let logSqrtTwoPi = 0.918_938_533_204_672_741_780_329_736_406

    /// Stirling's error `log(x!) - log(sqrt(2πx) (x/e)^x)` for x > 0 (the gap between log x! and
    /// its Stirling approximation). Positive, about 1/(12x).
    static func stirlingError(_ x: Double) -> Double {
        if x <= 15 {
            // lgamma is accurate to a few ulps here (values below 28) and the result is above
            // 0.005, so the direct difference keeps about 13 significant digits.
            return lgamma(x + 1) - (x + 0.5) * log(x) + x - logSqrtTwoPi
        }
        // Stirling's series: coefficients 1/12, 1/360, 1/1260, 1/1680, 1/1188; the first
        // omitted term is below 1e-16 of the result for x > 15.
        let s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188
        let xx = x * x
        if x > 500 { return (s0 - s1 / xx) / x }
        if x > 80 { return (s0 - (s1 - s2 / xx) / xx) / x }
        if x > 35 { return (s0 - (s1 - (s2 - s3 / xx) / xx) / xx) / x }
        return (s0 - (s1 - (s2 - (s3 - s4 / xx) / xx) / xx) / xx) / x
    }

    /// The deviance term `x log(x/m) + m - x` (non-negative), computed without cancellation when
    /// x is close to m by its series in v = (x-m)/(x+m).
    static func deviance(_ x: Double, _ m: Double) -> Double {
        guard abs(x - m) < 0.1 * (x + m) else { return x * log(x / m) + m - x }
        var v = (x - m) / (x + m)
        var sum = (x - m) * v
        var term = 2 * x * v
        v *= v
        var j = 3.0
        // Converges geometrically (v² < 0.01); 1,000 is a guard that is never reached.
        for _ in 0..<1000 {
            term *= v
            let next = sum + term / j
            if next == sum { return next }
            sum = next
            j += 2
        }
        return sum
    }

    /// log P(X = k) for X ~ Binomial(n, p), with q = 1 - p passed separately so that callers who
    /// know q more accurately than `1 - p` can use it. -infinity when k is impossible.
    /// Assumes 0 <= p, q <= 1 and p + q = 1.
    static func logProbability(_ k: Int, trials n: Int, p: Double, q: Double) -> Double {
        guard k >= 0, k <= n else { return -.infinity }
        if p == 0 { return k == 0 ? 0 : -.infinity }
        if q == 0 { return k == n ? 0 : -.infinity }
        let nn = Double(n)
        if k == 0 {
            // For small p, n log(q) loses digits; the deviance form does not.
            return p < 0.1 ? -deviance(nn, nn * q) - nn * p : nn * log(q)
        }
        if k == n {
            return q < 0.1 ? -deviance(nn, nn * p) - nn * q : nn * log(p)
        }
        let x = Double(k)
        let y = nn - x
        let exponent =
            stirlingError(nn) - stirlingError(x) - stirlingError(y)
            - deviance(x, nn * p) - deviance(y, nn * q)
        // log of 2π x y / n from the exact integers x, y and n: Loader's log1p(-x/n) would lose
        // digits when y = n - x is small (the rounding of x/n is then large relative to y/n).
        let logScale = 2 * logSqrtTwoPi + log(x) + log(y) - log(nn)
        return exponent - 0.5 * logScale
    }
}

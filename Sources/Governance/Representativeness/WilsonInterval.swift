import Foundation

/// The Wilson (1927) score interval for a share k/n: the shares this body is consistent with.
public struct WilsonInterval: Sendable, Hashable, Codable {
    /// z for a two-sided 95% interval: the 0.975 quantile of the standard normal,
    /// 1.959963984540054 (what statsmodels' `proportion_confint(..., method="wilson")` uses), not
    /// the rounded 1.96 of docs/representativeness.md.
    public static let z95 = 1.959_963_984_540_054

    /// Lower end, a fraction in [0, 1]; exactly 0 when k = 0.
    public let lower: Double
    /// Upper end, a fraction in [0, 1]; exactly 1 when k = n.
    public let upper: Double

    /// The interval `(k + z²/2 ± z sqrt(k(n-k)/n + z²/4)) / (n + z²)` for k of n, or nil when
    /// n = 0 (no declared members: nothing to estimate) or k is outside 0...n.
    public init?(successes k: Int, trials n: Int, z: Double = WilsonInterval.z95) {
        guard n > 0, k >= 0, k <= n else { return nil }
        let kk = Double(k), nn = Double(n), z2 = z * z
        let centre = (kk + z2 / 2) / (nn + z2)
        let halfWidth = z * (kk * (nn - kk) / nn + z2 / 4).squareRoot() / (nn + z2)
        // At k = 0 and k = n the ends are 0 and 1 exactly; the formula would leave ~1e-17.
        lower = k == 0 ? 0 : max(0, centre - halfWidth)
        upper = k == n ? 1 : min(1, centre + halfWidth)
    }
}

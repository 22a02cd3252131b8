import Foundation

/// The configurable cut-offs of the representation bands (docs/representativeness.md, "Bands").
public struct BandThresholds: Sendable, Hashable, Codable {
    /// Coverage n/N below this gives "insufficient data" (default 0.70).
    public var minimumCoverage: Double
    /// Fewer declared members than this gives "insufficient data" (default 5).
    public var minimumDeclared: Int
    /// A lower tail below this, with a whole-person shortfall, gives "well below" (default 0.05).
    public var significance: Double
    /// A shortfall n·p - k at or above this (people) counts as a whole person short (default 1).
    public var wholePersonShortfall: Double

    /// Thresholds with the defaults of docs/representativeness.md unless overridden.
    public init(
        minimumCoverage: Double = 0.70, minimumDeclared: Int = 5, significance: Double = 0.05,
        wholePersonShortfall: Double = 1.0
    ) {
        self.minimumCoverage = minimumCoverage
        self.minimumDeclared = minimumDeclared
        self.significance = significance
        self.wholePersonShortfall = wholePersonShortfall
    }
}

import Foundation

/// The share of all members in post that are in the group, if no unknown member is in it
/// (`lower = k/N`) and if every unknown member is (`upper = (k+u)/N`). Fractions in [0, 1].
public struct ShareBounds: Sendable, Hashable, Codable {
    /// k/N: no unknown member in the group.
    public let lower: Double
    /// (k+u)/N: every unknown member in the group.
    public let upper: Double

    /// Bounds for k declared group members and u unknowns among N in post; nil when N = 0.
    /// Assumes 0 <= k, 0 <= u and k + u <= N (checked by `GroupMeasures`).
    public init?(inGroup k: Int, unknown u: Int, inPost N: Int) {
        guard N > 0 else { return nil }
        lower = Double(k) / Double(N)
        upper = Double(k + u) / Double(N)
    }
}

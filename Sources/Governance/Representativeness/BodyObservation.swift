import Foundation

/// One body's contribution to a pooled figure: its declared members, how many are in the group,
/// and its own comparator share.
public struct BodyObservation: Sendable, Hashable, Codable {
    /// n_i: declared members.
    public let declared: Int
    /// k_i: declared members in the group.
    public let inGroup: Int
    /// p_i: the group's share of this body's comparator population, a fraction.
    public let communityShare: Double

    /// An observation; throws when a count is negative, k > n, or p is outside [0, 1].
    public init(declared: Int, inGroup: Int, communityShare: Double) throws(MeasureInputError) {
        guard declared >= 0 else { throw .negativeCount(declared) }
        guard inGroup >= 0 else { throw .negativeCount(inGroup) }
        guard inGroup <= declared else {
            throw .moreInGroupThanDeclared(inGroup: inGroup, declared: declared)
        }
        guard communityShare >= 0, communityShare <= 1 else { throw .shareOutOfRange(communityShare) }
        self.declared = declared
        self.inGroup = inGroup
        self.communityShare = communityShare
    }
}

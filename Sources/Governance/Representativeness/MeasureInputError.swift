import Foundation

/// Why a representativeness measure or a disclosure-control table refused its input. Each case carries the offending numbers so
/// the caller can name the body and say what is wrong.
public enum MeasureInputError: Error, Sendable, Hashable {
    /// A count (members in post, unknown, in group, seats) is negative.
    case negativeCount(Int)
    /// More unknown members than members in post.
    case moreUnknownThanInPost(unknown: Int, inPost: Int)
    /// More declared members in the group than declared members.
    case moreInGroupThanDeclared(inGroup: Int, declared: Int)
    /// A community share outside [0, 1] (or not a number).
    case shareOutOfRange(Double)
    /// Community shares over the five groups that do not add up to 1 (within 1e-6).
    case sharesDoNotSumToOne(Double)
    /// A what-if that moves more seats than exist, or gives more than the free seats to the group.
    case impossibleTurnover(String)
    /// A count table with no cells, or with rows of different lengths.
    case malformedTable(String)
}

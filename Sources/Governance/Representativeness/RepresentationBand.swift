import Foundation

/// How a body's membership of a group compares with the community, in words (docs/representativeness.md,
/// "Bands"). Bands are about under-representation: a body above the community "reflects" it.
/// The band never replaces the numbers behind it for an officer.
public enum RepresentationBand: String, CaseIterable, Sendable, Hashable, Codable {
    /// Whole-person shortfall below 1: the body is within a person of the community.
    case reflects
    /// At least a whole person short, but not unusual under random selection (lower tail >= 0.05).
    case below
    /// At least a whole person short and unusual under random selection (lower tail < 0.05).
    case wellBelow = "well_below"
    /// Too few declared (coverage below 70% or fewer than 5 declared) to say.
    case insufficientData = "insufficient_data"

    /// The band for these measures, checking in order: insufficient data (coverage below the
    /// minimum, no members, or fewer declared than the minimum), then reflects (shortfall below the
    /// whole-person threshold), then well below (lower tail below the significance level), else
    /// below.
    public init(_ measures: GroupMeasures, thresholds: BandThresholds = BandThresholds()) {
        guard let coverage = measures.coverage, coverage >= thresholds.minimumCoverage,
            measures.declared >= thresholds.minimumDeclared
        else {
            self = .insufficientData
            return
        }
        if measures.shortfall < thresholds.wholePersonShortfall {
            self = .reflects
        } else if measures.lowerTail < thresholds.significance {
            self = .wellBelow
        } else {
            self = .below
        }
    }

    /// A plain-English label: "reflects", "below", "well below", "insufficient data".
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}

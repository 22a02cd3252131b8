import Foundation

/// What every rule of one check needs: the instrument, the readings, and the counts derived from
/// what the body governs.
struct CheckContext {
    /// The instrument being checked.
    let instrument: InstrumentOfGovernment
    /// The readings of the [open] rules.
    let rules: ConstitutionRules
    /// Whether the body governs a federation (changes citations and the parent rule).
    let isFederation: Bool
    /// Maintained schools governed: the heads and per-school parents expected.
    let schoolCount: Int
    /// Co-opted seats held by staff-eligible people, clamped to the co-opted seats.
    let staffEligibleCoOpted: Int
    /// Whether the caller gave the staff-eligible co-opted figure (rather than the default 0).
    let staffEligibleGiven: Bool

    /// The instrument's total membership.
    var total: Int { instrument.totalSeats }

    /// The instrument's seats for `category`.
    func seats(_ category: GovernorCategory) -> Int { instrument.seats(for: category) }
}

import Foundation

/// One row of a what-if table: the body after the seats in a `SeatTurnover` are filled and `j` of
/// them go to members of the group.
public struct WhatIfOutcome: Sendable, Hashable, Codable {
    /// j: seats filled by members of the group (0...h).
    public let newInGroup: Int
    /// Every measure recomputed for the body afterwards (same community share).
    public let measures: GroupMeasures
    /// The band afterwards.
    public let band: RepresentationBand
}

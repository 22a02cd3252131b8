import Foundation

extension GroupMeasures {
    /// The body after the seats in `turnover` are filled and `newInGroup` (j, 0...h) of them go to
    /// group members, under the assumptions documented on `SeatTurnover`:
    ///
    /// - N' = N + vacant (leavers are replaced one for one, vacancies are filled);
    /// - u' = u - leavingUnknown (newcomers all declare);
    /// - k' = k - leavingInGroup + j, and n' = N' - u' = n - leavingDeclared + h.
    ///
    /// Throws when more declared, group or unknown members leave than are in post, or j is
    /// outside 0...h.
    public func whatIf(
        _ turnover: SeatTurnover, newInGroup j: Int, thresholds: BandThresholds = BandThresholds()
    ) throws(MeasureInputError) -> WhatIfOutcome {
        guard turnover.leavingDeclared <= declared, turnover.leavingInGroup <= inGroup,
            turnover.leavingUnknown <= unknown
        else {
            throw .impossibleTurnover(
                "leavers (\(turnover.leavingDeclared) declared, \(turnover.leavingInGroup) in group, "
                    + "\(turnover.leavingUnknown) unknown) exceed those in post (\(declared), "
                    + "\(inGroup), \(unknown))")
        }
        guard j >= 0, j <= turnover.seats else {
            throw .impossibleTurnover("\(j) appointments to the group but \(turnover.seats) seats")
        }
        let after = try GroupMeasures(
            inPost: inPost + turnover.vacant,
            unknown: unknown - turnover.leavingUnknown,
            inGroup: inGroup - turnover.leavingInGroup + j,
            communityShare: communityShare)
        return WhatIfOutcome(newInGroup: j, measures: after, band: RepresentationBand(after, thresholds: thresholds))
    }

    /// `whatIf` for every j from 0 to h, in order: the table an officer reads to see how many
    /// of the coming appointments would change the band.
    public func whatIfTable(_ turnover: SeatTurnover, thresholds: BandThresholds = BandThresholds())
        throws(MeasureInputError) -> [WhatIfOutcome]
    {
        var rows: [WhatIfOutcome] = []
        for j in 0...turnover.seats {
            rows.append(try whatIf(turnover, newInGroup: j, thresholds: thresholds))
        }
        return rows
    }
}

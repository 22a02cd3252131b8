import Foundation
import Governance

/// Turns loaded inputs into representativeness figures: per body, for the borough, what-if, and
/// snapshot rows. Pure: the application loads, this computes, renderers print.
public enum RepresentationFigures {
    /// The groups every figure covers: women, and ethnic minorities under `definition`.
    public static func groups(_ definition: MinorityDefinition) -> [RepresentedGroup] {
        [.women, .ethnicMinority(definition)]
    }

    /// Each body's figures, in the inputs' order. `override` replaces the comparator of the
    /// matching dimension (`govmon represent body --against`).
    public static func bodies(
        _ inputs: RepresentationInputs, groups: [RepresentedGroup], bands: BandThresholds,
        asOf: CalendarDate, override: CommunityProfile? = nil
    ) -> [BodyRepresentation] {
        inputs.bodies.map { body in
            var ethnicity = inputs.ethnicityProfile[body.id], sex = inputs.sexProfile[body.id]
            if let override { if override.classification.isEthnicity { ethnicity = override } else { sex = override } }
            return BodyRepresentation.compute(
                bodyID: body.id, bodyName: body.name, laCode: body.laCode, asOf: asOf, members: inputs.members[body.id] ?? [],
                groups: groups, ethnicity: ethnicity, sex: sex, thresholds: bands)
        }
    }

    /// The borough's pooled figures and breakdowns.
    public static func borough(
        _ inputs: RepresentationInputs, laCode: Int, groups: [RepresentedGroup], bands: BandThresholds,
        asOf: CalendarDate, since: CalendarDate?
    ) -> BoroughRepresentation {
        BoroughRepresentation.compute(
            laCode: laCode, asOf: asOf, since: since,
            bodies: inputs.bodies.map { body in
                BoroughRepresentation.BodyInput(
                    bodyID: body.id, members: inputs.members[body.id] ?? [],
                    appointedInPeriod: inputs.appointedInPeriod[body.id] ?? [],
                    ethnicity: inputs.ethnicityProfile[body.id], sex: inputs.sexProfile[body.id])
            }, groups: groups, thresholds: bands)
    }

    /// What-if for one body and group: the seats vacant now or whose terms end within `horizonMonths`,
    /// and the share and band if j of them go to members of the group (j = 0...seats).
    public static func whatIf(
        _ inputs: RepresentationInputs, bodyID: BodyID, result: BodyRepresentation.GroupResult,
        group: RepresentedGroup, asOf: CalendarDate, horizonMonths: Int, bands: BandThresholds
    )
        -> [WhatIfOutcome]
    {
        guard let measures = result.measures else { return [] }
        let horizon = asOf.adding(months: horizonMonths)
        let leaving = (inputs.members[bodyID] ?? []).filter { $0.termEnd.map { $0 <= horizon } ?? false }
        let known = leaving.compactMap { $0.isIn(group) }
        guard
            let turnover = try? SeatTurnover(
                vacant: inputs.openVacancies[bodyID] ?? 0, leavingDeclared: known.count,
                leavingInGroup: known.filter { $0 }.count, leavingUnknown: leaving.count - known.count)
        else { return [] }
        return (try? measures.whatIfTable(turnover, thresholds: bands)) ?? []
    }

    /// Snapshot rows (and each row's measures as JSON) for every body and the borough.
    public static func snapshotRows(bodies: [BodyRepresentation], borough: BoroughRepresentation) -> [(
        RepresentationSnapshot, String
    )] {
        var rows: [(RepresentationSnapshot, String)] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for body in bodies {
            for g in body.groups {
                let json = (try? encoder.encode(g)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
                rows.append(
                    (
                        RepresentationSnapshot(
                            asOf: body.asOf, laCode: body.laCode, bodyID: body.bodyID, group: g.group, profileName: g.comparator,
                            inPost: g.counts.inPost, unknown: g.counts.unknown, inGroup: g.counts.inGroup,
                            communityShare: g.communityShare, band: g.band.rawValue), json
                    ))
            }
        }
        for row in borough.rows where row.breakdown == "all governors" {
            let json = (try? encoder.encode(row)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
            rows.append(
                (
                    RepresentationSnapshot(
                        asOf: borough.asOf, laCode: borough.laCode, bodyID: nil, group: row.group, profileName: nil,
                        inPost: row.counts.inPost, unknown: row.counts.unknown, inGroup: row.counts.inGroup,
                        communityShare: row.communityShare, band: row.band.rawValue), json
                ))
        }
        return rows
    }
}

extension RepresentationFigures {
    /// The groups a chair's review freezes: women and both ethnic minority definitions.
    public static let reviewGroups: [RepresentedGroup] = [.women, .ethnicMinority(.notWhiteBritish), .ethnicMinority(.notWhite)]

    /// A body's figures as a chair's review keeps them, as JSON (no person appears).
    public static func reviewFigures(_ inputs: RepresentationInputs, bands: BandThresholds, asOf date: CalendarDate) throws
        -> String
    {
        guard let figures = bodies(inputs, groups: reviewGroups, bands: bands, asOf: date).first else { return "{}" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(data: try encoder.encode(figures), encoding: .utf8) ?? "{}"
    }
}

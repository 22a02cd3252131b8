import APIContract
import Application
import Foundation
import Governance
import Reports
import Store

// Figures in the contract's shapes. Each answer names its audience: officers get every count
// (`BodyFigures`, ...), the board and chairs what the disclosure rule allows (`BodyBands`, ...),
// as `AudienceGate` decides (docs/disclosure.md).

extension Schemas.GroupCounts {
    init(_ c: GroupCounts) { self.init(inPost: c.inPost, unknown: c.unknown, inGroup: c.inGroup, declared: c.declared) }
}

extension Schemas.GroupMeasures {
    init(_ m: GroupMeasures) {
        self.init(
            inPost: m.inPost, unknown: m.unknown, inGroup: m.inGroup, declared: m.declared, communityShare: m.communityShare,
            share: m.share, interval: m.interval.map { .init(lower: $0.lower, upper: $0.upper) }, gap: m.gap, ratio: m.ratio,
            expected: m.expected, shortfall: m.shortfall, lowerTail: m.lowerTail, upperTail: m.upperTail,
            bounds: m.bounds.map { .init(lower: $0.lower, upper: $0.upper) }, coverage: m.coverage)
    }
}

extension Schemas.Composition {
    init(_ c: CompositionMeasures) {
        func shares(_ values: [EthnicGroup2021: Double]) -> Schemas.Shares {
            .init(additionalProperties: Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) }))
        }
        self.init(
            declared: c.declared, shares: shares(c.shares), communityShares: shares(c.communityShares),
            dissimilarity: c.dissimilarity, seatsToChange: c.seatsToChange, rose: c.rose, expectedRose: c.expectedRose,
            roseExcess: c.roseExcess)
    }
}

extension Schemas.BodyFigures {
    init(_ f: BodyRepresentation) {
        self.init(
            audience: .officer, bodyId: f.bodyID.rawValue, bodyName: f.bodyName, laCode: f.laCode, asOf: f.asOf.iso,
            groups: f.groups.map {
                Schemas.GroupResult(
                    group: $0.group, label: $0.label, counts: .init($0.counts), communityShare: $0.communityShare,
                    comparator: $0.comparator, measures: $0.measures.map(Schemas.GroupMeasures.init), band: Wire.map($0.band),
                    seatsToThreshold: $0.seatsToThreshold)
            }, composition: f.composition.map(Schemas.Composition.init))
    }
}

extension Schemas.BodyBands {
    init(_ b: BandsOnly) {
        self.init(
            audience: .board, bodyId: b.bodyID.rawValue, bodyName: b.bodyName, asOf: b.asOf.iso,
            groups: b.groups.map {
                Schemas.BandedGroup(
                    group: $0.group, label: $0.label, comparator: $0.comparator,
                    band: Wire.map(RepresentationBand(rawValue: $0.band) ?? .insufficientData))
            })
    }
}

extension Schemas.BandsByGroup {
    init(_ bands: [String: [String: Int]]) {
        self.init(additionalProperties: bands.mapValues { Schemas.Counts(additionalProperties: $0) })
    }
}

extension Schemas.BoroughFigures {
    init(_ f: BoroughFigures) {
        let b = f.borough
        self.init(
            audience: .officer, laCode: b.laCode, asOf: b.asOf.iso, since: b.since?.iso, definition: Wire.map(f.definition),
            rows: b.rows.map {
                Schemas.BoroughRow(
                    breakdown: $0.breakdown, group: $0.group, label: $0.label, counts: .init($0.counts),
                    pooledShare: $0.pooledShare, communityShare: $0.communityShare, expected: $0.expected,
                    shortfall: $0.shortfall, lowerTail: $0.lowerTail, upperTail: $0.upperTail, band: Wire.map($0.band),
                    bodies: $0.bodies)
            }, bands: .init(b.bands))
    }
}

extension Schemas.PublishedRow {
    init(_ r: BoardDisclosure.PublishedRow) {
        func cell(_ c: PublishedCell) -> Schemas.Cell {
            switch c {
            case .count(let n): return .case1(n)
            case .suppressed: return .case2(.c)
            }
        }
        let share: Schemas.ShareCell?
        switch r.share {
        case .fraction(let f): share = .case1(f)
        case .suppressed: share = .case2(.c)
        case .undefined: share = nil
        }
        self.init(
            label: r.label, inGroup: cell(r.inGroup), notInGroup: cell(r.notInGroup), unknown: cell(r.unknown),
            total: cell(r.total), share: share)
    }
}

extension Schemas.PublishedBorough {
    init(_ p: PublishedBorough) {
        self.init(
            audience: .board, laCode: p.laCode, asOf: p.asOf.iso, definition: Wire.map(p.definition), bands: .init(p.bands),
            tables: p.tables.map { Schemas.PublishedTable(group: $0.group, rows: $0.rows.map(Schemas.PublishedRow.init)) },
            footnote: p.footnote)
    }
}

extension Schemas.TrendPoint {
    init(_ t: TrendPoint) {
        self.init(
            asOf: t.asOf.iso, group: t.group, profileName: t.profileName, inPost: t.inPost, unknown: t.unknown,
            inGroup: t.inGroup, share: t.share, communityShare: t.communityShare, band: t.band)
    }
}

extension Schemas.PublishedTrendPoint {
    init(_ t: PublishedTrendPoint) {
        self.init(
            asOf: t.asOf.iso, group: t.group, profileName: t.profileName, communityShare: t.communityShare, band: t.band,
            published: t.published.map(Schemas.PublishedRow.init))
    }
}

extension Schemas.SummaryFigures {
    init(_ s: SummaryResponse) {
        self.init(
            audience: .officer, laCode: s.laCode, laName: s.laName, asOf: s.asOf.iso, schools: s.schools,
            maintainedSchools: s.maintainedSchools, bodies: s.bodies, federations: s.federations, seats: s.seats,
            openVacancies: s.openVacancies, servingGovernors: s.servingGovernors,
            servingByCategory: .init(additionalProperties: s.servingByCategory), associateMembers: s.associateMembers,
            pastTermEnd: s.pastTermEnd, inducted: s.inducted, declaredEthnicity: s.declaredEthnicity,
            declaredSex: s.declaredSex)
    }
}

extension Schemas.PublishedSummary {
    init(_ s: PublishedSummary) {
        self.init(
            audience: .board, laCode: s.laCode, laName: s.laName, asOf: s.asOf.iso, schools: s.schools,
            maintainedSchools: s.maintainedSchools, bodies: s.bodies, federations: s.federations, seats: s.seats,
            openVacancies: s.openVacancies)
    }
}

extension Schemas.ChairReview {
    init(_ r: ChairReview) {
        self.init(
            id: r.id, bodyId: r.bodyID.rawValue, bodyName: r.bodyName, chairAppointmentId: r.chairAppointmentID?.rawValue,
            chairName: r.chairName,
            reviewedOn: r.reviewedOn.iso, judgement: Wire.map(r.judgement), actionsAgreed: r.actionsAgreed,
            takenToBoardOn: r.takenToBoardOn?.iso, figures: r.frozenFigures.map(Schemas.BodyFigures.init))
    }
}

extension Schemas.PublishedReview {
    init(_ r: Application.PublishedReview) {
        self.init(
            id: r.reviewID, bodyId: r.bodyID.rawValue, bodyName: r.bodyName, reviewedOn: r.reviewedOn.iso,
            judgement: Wire.map(ReviewJudgement(rawValue: r.judgement) ?? .cannotTell), takenToBoardOn: r.takenToBoardOn?.iso,
            bands: r.bands.map(Schemas.BodyBands.init))
    }
}

extension Schemas.CommunityProfile {
    init(_ p: StoredProfile) {
        let profile = p.profile
        self.init(
            id: p.id, name: profile.name, kind: Wire.map(profile.kind), geographyCode: profile.geographyCode,
            geographyName: profile.geographyName, classification: Wire.map(profile.classification), source: profile.source,
            referenceDate: profile.referenceDate.iso, counts: .init(additionalProperties: profile.counts),
            unknown: profile.unknown, total: profile.total, laCode: p.laCode, withdrawnOn: p.withdrawnOn?.iso)
    }
}

extension Schemas.ProfileDetail {
    init(_ p: StoredProfile) {
        self.init(
            profile: .init(p),
            headlineShares: p.profile.headlineShares().map {
                Schemas.HeadlineShare(group: $0.group.commandLineName, label: $0.group.label, share: $0.share)
            })
    }
}

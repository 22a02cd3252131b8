/// The governors of many bodies (a borough) against their communities: pooled shares against the
/// population-weighted community share, with the exact Poisson-binomial tail (each body compared
/// with its own comparator), broken down by governor category, chairs, and appointments made in a
/// period (the flow) against those in post (the stock); and how many bodies fall in each band.
public struct BoroughRepresentation: Sendable, Codable, Equatable {
    /// One breakdown's figures for one group.
    public struct Row: Sendable, Codable, Equatable {
        /// e.g. "all governors", "local authority governors", "chairs", "appointed since 2015-01-01".
        public var breakdown: String
        public var group: String
        public var label: String
        public var counts: GroupCounts
        public var pooledShare: Double?
        /// Population-weighted community share (weights: each body's declared members).
        public var communityShare: Double?
        public var expected: Double
        public var shortfall: Double
        public var lowerTail: Double
        public var upperTail: Double
        public var band: RepresentationBand
        /// Bodies counted (those with a comparator for the group).
        public var bodies: Int
    }

    /// One body's inputs.
    public struct BodyInput: Sendable {
        public var bodyID: BodyID
        /// Serving governors on the date.
        public var members: [MemberDeclaration]
        /// Governors appointed within the period (serving or not), for the flow.
        public var appointedInPeriod: [MemberDeclaration]
        public var ethnicity: CommunityProfile?
        public var sex: CommunityProfile?

        public init(
            bodyID: BodyID, members: [MemberDeclaration], appointedInPeriod: [MemberDeclaration],
            ethnicity: CommunityProfile?, sex: CommunityProfile?
        ) {
            self.bodyID = bodyID
            self.members = members
            self.appointedInPeriod = appointedInPeriod
            self.ethnicity = ethnicity
            self.sex = sex
        }
    }

    public var laCode: Int
    public var asOf: CalendarDate
    public var since: CalendarDate?
    public var rows: [Row]
    /// For each group, how many bodies fall in each band (keyed by the band's raw value).
    public var bands: [String: [String: Int]]

    public static func compute(
        laCode: Int, asOf: CalendarDate, since: CalendarDate?, bodies: [BodyInput],
        groups: [RepresentedGroup], thresholds: BandThresholds
    ) -> BoroughRepresentation {
        var rows: [Row] = []
        var bands: [String: [String: Int]] = [:]
        let breakdowns: [(String, (MemberDeclaration) -> Bool, Bool)] = [
            ("all governors", { _ in true }, false),
            ("local authority governors", { $0.category == .localAuthority }, false),
            ("parent governors", { $0.category == .parent }, false),
            ("co-opted governors", { $0.category == .coOpted }, false),
            ("foundation governors", { $0.category == .foundation }, false),
            ("chairs", { $0.role == .chair }, false),
        ]
        for group in groups {
            for (name, filter, _) in breakdowns {
                rows.append(
                    row(name, group: group, bodies: bodies.map { ($0, $0.members.filter(filter)) }, thresholds: thresholds))
            }
            if let since {
                rows.append(
                    row(
                        "appointed \(since.iso) to \(asOf.iso) (flow)", group: group,
                        bodies: bodies.map { ($0, $0.appointedInPeriod) }, thresholds: thresholds))
            }
            var counted: [String: Int] = [:]
            for body in bodies {
                let result = BodyRepresentation.result(
                    for: group, members: body.members,
                    profile: group.usesSex ? body.sex : body.ethnicity, thresholds: thresholds)
                counted[result.band.rawValue, default: 0] += 1
            }
            bands[group.commandLineName] = counted
        }
        return BoroughRepresentation(laCode: laCode, asOf: asOf, since: since, rows: rows, bands: bands)
    }

    static func row(
        _ breakdown: String, group: RepresentedGroup, bodies: [(BodyInput, [MemberDeclaration])],
        thresholds: BandThresholds
    ) -> Row {
        var counts = GroupCounts(inPost: 0, unknown: 0, inGroup: 0)
        var observations: [BodyObservation] = []
        for (body, members) in bodies {
            guard let share = (group.usesSex ? body.sex : body.ethnicity)?.share(of: group), !members.isEmpty else { continue }
            let c = GroupCounts(members, group: group)
            counts.inPost += c.inPost
            counts.unknown += c.unknown
            counts.inGroup += c.inGroup
            if let observation = try? BodyObservation(declared: c.declared, inGroup: c.inGroup, communityShare: share) {
                observations.append(observation)
            }
        }
        let pooled = PooledMeasures(observations)
        let coverage = counts.inPost > 0 ? Double(counts.declared) / Double(counts.inPost) : 0
        let band: RepresentationBand
        if coverage < thresholds.minimumCoverage || counts.declared < thresholds.minimumDeclared {
            band = .insufficientData
        } else if pooled.shortfall < thresholds.wholePersonShortfall {
            band = .reflects
        } else if pooled.lowerTail < thresholds.significance {
            band = .wellBelow
        } else {
            band = .below
        }
        return Row(
            breakdown: breakdown, group: group.commandLineName, label: group.label, counts: counts,
            pooledShare: pooled.pooledShare, communityShare: pooled.communityShare, expected: pooled.expected,
            shortfall: pooled.shortfall, lowerTail: pooled.lowerTail, upperTail: pooled.upperTail, band: band,
            bodies: observations.count)
    }
}

/// How one body compares with its community on a date, for each measured group, with the
/// measures of docs/representativeness.md and the band. Aggregate figures only: no person appears.
public struct BodyRepresentation: Sendable, Codable, Equatable {
    /// One group's figures.
    public struct GroupResult: Sendable, Codable, Equatable {
        /// e.g. `women`, `not-white-british`.
        public var group: String
        /// e.g. "ethnic minority (not White British)".
        public var label: String
        public var counts: GroupCounts
        /// The comparator's share and its name; nil when the body has no comparator for the group.
        public var communityShare: Double?
        public var comparator: String?
        public var measures: GroupMeasures?
        public var band: RepresentationBand
        /// Seats that would have to go to members of the group for the shortfall to drop below a
        /// whole person (0 when it already does).
        public var seatsToThreshold: Int?
    }

    public var bodyID: BodyID
    public var bodyName: String
    public var laCode: Int
    public var asOf: CalendarDate
    public var groups: [GroupResult]
    /// Dissimilarity and Rose index over the five census groups, with its expectation under random selection.
    public var composition: CompositionMeasures?

    /// Computes the figures for `members` (serving governors; associates are excluded by the caller)
    /// against the comparators' shares.
    public static func compute(
        bodyID: BodyID, bodyName: String, laCode: Int, asOf: CalendarDate, members: [MemberDeclaration],
        groups: [RepresentedGroup], ethnicity: CommunityProfile?, sex: CommunityProfile?, thresholds: BandThresholds
    ) -> BodyRepresentation {
        let results = groups.map { group in
            Self.result(for: group, members: members, profile: group.usesSex ? sex : ethnicity, thresholds: thresholds)
        }
        var composition: CompositionMeasures? = nil
        if let shares = ethnicity?.groupShares() {
            var counts: [EthnicGroup2021: Int] = [:]
            for member in members {
                if let g = member.ethnicity?.group { counts[g, default: 0] += 1 }
            }
            composition = try? CompositionMeasures(declaredCounts: counts, communityShares: shares)
        }
        return BodyRepresentation(
            bodyID: bodyID, bodyName: bodyName, laCode: laCode, asOf: asOf, groups: results,
            composition: composition)
    }

    /// One group's figures for some members against a profile.
    public static func result(
        for group: RepresentedGroup, members: [MemberDeclaration], profile: CommunityProfile?,
        thresholds: BandThresholds
    ) -> GroupResult {
        let counts = GroupCounts(members, group: group)
        let share = profile?.share(of: group)
        let measures = share.flatMap {
            try? GroupMeasures(inPost: counts.inPost, unknown: counts.unknown, inGroup: counts.inGroup, communityShare: $0)
        }
        return GroupResult(
            group: group.commandLineName, label: group.label, counts: counts, communityShare: share, comparator: profile?.name,
            measures: measures, band: measures.map { RepresentationBand($0, thresholds: thresholds) } ?? .insufficientData,
            seatsToThreshold: measures.map { $0.seatsToReachThreshold(thresholds.wholePersonShortfall) })
    }
}

/// One stored aggregate result: a body's or the borough's figures for a group on a date.
public struct RepresentationSnapshot: Sendable, Codable, Equatable {
    public var asOf: CalendarDate
    public var laCode: Int
    public var bodyID: BodyID?
    public var group: String
    public var profileName: String?
    public var inPost: Int
    public var unknown: Int
    public var inGroup: Int
    public var communityShare: Double?
    public var band: String?

    public init(
        asOf: CalendarDate, laCode: Int, bodyID: BodyID?, group: String, profileName: String?, inPost: Int,
        unknown: Int, inGroup: Int, communityShare: Double?, band: String?
    ) {
        self.asOf = asOf
        self.laCode = laCode
        self.bodyID = bodyID
        self.group = group
        self.profileName = profileName
        self.inPost = inPost
        self.unknown = unknown
        self.inGroup = inGroup
        self.communityShare = communityShare
        self.band = band
    }

    /// The counts behind the row: in post, unknown, in the group.
    public var counts: GroupCounts { GroupCounts(inPost: inPost, unknown: unknown, inGroup: inGroup) }

    /// The share of declared members in the group (0-1), or nil when no one declared.
    public var declaredShare: Double? {
        counts.declared > 0 ? Double(inGroup) / Double(counts.declared) : nil
    }
}

/// A serving governor as the representativeness measures see them: no name, only what is needed
/// to count. A missing declaration, "prefer not to say", "not asked" and an objection all count as
/// unknown.
public struct MemberDeclaration: Sendable, Equatable {
    public var bodyID: BodyID
    public var category: GovernorCategory
    public var role: GovernorRole
    public var startDate: CalendarDate
    /// Declared sex on the as-of date (nil: none recorded, or objected).
    public var sex: DeclaredSex?
    /// Declared ethnic group on the as-of date (nil: none recorded, or objected).
    public var ethnicity: Ethnicity2021?
    /// The last day of the term (nil for ex officio), for what-if over seats falling free.
    public var termEnd: CalendarDate?

    public init(
        bodyID: BodyID, category: GovernorCategory, role: GovernorRole, startDate: CalendarDate, sex: DeclaredSex?,
        ethnicity: Ethnicity2021?, termEnd: CalendarDate? = nil
    ) {
        self.bodyID = bodyID
        self.category = category
        self.role = role
        self.startDate = startDate
        self.sex = sex
        self.ethnicity = ethnicity
        self.termEnd = termEnd
    }

    /// Whether this member is in `group`: nil when their value is unknown.
    public func isIn(_ group: RepresentedGroup) -> Bool? {
        if group.usesSex {
            guard let sex, !sex.isUnknown else { return nil }
            return sex == .female
        }
        guard let ethnicity, !ethnicity.isUnknown else { return nil }
        return group.includes(sex: sex ?? .notAsked, ethnicity: ethnicity)
    }
}

/// N in post, u unknown, k declared members in the group.
public struct GroupCounts: Sendable, Equatable, Codable {
    public var inPost: Int
    public var unknown: Int
    public var inGroup: Int

    public var declared: Int { inPost - unknown }

    /// Counts `members` for `group`.
    public init(_ members: [MemberDeclaration], group: RepresentedGroup) {
        inPost = members.count
        unknown = 0
        inGroup = 0
        for member in members {
            switch member.isIn(group) {
            case .none: unknown += 1
            case .some(true): inGroup += 1
            case .some(false): break
            }
        }
    }

    public init(inPost: Int, unknown: Int, inGroup: Int) {
        self.inPost = inPost
        self.unknown = unknown
        self.inGroup = inGroup
    }
}

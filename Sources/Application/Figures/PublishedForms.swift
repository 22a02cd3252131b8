import Foundation
import Governance
import Reports
import Store

/// The register summary of an authority on a date, with serving governors by category keyed by
/// the category as stored and as appointments give it (e.g. `co_opted`).
public struct SummaryResponse: Encodable {
    public var laCode: Int
    public var laName: String
    public var asOf: CalendarDate
    public var schools: Int
    public var maintainedSchools: Int
    public var bodies: Int
    public var federations: Int
    public var seats: Int
    public var servingGovernors: Int
    public var servingByCategory: [String: Int]
    public var associateMembers: Int
    public var pastTermEnd: Int
    public var openVacancies: Int
    public var inducted: Int
    public var declaredEthnicity: Int
    public var declaredSex: Int

    enum CodingKeys: String, CodingKey {
        case laCode = "la_code", laName = "la_name", asOf = "as_of", schools
        case maintainedSchools = "maintained_schools", bodies, federations, seats
        case servingGovernors = "serving_governors", servingByCategory = "serving_by_category"
        case associateMembers = "associate_members", pastTermEnd = "past_term_end", openVacancies = "open_vacancies"
        case inducted, declaredEthnicity = "declared_ethnicity", declaredSex = "declared_sex"
    }

    public init(_ s: RegisterSummary) {
        laCode = s.laCode
        laName = s.laName
        asOf = s.asOf
        schools = s.schools
        maintainedSchools = s.maintainedSchools
        bodies = s.bodies
        federations = s.federations
        seats = s.seats
        servingGovernors = s.servingGovernors
        servingByCategory = Dictionary(
            uniqueKeysWithValues: GovernorCategory.governorCategories.map { ($0.rawValue, s.servingByCategory[$0] ?? 0) })
        associateMembers = s.associateMembers
        pastTermEnd = s.pastTermEnd
        openVacancies = s.openVacancies
        inducted = s.inducted
        declaredEthnicity = s.declaredEthnicity
        declaredSex = s.declaredSex
    }
}

/// One stored borough snapshot as officers see it: every count, and the share of declared members.
public struct TrendPoint: Encodable {
    public var asOf: CalendarDate
    public var group: String
    public var profileName: String?
    public var inPost: Int
    public var unknown: Int
    public var inGroup: Int
    public var share: Double?
    public var communityShare: Double?
    public var band: String?

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of", group, profileName = "profile_name", inPost = "in_post", unknown, inGroup = "in_group"
        case share, communityShare = "community_share", band
    }

    public init(_ s: RepresentationSnapshot) {
        asOf = s.asOf
        group = s.group
        profileName = s.profileName
        inPost = s.inPost
        unknown = s.unknown
        inGroup = s.inGroup
        share = s.declaredShare
        communityShare = s.communityShare
        band = s.band
    }
}

/// One stored borough snapshot as the board sees it: the counts as a disclosure-controlled row
/// (hidden cells are "c"), with the community share and band.
public struct PublishedTrendPoint: Encodable {
    public var asOf: CalendarDate
    public var group: String
    public var profileName: String?
    public var communityShare: Double?
    public var band: String?
    public var published: BoardDisclosure.PublishedRow?

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of", group, profileName = "profile_name", communityShare = "community_share", band, published
    }

    public init(_ s: RepresentationSnapshot, policy: DisclosurePolicy) {
        asOf = s.asOf
        group = s.group
        profileName = s.profileName
        communityShare = s.communityShare
        band = s.band
        published = BoardDisclosure.oneWay("all governors", counts: s.counts, policy: policy)
    }
}

import Foundation

/// The short, stable name of the rule a finding reports on (raw value as stored and printed).
public enum FindingRule: String, Sendable, Codable, Hashable, CaseIterable {
    /// The school (or a federated school) is not maintained: checks do not apply.
    case maintainedOnly = "maintained_only"
    /// The federation's school list is empty or has one school.
    case federationSchools = "federation_schools"
    /// The instrument's school count differs from the schools recorded.
    case schoolsGoverned = "schools_governed"
    /// The instrument was made under the 2007 regulations.
    case regulations
    /// Total membership at least 7.
    case totalMembership = "total_membership"
    /// Parent governors: at least 2 (or one per school in a pre-2016 federation).
    case parentGovernors = "parent_governors"
    /// The head, ex officio, per school; none where the head resigned.
    case headteacher
    /// One staff governor.
    case staffGovernor = "staff_governor"
    /// One local authority governor.
    case localAuthorityGovernor = "local_authority_governor"
    /// Staff-eligible governors at most one third of the total (reg 13(5)).
    case oneThird = "one_third"
    /// A given count of staff-eligible co-opted seats that cannot be right.
    case staffEligibleCoOpted = "staff_eligible_co_opted"
    /// Which reg 14 rule applies cannot be decided (foundation status not recorded).
    case foundationStatus = "foundation_status"
    /// The reg 14 foundation-governor requirement.
    case foundationGovernors = "foundation_governors"
    /// The reg 14 partnership-governor requirement.
    case partnershipGovernors = "partnership_governors"
    /// A category with no extra reg 14 requirement.
    case noExtraRequirement = "no_extra_requirement"
    /// Foundation or partnership seats that the school category does not provide for.
    case seatsNotProvidedFor = "seats_not_provided_for"
    /// Terms of office on the instrument, 1 to 4 years per category.
    case termsOfOffice = "terms_of_office"
    /// More governors serve in a category than it has seats.
    case seatSurplus = "seat_surplus"
    /// Fewer governors serve in a category than it has seats.
    case seatVacancy = "seat_vacancy"
    /// A chair or vice-chair who may not hold the role.
    case chairEligibility = "chair_eligibility"
    /// No chair, or more than one chair or vice-chair, serving.
    case chairCount = "chair_count"
    /// An ex officio appointment with a term end, or an appointed one without.
    case termEndRecord = "term_end_record"
    /// Ex officio recorded for a category that is not held ex officio, or a head not ex officio.
    case exOfficioCategory = "ex_officio_category"
    /// An appointment whose term is longer than 4 years.
    case termLength = "term_length"
    /// An appointment still open after its term ended.
    case pastTermEnd = "past_term_end"
    /// One person in two appointments serving at once.
    case duplicatePerson = "duplicate_person"
    /// Whether a reconstitution surplus is resolved by recorded departures.
    case surplusResolution = "surplus_resolution"
}

extension FindingRule {
    /// The rule in plain words, for readers who do not know the regulations' numbering (the
    /// board version of the report); the citation stays with the officer version.
    public var plainLabel: String {
        switch self {
        case .maintainedOnly: "rules apply to maintained schools only"
        case .federationSchools: "a federation has two or more schools"
        case .schoolsGoverned: "the instrument names the schools governed"
        case .regulations: "made under the 2012 rules"
        case .totalMembership: "at least 7 governors"
        case .parentGovernors: "enough parent governors"
        case .headteacher: "the headteacher is a governor"
        case .staffGovernor: "one staff governor"
        case .localAuthorityGovernor: "one local authority governor"
        case .oneThird: "school staff are no more than a third of the governors"
        case .staffEligibleCoOpted: "co-opted places for school staff"
        case .foundationStatus: "foundation status recorded"
        case .foundationGovernors: "the right number of foundation governors"
        case .partnershipGovernors: "the right number of partnership governors"
        case .noExtraRequirement: "no extra requirement"
        case .seatsNotProvidedFor: "only the kinds of governor the school may have"
        case .termsOfOffice: "terms of office of 1 to 4 years"
        case .seatSurplus: "no more governors than places"
        case .seatVacancy: "places filled"
        case .chairEligibility: "chair and vice-chair may hold the role"
        case .chairCount: "one chair and at most one vice-chair"
        case .termEndRecord: "terms of office recorded correctly"
        case .exOfficioCategory: "ex officio governors recorded correctly"
        case .termLength: "no term longer than 4 years"
        case .pastTermEnd: "no governor serving past the end of their term"
        case .duplicatePerson: "no one holds two places at once"
        case .surplusResolution: "surplus governors' departures decided"
        }
    }
}

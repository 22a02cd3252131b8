/// Which classification a profile's categories use.
public enum ProfileClassification: String, CaseIterable, Sendable, Codable {
    case census2011Ethnicity = "census_2011_ethnicity"
    case census2021Ethnicity = "census_2021_ethnicity"
    case dfeEthnicity = "dfe_ethnicity"
    case sex

    /// Whether it describes ethnicity (else sex).
    public var isEthnicity: Bool { self != .sex }

    /// The category names it accepts (the raw values of its category type).
    public var categories: [String] {
        switch self {
        case .census2011Ethnicity: return Ethnicity2011.allCases.map(\.rawValue)
        case .census2021Ethnicity: return Ethnicity2021.censusCategories.map(\.rawValue)
        case .dfeEthnicity: return DfEEthnicityCode.allCases.filter { !$0.isUnknown }.map(\.rawValue)
        case .sex: return ["female", "male"]
        }
    }
}

/// What kind of population a profile describes.
public enum GeographyKind: String, CaseIterable, Sendable, Codable {
    case borough, ward
    case schoolPupils = "school_pupils"
    case schoolWorkforce = "school_workforce"
    case other
    /// Governors themselves (a national survey such as the NGA's): context for the board report,
    /// never a comparator.
    case governors

    /// The name used on the command line, e.g. `school-pupils`.
    public var commandLineName: String { rawValue.replacingOccurrences(of: "_", with: "-") }
}

/// A named, dated, sourced distribution of a population over one classification: what a body is
/// compared with. Counts are whole people; shares come from counts (never typed in).
public struct CommunityProfile: Sendable, Codable, Equatable {
    public var name: String
    public var kind: GeographyKind
    public var geographyCode: String?
    public var geographyName: String
    public var classification: ProfileClassification
    public var source: String
    public var referenceDate: CalendarDate
    /// Count per category (the classification's raw values).
    public var counts: [String: Int]
    /// People the source could not classify (kept out of shares).
    public var unknown: Int
    /// The youngest age counted (18: adults, as governors are), or nil for people of every age.
    /// Ethnic minority populations are younger, so a profile of every age overstates the share a
    /// board of adults would have by chance.
    public var minimumAge: Int?

    public init(
        name: String, kind: GeographyKind, geographyCode: String?, geographyName: String,
        classification: ProfileClassification, source: String, referenceDate: CalendarDate,
        counts: [String: Int], unknown: Int = 0, minimumAge: Int? = nil
    ) {
        self.minimumAge = minimumAge
        self.name = name
        self.kind = kind
        self.geographyCode = geographyCode
        self.geographyName = geographyName
        self.classification = classification
        self.source = source
        self.referenceDate = referenceDate
        self.counts = counts
        self.unknown = unknown
    }

    /// Who the profile counts, in words: "people aged 18 and over", or "people of every age".
    public var population: String { minimumAge.map { "people aged \($0) and over" } ?? "people of every age" }

    /// People classified.
    public var total: Int { counts.values.reduce(0, +) }

    /// The share of classified people in `group`, or nil when this profile cannot say (an
    /// ethnicity group against a sex profile, or no one classified).
    public func share(of group: RepresentedGroup) -> Double? {
        guard total > 0, group.usesSex == !classification.isEthnicity else { return nil }
        let inGroup = counts.reduce(0) { sum, entry in sum + (includes(entry.key, in: group) ? entry.value : 0) }
        return Double(inGroup) / Double(total)
    }

    /// The shares of the headline groups (women; ethnic minority, not White British; ethnic
    /// minority, not White) that this profile can say, in that order.
    public func headlineShares() -> [(group: RepresentedGroup, share: Double)] {
        [RepresentedGroup.women, .ethnicMinority(.notWhiteBritish), .ethnicMinority(.notWhite)].compactMap { group in
            share(of: group).map { (group, $0) }
        }
    }

    /// Shares of the five census groups (ethnicity profiles only).
    public func groupShares() -> [EthnicGroup2021: Double]? {
        guard classification.isEthnicity, total > 0 else { return nil }
        var shares: [EthnicGroup2021: Double] = [:]
        for group in EthnicGroup2021.allCases {
            shares[group] = share(of: .ethnicGroup(group)) ?? 0
        }
        return shares
    }

    private func includes(_ category: String, in group: RepresentedGroup) -> Bool {
        switch classification {
        case .sex:
            return group == .women && category == "female"
        case .census2011Ethnicity:
            guard let e = Ethnicity2011(rawValue: category) else { return false }
            switch group {
            case .women: return false
            case .ethnicMinority(let definition): return definition.includes(e)
            case .ethnicGroup(let g): return e.group == g
            }
        case .census2021Ethnicity:
            guard let e = Ethnicity2021(rawValue: category) else { return false }
            return group.includes(sex: .notAsked, ethnicity: e) ?? false
        case .dfeEthnicity:
            guard let code = DfEEthnicityCode(rawValue: category) else { return false }
            return group.includes(sex: .notAsked, ethnicity: code.ethnicity2021) ?? false
        }
    }
}

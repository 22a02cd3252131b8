import Foundation

/// A self-declared ethnic group: one of the 19 Census 2021 categories (England and Wales), or one
/// of the two unknowns that the GSS harmonised standard keeps apart (docs/ethnicity.md).
///
/// Raw values are the spellings stored in PostgreSQL; `onsCode` is the ONS 2021 code (1-19).
public enum Ethnicity2021: String, CaseIterable, Codable, Sendable, Hashable {
    case bangladeshi, chinese, indian, pakistani
    case otherAsian = "other_asian"
    case african, caribbean
    case otherBlack = "other_black"
    case whiteAndAsian = "white_and_asian"
    case whiteAndBlackAfrican = "white_and_black_african"
    case whiteAndBlackCaribbean = "white_and_black_caribbean"
    case otherMixed = "other_mixed"
    case whiteBritish = "white_british"
    case irish
    case gypsyOrIrishTraveller = "gypsy_or_irish_traveller"
    case roma
    case otherWhite = "other_white"
    case arab
    case anyOther = "any_other"
    case preferNotToSay = "prefer_not_to_say"
    case notAsked = "not_asked"

    /// The 19 census categories, in ONS code order (unknowns excluded).
    public static let censusCategories: [Ethnicity2021] = allCases.filter { !$0.isUnknown }

    /// Whether this is an unknown ("prefer not to say" or "not asked"): kept out of denominators.
    public var isUnknown: Bool { self == .preferNotToSay || self == .notAsked }

    /// The ONS Census 2021 code (1-19), nil for the unknowns.
    public var onsCode: Int? {
        guard let index = Self.allCases.firstIndex(of: self), !isUnknown else { return nil }
        return index + 1
    }

    /// The census broad group, nil for the unknowns.
    public var group: EthnicGroup2021? {
        switch self {
        case .bangladeshi, .chinese, .indian, .pakistani, .otherAsian: return .asian
        case .african, .caribbean, .otherBlack: return .black
        case .whiteAndAsian, .whiteAndBlackAfrican, .whiteAndBlackCaribbean, .otherMixed: return .mixed
        case .whiteBritish, .irish, .gypsyOrIrishTraveller, .roma, .otherWhite: return .white
        case .arab, .anyOther: return .other
        case .preferNotToSay, .notAsked: return nil
        }
    }

    /// The name used on the command line, e.g. `white-british`.
    public var commandLineName: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// Reads a category's name, `white-british` or `white_british`. Not a number: the 2011 and
    /// 2021 classifications number the categories differently (10 is Pakistani in 2011 and White
    /// and Black African in 2021), so a number needs its classification (`init(code:classification:)`).
    public init?(userInput: String) {
        self.init(rawValue: userInput.lowercased().replacingOccurrences(of: "-", with: "_"))
    }

    /// The category numbered `code` in the census classification of `classification`: 2021's ONS
    /// codes 1-19, or 2011's 1-18 read as the 2021 category of the same name (2011's Other White,
    /// which then took in Roma, reads as Other White; docs/ethnicity.md). Nil for any other
    /// number or year.
    public init?(code: Int, classification: Int) {
        switch classification {
        case 2021 where (1...19).contains(code):
            self = Self.censusCategories[code - 1]
        case 2011 where (1...18).contains(code):
            guard let same = Ethnicity2021(rawValue: Ethnicity2011.allCases[code - 1].rawValue) else { return nil }
            self = same
        default:
            return nil
        }
    }
}

/// The five Census 2021 broad ethnic groups.
public enum EthnicGroup2021: String, CaseIterable, Codable, Sendable, Hashable {
    case asian, black, mixed, white, other
}

/// Self-declared sex (docs/ethnicity.md "Sex"): the census's female and male, and two unknowns.
public enum DeclaredSex: String, CaseIterable, Codable, Sendable, Hashable {
    case female, male
    case preferNotToSay = "prefer_not_to_say"
    case notAsked = "not_asked"

    /// Whether this is an unknown: kept out of denominators.
    public var isUnknown: Bool { self == .preferNotToSay || self == .notAsked }

    /// Reads `female`, `F`, `prefer-not-to-say`, ...
    public init?(userInput: String) {
        switch userInput.lowercased().replacingOccurrences(of: "-", with: "_") {
        case "f": self = .female
        case "m": self = .male
        case let other: self.init(rawValue: other)
        }
    }
}

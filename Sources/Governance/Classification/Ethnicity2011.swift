import Foundation

/// One of the 18 Census 2011 ethnic categories (England and Wales), in the order of the 2011
/// classification (docs/ethnicity.md, "Census 2011"). There is no unknown case: a record with no
/// usable value has no 2011 category (the mapping returns nil).
///
/// Raw values use the same snake_case spellings as `Ethnicity2021` where the category is the same.
public enum Ethnicity2011: String, CaseIterable, Codable, Sendable, Hashable {
    /// White: English/Welsh/Scottish/Northern Irish/British.
    case whiteBritish = "white_british"
    /// White: Irish.
    case irish
    /// White: Gypsy or Irish Traveller.
    case gypsyOrIrishTraveller = "gypsy_or_irish_traveller"
    /// White: Other White (2021's Roma included).
    case otherWhite = "other_white"
    /// Mixed/multiple: White and Black Caribbean.
    case whiteAndBlackCaribbean = "white_and_black_caribbean"
    /// Mixed/multiple: White and Black African.
    case whiteAndBlackAfrican = "white_and_black_african"
    /// Mixed/multiple: White and Asian.
    case whiteAndAsian = "white_and_asian"
    /// Mixed/multiple: Other Mixed.
    case otherMixed = "other_mixed"
    /// Asian/Asian British: Indian, Pakistani, Bangladeshi, Chinese.
    case indian, pakistani, bangladeshi, chinese
    /// Asian/Asian British: Other Asian.
    case otherAsian = "other_asian"
    /// Black/African/Caribbean/Black British: African, Caribbean.
    case african, caribbean
    /// Black/African/Caribbean/Black British: Other Black.
    case otherBlack = "other_black"
    /// Other ethnic group: Arab.
    case arab
    /// Other ethnic group: any other.
    case anyOther = "any_other"

    /// The 2011 broad group. The five 2011 groups (White; Mixed/multiple; Asian/Asian British;
    /// Black/African/Caribbean/Black British; Other) hold the same categories as the five 2021
    /// groups (Chinese is Asian and Arab is Other in both years; only Roma is new in 2021, inside
    /// White), so they share the `EthnicGroup2021` type and a 2011 and a 2021 profile can be
    /// compared group by group.
    public var group: EthnicGroup2021 {
        switch self {
        case .whiteBritish, .irish, .gypsyOrIrishTraveller, .otherWhite: return .white
        case .whiteAndBlackCaribbean, .whiteAndBlackAfrican, .whiteAndAsian, .otherMixed: return .mixed
        case .indian, .pakistani, .bangladeshi, .chinese, .otherAsian: return .asian
        case .african, .caribbean, .otherBlack: return .black
        case .arab, .anyOther: return .other
        }
    }

    /// The 2011 census label, e.g. "English/Welsh/Scottish/Northern Irish/British".
    public var label: String {
        switch self {
        case .whiteBritish: return "English/Welsh/Scottish/Northern Irish/British"
        case .irish: return "Irish"
        case .gypsyOrIrishTraveller: return "Gypsy or Irish Traveller"
        case .otherWhite: return "Other White"
        case .whiteAndBlackCaribbean: return "White and Black Caribbean"
        case .whiteAndBlackAfrican: return "White and Black African"
        case .whiteAndAsian: return "White and Asian"
        case .otherMixed: return "Other Mixed"
        case .indian: return "Indian"
        case .pakistani: return "Pakistani"
        case .bangladeshi: return "Bangladeshi"
        case .chinese: return "Chinese"
        case .otherAsian: return "Other Asian"
        case .african: return "African"
        case .caribbean: return "Caribbean"
        case .otherBlack: return "Other Black"
        case .arab: return "Arab"
        case .anyOther: return "Any other ethnic group"
        }
    }

    /// The 2011 category for a 2021 value: Roma becomes Other White (2011 had no Roma category),
    /// every other census category maps one to one, and the two unknowns give nil.
    public init?(_ ethnicity: Ethnicity2021) {
        switch ethnicity {
        case .roma: self = .otherWhite
        case .preferNotToSay, .notAsked: return nil
        default:
            // Every other 2021 category has a 2011 twin with the same raw value.
            guard let same = Ethnicity2011(rawValue: ethnicity.rawValue) else { return nil }
            self = same
        }
    }
}

import Foundation

/// A DfE main ethnicity code, as used in the school census and the school workforce census
/// (docs/ethnicity.md, "DfE codes"). Raw values are the four-letter codes.
///
/// Extended codes (e.g. `WENG`) are read by `init?(code:)` and roll up to these; see
/// `DfEEthnicityCode+Extended.swift`.
public enum DfEEthnicityCode: String, CaseIterable, Codable, Sendable, Hashable {
    /// White: British, Irish, Traveller of Irish heritage, Gypsy/Roma, any other White background.
    case WBRI, WIRI, WIRT, WROM, WOTH
    /// Mixed: White and Black Caribbean, White and Black African, White and Asian, any other.
    case MWBC, MWBA, MWAS, MOTH
    /// Asian: Indian, Pakistani, Bangladeshi, Chinese (shown apart by DfE at times), any other.
    case AIND, APKN, ABAN, CHNE, AOTH
    /// Black: Caribbean, African, any other Black background.
    case BCRB, BAFR, BOTH
    /// Any other ethnic group.
    case OOTH
    /// Unknowns: refused, information not yet obtained.
    case REFU, NOBT

    /// Reads a main or extended code, ignoring case and surrounding spaces: `WBRI`, `weng` and
    /// `WSCO` all give `.WBRI`. Nil for codes that are in neither list.
    public init?(code: String) {
        let folded = code.trimmingCharacters(in: .whitespaces).uppercased()
        if let main = DfEEthnicityCode(rawValue: folded) {
            self = main
        } else if let rolledUp = Self.extendedCodes[folded] {
            self = rolledUp
        } else {
            return nil
        }
    }

    /// Whether this is an unknown (`REFU` refused, `NOBT` information not yet obtained).
    public var isUnknown: Bool { self == .REFU || self == .NOBT }

    /// The DfE description, e.g. "White - British", "Traveller of Irish heritage".
    public var label: String {
        switch self {
        case .WBRI: return "White - British"
        case .WIRI: return "White - Irish"
        case .WIRT: return "Traveller of Irish heritage"
        case .WROM: return "Gypsy/Roma"
        case .WOTH: return "Any other white background"
        case .MWBC: return "White and Black Caribbean"
        case .MWBA: return "White and Black African"
        case .MWAS: return "White and Asian"
        case .MOTH: return "Any other mixed background"
        case .AIND: return "Indian"
        case .APKN: return "Pakistani"
        case .ABAN: return "Bangladeshi"
        case .CHNE: return "Chinese"
        case .AOTH: return "Any other Asian background"
        case .BCRB: return "Black Caribbean"
        case .BAFR: return "Black African"
        case .BOTH: return "Any other black background"
        case .OOTH: return "Any other ethnic group"
        case .REFU: return "Refused"
        case .NOBT: return "Information not yet obtained"
        }
    }

    /// The Census 2021 category this code is counted in, mapped by table (not by the first letter:
    /// DfE sometimes shows Chinese apart from Asian, while in 2021 Chinese is in the Asian group).
    ///
    /// - `WROM` (Gypsy/Roma) becomes `.roma`. DfE's "Gypsy/Roma" spans the 2021 categories
    ///   "Gypsy or Irish Traveller" and "Roma"; both are in the White group and neither is White
    ///   British, so the choice changes neither the five groups nor either minority definition.
    /// - `WIRT` (Traveller of Irish heritage) becomes `.gypsyOrIrishTraveller`.
    /// - `OOTH` becomes `.anyOther`: DfE has no Arab main code, and Arab and "any other" are both
    ///   in the Other group.
    /// - `REFU` becomes `.preferNotToSay` and `NOBT` becomes `.notAsked`: both are unknowns.
    public var ethnicity2021: Ethnicity2021 {
        switch self {
        case .WBRI: return .whiteBritish
        case .WIRI: return .irish
        case .WIRT: return .gypsyOrIrishTraveller
        case .WROM: return .roma
        case .WOTH: return .otherWhite
        case .MWBC: return .whiteAndBlackCaribbean
        case .MWBA: return .whiteAndBlackAfrican
        case .MWAS: return .whiteAndAsian
        case .MOTH: return .otherMixed
        case .AIND: return .indian
        case .APKN: return .pakistani
        case .ABAN: return .bangladeshi
        case .CHNE: return .chinese
        case .AOTH: return .otherAsian
        case .BCRB: return .caribbean
        case .BAFR: return .african
        case .BOTH: return .otherBlack
        case .OOTH: return .anyOther
        case .REFU: return .preferNotToSay
        case .NOBT: return .notAsked
        }
    }
}

import Foundation

/// Which constitution rules apply to a school (docs/constitution.md section 2), read from GIAS's
/// "TypeOfEstablishment (name)". Academies, free schools, independent schools and PRUs are
/// recorded but are not maintained schools, so no constitution rules are applied to them.
public enum SchoolCategory: String, CaseIterable, Codable, Sendable, Hashable {
    case community
    case communitySpecial = "community_special"
    case maintainedNursery = "maintained_nursery"
    case foundation
    case foundationSpecial = "foundation_special"
    case voluntaryAided = "voluntary_aided"
    case voluntaryControlled = "voluntary_controlled"
    case academy
    case freeSchool = "free_school"
    case independent
    case pupilReferralUnit = "pupil_referral_unit"
    case other

    /// Whether the School Governance (Constitution) (England) Regulations 2012 apply.
    public var isMaintained: Bool {
        switch self {
        case .community, .communitySpecial, .maintainedNursery, .foundation, .foundationSpecial,
            .voluntaryAided, .voluntaryControlled:
            return true
        case .academy, .freeSchool, .independent, .pupilReferralUnit, .other:
            return false
        }
    }

    /// Whether the school's foundation status (with, without, qualifying) decides its rules.
    public var hasFoundationStatus: Bool { self == .foundation || self == .foundationSpecial }

    /// The name used on the command line, e.g. `voluntary-aided`.
    public var commandLineName: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// A plain-English label, e.g. "voluntary aided".
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }

    /// Reads a category as typed on the command line (`voluntary-aided`, `VA`, `vc`).
    public init?(userInput: String) {
        let folded = userInput.lowercased().replacingOccurrences(of: "-", with: "_")
            .replacingOccurrences(of: " ", with: "_")
        switch folded {
        case "va": self = .voluntaryAided
        case "vc": self = .voluntaryControlled
        case "nursery": self = .maintainedNursery
        case "pru": self = .pupilReferralUnit
        default: self.init(rawValue: folded)
        }
    }

    /// The category for a GIAS establishment type name, matched case-insensitively.
    /// Unknown types map to `.other` (recorded, not maintained) rather than failing an import.
    public init(giasEstablishmentType name: String) {
        let type = name.trimmingCharacters(in: .whitespaces).lowercased()
        switch type {
        case "community school": self = .community
        case "community special school": self = .communitySpecial
        case "local authority nursery school": self = .maintainedNursery
        case "foundation school": self = .foundation
        case "foundation special school": self = .foundationSpecial
        case "voluntary aided school": self = .voluntaryAided
        case "voluntary controlled school": self = .voluntaryControlled
        case "pupil referral unit": self = .pupilReferralUnit
        case "free schools", "free schools special", "free schools alternative provision",
            "free schools 16 to 19", "university technical college", "studio schools":
            self = .freeSchool
        case _ where type.hasPrefix("academy") || type.hasPrefix("city technology college"):
            self = .academy
        case _ where type.contains("independent") || type.hasPrefix("non-maintained"):
            self = .independent
        default: self = .other
        }
    }
}

/// Whether a foundation or foundation special school has a foundation, and whether it is a
/// "qualifying foundation" (docs/constitution.md section 2). GIAS does not publish this: an officer records it.
public enum FoundationStatus: String, CaseIterable, Codable, Sendable, Hashable {
    case withoutFoundation = "without_foundation"
    case withFoundation = "with_foundation"
    case qualifyingFoundation = "qualifying_foundation"

    /// The name used on the command line, e.g. `with-foundation`.
    public var commandLineName: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// Reads `with`, `without`, `qualifying` or the full names.
    public init?(userInput: String) {
        switch userInput.lowercased().replacingOccurrences(of: "-", with: "_") {
        case "with", "with_foundation": self = .withFoundation
        case "without", "without_foundation": self = .withoutFoundation
        case "qualifying", "qualifying_foundation": self = .qualifyingFoundation
        default: return nil
        }
    }
}

import Foundation

/// The row of reg 14 (docs/constitution.md s2) that applies to a school: which extra foundation or
/// partnership governors its body needs.
public enum FoundationRule: String, Sendable, Codable, Hashable, CaseIterable {
    /// Community, community special, maintained nursery: no extra requirement, and no foundation
    /// or partnership seats.
    case none
    /// Foundation school without a foundation: 2 <= partnership <= total/4 (reg 14(1)).
    case partnership
    /// Foundation school with a foundation, not qualifying: 2 <= foundation <= 45% of total (reg 14(2)).
    case foundationUpTo45Percent = "foundation_up_to_45_percent"
    /// Qualifying foundation school: foundation outnumber all others by up to two (reg 14(3)).
    case qualifyingFoundation = "qualifying_foundation"
    /// Voluntary aided: foundation outnumber all others by two, or up to two (reg 14(4); [open]).
    case voluntaryAided = "voluntary_aided"
    /// Voluntary controlled: 2 <= foundation <= total/4 ([guid]).
    case voluntaryControlled = "voluntary_controlled"

    /// The rule for one school; nil when the school is not maintained, or is a foundation school
    /// whose foundation status is not recorded (the rule cannot be decided).
    public static func forSchool(_ school: GovernedSchool) -> FoundationRule? {
        switch school.category {
        case .community, .communitySpecial, .maintainedNursery: return FoundationRule.none
        case .voluntaryAided: return .voluntaryAided
        case .voluntaryControlled: return .voluntaryControlled
        case .foundation, .foundationSpecial:
            switch school.foundationStatus {
            case .withoutFoundation: return .partnership
            case .withFoundation: return .foundationUpTo45Percent
            case .qualifyingFoundation: return .qualifyingFoundation
            case nil: return nil
            }
        case .academy, .freeSchool, .independent, .pupilReferralUnit, .other: return nil
        }
    }

    /// The rule for a federation whose schools have these rules.
    ///
    /// Federations reg 22 words its rules for federations comprising *only* one kind of school,
    /// and docs/constitution.md s7 says only that federation rules "mirror reg 14". For a mix, govmon
    /// applies the rule of the school whose foundation has the strongest claim to seats:
    /// voluntary aided, then qualifying foundation, then foundation with a foundation (up to 45%),
    /// then voluntary controlled (up to a quarter), then partnership, then none. So a VA
    /// school's foundation keeps its majority, and a VC school's foundation is not left out.
    public static func forFederation(_ rules: [FoundationRule]) -> FoundationRule {
        rules.max { $0.precedence < $1.precedence } ?? FoundationRule.none
    }

    /// The order used by `forFederation`: higher wins.
    var precedence: Int {
        switch self {
        case .none: return 0
        case .partnership: return 1
        case .voluntaryControlled: return 2
        case .foundationUpTo45Percent: return 3
        case .qualifyingFoundation: return 4
        case .voluntaryAided: return 5
        }
    }

    /// Whether the rule provides for foundation governor seats.
    public var providesFoundationSeats: Bool {
        switch self {
        case .none, .partnership: return false
        case .foundationUpTo45Percent, .qualifyingFoundation, .voluntaryAided, .voluntaryControlled: return true
        }
    }

    /// Whether the rule provides for partnership governor seats.
    public var providesPartnershipSeats: Bool { self == .partnership }

    /// The reg 14 citation for a single school.
    public var citation: String {
        switch self {
        case .none: return "reg 14"
        case .partnership: return "reg 14(1)"
        case .foundationUpTo45Percent: return "reg 14(2)"
        case .qualifyingFoundation: return "reg 14(3)"
        case .voluntaryAided: return "reg 14(4)"
        // docs/constitution.md marks the VC row [guid] and gives no paragraph.
        case .voluntaryControlled: return "reg 14"
        }
    }

    /// The rule's name in findings, e.g. "voluntary aided", "foundation up to 45%".
    public var name: String {
        switch self {
        case .none: return "no extra requirement"
        case .partnership: return "partnership (foundation without a foundation)"
        case .foundationUpTo45Percent: return "foundation up to 45%"
        case .qualifyingFoundation: return "qualifying foundation"
        case .voluntaryAided: return "voluntary aided"
        case .voluntaryControlled: return "voluntary controlled"
        }
    }

    /// The kind of body, as findings name it ("VA bodies", "qualifying foundation bodies").
    public var bodyLabel: String {
        switch self {
        case .none: return "community, community special and maintained nursery bodies"
        case .partnership: return "bodies of foundation schools without a foundation"
        case .foundationUpTo45Percent: return "bodies of foundation schools with a (non-qualifying) foundation"
        case .qualifyingFoundation: return "qualifying foundation bodies"
        case .voluntaryAided: return "VA bodies"
        case .voluntaryControlled: return "VC bodies"
        }
    }
}

import Foundation

/// A category of governor on a maintained school's governing body (docs/constitution.md section 1),
/// plus associate members, who are recorded but are never governors (reg 12).
///
/// Raw values are the spellings stored in PostgreSQL.
public enum GovernorCategory: String, CaseIterable, Codable, Sendable, Hashable {
    case parent
    case staff
    case headteacher
    case localAuthority = "local_authority"
    case foundation
    case partnership
    case coOpted = "co_opted"
    case associateMember = "associate_member"

    /// The categories that hold seats on an instrument of government (everything but associates).
    public static let governorCategories: [GovernorCategory] = allCases.filter(\.isGovernor)

    /// Whether members of this category count as governors (towards totals, the minimum of 7 and
    /// the one-third rule). Associate members never do.
    public var isGovernor: Bool { self != .associateMember }

    /// The name used on the command line and in reports, e.g. `local-authority`.
    public var commandLineName: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// A plain-English label, e.g. "local authority".
    public var label: String {
        switch self {
        case .coOpted: return "co-opted"
        case .associateMember: return "associate member"
        default: return rawValue.replacingOccurrences(of: "_", with: " ")
        }
    }

    /// Reads a category as people type it: `co-opted`, `co_opted`, `Co-opted`, `la`, `LA`.
    /// Returns nil for anything else.
    public init?(userInput: String) {
        let folded = userInput.lowercased().replacingOccurrences(of: "-", with: "_")
            .replacingOccurrences(of: " ", with: "_")
        switch folded {
        case "la": self = .localAuthority
        case "head", "head_teacher": self = .headteacher
        case "coopted": self = .coOpted
        case "associate": self = .associateMember
        default: self.init(rawValue: folded)
        }
    }
}

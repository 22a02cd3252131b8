import Foundation

/// Who decides that a surplus governor leaves on reconstitution (reg 15 as substituted by
/// SI 2014/1257; docs/constitution.md s5).
public enum DepartureAuthority: String, Sendable, Codable, Hashable, CaseIterable {
    /// The governing body, on the basis of skills (every category without its own rule).
    case governingBody = "governing_body"
    /// The person or body that appointed the foundation governor.
    case appointingBody = "appointing_body"
    /// The local authority, for LA governors.
    case localAuthority = "local_authority"
    /// The governor, by resigning: valid in every category, and the only way a head leaves.
    case resignation

    /// Reads `governing-body`, `appointing_body`, `Local-Authority`, `resignation`, ...
    public init?(userInput: String) {
        self.init(rawValue: userInput.lowercased().replacingOccurrences(of: "-", with: "_"))
    }

    /// Who decides for `category`: the appointing body for foundation governors, the LA for LA
    /// governors, the head alone (by resigning as governor) for the headteacher, the governing
    /// body for everyone else.
    public static func decider(for category: GovernorCategory) -> DepartureAuthority {
        switch category {
        case .foundation: return .appointingBody
        case .localAuthority: return .localAuthority
        // The head is a governor ex officio: no one removes them from the body; they resign.
        case .headteacher: return .resignation
        case .parent, .staff, .partnership, .coOpted, .associateMember: return .governingBody
        }
    }

    /// Whether a decision by this authority can make a governor of `category` leave.
    public func mayDecide(for category: GovernorCategory) -> Bool {
        self == .resignation || self == Self.decider(for: category)
    }

    /// A plain label, e.g. "the appointing body".
    public var label: String {
        switch self {
        case .governingBody: return "the governing body"
        case .appointingBody: return "the appointing body"
        case .localAuthority: return "the local authority"
        case .resignation: return "the governor, by resigning"
        }
    }
}

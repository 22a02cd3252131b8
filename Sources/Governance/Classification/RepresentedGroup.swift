import Foundation

/// The group whose presence on a body is being measured: women, an ethnic minority under a named
/// definition, or one of the five census broad ethnic groups.
public enum RepresentedGroup: Sendable, Hashable, Codable {
    /// Members whose declared sex is female.
    case women
    /// Members in the ethnic minority under the given definition.
    case ethnicMinority(MinorityDefinition)
    /// Members in one Census 2021 broad ethnic group.
    case ethnicGroup(EthnicGroup2021)

    /// The label printed with every figure, e.g. "women", "ethnic minority (not White)",
    /// "Asian, Asian British or Asian Welsh".
    public var label: String {
        switch self {
        case .women: return "women"
        case .ethnicMinority(let definition): return definition.label
        case .ethnicGroup(let group): return group.label
        }
    }

    /// The name used on the command line: `women`, `not-white-british`, `not-white`, or
    /// `group-<name>` (e.g. `group-asian`).
    public var commandLineName: String {
        switch self {
        case .women: return "women"
        case .ethnicMinority(let definition): return definition.commandLineName
        case .ethnicGroup(let group): return "group-" + group.commandLineName
        }
    }

    /// Reads any `commandLineName` back (case-insensitive); nil for anything else.
    public init?(commandLineName: String) {
        let folded = commandLineName.lowercased().replacingOccurrences(of: "_", with: "-")
        if folded == "women" {
            self = .women
        } else if let definition = MinorityDefinition(commandLineName: folded) {
            self = .ethnicMinority(definition)
        } else if folded.hasPrefix("group-"),
            let group = EthnicGroup2021(rawValue: String(folded.dropFirst("group-".count)))
        {
            self = .ethnicGroup(group)
        } else {
            return nil
        }
    }

    /// Which characteristic decides membership: sex for `.women`, ethnicity otherwise. A member
    /// whose value for that characteristic is unknown is left out of the denominator.
    public var usesSex: Bool { self == .women }

    /// Whether a member with these declared values is in the group: true or false, or nil when
    /// the value that matters (sex for `.women`, ethnicity otherwise) is unknown.
    public func includes(sex: DeclaredSex, ethnicity: Ethnicity2021) -> Bool? {
        switch self {
        case .women:
            return sex.isUnknown ? nil : sex == .female
        case .ethnicMinority(let definition):
            return definition.includes(ethnicity)
        case .ethnicGroup(let group):
            guard let own = ethnicity.group else { return nil }
            return own == group
        }
    }
}

import Foundation

/// What a GIAS "Role" value says (docs/gias.md): a governor's office on the body, or a role that is
/// not a maintained-school governor (academy trust roles, clerks/governance professionals).
public enum GIASRole: Equatable, Sendable {
    case governor(GovernorRole)
    case notAGovernor

    /// Interprets a role case-insensitively; nil when the value is unknown.
    public init?(gias raw: String) {
        let key = raw.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if key.isEmpty { return nil }
        if key.hasPrefix("vice chair") || key.hasPrefix("vice-chair") {
            self = .governor(.viceChair)
        } else if key.hasPrefix("chair of") || key == "chair" {
            self = key.contains("trustees") ? .notAGovernor : .governor(.chair)
        } else if key == "governor" || key == "local governor" || key.hasPrefix("shared governor")
            || key.hasPrefix("shared local governor")
        {
            self = .governor(.member)
        } else if ["member", "trustee", "accounting officer", "chief financial officer"].contains(key)
            || key.hasPrefix("governance professional") || key.hasPrefix("shared chair")
        {
            self = .notAGovernor
        } else {
            return nil
        }
    }
}

/// A governor's office on the body.
public enum GovernorRole: String, CaseIterable, Codable, Sendable {
    case member, chair
    case viceChair = "vice_chair"

    /// Reads `member`, `chair`, `vice-chair`.
    public init?(userInput: String) {
        self.init(rawValue: userInput.lowercased().replacingOccurrences(of: "-", with: "_"))
    }

    /// The name used on the command line.
    public var commandLineName: String { rawValue.replacingOccurrences(of: "_", with: "-") }
}

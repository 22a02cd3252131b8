import Foundation

/// Which people count as an "ethnic minority" (docs/ethnicity.md, "two definitions in use"). Every
/// figure names the definition it uses.
public enum MinorityDefinition: String, CaseIterable, Codable, Sendable, Hashable {
    /// Everyone except White British, White minorities included (ONS "ethnic minorities", the
    /// Ethnicity facts and figures default).
    case notWhiteBritish = "not_white_british"
    /// Everyone outside the White group (what "BME/BAME" has mostly meant in local government).
    case notWhite = "not_white"

    /// The label printed next to every figure, e.g. "ethnic minority (not White British)".
    public var label: String {
        switch self {
        case .notWhiteBritish: return "ethnic minority (not White British)"
        case .notWhite: return "ethnic minority (not White)"
        }
    }

    /// The name used on the command line: `not-white-british` or `not-white`.
    public var commandLineName: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// Reads `not-white-british`, `not_white`, ... (case-insensitive); nil for anything else.
    public init?(commandLineName: String) {
        self.init(rawValue: commandLineName.lowercased().replacingOccurrences(of: "-", with: "_"))
    }

    /// The definition named by `text` (an option, a query parameter, a setting called `option`),
    /// or `fallback` when none is given; one sentence naming `option` for anything else.
    public static func parse(_ text: String?, option: String, default fallback: MinorityDefinition) throws(InputError)
        -> MinorityDefinition
    {
        guard let text else { return fallback }
        guard let value = MinorityDefinition(commandLineName: text) else {
            throw InputError.badValue(option: option, expected: "not-white-british or not-white", found: text)
        }
        return value
    }

    /// Whether a 2021 value is in the minority under this definition; nil for the unknowns
    /// (prefer not to say, not asked), which stay out of every denominator.
    public func includes(_ ethnicity: Ethnicity2021) -> Bool? {
        guard let group = ethnicity.group else { return nil }
        switch self {
        case .notWhiteBritish: return ethnicity != .whiteBritish
        case .notWhite: return group != .white
        }
    }

    /// Whether a 2011 category is in the minority under this definition (2011 has no unknowns).
    public func includes(_ ethnicity: Ethnicity2011) -> Bool {
        switch self {
        case .notWhiteBritish: return ethnicity != .whiteBritish
        case .notWhite: return ethnicity.group != .white
        }
    }
}

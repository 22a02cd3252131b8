import Foundation

/// How far a voluntary aided school's foundation governors must outnumber all the other governors
/// (docs/constitution.md s2, marked [open]: guidance says "by two", one source "up to two").
public enum VAFoundationMargin: String, Sendable, Codable, Hashable, CaseIterable, CustomStringConvertible {
    /// Foundation governors = others + 2 (the default, from DfE guidance: "by two").
    case exactlyTwo = "exactly_two"
    /// Foundation governors = others + 1 or others + 2 (one source: "up to two").
    case upToTwo = "up_to_two"

    /// The documented default.
    public static let defaultValue: VAFoundationMargin = .exactlyTwo

    /// Whether `foundation` foundation governors against `others` other governors meet this reading.
    public func isMet(foundation: Int, others: Int) -> Bool {
        switch self {
        case .exactlyTwo: return foundation == others + 2
        case .upToTwo: return foundation > others && foundation - others <= 2
        }
    }

    /// The reading in words, as used in findings: "exactly two" or "up to two (one or two)".
    public var wording: String {
        switch self {
        case .exactlyTwo: return "exactly two"
        case .upToTwo: return "up to two (one or two)"
        }
    }

    /// A sentence saying which reading is in use and where it comes from.
    public var description: String {
        switch self {
        case .exactlyTwo:
            return
                "VA foundation margin: foundation governors must outnumber all the others by exactly two (default; DfE guidance: \"by two\")."
        case .upToTwo:
            return
                "VA foundation margin: foundation governors must outnumber all the others by one or two (\"up to two\", as one source reads it; not the default)."
        }
    }
}

import Foundation

/// How reg 13(3) "one staff governor" / "one local authority governor" is read
/// (docs/constitution.md s1: LA guidance reads both as "only one").
public enum OneGovernorReading: String, Sendable, Codable, Hashable, CaseIterable, CustomStringConvertible {
    /// Exactly one seat (the default, from LA guidance: "only one").
    case exactlyOne = "exactly_one"
    /// One seat or more (the regulation's bare words read as a minimum).
    case atLeastOne = "at_least_one"

    /// The documented default.
    public static let defaultValue: OneGovernorReading = .exactlyOne

    /// Whether `seats` seats meet this reading.
    public func isMet(by seats: Int) -> Bool {
        switch self {
        case .exactlyOne: return seats == 1
        case .atLeastOne: return seats >= 1
        }
    }

    /// The reading in words, as used in findings: "exactly one" or "at least one".
    public var wording: String { self == .exactlyOne ? "exactly one" : "at least one" }

    /// A sentence saying which reading is in use, without naming the seat.
    public var description: String {
        switch self {
        case .exactlyOne: return "read as exactly one (default; LA guidance: \"only one\")"
        case .atLeastOne: return "read as at least one (the regulation's words as a minimum; not the default)"
        }
    }
}

import Foundation

/// One configurable constitution rule as configured: its config key, the value in use, the
/// values allowed, and a sentence reporting which reading was used (for reports and logs).
public struct ConstitutionRuleSetting: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The config key, e.g. `constitution.va_foundation_margin`.
    public let key: String
    /// The value in use, e.g. `exactly_two`.
    public let value: String
    /// Every value the key accepts.
    public let allowedValues: [String]
    /// The documented default value.
    public let defaultValue: String
    /// A sentence saying which reading was used and where it comes from.
    public let sentence: String

    /// Makes a setting.
    public init(key: String, value: String, allowedValues: [String], defaultValue: String, sentence: String) {
        self.key = key
        self.value = value
        self.allowedValues = allowedValues
        self.defaultValue = defaultValue
        self.sentence = sentence
    }

    /// Whether the value in use is the documented default.
    public var isDefault: Bool { value == defaultValue }

    /// `key = value: sentence`.
    public var description: String { "\(key) = \(value): \(sentence)" }
}

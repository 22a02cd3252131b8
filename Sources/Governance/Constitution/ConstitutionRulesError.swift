import Foundation

/// A config value that no constitution option accepts.
public struct ConstitutionRulesError: Error, Sendable, Codable, Hashable, CustomStringConvertible {
    /// The config key, e.g. `constitution.va_foundation_margin`.
    public let key: String
    /// The value found, as given.
    public let value: String
    /// The values the key accepts.
    public let allowedValues: [String]

    /// Makes the error for `key`.
    public init(key: String, value: String, allowedValues: [String]) {
        self.key = key
        self.value = value
        self.allowedValues = allowedValues
    }

    /// E.g. `constitution.va_foundation_margin: "two" is not an allowed value; expected one of exactly_two, up_to_two`.
    public var description: String {
        "\(key): \"\(value)\" is not an allowed value; expected one of \(allowedValues.joined(separator: ", "))"
    }
}

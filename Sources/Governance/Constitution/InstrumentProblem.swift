import Foundation

/// One reason an instrument of government cannot exist as given: the field at fault and a plain
/// sentence saying what was expected and what was found.
public struct InstrumentProblem: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The field, e.g. `seats[parent]`, `termYears[staff]`, `effectiveFrom`.
    public let field: String

    /// A sentence naming what was expected and what was found.
    public let message: String

    /// Makes a problem for `field`.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// `field: message`.
    public var description: String { "\(field): \(message)" }
}

/// A change the register's rules refuse, in one sentence (the store and the edges pass it on as
/// they pass on their own refusals).
public struct RuleViolation: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}

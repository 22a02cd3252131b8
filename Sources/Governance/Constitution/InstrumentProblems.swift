import Foundation

/// The problems that stopped an instrument of government being made (thrown by its initialiser).
public struct InstrumentProblems: Error, Sendable, Codable, Hashable, CustomStringConvertible {
    /// Every problem found, in a stable order (seats, terms, schools, dates).
    public let problems: [InstrumentProblem]

    /// Wraps `problems`.
    public init(problems: [InstrumentProblem]) { self.problems = problems }

    /// The problems joined into one paragraph.
    public var description: String {
        "invalid instrument of government: " + problems.map(\.description).joined(separator: "; ")
    }
}

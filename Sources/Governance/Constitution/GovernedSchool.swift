import Foundation

/// One school under a governing body: its category and, for foundation and foundation special
/// schools, its foundation status (which an officer records; GIAS does not publish it).
public struct GovernedSchool: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The school's URN, if known; used only to name the school in findings.
    public let urn: String?
    /// The school's category.
    public let category: SchoolCategory
    /// Whether a foundation school has a foundation and whether it qualifies; nil when not
    /// recorded. Ignored for categories other than foundation and foundation special.
    public let foundationStatus: FoundationStatus?

    /// Makes a school entry.
    public init(_ category: SchoolCategory, foundationStatus: FoundationStatus? = nil, urn: String? = nil) {
        self.category = category
        self.foundationStatus = foundationStatus
        self.urn = urn
    }

    /// E.g. "academy (URN 100000)" or "voluntary aided school".
    public var description: String {
        let name = category.isMaintained ? "\(category.label) school" : category.label
        return urn.map { "\(name) (URN \($0))" } ?? name
    }
}

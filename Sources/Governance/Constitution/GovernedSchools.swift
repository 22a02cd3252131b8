import Foundation

/// What a governing body governs: one school, or a federation of several under one instrument
/// (Education Act 2002 s24; docs/constitution.md s7).
public enum GovernedSchools: Sendable, Codable, Hashable {
    /// A single school.
    case single(GovernedSchool)
    /// A federation: the schools' categories and foundation statuses, in any order.
    case federation([GovernedSchool])

    /// A single school with this category and foundation status.
    public static func school(_ category: SchoolCategory, _ status: FoundationStatus? = nil) -> GovernedSchools {
        .single(GovernedSchool(category, foundationStatus: status))
    }

    /// Every school, one for a single school.
    public var schools: [GovernedSchool] {
        switch self {
        case .single(let school): return [school]
        case .federation(let schools): return schools
        }
    }

    /// Whether this is a federation.
    public var isFederation: Bool {
        if case .federation = self { return true }
        return false
    }
}

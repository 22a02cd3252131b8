import Foundation

/// One governor category's seats on the instrument against the governors serving on a date.
public struct SeatCount: Sendable, Codable, Hashable {
    /// The category (never `.associateMember`).
    public let category: GovernorCategory
    /// Seats on the instrument.
    public let seats: Int
    /// Governors serving in the category.
    public let filled: Int

    /// Makes a count.
    public init(category: GovernorCategory, seats: Int, filled: Int) {
        self.category = category
        self.seats = seats
        self.filled = filled
    }

    /// Seats with nobody in them: `seats - filled` when positive, else 0.
    public var vacant: Int { max(seats - filled, 0) }

    /// Governors beyond the seats: `filled - seats` when positive, else 0.
    public var surplus: Int { max(filled - seats, 0) }
}

import Foundation

/// One category with more governors serving than a new instrument provides seats for, on the
/// day the instrument takes effect, and who decides who leaves.
public struct CategorySurplus: Sendable, Codable, Hashable {
    /// The category.
    public let category: GovernorCategory
    /// Seats on the new instrument.
    public let seats: Int
    /// The governors of this category serving on the effective date (appointment ids, in input order).
    public let servingAppointmentIDs: [AppointmentID]
    /// Who decides who leaves.
    public let decidedBy: DepartureAuthority
    /// Where the rule comes from: "reg 15 as substituted by SI 2014/1257".
    public let citation: String

    /// Makes a surplus record.
    public init(category: GovernorCategory, seats: Int, servingAppointmentIDs: [AppointmentID], decidedBy: DepartureAuthority) {
        self.category = category
        self.seats = seats
        self.servingAppointmentIDs = servingAppointmentIDs
        self.decidedBy = decidedBy
        self.citation = Citation.surplus
    }

    /// How many serve.
    public var serving: Int { servingAppointmentIDs.count }

    /// How many must leave: `serving - seats` when positive, else 0.
    public var surplus: Int { max(serving - seats, 0) }

    /// E.g. "4 parent governors serve against 2 seats: 2 surplus; the governing body decides who leaves".
    public var message: String {
        "\(serving) \(category.label) governors serve against \(seats) \(seats == 1 ? "seat" : "seats"): \(surplus) surplus; \(decidedBy.label) decides who leaves (or governors resign); nobody leaves until a decision is recorded"
    }
}

import Foundation

/// A governing body's membership on one day against its instrument: seats per category, who
/// serves, the associate members kept apart, and the findings.
public struct MembershipReport: Sendable, Codable, Hashable {
    /// The day the report is for.
    public let date: CalendarDate
    /// Seats, filled, vacant and surplus for every governor category, in category order.
    public let seatCounts: [SeatCount]
    /// The governors serving on `date` (associate members excluded).
    public let governors: [MemberAppointment]
    /// The associate members serving on `date`: listed, never counted (reg 12).
    public let associates: [MemberAppointment]
    /// Every finding, in a stable order.
    public let findings: [ConstitutionFinding]

    /// Makes a report.
    public init(
        date: CalendarDate, seatCounts: [SeatCount], governors: [MemberAppointment],
        associates: [MemberAppointment], findings: [ConstitutionFinding]
    ) {
        self.date = date
        self.seatCounts = seatCounts
        self.governors = governors
        self.associates = associates
        self.findings = findings
    }

    /// The number of governors serving (associate members never count).
    public var totalServing: Int { governors.count }

    /// The seat count for `category` (zeros for categories with none, and for associates).
    public func seatCount(for category: GovernorCategory) -> SeatCount {
        seatCounts.first { $0.category == category } ?? SeatCount(category: category, seats: 0, filled: 0)
    }
}

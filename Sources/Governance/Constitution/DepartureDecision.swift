import Foundation

/// A recorded decision that one surplus governor leaves: which appointment, who decided, and when.
/// The system records these; it never makes them.
public struct DepartureDecision: Sendable, Codable, Hashable {
    /// The appointment that is to end.
    public let appointmentID: AppointmentID
    /// Who decided (or `.resignation` when the governor resigned).
    public let decidedBy: DepartureAuthority
    /// The day of the decision.
    public let decidedOn: CalendarDate

    /// Makes a decision record.
    public init(appointmentID: AppointmentID, decidedBy: DepartureAuthority, decidedOn: CalendarDate) {
        self.appointmentID = appointmentID
        self.decidedBy = decidedBy
        self.decidedOn = decidedOn
    }
}

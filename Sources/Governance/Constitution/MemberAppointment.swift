import Foundation

/// One appointment of a person to a governing body: a governor in a category, or an associate
/// member. Re-appointment is a new appointment, never an edited end date (docs/constitution.md s4).
public struct MemberAppointment: Sendable, Codable, Hashable, Identifiable {
    /// The appointment's id (departure decisions refer to it).
    public let id: AppointmentID
    /// The person appointed.
    public let personID: PersonID
    /// The category, including `.associateMember` (recorded, never counted as a governor).
    public let category: GovernorCategory
    /// The role held.
    public let role: GovernorRole
    /// Whether the appointment is held ex officio (the head; ex officio foundation governors):
    /// it lasts while the office is held and has no term end.
    public let exOfficio: Bool
    /// Whether the person is employed at the school (at any federated school): such a person is
    /// staff-eligible for reg 13(5) and may not be chair or vice-chair.
    public let employedAtSchool: Bool
    /// The first day of the appointment.
    public let startDate: CalendarDate
    /// The last day of the term, if the appointment has one (ex officio ones do not).
    public let termEnd: CalendarDate?
    /// The last day served, once the appointment has ended (resignation, removal, term end).
    public let endedOn: CalendarDate?

    /// Makes an appointment.
    public init(
        id: AppointmentID, personID: PersonID, category: GovernorCategory, role: GovernorRole = .member,
        exOfficio: Bool = false, employedAtSchool: Bool = false, startDate: CalendarDate,
        termEnd: CalendarDate? = nil, endedOn: CalendarDate? = nil
    ) {
        self.id = id
        self.personID = personID
        self.category = category
        self.role = role
        self.exOfficio = exOfficio
        self.employedAtSchool = employedAtSchool
        self.startDate = startDate
        self.termEnd = termEnd
        self.endedOn = endedOn
    }

    /// Whether the appointment serves on `date`: `startDate <= date` and (`endedOn == nil` or
    /// `endedOn >= date`), so the day it ends is its last day of service. An appointment past its
    /// term end but not ended still serves (and `MembershipCheck` flags it).
    public func serves(on date: CalendarDate) -> Bool {
        Serving.serves(start: startDate, endedOn: endedOn, on: date)
    }

    /// Whether the term ended before `date` (false when there is no term end).
    public func isPastTermEnd(on date: CalendarDate) -> Bool { termEnd.map { $0 < date } ?? false }
}

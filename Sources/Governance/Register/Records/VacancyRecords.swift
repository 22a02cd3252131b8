/// Why a seat fell vacant (the values the register accepts).
public enum VacancyReason: String, CaseIterable, Sendable, Codable {
    case termEnded = "term_ended", resigned
    case newSeat = "new_seat"
    case removed, disqualified, deceased
    case noLongerEligible = "no_longer_eligible"
    case other

    /// The name used on the command line, e.g. `new-seat`.
    public var commandLineName: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// Reads `resigned`, `term-ended`, `new-seat`, ...
    public init?(userInput: String) {
        self.init(rawValue: userInput.lowercased().replacingOccurrences(of: "-", with: "_"))
    }
}

/// A vacancy as recorded.
public struct Vacancy: Sendable, Codable, Equatable {
    public var id: VacancyID
    public var bodyID: BodyID
    public var bodyName: String
    public var category: GovernorCategory
    public var openedOn: CalendarDate
    public var reason: VacancyReason
    public var filledByAppointment: AppointmentID?
    public var filledOn: CalendarDate?
    public var closedOn: CalendarDate?
    public var closedReason: String?
    public var note: String?

    /// Open on `date`: opened by then, not filled or closed before it.
    public func isOpen(on date: CalendarDate) -> Bool {
        openedOn <= date && (filledOn.map { $0 > date } ?? true) && (closedOn.map { $0 > date } ?? true)
    }

    /// The record as given, field by field.
    public init(
        id: VacancyID, bodyID: BodyID, bodyName: String, category: GovernorCategory, openedOn: CalendarDate,
        reason: VacancyReason,
        filledByAppointment: AppointmentID? = nil, filledOn: CalendarDate? = nil, closedOn: CalendarDate? = nil,
        closedReason: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.bodyID = bodyID
        self.bodyName = bodyName
        self.category = category
        self.openedOn = openedOn
        self.reason = reason
        self.filledByAppointment = filledByAppointment
        self.filledOn = filledOn
        self.closedOn = closedOn
        self.closedReason = closedReason
        self.note = note
    }
}

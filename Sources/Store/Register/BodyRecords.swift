import Governance

/// A governing body with what listings show about it.
public struct GoverningBody: Sendable, Codable, Equatable {
    public var id: Int64
    public var laCode: Int
    public var name: String
    public var isFederation: Bool
    public var formedOn: CalendarDate?
    public var dissolvedOn: CalendarDate?
    /// URNs of the schools it governs today.
    public var schoolURNs: [Int]
}

/// What `federate` did, for the command to report.
public struct FederationResult: Sendable, Codable {
    public var bodyID: Int64
    /// Bodies left with no school and therefore dissolved.
    public var dissolvedBodies: [Int64]
    /// Appointments ended because their body dissolved.
    public var endedAppointments: Int
}

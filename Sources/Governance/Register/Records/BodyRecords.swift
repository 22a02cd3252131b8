/// A governing body with what listings show about it.
public struct GoverningBody: Sendable, Codable, Equatable {
    public var id: BodyID
    public var laCode: Int
    public var name: String
    public var isFederation: Bool
    public var formedOn: CalendarDate?
    public var dissolvedOn: CalendarDate?
    /// URNs of the schools it governs today.
    public var schoolURNs: [Int]

    /// The record as given, field by field.
    public init(
        id: BodyID, laCode: Int, name: String, isFederation: Bool, formedOn: CalendarDate? = nil,
        dissolvedOn: CalendarDate? = nil,
        schoolURNs: [Int]
    ) {
        self.id = id
        self.laCode = laCode
        self.name = name
        self.isFederation = isFederation
        self.formedOn = formedOn
        self.dissolvedOn = dissolvedOn
        self.schoolURNs = schoolURNs
    }
}

/// What `federate` did, for the command to report.
public struct FederationResult: Sendable, Codable {
    public var bodyID: BodyID
    /// Bodies left with no school and therefore dissolved.
    public var dissolvedBodies: [BodyID]
    /// Appointments ended because their body dissolved.
    public var endedAppointments: Int

    /// The record as given, field by field.
    public init(bodyID: BodyID, dissolvedBodies: [BodyID], endedAppointments: Int) {
        self.bodyID = bodyID
        self.dissolvedBodies = dissolvedBodies
        self.endedAppointments = endedAppointments
    }
}

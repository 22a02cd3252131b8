/// What the constitution checks need for one body: its schools and the instrument in force.
public struct BodyConstitutionInputs: Sendable {
    public var bodyID: BodyID
    public var bodyName: String
    public var schools: [GovernedSchool]
    public var instrument: InstrumentRecord?
    public var appointments: [MemberAppointment]

    /// The record as given, field by field.
    public init(
        bodyID: BodyID, bodyName: String, schools: [GovernedSchool], instrument: InstrumentRecord? = nil,
        appointments: [MemberAppointment]
    ) {
        self.bodyID = bodyID
        self.bodyName = bodyName
        self.schools = schools
        self.instrument = instrument
        self.appointments = appointments
    }
}

/// A summary of the latest import of a kind.
public struct ImportRunSummary: Sendable, Codable, Equatable {
    public var fileName: String
    /// ISO-8601 UTC instant.
    public var startedAt: String
    public var rowsRead: Int
    public var inserted: Int
    public var updated: Int
    public var rejected: Int
    /// Identity questions from that run still unresolved.
    public var openQuestions: Int

    /// The record as given, field by field.
    public init(
        fileName: String, startedAt: String, rowsRead: Int, inserted: Int, updated: Int, rejected: Int, openQuestions: Int
    ) {
        self.fileName = fileName
        self.startedAt = startedAt
        self.rowsRead = rowsRead
        self.inserted = inserted
        self.updated = updated
        self.rejected = rejected
        self.openQuestions = openQuestions
    }
}

/// How serving governors' declarations stand on a date (counts only).
public struct DeclarationCoverage: Sendable, Codable, Equatable {
    public var serving: Int
    public var declaredEthnicity: Int
    public var declaredSex: Int
    public var preferNotToSay: Int
    public var notAsked: Int
    public var noDeclaration: Int
    public var objected: Int

    /// The record as given, field by field.
    public init(
        serving: Int, declaredEthnicity: Int, declaredSex: Int, preferNotToSay: Int, notAsked: Int, noDeclaration: Int,
        objected: Int
    ) {
        self.serving = serving
        self.declaredEthnicity = declaredEthnicity
        self.declaredSex = declaredSex
        self.preferNotToSay = preferNotToSay
        self.notAsked = notAsked
        self.noDeclaration = noDeclaration
        self.objected = objected
    }
}

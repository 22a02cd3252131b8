import Governance

/// One body's constitution on a date: the instrument checked against the regulations and the
/// members against the instrument. Shared by `govmon body check` and the service.
public struct ConstitutionReport: Sendable, Encodable {
    /// A finding with what it is about ("instrument" or "members").
    public struct Line: Sendable, Encodable {
        public var about: String
        public var finding: ConstitutionFinding
    }

    public var bodyID: BodyID
    public var bodyName: String
    public var asOf: CalendarDate
    public var instrumentID: Int64?
    public var instrumentEffective: CalendarDate?
    /// The readings used where sources disagree, in words.
    public var readings: String
    public var seats: [SeatCount]
    public var lines: [Line]

    /// Checks `body` on `date` against `instrument` (the one in force, as recorded) and its
    /// serving `appointments`; `staffEligibleCoOpted` is the co-opted seats the instrument expects
    /// to be staff-eligible (reg 13(5)).
    public init(
        body: GoverningBody, schools: [School], instrument record: InstrumentRecord, appointments: [Appointment],
        on date: CalendarDate, rules: ConstitutionRules, staffEligibleCoOpted: Int = 0
    ) {
        let governedSchools = schools.map {
            GovernedSchool($0.category, foundationStatus: $0.foundationStatus, urn: String($0.urn))
        }
        self.init(
            bodyID: body.id, bodyName: body.name, asOf: date, instrumentID: record.id,
            instrumentEffective: record.effectiveFrom, readings: rules.description, seats: [], lines: [])
        let governed: GovernedSchools =
            governedSchools.count > 1 ? .federation(governedSchools) : .single(governedSchools.first ?? GovernedSchool(.other))
        switch record.domain(schoolsGoverned: governedSchools.count) {
        case .failure(let problems):
            lines = problems.problems.map {
                Line(
                    about: "instrument",
                    finding: ConstitutionFinding(
                        .breach, .termsOfOffice, citation: "instrument", message: "\($0.field): \($0.message)"))
            }
        case .success(let instrument):
            lines = ConstitutionCheck.check(
                school: governed, instrument: instrument, rules: rules, staffEligibleCoOptedSeats: staffEligibleCoOpted
            ).map { Line(about: "instrument", finding: $0) }
            let members = MembershipCheck.check(
                instrument: instrument, appointments: appointments.map(\.member), on: date, rules: rules)
            seats = members.seatCounts
            lines += members.findings.map { Line(about: "members", finding: $0) }
        }
    }

    init(
        bodyID: BodyID, bodyName: String, asOf: CalendarDate, instrumentID: Int64?, instrumentEffective: CalendarDate?,
        readings: String, seats: [SeatCount], lines: [Line]
    ) {
        self.bodyID = bodyID
        self.bodyName = bodyName
        self.asOf = asOf
        self.instrumentID = instrumentID
        self.instrumentEffective = instrumentEffective
        self.readings = readings
        self.seats = seats
        self.lines = lines
    }
}

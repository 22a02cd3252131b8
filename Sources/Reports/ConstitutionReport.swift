import Governance
import Store

/// One body's constitution on a date: the instrument checked against the regulations and the
/// members against the instrument. Shared by `govmon body check` and the service.
public struct ConstitutionReport: Sendable, Encodable {
    /// A finding with what it is about ("instrument" or "members").
    public struct Line: Sendable, Encodable {
        public var about: String
        public var finding: ConstitutionFinding
    }

    public var bodyID: Int64
    public var bodyName: String
    public var asOf: CalendarDate
    public var instrumentID: Int64?
    public var instrumentEffective: CalendarDate?
    /// The readings used where sources disagree, in words.
    public var readings: String
    public var seats: [SeatCount]
    public var lines: [Line]

    /// Checks `body` on `date`; `staffEligibleCoOpted` is the co-opted seats the instrument expects
    /// to be staff-eligible (reg 13(5)).
    public static func make(
        register: Register, body: GoverningBody, on date: CalendarDate, rules: ConstitutionRules,
        staffEligibleCoOpted: Int = 0
    ) async throws -> ConstitutionReport {
        var schools: [GovernedSchool] = []
        for urn in body.schoolURNs {
            let s = try await register.school(urn: urn).school
            schools.append(GovernedSchool(s.category, foundationStatus: s.foundationStatus, urn: String(urn)))
        }
        var report = ConstitutionReport(
            bodyID: body.id, bodyName: body.name, asOf: date, instrumentID: nil,
            instrumentEffective: nil, readings: rules.description, seats: [], lines: [])
        guard let record = try await register.instrumentInForce(bodyID: body.id, on: date) else {
            throw StoreError.invalid(
                "body \(body.id) has no instrument of government in force on \(date.iso); "
                    + "record one with 'govmon instrument add'")
        }
        report.instrumentID = record.id
        report.instrumentEffective = record.effectiveFrom
        let governed: GovernedSchools =
            schools.count > 1 ? .federation(schools) : .single(schools.first ?? GovernedSchool(.other))
        switch record.domain(schoolsGoverned: schools.count) {
        case .failure(let problems):
            report.lines = problems.problems.map {
                Line(
                    about: "instrument",
                    finding: ConstitutionFinding(
                        .breach, .termsOfOffice, citation: "instrument", message: "\($0.field): \($0.message)"))
            }
        case .success(let instrument):
            report.lines = ConstitutionCheck.check(
                school: governed, instrument: instrument, rules: rules,
                staffEligibleCoOptedSeats: staffEligibleCoOpted
            ).map { Line(about: "instrument", finding: $0) }
            let members = MembershipCheck.check(
                instrument: instrument, appointments: try await register.appointments(bodyID: body.id).map(\.member),
                on: date, rules: rules)
            report.seats = members.seatCounts
            report.lines += members.findings.map { Line(about: "members", finding: $0) }
        }
        return report
    }
}

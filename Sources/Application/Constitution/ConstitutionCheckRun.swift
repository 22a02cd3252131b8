import Governance
import Reports
import Store

/// One body's constitution checked on a date (`govmon body check`, `GET /bodies/{body}/check`):
/// the instrument in force against the regulations, the members serving against the instrument.
public struct ConstitutionCheckRun: Sendable {
    public let register: Register
    public let rules: ConstitutionRules

    public init(register: Register, rules: ConstitutionRules) {
        self.register = register
        self.rules = rules
    }

    /// The report for `body` on `date`; a body with no instrument in force is refused with a
    /// sentence. `staffEligibleCoOpted` overrides what the instrument records (nil: as recorded).
    public func check(_ body: GoverningBody, on date: CalendarDate, staffEligibleCoOpted: Int? = nil) async throws
        -> ConstitutionReport
    {
        let schools = try await register.schools(governedBy: body)
        guard let instrument = try await register.instrumentInForce(bodyID: body.id, on: date) else {
            throw RuleViolation(
                "body \(body.id) has no instrument of government in force on \(date.iso); record one with 'govmon instrument add'"
            )
        }
        return ConstitutionReport(
            body: body, schools: schools, instrument: instrument, appointments: try await register.appointments(bodyID: body.id),
            on: date, rules: rules, staffEligibleCoOpted: staffEligibleCoOpted ?? instrument.staffEligibleCoOpted)
    }
}

import Governance
import Testing

/// Builders shared by the constitution tests.
enum Fixture {
    /// A stable appointment id for a readable test name ("p3"): FNV-1a 64-bit of its UTF-8 bytes.
    static func id(_ name: String) -> AppointmentID { AppointmentID(hash(name)) }

    /// A stable person id for a readable test name, hashed as `id`.
    static func person(_ name: String) -> PersonID { PersonID(hash(name)) }

    private static func hash(_ name: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int64(bitPattern: hash)
    }

    /// The date for an ISO `YYYY-MM-DD` string (test input is always valid).
    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// An instrument with these seats; the head defaults to one ex officio seat per school.
    static func instrument(
        parents: Int = 2, heads: Int? = nil, staff: Int = 1, la: Int = 1, coOpted: Int = 0,
        foundation: Int = 0, partnership: Int = 0, terms: [GovernorCategory: Int] = [:],
        regulations: InstrumentOfGovernment.Regulations = .of2012, headIsGovernor: Bool = true,
        schools: Int = 1, madeOn: String = "2020-06-01", effectiveFrom: String = "2020-09-01"
    ) throws(InstrumentProblems) -> InstrumentOfGovernment {
        try InstrumentOfGovernment(
            seats: [
                .parent: parents, .headteacher: heads ?? (headIsGovernor ? schools : 0), .staff: staff,
                .localAuthority: la, .coOpted: coOpted, .foundation: foundation, .partnership: partnership,
            ],
            termYears: terms, regulations: regulations, headIsGovernor: headIsGovernor,
            schoolsGoverned: schools, madeOn: date(madeOn), effectiveFrom: date(effectiveFrom))
    }

    /// A federation of schools of these categories (no foundation status).
    static func federation(_ categories: SchoolCategory...) -> GovernedSchools {
        .federation(categories.map { GovernedSchool($0) })
    }
}

extension Array where Element == ConstitutionFinding {
    /// The first finding for `rule`, failing the test when there is none.
    func one(_ rule: FindingRule, sourceLocation: SourceLocation = #_sourceLocation) throws -> ConstitutionFinding {
        try #require(first { $0.rule == rule }, "no \(rule.rawValue) finding in \(self)", sourceLocation: sourceLocation)
    }

    /// Every finding for `rule`.
    func all(_ rule: FindingRule) -> [ConstitutionFinding] { filter { $0.rule == rule } }

    /// The breaches.
    var breaches: [ConstitutionFinding] { filter { $0.severity == .breach } }

    /// The warnings.
    var warnings: [ConstitutionFinding] { filter { $0.severity == .warning } }
}

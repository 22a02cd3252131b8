import Foundation

/// The citation strings findings use, kept in one place so every finding cites a rule the same way.
/// Single schools cite SI 2012/1034; federations cite SI 2012/1035 ("Federations reg ...").
enum Citation {
    /// Total membership at least 7.
    static func total(_ federation: Bool) -> String { federation ? "Federations reg 21(2)" : "reg 13(2)" }
    /// Parent governors.
    static func parents(_ federation: Bool) -> String { federation ? "Federations reg 21(3)(a)" : "reg 13(3)(a)" }
    /// The headteacher(s).
    static func head(_ federation: Bool) -> String { federation ? "Federations reg 21(3)(b)" : "reg 13(3)(b)" }
    /// The staff governor.
    static func staff(_ federation: Bool) -> String { federation ? "Federations reg 21(3)(c)" : "reg 13(3)(c)" }
    /// The local authority governor.
    static func localAuthority(_ federation: Bool) -> String { federation ? "Federations reg 21(3)(d)" : "reg 13(3)(d)" }
    /// The one-third rule.
    static func oneThird(_ federation: Bool) -> String { federation ? "Federations reg 21(5)" : "reg 13(5)" }
    /// Federation foundation and partnership rules, which mirror reg 14.
    static let federationCategory = "Federations reg 22"
    /// Terms of office.
    static let terms = "reg 16 / docs/constitution.md s4"
    /// Ex officio governors and term records.
    static let termRecords = "docs/constitution.md s4"
    /// Maintained schools only.
    static let maintainedOnly = "docs/constitution.md s8"
    /// Reconstitution under the 2012 regulations by 1 September 2015.
    static let regulations = "docs/constitution.md s5"
    /// Federations.
    static let federation = "docs/constitution.md s7"
    /// Chair and vice-chair eligibility and election.
    static let roles = "School Governance (Roles, Procedures and Allowances) (England) Regulations 2013"
    /// Removal of surplus governors.
    static let surplus = "reg 15 as substituted by SI 2014/1257"
    /// Seats as the instrument provides them.
    static let instrument = "instrument of government"
    /// The clerk reports vacancies.
    static let vacancies = "docs/constitution.md s6"
}

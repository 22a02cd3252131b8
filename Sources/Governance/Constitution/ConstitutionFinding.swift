import Foundation

/// The outcome of one rule: how it went, where the rule comes from, which rule, and a plain
/// sentence with the numbers ("3 of 9 governors are staff-eligible; the limit is one third, 3; ok").
public struct ConstitutionFinding: Sendable, Codable, Hashable, CustomStringConvertible {
    /// How a rule went.
    public enum Severity: String, Sendable, Codable, Hashable, CaseIterable {
        /// The rule is met.
        case ok
        /// The rule is broken.
        case breach
        /// A person must look: the rule cannot be decided from the data (e.g. a foundation
        /// school's foundation status is not recorded), or a record looks wrong.
        case warning
        /// The rule does not apply: constitution checks apply to maintained schools only.
        case notApplicable = "not_applicable"
    }

    /// How the rule went.
    public let severity: Severity
    /// Where the rule comes from, e.g. "reg 13(5)", "Federations reg 21(2)", "docs/constitution.md s4".
    public let citation: String
    /// The rule's short name.
    public let rule: FindingRule
    /// A plain sentence that includes the numbers and the reading used.
    public let message: String
    /// The governor category the finding is about, if it is about one.
    public let category: GovernorCategory?
    /// The appointments the finding is about (membership and reconstitution findings).
    public let appointmentIDs: [AppointmentID]

    /// Makes a finding.
    public init(
        _ severity: Severity, _ rule: FindingRule, citation: String, message: String,
        category: GovernorCategory? = nil, appointmentIDs: [AppointmentID] = []
    ) {
        self.severity = severity
        self.rule = rule
        self.citation = citation
        self.message = message
        self.category = category
        self.appointmentIDs = appointmentIDs
    }

    /// `[breach] one_third (reg 13(5)): message`.
    public var description: String { "[\(severity.rawValue)] \(rule.rawValue) (\(citation)): \(message)" }
}

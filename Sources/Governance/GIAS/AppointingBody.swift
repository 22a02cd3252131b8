import Foundation

/// What a GIAS "Appointing body" value says about a governor (docs/gias.md). The mapping to a category
/// is an inference, not a DfE rule: the raw value is always kept beside it, and an officer may
/// correct the category.
public enum AppointingBody: Equatable, Sendable {
    /// A member of a maintained school's governing body, of this category.
    case governor(GovernorCategory, exOfficio: Bool)
    /// An academy trust's appointment (members, trustees): outside these regulations.
    case academyOnly
    /// An interim executive board member: not a governing-body category.
    case interimExecutiveBoard
    /// "N/A".
    case notApplicable

    /// Interprets a GIAS value, matched case-insensitively with spacing folded; nil when unknown.
    public init?(gias raw: String) {
        let key = raw.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let value = Self.table[key] else { return nil }
        self = value
    }

    /// The GIAS values this interpreter knows, in docs/gias.md's order (for error messages and docs).
    public static let knownValues: [String] = [
        "Elected by parents", "Parent appointed by GB/board due to no election candidates",
        "Elected by school staff", "Ex-officio by virtue of office as headteacher/principal",
        "Nominated by LA and appointed by GB", "Appointed by GB/board",
        "Nominated by other body and appointed by GB", "Appointed by foundation/Trust",
        "Ex-officio foundation governor (appointed by foundation by virtue of the office they hold)",
        "Interim Executive Board", "Appointed by academy members", "Original (signatory) members",
        "Foundation/sponsor members",
        "Persons who are appointed by the foundation body or sponsor (if applicable)",
        "Any additional members appointed by the members of the academy trust", "N/A",
    ]

    private static let table: [String: AppointingBody] = {
        let values: [AppointingBody] = [
            .governor(.parent, exOfficio: false), .governor(.parent, exOfficio: false),
            .governor(.staff, exOfficio: false), .governor(.headteacher, exOfficio: true),
            .governor(.localAuthority, exOfficio: false), .governor(.coOpted, exOfficio: false),
            .governor(.partnership, exOfficio: false), .governor(.foundation, exOfficio: false),
            .governor(.foundation, exOfficio: true), .interimExecutiveBoard,
            .academyOnly, .academyOnly, .academyOnly, .academyOnly, .academyOnly, .notApplicable,
        ]
        var table: [String: AppointingBody] = [:]
        for (name, value) in zip(knownValues, values) { table[name.lowercased()] = value }
        return table
    }()
}

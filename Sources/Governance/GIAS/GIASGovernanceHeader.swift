import Foundation

/// The GIAS governance CSV header (docs/gias.md), in its two published variants.
public enum GIASGovernanceHeader {
    /// The standard header, in order.
    public static let standard = [
        "GID", "URN", "UID", "Role", "Title", "Forename 1", "Forename 2", "Surname",
        "Date of appointment", "Date term of office ends/ended", "Appointing body",
    ]

    /// The variant with `Companies House Number` after `UID`.
    public static let withCompaniesHouseNumber: [String] = {
        var header = standard
        header.insert("Companies House Number", at: 3)
        return header
    }()

    /// Checks a header line; returns the column index of each standard field, or a problem
    /// sentence naming the first column that differs from the documented header.
    public static func columns(of header: [String]) -> Result<[String: Int], HeaderProblem> {
        let trimmed = header.map { $0.trimmingCharacters(in: .whitespaces) }
        for variant in [standard, withCompaniesHouseNumber] where trimmed.count == variant.count {
            if zip(trimmed, variant).allSatisfy({ $0.caseInsensitiveCompare($1) == .orderedSame }) {
                var map: [String: Int] = [:]
                for (index, name) in variant.enumerated() { map[name] = index }
                return .success(map)
            }
        }
        let expected = trimmed.count == withCompaniesHouseNumber.count ? withCompaniesHouseNumber : standard
        for (index, name) in expected.enumerated() {
            guard index < trimmed.count else {
                return .failure(HeaderProblem(column: index + 1, found: nil, expected: name))
            }
            if trimmed[index].caseInsensitiveCompare(name) != .orderedSame {
                return .failure(HeaderProblem(column: index + 1, found: trimmed[index], expected: name))
            }
        }
        return .failure(HeaderProblem(column: expected.count + 1, found: trimmed[expected.count], expected: nil))
    }
}

/// A header that is not the documented one: which column, what it held, what was expected.
public struct HeaderProblem: Error, Equatable, Sendable {
    public var column: Int
    public var found: String?
    public var expected: String?

    /// A phrase such as `column 4 is "Roles"; expected "Role" (the GIAS governance header, docs/gias.md)`.
    public var sentence: String {
        switch (found, expected) {
        case let (found?, expected?):
            return "column \(column) is \"\(found)\"; expected \"\(expected)\" (the GIAS governance header)"
        case let (nil, expected?):
            return "the header stops before column \(column); expected \"\(expected)\" (the GIAS governance header)"
        case let (found?, nil):
            return "unexpected extra column \(column) \"\(found)\"; the GIAS governance header has \(column - 1) columns"
        case (nil, nil):
            return "the header is not the GIAS governance header"
        }
    }
}

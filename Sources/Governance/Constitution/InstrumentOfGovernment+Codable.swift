import Foundation

// Seats and terms are written as JSON objects keyed by the category's stored spelling
// (`{"parent": 2}`), which a dictionary keyed by an enum would not give by default.
extension InstrumentOfGovernment: Codable {
    private enum CodingKeys: String, CodingKey {
        case seats, termYears, regulations, headIsGovernor, schoolsGoverned, madeOn, effectiveFrom
    }

    /// Decodes an instrument and validates it: an impossible one fails with its problems.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let seats = try Self.categories(c.decode([String: Int].self, forKey: .seats), key: .seats, in: c)
        let terms = try Self.categories(
            c.decodeIfPresent([String: Int].self, forKey: .termYears) ?? [:], key: .termYears, in: c)
        do {
            try self.init(
                seats: seats, termYears: terms,
                regulations: c.decode(Regulations.self, forKey: .regulations),
                headIsGovernor: c.decode(Bool.self, forKey: .headIsGovernor),
                schoolsGoverned: c.decode(Int.self, forKey: .schoolsGoverned),
                madeOn: c.decode(CalendarDate.self, forKey: .madeOn),
                effectiveFrom: c.decode(CalendarDate.self, forKey: .effectiveFrom))
        } catch let problems as InstrumentProblems {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath, debugDescription: problems.description))
        }
    }

    /// Encodes with seats and terms keyed by category spelling.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Dictionary(uniqueKeysWithValues: seats.map { ($0.key.rawValue, $0.value) }), forKey: .seats)
        try c.encode(Dictionary(uniqueKeysWithValues: termYears.map { ($0.key.rawValue, $0.value) }), forKey: .termYears)
        try c.encode(regulations, forKey: .regulations)
        try c.encode(headIsGovernor, forKey: .headIsGovernor)
        try c.encode(schoolsGoverned, forKey: .schoolsGoverned)
        try c.encode(madeOn, forKey: .madeOn)
        try c.encode(effectiveFrom, forKey: .effectiveFrom)
    }

    private static func categories(
        _ raw: [String: Int], key: CodingKeys, in c: KeyedDecodingContainer<CodingKeys>
    ) throws -> [GovernorCategory: Int] {
        var result: [GovernorCategory: Int] = [:]
        for (name, value) in raw {
            guard let category = GovernorCategory(rawValue: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c,
                    debugDescription:
                        "unknown governor category '\(name)'; expected one of "
                        + GovernorCategory.allCases.map(\.rawValue).joined(separator: ", "))
            }
            result[category] = value
        }
        return result
    }
}

/// DfE "Schools, pupils and their characteristics" school-level underlying data: one row per
/// school keyed by `urn`, pupil ethnicity counts in `number of pupils classified as ... ethnic
/// origin` columns, `number of pupils unclassified`, and `headcount total girls` / `boys`; `z`
/// where a value does not apply (independent schools). Gives each school a pupil ethnicity
/// profile (DfE codes) and a pupil sex profile. Other columns are not used.
public struct SchoolCensusLayout: Sendable, Equatable {
    var urn: Int
    var name: Int?
    var ethnicity: [(index: Int, code: DfEEthnicityCode)]
    var unclassified: Int?
    var girls: Int?
    var boys: Int?

    public static func == (a: Self, b: Self) -> Bool {
        a.urn == b.urn && a.ethnicity.map(\.index) == b.ethnicity.map(\.index)
    }

    /// Whether a header looks like the school-level file.
    public static func recognises(_ header: [String]) -> Bool {
        let folded = header.map { NameText.normalized($0).lowercased() }
        return folded.contains("urn") && folded.contains { $0.hasPrefix("number of pupils classified as") }
    }

    /// Reads the header; an ethnicity count column it cannot place is refused by name.
    public init(header: [String]) throws(FieldProblem) {
        let folded = header.map { NameText.normalized($0).lowercased() }
        guard let urn = folded.firstIndex(of: "urn") else {
            throw FieldProblem(field: "(header)", expected: "a \"urn\" column", found: "none")
        }
        self.urn = urn
        name = folded.firstIndex(of: "school_name")
        ethnicity = []
        for (index, label) in folded.enumerated() where label.hasPrefix("number of pupils classified as") {
            guard let code = DfEEthnicityCode(schoolCensusLabel: header[index]) else {
                throw FieldProblem(
                    field: header[index], expected: "a DfE school census ethnic category", found: "a column it cannot place")
            }
            ethnicity.append((index, code))
        }
        unclassified = folded.firstIndex(of: "number of pupils unclassified")
        girls = folded.firstIndex(of: "headcount total girls")
        boys = folded.firstIndex(of: "headcount total boys")
    }

    /// The pupil profiles of one row, or none when the school's values are `z` (not applicable).
    public func profiles(_ fields: [String], header: [String], source: ProfileSource) throws(FieldProblem)
        -> (urn: Int, profiles: [CommunityProfile])
    {
        guard fields.count == header.count else {
            throw FieldProblem(
                field: "(row)", expected: "\(header.count) fields as in the header", found: "\(fields.count) fields")
        }
        let urnText = NameText.trimmed(fields[urn])
        guard let urnValue = Int(urnText) else { throw FieldProblem(field: header[urn], expected: "a URN", found: urnText) }
        let school = name.map { NameText.normalized(fields[$0]) } ?? "URN \(urnValue)"
        func value(_ index: Int) throws(FieldProblem) -> Int? {
            let text = NameText.trimmed(fields[index])
            if text.lowercased() == "z" || text.isEmpty { return nil }
            return try ProfileCounts.count(text, field: header[index])
        }
        var result: [CommunityProfile] = []
        var counts: [String: Int] = [:]
        var unknown = 0
        var applies = true
        for (index, code) in ethnicity {
            guard let n = try value(index) else { applies = false; continue }
            if code.isUnknown { unknown += n } else { counts[code.rawValue, default: 0] += n }
        }
        if let unclassified, let n = try value(unclassified) { unknown += n }
        if applies && !ethnicity.isEmpty {
            result.append(
                CommunityProfile(
                    name: "\(source.source): pupils' ethnicity, \(school) (\(urnValue))", kind: .schoolPupils,
                    geographyCode: String(urnValue), geographyName: school, classification: .dfeEthnicity, source: source.source,
                    referenceDate: source.referenceDate, counts: counts, unknown: unknown))
        }
        if let girls, let boys, let g = try value(girls), let b = try value(boys) {
            result.append(
                CommunityProfile(
                    name: "\(source.source): pupils' sex, \(school) (\(urnValue))", kind: .schoolPupils,
                    geographyCode: String(urnValue), geographyName: school, classification: .sex, source: source.source,
                    referenceDate: source.referenceDate, counts: ["female": g, "male": b]))
        }
        return (urnValue, result)
    }
}

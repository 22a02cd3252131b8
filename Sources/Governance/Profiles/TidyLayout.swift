/// A tidy CSV for anything else: `geography_code,geography_name,dimension,category,count`, one row
/// per category; `dimension` is a classification (`census_2011_ethnicity`, `census_2021_ethnicity`,
/// `dfe_ethnicity`, `sex`); the category `unknown` counts people not classified.
public enum TidyLayout {
    public static let header = ["geography_code", "geography_name", "dimension", "category", "count"]

    /// Whether a header is the tidy layout.
    public static func recognises(_ header: [String]) -> Bool {
        header.map { NameText.trimmed($0).lowercased() } == Self.header
    }

    /// One row: (geography code, name, classification, category or nil for unknown, count).
    public static func row(_ fields: [String]) throws(FieldProblem)
        -> (code: String, name: String, classification: ProfileClassification, category: String?, count: Int)
    {
        guard fields.count == 5 else {
            throw FieldProblem(
                field: "(row)", expected: "5 fields (\(header.joined(separator: ",")))", found: "\(fields.count) fields")
        }
        let code = NameText.normalized(fields[0])
        guard !code.isEmpty else { throw FieldProblem(field: "geography_code", expected: "a geography code", found: "") }
        let dimension = NameText.trimmed(fields[2]).lowercased().replacingOccurrences(of: "-", with: "_")
        guard let classification = ProfileClassification(rawValue: dimension) else {
            throw FieldProblem(
                field: "dimension",
                expected: "one of "
                    + ProfileClassification.allCases.map(\.rawValue).joined(separator: ", "), found: fields[2])
        }
        let category = NameText.trimmed(fields[3]).lowercased().replacingOccurrences(of: "-", with: "_")
        let count = try ProfileCounts.count(fields[4], field: "count")
        if category == "unknown" { return (code, NameText.normalized(fields[1]), classification, nil, count) }
        let canonical = classification == .dfeEthnicity ? category.uppercased() : category
        guard classification.categories.contains(canonical) else {
            throw FieldProblem(
                field: "category",
                expected: "a \(classification.rawValue) category such as "
                    + classification.categories.prefix(3).joined(separator: ", "), found: fields[3])
        }
        return (code, NameText.normalized(fields[1]), classification, canonical, count)
    }
}

/// Reading counts from profile files: whole, non-negative numbers only, because shares must come
/// from counts (a file of percentages is refused rather than read as people).
enum ProfileCounts {
    static func count(_ text: String, field: String) throws(FieldProblem) -> Int {
        let trimmed = NameText.trimmed(text)
        if let value = Int(trimmed) {
            guard value >= 0 else { throw FieldProblem(field: field, expected: "a count of 0 or more", found: trimmed) }
            return value
        }
        if let number = Double(trimmed), number.isFinite {
            throw FieldProblem(
                field: field, expected: "a whole-number count (profiles are built from counts, not shares)",
                found: trimmed)
        }
        throw FieldProblem(field: field, expected: "a whole-number count", found: trimmed)
    }
}

/// Options every profile file shares: where it comes from and when.
public struct ProfileSource: Sendable, Equatable {
    public var source: String
    public var referenceDate: CalendarDate
    public var kind: GeographyKind?

    public init(source: String, referenceDate: CalendarDate, kind: GeographyKind? = nil) {
        self.source = source
        self.referenceDate = referenceDate
        self.kind = kind
    }
}

extension NomisLayout {
    /// The profile in one data row, after checking that the categories sum to each group
    /// subtotal and to the total.
    public func profile(_ fields: [String], header: [String], source: ProfileSource) throws(FieldProblem) -> CommunityProfile {
        guard fields.count == columns.count else {
            throw FieldProblem(
                field: "(row)", expected: "\(columns.count) fields as in the header", found: "\(fields.count) fields")
        }
        var counts: [String: Int] = [:]
        var subtotals: [EthnicGroup2021: (Int, String)] = [:]
        var total: (Int, String)? = nil
        var code = "", name = ""
        for (index, column) in columns.enumerated() {
            switch column {
            case .date, .ignored: continue
            case .geography: name = NameText.normalized(fields[index])
            case .geographyCode: code = NameText.normalized(fields[index])
            case .total: total = (try ProfileCounts.count(fields[index], field: header[index]), header[index])
            case .subtotal(let g): subtotals[g] = (try ProfileCounts.count(fields[index], field: header[index]), header[index])
            case .category(let c): counts[c, default: 0] += try ProfileCounts.count(fields[index], field: header[index])
            }
        }
        guard !code.isEmpty else { throw FieldProblem(field: "geography code", expected: "a geography code", found: "") }
        for (group, (value, label)) in subtotals {
            let sum = counts.filter { Self.group(of: $0.key, classification) == group }.values.reduce(0, +)
            guard sum == value else {
                throw FieldProblem(field: label, expected: "the sum of its categories, \(sum)", found: String(value))
            }
        }
        if let (value, label) = total {
            let sum = counts.values.reduce(0, +)
            guard sum == value else {
                throw FieldProblem(field: label, expected: "the sum of the categories, \(sum)", found: String(value))
            }
        }
        let what =
            (classification == .sex
                ? "sex" : classification == .census2021Ethnicity ? "ethnic group (2021)" : "ethnic group (2011)")
            + (minimumAge.map { ", aged \($0) and over" } ?? "")
        return CommunityProfile(
            name: "\(source.source): \(what), \(name.isEmpty ? code : name) (\(code))", kind: source.kind ?? .borough,
            geographyCode: code, geographyName: name.isEmpty ? code : name, classification: classification,
            source: source.source, referenceDate: source.referenceDate, counts: counts, minimumAge: minimumAge)
    }

    static func group(of category: String, _ classification: ProfileClassification) -> EthnicGroup2021? {
        switch classification {
        case .census2011Ethnicity: return Ethnicity2011(rawValue: category)?.group
        case .census2021Ethnicity: return Ethnicity2021(rawValue: category)?.group
        default: return nil
        }
    }
}

import Foundation

/// The Nomis census bulk CSV layout (ONS): one row per geography, one column per category (or per
/// age band and category, as in 2011 DC2101EW and 2021 RM032, of which the adult bands count), e.g.
/// 2011 KS201EW `"Ethnic Group: White: Irish; measures: Value"`, 2021 TS021
/// `"Ethnic group: White: Roma"`, and the sex tables (`"Sex: Females; measures: Value"`; 2011
/// KS101EW's `"Variable: Females; measures: Value"`, whose other variables (area, density, where
/// people live) are not sex counts and are ignored).
/// Group subtotals and the total are checks (the categories must sum to them), never counted.
public struct NomisLayout: Sendable, Equatable {
    /// What a column holds.
    public enum Column: Sendable, Equatable {
        case date, geography, geographyCode, ignored
        case total
        case subtotal(EthnicGroup2021)
        case category(String)
    }

    public var classification: ProfileClassification
    public var columns: [Column]
    /// For a table by age (2011 DC2101EW, 2021 RM032: "Age: Age 18 to 19; Ethnic Group: ..."), the
    /// youngest age of the bands counted: 18 where a band starts there, else 16 (RM032's bands
    /// start at 16); the younger bands, and the all-ages columns, are not counted. Nil for a table
    /// of every age.
    public var minimumAge: Int?

    /// Whether a header looks like a Nomis bulk file (it has `geography code` and category columns).
    public static func recognises(_ header: [String]) -> Bool {
        let folded = header.map { $0.lowercased() }
        return folded.contains("geography code")
            && folded.contains {
                $0.hasPrefix("ethnic group:") || $0.hasPrefix("sex:") || isKS101Sex($0)
                    || ($0.hasPrefix("age:") && $0.contains("; ethnic group:"))
            }
    }

    /// Reads the header; throws naming the first column it cannot place.
    public init(header: [String]) throws(FieldProblem) {
        var parsed: [(index: Int, parts: [String])] = []
        var columns = [Column](repeating: .ignored, count: header.count)
        let ages = header.map { Self.ageBand(NameText.normalized($0)) }
        let starts = Set(ages.compactMap { $0?.lowest })
        let minimumAge: Int? = ages.contains { $0 != nil } ? (starts.contains(18) ? 18 : starts.contains(16) ? 16 : nil) : nil
        if ages.contains(where: { $0 != nil }) && minimumAge == nil {
            throw FieldProblem(
                field: "(header)", expected: "age bands with one starting at 18 (or 16), to count adults",
                found: "bands starting at \(starts.sorted().map(String.init).joined(separator: ", "))")
        }
        for (index, raw) in header.enumerated() {
            var label = NameText.normalized(raw)
            if let age = ages[index] {
                // Only adult bands count, and only their category columns (totals and subtotals
                // are of one band, so they cannot check a sum over bands); other sexes than all
                // persons are a different table.
                let segments = label.components(separatedBy: "; ")
                let sexes = segments.filter { $0.lowercased().hasPrefix("sex: ") }
                guard let minimumAge, !age.allAges, age.lowest >= minimumAge,
                    sexes.allSatisfy({ Self.isTotal(String($0.dropFirst(5))) })
                else { continue }
                label = segments.filter { !$0.lowercased().hasPrefix("age: ") && !$0.lowercased().hasPrefix("sex: ") }
                    .joined(separator: "; ")
            }
            switch label.lowercased() {
            case "date": columns[index] = .date; continue
            case "geography": columns[index] = .geography; continue
            case "geography code": columns[index] = .geographyCode; continue
            case "rural urban": continue
            default: break
            }
            var body = label
            if let range = body.range(of: "; measures: ", options: .caseInsensitive) {
                let measure = body[range.upperBound...]
                guard measure.lowercased() == "value" else {
                    throw FieldProblem(
                        field: raw, expected: "a count column (measures: Value); profiles are built from counts",
                        found: "measures: \(measure)")
                }
                body = String(body[..<range.lowerBound])
            }
            parsed.append((index, body.components(separatedBy: ": ")))
        }
        let leaves = parsed.filter { $0.parts.count == 3 && !Self.isTotal($0.parts[1]) }.map { $0.parts[2] }
        let isSex = parsed.contains { $0.parts.first?.lowercased() == "sex" || Self.isKS101Sex($0.parts.joined(separator: ": ")) }
        let classification: ProfileClassification =
            isSex
            ? .sex : leaves.contains(where: { Self.census2021Only.contains($0) }) ? .census2021Ethnicity : .census2011Ethnicity
        for (index, parts) in parsed {
            guard let column = Self.column(parts, classification) else {
                throw FieldProblem(
                    field: header[index],
                    expected: "a Nomis \(classification == .sex ? "sex" : "ethnic group") "
                        + "category, subtotal or total column", found: "a column it cannot place")
            }
            columns[index] = column
        }
        guard columns.contains(where: { if case .category = $0 { return true } else { return false } }) else {
            throw FieldProblem(
                field: "(header)", expected: "category columns such as \"Ethnic Group: White: Irish; measures: Value\"",
                found: "none")
        }
        guard columns.contains(.geographyCode) else {
            throw FieldProblem(field: "(header)", expected: "a \"geography code\" column", found: "none")
        }
        if minimumAge != nil {
            columns = columns.map { column in
                switch column {
                case .total, .subtotal: return .ignored
                default: return column
                }
            }
        }
        self.classification = classification
        self.columns = columns
        self.minimumAge = minimumAge
    }

    /// The age band a column counts ("Age: Age 18 to 19", "Age: Aged 16 to 24 years", "Age: Age
    /// 85 and over", "Age: All categories: Age"), by its lowest age; nil when the column is not by age.
    static func ageBand(_ label: String) -> (lowest: Int, allAges: Bool)? {
        guard let segment = label.components(separatedBy: "; ").first(where: { $0.lowercased().hasPrefix("age: ") }) else {
            return nil
        }
        let band = segment.dropFirst(5).lowercased()
        if band.hasPrefix("all") || band.hasPrefix("total") { return (0, true) }
        if band.contains("under") && !band.contains(" to ") { return (0, false) }
        let digits = band.drop { !$0.isNumber }.prefix { $0.isNumber }
        return Int(digits).map { ($0, false) }
    }

    /// A KS101EW sex column (`Variable: Males` or `Variable: Females`, any case, measure removed or not).
    static func isKS101Sex(_ label: String) -> Bool {
        let folded = label.lowercased()
        return folded.hasPrefix("variable: males") || folded.hasPrefix("variable: females")
    }

    static func isTotal(_ text: String) -> Bool {
        let t = text.lowercased()
        return t.hasPrefix("all categories") || t.hasPrefix("total") || t == "all persons" || t == "all usual residents"
    }

    static func column(_ parts: [String], _ classification: ProfileClassification) -> Column? {
        guard let dimension = parts.first?.lowercased() else { return nil }
        if dimension == "sex" {
            guard parts.count == 2, classification == .sex else { return nil }
            switch parts[1].lowercased() {
            case "all persons", "all usual residents", "total": return .total
            case "males", "male": return .category("male")
            case "females", "female": return .category("female")
            default: return nil
            }
        }
        if dimension == "variable" {
            // KS101EW: residents, males and females are the sex table; its other variables are not.
            guard parts.count == 2, classification == .sex else { return nil }
            switch parts[1].lowercased() {
            case "all usual residents": return .total
            case "males": return .category("male")
            case "females": return .category("female")
            default: return .ignored
            }
        }
        guard dimension == "ethnic group", classification.isEthnicity else { return nil }
        if parts.count == 2 { return isTotal(parts[1]) ? .total : group(parts[1]).map(Column.subtotal) }
        guard parts.count == 3 else { return nil }
        if isTotal(parts[1]) { return .total }
        let labels = classification == .census2021Ethnicity ? census2021Labels : census2011Labels
        return labels[parts[2]].map(Column.category)
    }

    /// A subtotal's group, by its first word (White, Mixed, Asian, Black, Other).
    static func group(_ name: String) -> EthnicGroup2021? {
        let first = name.lowercased()
        for group in EthnicGroup2021.allCases where first.hasPrefix(group.rawValue) { return group }
        return nil
    }

    static let census2011Labels: [String: String] = Dictionary(
        uniqueKeysWithValues: Ethnicity2011.allCases.map { ($0.label, $0.rawValue) })

    /// The 2021 TS021 category labels.
    static let census2021Labels: [String: String] = [
        "Bangladeshi": "bangladeshi", "Chinese": "chinese", "Indian": "indian", "Pakistani": "pakistani",
        "Other Asian": "other_asian", "African": "african", "Caribbean": "caribbean", "Other Black": "other_black",
        "White and Asian": "white_and_asian", "White and Black African": "white_and_black_african",
        "White and Black Caribbean": "white_and_black_caribbean",
        "Other Mixed or Multiple ethnic groups": "other_mixed", "Other Mixed": "other_mixed",
        "English, Welsh, Scottish, Northern Irish or British": "white_british", "Irish": "irish",
        "Gypsy or Irish Traveller": "gypsy_or_irish_traveller", "Roma": "roma", "Other White": "other_white",
        "Arab": "arab", "Any other ethnic group": "any_other",
    ]

    static let census2021Only: Set<String> = [
        "English, Welsh, Scottish, Northern Irish or British", "Roma", "Other Mixed or Multiple ethnic groups",
    ]
}

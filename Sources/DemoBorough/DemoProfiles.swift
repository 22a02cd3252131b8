import Governance

/// Synthetic borough profiles for the demo: invented census-style counts (not published figures),
/// with an ethnic mix of the kind a diverse London borough has, so that the demo's comparisons
/// have something to compare with. Labelled synthetic in their source.
public enum DemoProfiles {
    public static let source = "Synthetic census-style profile (govmon demo; not published data)"

    /// Rows of the tidy profile layout: geography code, name, dimension, category, count.
    public static func tidyRows(geographyCode: String, geographyName: String) -> [[String]] {
        let ethnicity: [(Ethnicity2011, Int)] = [
            (.whiteBritish, 97_000), (.irish, 4_000), (.gypsyOrIrishTraveller, 200), (.otherWhite, 28_000),
            (.whiteAndBlackCaribbean, 2_600), (.whiteAndBlackAfrican, 1_200), (.whiteAndAsian, 3_200), (.otherMixed, 2_400),
            (.indian, 11_000), (.pakistani, 6_000), (.bangladeshi, 2_500), (.chinese, 3_000), (.otherAsian, 14_000),
            (.african, 9_500), (.caribbean, 7_500), (.otherBlack, 3_300), (.arab, 1_600), (.anyOther, 3_400),
        ]
        var rows = ethnicity.map { [geographyCode, geographyName, "census_2011_ethnicity", $0.0.rawValue, String($0.1)] }
        rows.append([geographyCode, geographyName, "sex", "female", "101200"])
        rows.append([geographyCode, geographyName, "sex", "male", "98800"])
        return rows
    }
}

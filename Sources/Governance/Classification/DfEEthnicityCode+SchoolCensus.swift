import Foundation

extension DfEEthnicityCode {
    /// The pupil-ethnicity labels of DfE's `spc_school_level_underlying_data` (school census),
    /// lower-cased, and the code each column counts. The file's headers read
    /// "number of pupils classified as <label> ethnic origin", "% of pupils classified as <label>
    /// ethnic origin", and "number of pupils unclassified".
    ///
    /// "unclassified" maps to `NOBT`: the published count lumps refused and not obtained together,
    /// and either way it is an unknown (kept out of denominators), so the choice changes no share.
    public static let schoolCensusLabels: [String: DfEEthnicityCode] = [
        "white british": .WBRI,
        "irish": .WIRI,
        "traveller of irish heritage": .WIRT,
        "any other white background": .WOTH,
        "gypsy/roma": .WROM,
        "white and black caribbean": .MWBC,
        "white and black african": .MWBA,
        "white and asian": .MWAS,
        "any other mixed background": .MOTH,
        "indian": .AIND,
        "pakistani": .APKN,
        "bangladeshi": .ABAN,
        "any other asian background": .AOTH,
        "caribbean": .BCRB,
        "african": .BAFR,
        "any other black background": .BOTH,
        "chinese": .CHNE,
        "any other ethnic group": .OOTH,
        "unclassified": .NOBT,
    ]

    /// Reads a school-census label (`"white British"`, `"Gypsy/Roma"`, case-insensitive) or a
    /// whole column header (`"number of pupils classified as Irish ethnic origin"`,
    /// `"% of pupils unclassified"`). Matches the label exactly after stripping the header's
    /// wording, so "Irish" never matches "traveller of Irish heritage". Nil for anything else,
    /// including the first-language "unclassified" column.
    public init?(schoolCensusLabel text: String) {
        var label = text.trimmingCharacters(in: .whitespaces).lowercased()
        for prefix in ["number of pupils classified as ", "% of pupils classified as "]
        where label.hasPrefix(prefix) {
            label = String(label.dropFirst(prefix.count))
        }
        for prefix in ["number of pupils ", "% of pupils "] where label.hasPrefix(prefix) {
            label = String(label.dropFirst(prefix.count))
        }
        let suffix = " ethnic origin"
        if label.hasSuffix(suffix) { label = String(label.dropLast(suffix.count)) }
        guard let code = Self.schoolCensusLabels[label] else { return nil }
        self = code
    }
}

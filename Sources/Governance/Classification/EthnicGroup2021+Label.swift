import Foundation

extension EthnicGroup2021 {
    /// The ONS Census 2021 name of the broad group, e.g. "Asian, Asian British or Asian Welsh"
    /// (docs/ethnicity.md, Census 2021 table).
    public var label: String {
        switch self {
        case .asian: return "Asian, Asian British or Asian Welsh"
        case .black: return "Black, Black British, Black Welsh, Caribbean or African"
        case .mixed: return "Mixed or Multiple ethnic groups"
        case .white: return "White"
        case .other: return "Other ethnic group"
        }
    }

    /// The name used on the command line: the raw value, e.g. `asian`.
    public var commandLineName: String { rawValue }
}

import Governance

/// The settings a board report is built with (from configuration).
public struct BoardReportSettings: Sendable {
    public var definition: MinorityDefinition
    public var bands: BandThresholds
    public var disclosure: DisclosurePolicy
    public var tracking: TrackingThresholds
    public var rules: ConstitutionRules
    /// The board each authority's report goes to, by LA code; none: "the board".
    public var boardNames: [Int: String] = [:]

    public init(
        definition: MinorityDefinition, bands: BandThresholds, disclosure: DisclosurePolicy,
        tracking: TrackingThresholds, rules: ConstitutionRules
    ) {
        self.definition = definition
        self.bands = bands
        self.disclosure = disclosure
        self.tracking = tracking
        self.rules = rules
    }
}

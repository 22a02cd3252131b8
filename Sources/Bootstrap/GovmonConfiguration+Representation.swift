import Configuration
import Governance

/// Representativeness and disclosure settings (`representativeness.*`, `disclosure.*`).
public struct RepresentationSettings: Sendable {
    /// The "ethnic minority" definition used unless a command names another.
    public var definition: MinorityDefinition
    public var bands: BandThresholds
    /// How far ahead what-if looks for seats falling free.
    public var whatIfHorizonMonths: Int
    public var disclosure: DisclosurePolicy

    static func read(_ reader: ConfigReader) throws -> RepresentationSettings {
        let name = reader.string(forKey: "representativeness.definition", default: "not_white_british")
        let definition = try MinorityDefinition.parse(name, option: "representativeness.definition", default: .notWhiteBritish)
        var bands = BandThresholds()
        bands.minimumCoverage = try reader.strictDouble(
            forKey: "representativeness.minimum_coverage", default: bands.minimumCoverage)
        bands.minimumDeclared = try reader.strictInt(
            forKey: "representativeness.minimum_declared", default: bands.minimumDeclared)
        bands.significance = try reader.strictDouble(forKey: "representativeness.significance", default: bands.significance)
        bands.wholePersonShortfall = try reader.strictDouble(
            forKey: "representativeness.whole_person_shortfall",
            default: bands.wholePersonShortfall)
        guard (0...1).contains(bands.minimumCoverage), (0...1).contains(bands.significance), bands.minimumDeclared >= 0,
            bands.wholePersonShortfall > 0
        else {
            throw InputError.badValue(
                option: "representativeness.*",
                expected: "coverage and significance between 0 and 1, "
                    + "a minimum declared of 0 or more and a positive shortfall", found: "\(bands)")
        }
        let threshold = try reader.strictInt(forKey: "disclosure.threshold", default: 5)
        guard threshold >= 1 else {
            throw InputError.badValue(option: "disclosure.threshold", expected: "1 or more", found: String(threshold))
        }
        return RepresentationSettings(
            definition: definition, bands: bands,
            whatIfHorizonMonths: try reader.strictInt(forKey: "representativeness.what_if_horizon_months", default: 12),
            disclosure: DisclosurePolicy(
                threshold: threshold, suppressZeros: try reader.strictBool(forKey: "disclosure.suppress_zeros", default: false)))
    }
}

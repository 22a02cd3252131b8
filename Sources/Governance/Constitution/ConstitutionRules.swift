import Foundation

/// The readings chosen for the rules docs/constitution.md marks [open], each with its documented
/// default. `ConstitutionRules()` is the all-defaults set; `init(config:)` builds one from the
/// config layer's key/value pairs.
public struct ConstitutionRules: Sendable, Codable, Hashable, CustomStringConvertible {
    /// VA schools: foundation governors outnumber the others by exactly two (default) or up to two.
    public var vaFoundationMargin: VAFoundationMargin

    /// Whether a head who resigned as governor still counts towards the reg 13(5) one-third rule.
    /// Default false: they are not a member (docs/constitution.md s1).
    public var resignedHeadCountsTowardsOneThird: Bool

    /// Reg 13(3)(c) "one staff governor": exactly one (default) or at least one.
    public var staffGovernorReading: OneGovernorReading

    /// Reg 13(3)(d) "one local authority governor": exactly one (default) or at least one.
    public var localAuthorityGovernorReading: OneGovernorReading

    /// Makes a rule set; every argument defaults to the documented default.
    public init(
        vaFoundationMargin: VAFoundationMargin = .defaultValue,
        resignedHeadCountsTowardsOneThird: Bool = false,
        staffGovernorReading: OneGovernorReading = .defaultValue,
        localAuthorityGovernorReading: OneGovernorReading = .defaultValue
    ) {
        self.vaFoundationMargin = vaFoundationMargin
        self.resignedHeadCountsTowardsOneThird = resignedHeadCountsTowardsOneThird
        self.staffGovernorReading = staffGovernorReading
        self.localAuthorityGovernorReading = localAuthorityGovernorReading
    }

    /// The documented defaults for every rule.
    public static let defaults = ConstitutionRules()

    /// One sentence for the resigned-head reading in use.
    public var resignedHeadDescription: String {
        resignedHeadCountsTowardsOneThird
            ? "Resigned head: still counted towards the reg 13(5) one-third rule (not the default)."
            : "Resigned head: not counted towards the reg 13(5) one-third rule, as they are not a member (default)."
    }

    /// Every option, in `ConfigKey` order, with its value and a sentence on the reading used.
    public var settings: [ConstitutionRuleSetting] {
        ConfigKey.allCases.map { key in
            let value: String, sentence: String
            switch key {
            case .vaFoundationMargin:
                (value, sentence) = (vaFoundationMargin.rawValue, vaFoundationMargin.description)
            case .resignedHeadCountsTowardsOneThird:
                (value, sentence) = (String(resignedHeadCountsTowardsOneThird), resignedHeadDescription)
            case .staffGovernorReading:
                (value, sentence) = (
                    staffGovernorReading.rawValue,
                    "Staff governor: reg 13(3)(c) \"one staff governor\" \(staffGovernorReading.description)."
                )
            case .localAuthorityGovernorReading:
                (value, sentence) = (
                    localAuthorityGovernorReading.rawValue,
                    "LA governor: reg 13(3)(d) \"one local authority governor\" \(localAuthorityGovernorReading.description)."
                )
            }
            return ConstitutionRuleSetting(
                key: key.rawValue, value: value, allowedValues: key.allowedValues,
                defaultValue: key.defaultValue, sentence: sentence)
        }
    }

    /// All the settings' sentences, one after another.
    public var description: String { settings.map(\.sentence).joined(separator: " ") }
}

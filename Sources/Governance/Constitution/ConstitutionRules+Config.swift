import Foundation

extension ConstitutionRules {
    /// The stable config key of each option; the raw value is the key as written in config.
    public enum ConfigKey: String, Sendable, Codable, Hashable, CaseIterable {
        /// `exactly_two` (default) or `up_to_two`.
        case vaFoundationMargin = "constitution.va_foundation_margin"
        /// `false` (default) or `true`.
        case resignedHeadCountsTowardsOneThird = "constitution.resigned_head_counts_towards_one_third"
        /// `exactly_one` (default) or `at_least_one`.
        case staffGovernorReading = "constitution.staff_governor_reading"
        /// `exactly_one` (default) or `at_least_one`.
        case localAuthorityGovernorReading = "constitution.la_governor_reading"

        /// The values the key accepts, default first.
        public var allowedValues: [String] {
            switch self {
            case .vaFoundationMargin: return VAFoundationMargin.allCases.map(\.rawValue)
            case .resignedHeadCountsTowardsOneThird: return ["false", "true"]
            case .staffGovernorReading, .localAuthorityGovernorReading:
                return OneGovernorReading.allCases.map(\.rawValue)
            }
        }

        /// The documented default value.
        public var defaultValue: String { allowedValues[0] }
    }

    /// Builds the rules from config key/value pairs. Missing keys take their default. Values are
    /// matched after trimming spaces, lower-casing and reading `-` as `_`.
    ///
    /// Keys this type does not know are ignored, because the config layer may pass its whole
    /// configuration; `unknownKeys(in:)` lists `constitution.` keys that look like typos.
    /// Throws for the first key (in `ConfigKey` order) whose value is not allowed.
    public init(config: [String: String]) throws(ConstitutionRulesError) {
        self.init()
        for key in ConfigKey.allCases {
            guard let raw = config[key.rawValue] else { continue }
            let value = raw.trimmingCharacters(in: .whitespaces).lowercased()
                .replacingOccurrences(of: "-", with: "_")
            guard key.allowedValues.contains(value) else {
                throw ConstitutionRulesError(key: key.rawValue, value: raw, allowedValues: key.allowedValues)
            }
            switch key {
            case .vaFoundationMargin: vaFoundationMargin = VAFoundationMargin(rawValue: value)!
            case .resignedHeadCountsTowardsOneThird: resignedHeadCountsTowardsOneThird = value == "true"
            case .staffGovernorReading: staffGovernorReading = OneGovernorReading(rawValue: value)!
            case .localAuthorityGovernorReading: localAuthorityGovernorReading = OneGovernorReading(rawValue: value)!
            }
        }
    }

    /// Keys starting `constitution.` that are not options of this type, sorted: worth a warning,
    /// since a misspelt key silently leaves its option at the default.
    public static func unknownKeys(in config: [String: String]) -> [String] {
        config.keys.filter { $0.hasPrefix("constitution.") && ConfigKey(rawValue: $0) == nil }.sorted()
    }

    /// The rules as config key/value pairs (the inverse of `init(config:)`).
    public var config: [String: String] {
        Dictionary(uniqueKeysWithValues: settings.map { ($0.key, $0.value) })
    }
}

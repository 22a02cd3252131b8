import Governance
import Testing

/// The [open] rules: defaults, config keys, values and errors.
@Suite struct ConstitutionRulesTests {
    /// Defaults are the documented ones, and every setting says so.
    @Test func defaults() {
        // 4 options, all at their default.
        let rules = ConstitutionRules()
        #expect(rules.vaFoundationMargin == .exactlyTwo)
        #expect(rules.resignedHeadCountsTowardsOneThird == false)
        #expect(rules.staffGovernorReading == .exactlyOne)
        #expect(rules.localAuthorityGovernorReading == .exactlyOne)
        #expect(rules.settings.count == 4 && rules.settings.allSatisfy(\.isDefault))
        #expect(
            rules.settings.map(\.key) == [
                "constitution.va_foundation_margin", "constitution.resigned_head_counts_towards_one_third",
                "constitution.staff_governor_reading", "constitution.la_governor_reading",
            ])
        #expect(rules.description.contains("LA guidance: \"only one\""))
    }

    /// Values are read leniently (case, spaces, hyphens) and unrelated keys are ignored.
    @Test func fromConfig() throws {
        // 4 keys set away from the defaults; 1 unrelated key ignored.
        let rules = try ConstitutionRules(config: [
            "constitution.va_foundation_margin": "up-to-two",
            "constitution.resigned_head_counts_towards_one_third": " TRUE ",
            "constitution.staff_governor_reading": "at_least_one",
            "constitution.la_governor_reading": "at_least_one",
            "database.url": "postgres://example",
        ])
        #expect(rules.vaFoundationMargin == .upToTwo)
        #expect(rules.resignedHeadCountsTowardsOneThird)
        #expect(rules.staffGovernorReading == .atLeastOne && rules.localAuthorityGovernorReading == .atLeastOne)
        #expect(rules.settings.allSatisfy { !$0.isDefault })
        #expect(try ConstitutionRules(config: rules.config) == rules)
    }

    /// An unknown value is a clear error naming the key and the allowed values.
    @Test func unknownValue() {
        // "two" is neither exactly_two nor up_to_two.
        #expect(
            throws: ConstitutionRulesError(
                key: "constitution.va_foundation_margin", value: "two",
                allowedValues: ["exactly_two", "up_to_two"])
        ) {
            try ConstitutionRules(config: ["constitution.va_foundation_margin": "two"])
        }
        let error = ConstitutionRulesError(
            key: "constitution.la_governor_reading", value: "many",
            allowedValues: ["exactly_one", "at_least_one"])
        #expect(
            error.description
                == "constitution.la_governor_reading: \"many\" is not an allowed value; expected one of exactly_one, at_least_one"
        )
    }

    /// Misspelt constitution keys are listed for a warning.
    @Test func unknownKeys() {
        // 1 misspelt constitution key, 1 good one, 1 from another section.
        let keys = ConstitutionRules.unknownKeys(in: [
            "constitution.va_margin": "exactly_two", "constitution.la_governor_reading": "exactly_one", "log.level": "info",
        ])
        #expect(keys == ["constitution.va_margin"])
    }
}

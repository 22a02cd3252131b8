import Configuration
import Governance

extension GovmonConfiguration {
    /// The [open] constitution readings from `constitution.*` (docs/constitution.md marks where sources
    /// disagree; the defaults are the ones it gives).
    static func constitutionRules(_ reader: ConfigReader) throws -> ConstitutionRules {
        var values: [String: String] = [:]
        for key in ConstitutionRules.ConfigKey.allCases {
            if let text = reader.string(forKey: ConfigKey(key.rawValue)) {
                values[key.rawValue] = text
            } else if let flag = reader.bool(forKey: ConfigKey(key.rawValue)) {
                values[key.rawValue] = flag ? "true" : "false"
            }
        }
        do {
            return try ConstitutionRules(config: values)
        } catch {
            throw InputError.badValue(
                option: error.key, expected: "one of \(error.allowedValues.joined(separator: ", "))",
                found: error.value)
        }
    }

    /// The deadline checks' thresholds from `tracking.*`.
    static func trackingThresholds(_ reader: ConfigReader) throws -> TrackingThresholds {
        var t = TrackingThresholds()
        func date(_ key: String, _ fallback: CalendarDate) throws -> CalendarDate {
            guard let text = reader.string(forKey: ConfigKey("tracking.\(key)")) else { return fallback }
            guard let value = CalendarDate(iso: text) else {
                throw InputError.badValue(option: "tracking.\(key)", expected: "a date as YYYY-MM-DD", found: text)
            }
            return value
        }
        func days(_ key: String, _ fallback: Int) throws -> Int {
            let value = try reader.strictInt(forKey: ConfigKey("tracking.\(key)"), default: fallback)
            guard value >= 0 else {
                throw InputError.badValue(option: "tracking.\(key)", expected: "0 or more", found: String(value))
            }
            return value
        }
        t.termEndingDays = reader.intArray(forKey: "tracking.term_ending_days") ?? t.termEndingDays
        guard !t.termEndingDays.isEmpty, t.termEndingDays.allSatisfy({ $0 > 0 }) else {
            throw InputError.badValue(
                option: "tracking.term_ending_days", expected: "a list of positive day counts",
                found: t.termEndingDays.map(String.init).joined(separator: ","))
        }
        t.vacancyDays = try days("vacancy_days", t.vacancyDays)
        t.inductionMonths = try days("induction_months", t.inductionMonths)
        t.refresherLeadDays = try days("refresher_lead_days", t.refresherLeadDays)
        t.refresherLookbackMonths = try days("refresher_lookback_months", t.refresherLookbackMonths)
        t.reconstitutionDeadline = try date("reconstitution_deadline", t.reconstitutionDeadline)
        t.reconstitutionWarningDays = try days("reconstitution_warning_days", t.reconstitutionWarningDays)
        t.mgaBoardDeadline = try date("mga_board_deadline", t.mgaBoardDeadline)
        t.chairReviewWarningDays = try days("chair_review_warning_days", t.chairReviewWarningDays)
        t.dbsDays = try days("dbs_days", t.dbsDays)
        t.dbsFrom = try date("dbs_from", t.dbsFrom)
        t.successionFirstMilestone = try date("succession_first_milestone", t.successionFirstMilestone)
        t.successionDeadline = try date("succession_deadline", t.successionDeadline)
        t.successionWarningDays = try days("succession_warning_days", t.successionWarningDays)
        t.panelConfirmationDays = try days("panel_confirmation_days", t.panelConfirmationDays)
        t.panelConfirmationFrom = try date("panel_confirmation_from", t.panelConfirmationFrom)
        guard t.successionFirstMilestone <= t.successionDeadline else {
            throw InputError.badValue(
                option: "tracking.succession_first_milestone",
                expected: "a date on or before tracking.succession_deadline (\(t.successionDeadline.iso))",
                found: t.successionFirstMilestone.iso)
        }
        return t
    }

    /// The retention periods from `retention.*`.
    static func retentionPolicy(_ reader: ConfigReader) throws -> RetentionPolicy {
        let policy = RetentionPolicy(
            demographicsMonths: try reader.strictInt(forKey: "retention.demographics_months", default: 12),
            identityYears: try reader.strictInt(forKey: "retention.identity_years", default: 6),
            largeShare: try reader.strictDouble(forKey: "retention.large_share", default: 0.10),
            candidateMonths: try reader.strictInt(forKey: "retention.candidate_months", default: 12))
        if let problem = policy.problem {
            throw InputError.badValue(option: "retention", expected: "periods where \(problem)", found: "\(policy)")
        }
        return policy
    }
}

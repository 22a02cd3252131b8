import Foundation

/// Checks an instrument of government against the constitution rules for what the body governs
/// (docs/constitution.md sections 1, 2, 4, 5, 7 and 8). Pure: no I/O, no clock.
public enum ConstitutionCheck {
    /// From this effective date a federation needs at least 2 parent governors; before it, one
    /// per school. The 2016 amending regulations came into force in part on 18 March 2016 and in
    /// full on 1 September 2016; docs/constitution.md says only "from 2016", so govmon takes the
    /// earlier date (see the report for this decision).
    public static let federationTwoParentsFrom = CalendarDate(year: 2016, month: 3, day: 18)!

    /// Every finding for `instrument` as the instrument of the body governing `school`.
    ///
    /// - Non-maintained schools get one `.notApplicable` finding each and nothing else; in a
    ///   federation the maintained schools are still checked, without them.
    /// - `staffEligibleCoOptedSeats`: how many co-opted seats are filled by people eligible to be
    ///   staff governors. The instrument does not record this, so it defaults to 0 and the
    ///   one-third finding says so. It is clamped to 0...co-opted seats, with a warning if outside.
    /// - Associate members are never counted: the instrument cannot hold them.
    /// - All fractions use exact integer arithmetic (`3 * staffEligible <= total`, `4 * F <= total`,
    ///   `20 * F <= 9 * total`).
    public static func check(
        school: GovernedSchools, instrument: InstrumentOfGovernment,
        rules: ConstitutionRules = .defaults, staffEligibleCoOptedSeats: Int = 0
    ) -> [ConstitutionFinding] {
        let federation = school.isFederation
        var findings = school.schools.filter { !$0.category.isMaintained }.map {
            ConstitutionFinding(
                .notApplicable, .maintainedOnly, citation: Citation.maintainedOnly,
                message: federation
                    ? "constitution checks apply to maintained schools only; the \($0) in this federation is not maintained, so it is left out and the federation's maintained schools are checked without it"
                    : "constitution checks apply to maintained schools only; this \($0) is not maintained, so no constitution rule is checked"
            )
        }
        if federation, school.schools.count < 2 {
            findings.append(
                ConstitutionFinding(
                    .warning, .federationSchools, citation: Citation.federation,
                    message:
                        "a federation has two or more schools, but \(school.schools.count) \(school.schools.count == 1 ? "is" : "are") recorded; checked as recorded"
                ))
        }
        let maintained = school.schools.filter(\.category.isMaintained)
        guard !maintained.isEmpty else { return findings }

        let coOpted = instrument.seats(for: .coOpted)
        let staffEligible = min(max(staffEligibleCoOptedSeats, 0), coOpted)
        if staffEligible != staffEligibleCoOptedSeats {
            findings.append(
                ConstitutionFinding(
                    .warning, .staffEligibleCoOpted, citation: Citation.oneThird(federation),
                    message:
                        "\(staffEligibleCoOptedSeats) staff-eligible co-opted seats were given, but the instrument has \(coOpted) co-opted \(coOpted == 1 ? "seat" : "seats"); \(staffEligible) used",
                    category: .coOpted))
        }
        let context = CheckContext(
            instrument: instrument, rules: rules, isFederation: federation,
            schoolCount: maintained.count, staffEligibleCoOpted: staffEligible,
            staffEligibleGiven: staffEligibleCoOptedSeats != 0)
        findings += instrumentFindings(context)
        findings += membershipFindings(context)
        findings += categoryFindings(for: maintained, context)
        findings.append(termsFinding(context))
        return findings
    }

    /// The regulations the instrument was made under, and whether its school count matches.
    static func instrumentFindings(_ c: CheckContext) -> [ConstitutionFinding] {
        var findings: [ConstitutionFinding] = []
        if c.instrument.schoolsGoverned != c.schoolCount {
            findings.append(
                ConstitutionFinding(
                    .warning, .schoolsGoverned, citation: Citation.federation,
                    message:
                        "the instrument says it governs \(c.instrument.schoolsGoverned) \(plural(c.instrument.schoolsGoverned, "school")) but \(c.schoolCount) maintained \(plural(c.schoolCount, "school")) \(c.schoolCount == 1 ? "is" : "are") recorded; heads and per-school parents are counted for the \(c.schoolCount) recorded"
                ))
        }
        switch c.instrument.regulations {
        case .of2007:
            findings.append(
                ConstitutionFinding(
                    .breach, .regulations, citation: Citation.regulations,
                    message:
                        "the instrument (effective from \(c.instrument.effectiveFrom)) was made under the 2007 regulations, revoked from \(InstrumentOfGovernment.regulations2007Revoked); every maintained body had to be reconstituted under the 2012 regulations by then; it is checked against the 2012 rules below; breach"
                ))
        case .of2012:
            findings.append(
                ConstitutionFinding(
                    .ok, .regulations, citation: Citation.regulations,
                    message:
                        "the instrument (effective from \(c.instrument.effectiveFrom)) was made under the 2012 regulations; ok"))
        }
        return findings
    }

    /// The terms of office the instrument sets, 1 to 4 years per category (4 when not set).
    static func termsFinding(_ c: CheckContext) -> ConstitutionFinding {
        let categories = GovernorCategory.governorCategories.filter { $0 != .headteacher && c.seats($0) > 0 }
        let parts = categories.map { category -> String in
            let years = c.instrument.term(for: category) ?? InstrumentOfGovernment.defaultTermYears
            let source = c.instrument.termYears[category] == nil ? "default" : "instrument"
            return "\(category.label) \(years) \(plural(years, "year")) (\(source))"
        }
        // The initialiser already rejects terms outside 1-4; checked again so the finding never lies.
        let allowed = categories.allSatisfy {
            InstrumentOfGovernment.allowedTermYears.contains(c.instrument.term(for: $0) ?? 0)
        }
        let list = parts.isEmpty ? "no appointed seats" : parts.joined(separator: ", ")
        return ConstitutionFinding(
            allowed ? .ok : .breach, .termsOfOffice, citation: Citation.terms,
            message: "terms of office: \(list); each must be 1 to 4 years, the head has none; \(allowed ? "ok" : "breach")")
    }

    /// "1 seat", "2 seats": the noun with an "s" unless `n` is 1.
    static func plural(_ n: Int, _ noun: String) -> String { n == 1 ? noun : noun + "s" }

    /// "ok" or "breach", the verdict that ends a finding's sentence.
    static func verdict(_ ok: Bool) -> String { ok ? "ok" : "breach" }
}

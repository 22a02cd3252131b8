import Foundation

// Reg 13 for single schools, Federations reg 21 for federations: the requirements every
// maintained body shares (docs/constitution.md s1 and s7).
extension ConstitutionCheck {
    /// Total, parents, head(s), staff governor, LA governor and the one-third rule.
    static func membershipFindings(_ c: CheckContext) -> [ConstitutionFinding] {
        let fed = c.isFederation
        var findings: [ConstitutionFinding] = []

        let total = c.total
        findings.append(
            ConstitutionFinding(
                total >= 7 ? .ok : .breach, .totalMembership, citation: Citation.total(fed),
                message: "\(total) governors in all on the instrument (associate members never count); at least 7 required"
                    + (total >= 7 ? "; ok" : "; \(7 - total) short; breach")))

        findings.append(parentFinding(c))
        findings.append(headFinding(c))

        let staff = c.seats(.staff)
        let staffOK = c.rules.staffGovernorReading.isMet(by: staff)
        findings.append(
            ConstitutionFinding(
                staffOK ? .ok : .breach, .staffGovernor, citation: Citation.staff(fed),
                message:
                    "\(staff) staff governor \(plural(staff, "seat")); \"one staff governor\" \(c.rules.staffGovernorReading.description); \(verdict(staffOK))",
                category: .staff))

        let la = c.seats(.localAuthority)
        let laOK = c.rules.localAuthorityGovernorReading.isMet(by: la)
        findings.append(
            ConstitutionFinding(
                laOK ? .ok : .breach, .localAuthorityGovernor, citation: Citation.localAuthority(fed),
                message:
                    "\(la) local authority governor \(plural(la, "seat")); \"one local authority governor\" \(c.rules.localAuthorityGovernorReading.description); \(verdict(laOK))",
                category: .localAuthority))

        findings.append(oneThirdFinding(c))
        return findings
    }

    /// At least 2 parents; in a federation whose instrument took effect before the 2016
    /// amendment, at least one per school instead.
    static func parentFinding(_ c: CheckContext) -> ConstitutionFinding {
        let parents = c.seats(.parent)
        let have = "\(parents) parent governor \(plural(parents, "seat"))"
        guard c.isFederation else {
            return ConstitutionFinding(
                parents >= 2 ? .ok : .breach, .parentGovernors, citation: Citation.parents(false),
                message: "\(have); at least 2 required; \(verdict(parents >= 2))", category: .parent)
        }
        let from = c.instrument.effectiveFrom
        if from >= federationTwoParentsFrom {
            return ConstitutionFinding(
                parents >= 2 ? .ok : .breach, .parentGovernors,
                citation: Citation.parents(true) + " as amended in 2016",
                message:
                    "\(have); a federation whose instrument takes effect on or after \(federationTwoParentsFrom) (this one: \(from)) needs at least 2; \(verdict(parents >= 2))",
                category: .parent)
        }
        let needed = c.schoolCount
        return ConstitutionFinding(
            parents >= needed ? .ok : .breach, .parentGovernors,
            citation: Citation.parents(true) + " as made",
            message:
                "\(have); a federation whose instrument took effect before the 2016 amendment (this one: \(from), before \(federationTwoParentsFrom)) needs one per school, \(needed) for \(needed) \(plural(needed, "school")); \(verdict(parents >= needed))",
            category: .parent)
    }

    /// The head of each school, ex officio; none where the head resigned as governor.
    static func headFinding(_ c: CheckContext) -> ConstitutionFinding {
        let heads = c.seats(.headteacher)
        let expected = c.instrument.headIsGovernor ? c.schoolCount : 0
        let have = "\(heads) headteacher \(plural(heads, "seat"))"
        let why: String
        if !c.instrument.headIsGovernor {
            why =
                c.isFederation
                ? "the heads resigned as governors, so their places stay empty (no one else fills them): 0 expected"
                : "the head resigned as governor, so the place stays empty (no one else fills it): 0 expected"
        } else if c.isFederation {
            why =
                "the head of each federated school is a governor ex officio: \(expected) expected for \(c.schoolCount) \(plural(c.schoolCount, "school"))"
        } else {
            why = "the head is a governor ex officio: 1 expected"
        }
        return ConstitutionFinding(
            heads == expected ? .ok : .breach, .headteacher, citation: Citation.head(c.isFederation),
            message: "\(have); \(why); \(verdict(heads == expected))", category: .headteacher)
    }

    /// Reg 13(5): staff-eligible co-opted governors, the staff governor and the head(s) together
    /// at most one third of the total: `3 * staffEligible <= total`.
    ///
    /// Federations reg 21(5) as made counts only the co-opted governors; govmon counts the heads
    /// and the staff governor too, as reg 13(5) and docs/constitution.md s7 ("one-third rule") do.
    /// A resigned head is added to the count, never to the total, under the non-default reading.
    static func oneThirdFinding(_ c: CheckContext) -> ConstitutionFinding {
        let heads = c.seats(.headteacher), staff = c.seats(.staff), coOpted = c.staffEligibleCoOpted
        let resigned = !c.instrument.headIsGovernor && c.rules.resignedHeadCountsTowardsOneThird ? c.schoolCount : 0
        let count = heads + staff + coOpted + resigned
        let total = c.total
        let ok = 3 * count <= total
        var parts = ["\(c.isFederation ? "heads" : "head") \(heads)", "staff \(staff)", "staff-eligible co-opted \(coOpted)"]
        if resigned > 0 { parts.append("resigned \(c.isFederation ? "heads" : "head") \(resigned)") }
        var message =
            "\(count) of \(total) governors are staff-eligible (\(parts.joined(separator: " + "))); the limit is one third, \(total / 3); \(verdict(ok))."
        let coOptedSeats = c.seats(.coOpted)
        if coOptedSeats > 0 {
            message +=
                c.staffEligibleGiven
                ? " Staff-eligible co-opted seats: \(coOpted) of \(coOptedSeats) as given (by the instrument or the check)."
                : " No co-opted seat is recorded as staff-eligible: 0 of \(coOptedSeats) assumed."
        }
        if !c.instrument.headIsGovernor {
            message += " " + c.rules.resignedHeadDescription
        }
        return ConstitutionFinding(ok ? .ok : .breach, .oneThird, citation: Citation.oneThird(c.isFederation), message: message)
    }
}

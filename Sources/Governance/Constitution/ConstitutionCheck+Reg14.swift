import Foundation

// Reg 14 for single schools, Federations reg 22 for federations: extra foundation and
// partnership requirements by school category (docs/constitution.md s2 and s7).
extension ConstitutionCheck {
    /// The reg 14 findings for the maintained schools `schools` (one for a single school).
    static func categoryFindings(for schools: [GovernedSchool], _ c: CheckContext) -> [ConstitutionFinding] {
        let fed = c.isFederation
        let unknown = schools.filter { FoundationRule.forSchool($0) == nil }
        guard unknown.isEmpty else {
            let names = unknown.map(\.description).joined(separator: ", ")
            return [
                ConstitutionFinding(
                    .warning, .foundationStatus, citation: fed ? Citation.federationCategory : "reg 14",
                    message:
                        "foundation status is not recorded for the \(names): cannot decide which reg 14 rule applies (partnership governors without a foundation, 2 to 45% foundation governors with one, or a foundation majority of up to two if qualifying); record it to check"
                )
            ]
        }
        let perSchool = schools.compactMap(FoundationRule.forSchool)
        let rule = fed ? FoundationRule.forFederation(perSchool) : perSchool[0]
        let citation = fed ? Citation.federationCategory : rule.citation
        var note = ""
        if Set(perSchool).count > 1 {
            let kinds = Set(schools.map(\.category.label)).sorted().joined(separator: ", ")
            note =
                " (mixed federation of \(kinds) schools: govmon applies the \(rule.name) rule, the strongest foundation claim among its schools)"
        }
        var findings: [ConstitutionFinding] = []
        let foundation = c.seats(.foundation), partnership = c.seats(.partnership), total = c.total
        if foundation > 0, !rule.providesFoundationSeats {
            findings.append(
                ConstitutionFinding(
                    .breach, .seatsNotProvidedFor, citation: citation,
                    message:
                        "\(foundation) foundation governor \(plural(foundation, "seat")), but \(rule.bodyLabel) have no foundation governors; breach\(note)",
                    category: .foundation))
        }
        if partnership > 0, !rule.providesPartnershipSeats {
            findings.append(
                ConstitutionFinding(
                    .breach, .seatsNotProvidedFor, citation: citation,
                    message:
                        "\(partnership) partnership governor \(plural(partnership, "seat")), but \(rule.bodyLabel) have no partnership governors; breach\(note)",
                    category: .partnership))
        }
        switch rule {
        case .none:
            if findings.isEmpty {
                findings.append(
                    ConstitutionFinding(
                        .ok, .noExtraRequirement, citation: citation,
                        message:
                            "\(rule.bodyLabel) have no extra reg 14 requirement, and this instrument has no foundation or partnership seats; ok\(note)"
                    ))
            }
        case .partnership:
            findings.append(quarterFinding(rule, .partnership, partnership, total, citation, note))
        case .voluntaryControlled:
            findings.append(quarterFinding(rule, .foundation, foundation, total, citation, note))
        case .foundationUpTo45Percent:
            let ok = foundation >= 2 && 20 * foundation <= 9 * total
            findings.append(
                ConstitutionFinding(
                    ok ? .ok : .breach, .foundationGovernors, citation: citation,
                    message:
                        "\(foundation) foundation governor \(plural(foundation, "seat")) of \(total); \(rule.bodyLabel) need at least 2 and at most 45% of the total (\(9 * total / 20) of \(total)); \(verdict(ok))\(note)",
                    category: .foundation))
        case .qualifyingFoundation:
            let others = total - foundation
            let ok = foundation > others && foundation - others <= 2
            findings.append(
                ConstitutionFinding(
                    ok ? .ok : .breach, .foundationGovernors, citation: citation,
                    message:
                        "\(rule.bodyLabel) need foundation governors to outnumber all the others by up to two (\(others + 1) or \(others + 2) here): \(foundation) foundation vs \(others) others; \(verdict(ok))\(note)",
                    category: .foundation))
        case .voluntaryAided:
            let others = total - foundation, margin = c.rules.vaFoundationMargin
            let ok = margin.isMet(foundation: foundation, others: others)
            let needed = margin == .exactlyTwo ? "\(others + 2)" : "\(others + 1) or \(others + 2)"
            findings.append(
                ConstitutionFinding(
                    ok ? .ok : .breach, .foundationGovernors, citation: citation,
                    message:
                        "\(rule.bodyLabel) need foundation governors to outnumber all the others by \(margin == .exactlyTwo ? "two" : "up to two") (\(needed) here): \(foundation) foundation vs \(others) others; \(verdict(ok)). Reading: \(margin.wording)\(margin == .defaultValue ? ", the default" : "") (\(ConstitutionRules.ConfigKey.vaFoundationMargin.rawValue)).\(note)",
                    category: .foundation))
        }
        return findings
    }

    /// "At least 2 and at most one quarter of the total": `count >= 2 && 4 * count <= total`.
    static func quarterFinding(
        _ rule: FoundationRule, _ category: GovernorCategory, _ count: Int, _ total: Int,
        _ citation: String, _ note: String
    ) -> ConstitutionFinding {
        let ok = count >= 2 && 4 * count <= total
        var message =
            "\(count) \(category.label) governor \(plural(count, "seat")) of \(total); \(rule.bodyLabel) need at least 2 and at most one quarter of the total (\(total / 4) of \(total)); \(verdict(ok))"
        if total / 4 < 2 {
            // Why "minimum 7" pages are wrong for these bodies: 2 <= n <= total/4 needs total >= 8.
            message +=
                "; with \(total) governors no number meets both bounds: 2 \(category.label) governors need a total of at least 8"
        }
        return ConstitutionFinding(
            ok ? .ok : .breach, category == .foundation ? .foundationGovernors : .partnershipGovernors,
            citation: citation, message: message + note, category: category)
    }
}

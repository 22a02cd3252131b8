import Foundation

// Checks on individual appointment records: who chairs, ex officio and term-end records, terms
// longer than 4 years, terms that ran out, one person serving twice.
extension MembershipCheck {
    /// Each serving chair and vice-chair's eligibility, then whether there is exactly one chair
    /// and at most one vice-chair.
    static func chairFindings(_ serving: [MemberAppointment], on date: CalendarDate) -> [ConstitutionFinding] {
        var findings: [ConstitutionFinding] = []
        for a in serving where a.role != .member {
            let role = a.role == .chair ? "chair" : "vice-chair"
            let who = "the \(role) (appointment \(a.id), \(a.category.label))"
            if !a.category.isGovernor {
                findings.append(
                    ConstitutionFinding(
                        .breach, .chairEligibility, citation: Citation.roles,
                        message:
                            "\(who) is an associate member; only governors may be chair or vice-chair, and associates are not governors (reg 12); breach",
                        category: a.category, appointmentIDs: [a.id]))
            } else if a.category == .staff || a.category == .headteacher || a.employedAtSchool {
                let why =
                    a.category == .staff
                    ? "a staff governor" : a.category == .headteacher ? "the headteacher" : "employed at the school"
                findings.append(
                    ConstitutionFinding(
                        .breach, .chairEligibility, citation: Citation.roles,
                        message: "\(who) is \(why); governors employed at the school cannot be chair or vice-chair; breach",
                        category: a.category, appointmentIDs: [a.id]))
            } else {
                findings.append(
                    ConstitutionFinding(
                        .ok, .chairEligibility, citation: Citation.roles,
                        message: "\(who) is not employed at the school; ok", category: a.category, appointmentIDs: [a.id]))
            }
        }
        let chairs = serving.filter { $0.role == .chair }, vices = serving.filter { $0.role == .viceChair }
        if chairs.count != 1 {
            findings.append(
                ConstitutionFinding(
                    .warning, .chairCount, citation: Citation.roles,
                    message: "\(chairs.count) chairs serve on \(date); the body elects one chair",
                    appointmentIDs: chairs.map(\.id)))
        }
        if vices.count > 1 {
            findings.append(
                ConstitutionFinding(
                    .warning, .chairCount, citation: Citation.roles,
                    message: "\(vices.count) vice-chairs serve on \(date); the body elects one vice-chair",
                    appointmentIDs: vices.map(\.id)))
        }
        return findings
    }

    /// Flags on each serving governor's record (associate members are not checked here).
    static func recordFindings(_ governors: [MemberAppointment], on date: CalendarDate) -> [ConstitutionFinding] {
        var findings: [ConstitutionFinding] = []
        for a in governors {
            let who = "appointment \(a.id) (\(a.category.label))"
            func flag(_ severity: ConstitutionFinding.Severity, _ rule: FindingRule, _ citation: String, _ text: String) {
                findings.append(
                    ConstitutionFinding(
                        severity, rule, citation: citation, message: "\(who) \(text)",
                        category: a.category, appointmentIDs: [a.id]))
            }
            if a.exOfficio, let end = a.termEnd {
                flag(
                    .warning, .termEndRecord, Citation.termRecords,
                    "is ex officio but has a term end (\(end)); ex officio governors serve while they hold the office, with no end date"
                )
            }
            if !a.exOfficio, a.termEnd == nil {
                flag(
                    .warning, .termEndRecord, Citation.termRecords,
                    "is not ex officio but has no term end; appointed and elected governors serve a term of 1 to 4 years")
            }
            if a.category == .headteacher, !a.exOfficio {
                flag(
                    .warning, .exOfficioCategory, Citation.termRecords,
                    "is not recorded as ex officio; the headteacher is a governor ex officio")
            }
            if a.exOfficio, a.category != .headteacher, a.category != .foundation {
                flag(
                    .warning, .exOfficioCategory, Citation.termRecords,
                    "is recorded as ex officio; only the headteacher and foundation governors hold office ex officio")
            }
            if !a.exOfficio, let end = a.termEnd, end > a.startDate.adding(years: 4) {
                flag(
                    .breach, .termLength, Citation.terms,
                    "has a term from \(a.startDate) to \(end), longer than 4 years (the latest end is \(a.startDate.adding(years: 4))); breach"
                )
            }
            if a.isPastTermEnd(on: date), let end = a.termEnd {
                flag(
                    .warning, .pastTermEnd, Citation.termRecords,
                    "is past its term end (\(end)) on \(date) but has not ended; still listed as serving: record the end, or re-appoint with a new appointment"
                )
            }
        }
        let byPerson = Dictionary(grouping: governors, by: \.personID)
        for (person, records) in byPerson.sorted(by: { $0.key < $1.key }) where records.count > 1 {
            findings.append(
                ConstitutionFinding(
                    .warning, .duplicatePerson, citation: Citation.instrument,
                    message:
                        "person \(person) holds \(records.count) governor appointments at once on \(date) (\(records.map { "\($0.id) \($0.category.label)" }.joined(separator: ", "))); one person fills one seat",
                    appointmentIDs: records.map(\.id)))
        }
        return findings
    }
}

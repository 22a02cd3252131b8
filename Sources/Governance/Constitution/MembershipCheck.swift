import Foundation

/// Checks who actually serves on a governing body on one day against its instrument: seats per
/// category, the one-third rule on the serving members, chair eligibility and the term records.
/// Pure: no I/O, no clock.
public enum MembershipCheck {
    /// The membership report for `appointments` on `date` under `instrument`.
    ///
    /// An appointment serves on `date` when `startDate <= date` and (`endedOn == nil` or
    /// `endedOn >= date`). One past its term end but not ended still serves, and is flagged.
    /// Associate members are listed in `associates` and never counted: not in seats, totals,
    /// the minimum of 7 or the one-third rule. `rules` supplies the resigned-head reading.
    public static func check(
        instrument: InstrumentOfGovernment, appointments: [MemberAppointment], on date: CalendarDate,
        rules: ConstitutionRules = .defaults
    ) -> MembershipReport {
        let serving = appointments.filter { $0.serves(on: date) }
        let governors = serving.filter(\.category.isGovernor)
        let associates = serving.filter { !$0.category.isGovernor }
        let counts = GovernorCategory.governorCategories.map { category in
            SeatCount(
                category: category, seats: instrument.seats(for: category),
                filled: governors.filter { $0.category == category }.count)
        }
        var findings = seatFindings(counts, governors: governors)
        findings.append(totalFinding(governors.count, associates: associates.count, on: date))
        findings.append(oneThirdFinding(governors, instrument: instrument, rules: rules))
        findings += chairFindings(serving, on: date)
        findings += recordFindings(governors, on: date)
        return MembershipReport(
            date: date, seatCounts: counts, governors: governors,
            associates: associates, findings: findings)
    }

    /// A breach for each category with more governors than seats, a warning for each with vacancies.
    static func seatFindings(_ counts: [SeatCount], governors: [MemberAppointment]) -> [ConstitutionFinding] {
        counts.compactMap { count in
            let label = count.category.label
            let have =
                "\(count.filled) \(label) \(count.filled == 1 ? "governor serves" : "governors serve") against \(count.seats) \(ConstitutionCheck.plural(count.seats, "seat"))"
            if count.surplus > 0 {
                let ids = governors.filter { $0.category == count.category }.map(\.id)
                return ConstitutionFinding(
                    .breach, .seatSurplus, citation: Citation.instrument,
                    message:
                        "\(have): \(count.surplus) surplus; breach (after a reconstitution, reg 15 says who decides who leaves; nobody leaves until that decision is recorded)",
                    category: count.category, appointmentIDs: ids)
            }
            if count.vacant > 0 {
                return ConstitutionFinding(
                    .warning, .seatVacancy, citation: Citation.vacancies,
                    message: "\(have): \(count.vacant) \(count.vacant == 1 ? "vacancy" : "vacancies") for the clerk to report",
                    category: count.category)
            }
            return nil
        }
    }

    /// Serving governors against the minimum of 7. Vacancies do not unmake a body, so fewer
    /// than 7 serving is a warning, not a breach of reg 13(2) (which governs the instrument).
    static func totalFinding(_ total: Int, associates: Int, on date: CalendarDate) -> ConstitutionFinding {
        let left =
            associates > 0
            ? "; \(associates) associate \(associates == 1 ? "member is" : "members are") left out, as they are not governors"
            : ""
        let message =
            "\(total) \(total == 1 ? "governor serves" : "governors serve") on \(date)\(left); the minimum membership is 7"
        return total >= 7
            ? ConstitutionFinding(.ok, .totalMembership, citation: "reg 13(2)", message: message + "; ok")
            : ConstitutionFinding(
                .warning, .totalMembership, citation: "reg 13(2)",
                message: message + "; \(7 - total) short until seats are filled")
    }

    /// Reg 13(5) on the people serving: staff governors + head(s) + co-opted governors employed at
    /// the school, at most one third of the governors serving (`3 * count <= total`).
    static func oneThirdFinding(
        _ governors: [MemberAppointment], instrument: InstrumentOfGovernment, rules: ConstitutionRules
    ) -> ConstitutionFinding {
        let heads = governors.filter { $0.category == .headteacher }.count
        let staff = governors.filter { $0.category == .staff }.count
        let coOpted = governors.filter { $0.category == .coOpted && $0.employedAtSchool }.count
        let resigned = !instrument.headIsGovernor && rules.resignedHeadCountsTowardsOneThird ? instrument.schoolsGoverned : 0
        let count = heads + staff + coOpted + resigned
        let total = governors.count
        let ok = 3 * count <= total
        var parts = ["head \(heads)", "staff \(staff)", "co-opted employed at the school \(coOpted)"]
        if resigned > 0 { parts.append("resigned head \(resigned)") }
        var message =
            "\(count) of \(total) serving governors are staff-eligible (\(parts.joined(separator: " + "))); the limit is one third, \(total / 3); \(ConstitutionCheck.verdict(ok))."
        if !instrument.headIsGovernor { message += " " + rules.resignedHeadDescription }
        let ids = governors.filter {
            $0.category == .headteacher || $0.category == .staff || ($0.category == .coOpted && $0.employedAtSchool)
        }.map(\.id)
        return ConstitutionFinding(
            ok ? .ok : .breach, .oneThird,
            citation: Citation.oneThird(instrument.schoolsGoverned > 1), message: message, appointmentIDs: ids)
    }
}

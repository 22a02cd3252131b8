/// Terms ending soon: an alert for each serving governor whose term ends within one of the
/// thresholds (default 90, 60 and 30 days); crossing into a tighter threshold is a new alert and
/// the wider one resolves. A term already past (not ended) is overdue. Appointments whose end is
/// already recorded (a re-appointment follows, or the governor leaves) are not reminded about.
public struct TermEndingCheck: DeadlineCheck {
    public static let name = "term_ending"
    public static let rule = "Warn when a governor's term of office ends within 90, 60 or 30 days (docs/constitution.md s4)."

    public init() {}

    public func findings(_ inputs: TrackingInputs, _ thresholds: TrackingThresholds) -> [AlertFinding] {
        let bodies = inputs.bodyIndex()
        let windows = thresholds.termEndingDays.sorted()
        return inputs.serving.compactMap { s -> AlertFinding? in
            // An end already recorded (re-appointed from the next day, or leaving) needs no reminder.
            guard let end = s.termEnd, s.endedOn == nil, s.category.isGovernor, let body = bodies[s.bodyID] else { return nil }
            let days = inputs.asOf.days(until: end)
            if days < 0 {
                return AlertFinding(
                    check: Self.name, subject: "appointment:\(s.appointmentID):past", bodyID: s.bodyID, laCode: body.laCode,
                    severity: .overdue,
                    message: "\(s.personName)'s term as \(s.category.label) governor on \(body.name) ended on \(end.iso) "
                        + "but the appointment is still open: re-appoint or end it",
                    dueOn: end)
            }
            guard let window = windows.first(where: { days <= $0 }) else { return nil }
            return AlertFinding(
                check: Self.name, subject: "appointment:\(s.appointmentID):\(window)", bodyID: s.bodyID, laCode: body.laCode,
                severity: window == windows.first ? .warning : .info,
                message: "\(s.personName)'s term as \(s.category.label) governor on \(body.name) ends on \(end.iso), "
                    + "in \(days) days (within \(window))",
                dueOn: end)
        }
    }
}

/// Vacancies open longer than the threshold (default 90 days).
public struct LongVacancyCheck: DeadlineCheck {
    public static let name = "long_vacancy"
    public static let rule =
        "The clerk keeps the register and reports vacancies (docs/constitution.md s6); alert when a seat has been "
        + "vacant for more than tracking.vacancy_days (default 90, a Governor Services threshold)."

    public init() {}

    public func findings(_ inputs: TrackingInputs, _ thresholds: TrackingThresholds) -> [AlertFinding] {
        let bodies = inputs.bodyIndex()
        return inputs.vacancies.compactMap { v in
            let days = v.openedOn.days(until: inputs.asOf)
            guard days > thresholds.vacancyDays, let body = bodies[v.bodyID] else { return nil }
            return AlertFinding(
                check: Self.name, subject: "vacancy:\(v.id)", bodyID: v.bodyID, laCode: body.laCode, severity: .overdue,
                message: "A \(v.category.label) seat on \(body.name) has been vacant since \(v.openedOn.iso) "
                    + "(\(days) days; the limit is \(thresholds.vacancyDays))",
                dueOn: v.openedOn.adding(days: thresholds.vacancyDays))
        }
    }
}

/// Induction not completed within six months of a person's first appointment (rec 10).
public struct InductionOverdueCheck: DeadlineCheck {
    public static let name = "induction_overdue"
    public static let rule = "New governors complete induction within 6 months of their first appointment (action plan rec 10)."

    public init() {}

    public func findings(_ inputs: TrackingInputs, _ thresholds: TrackingThresholds) -> [AlertFinding] {
        let bodies = inputs.bodyIndex()
        var seen = Set<PersonID>()
        return inputs.serving.compactMap { s in
            guard s.category.isGovernor, s.category != .headteacher, !seen.contains(s.personID),
                let first = inputs.firstAppointment[s.personID], let body = bodies[s.bodyID]
            else { return nil }
            seen.insert(s.personID)
            let due = first.adding(months: thresholds.inductionMonths)
            guard due < inputs.asOf, inputs.inducted[s.personID].map({ $0 > due }) ?? true else { return nil }
            let late = inputs.inducted[s.personID] == nil ? "no induction recorded" : "induction recorded only after it was due"
            return AlertFinding(
                check: Self.name, subject: "person:\(s.personID)", bodyID: s.bodyID, laCode: body.laCode,
                severity: inputs.inducted[s.personID] == nil ? .overdue : .warning,
                message: "\(s.personName) (\(body.name)) was first appointed on \(first.iso); induction was due by "
                    + "\(due.iso): \(late)",
                dueOn: due)
        }
    }
}

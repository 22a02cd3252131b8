/// Recs 1 and 4: every maintained school has a succession planning policy, its own or the
/// authority's model, by the first milestone (default 31 March 2015) and at the latest by the
/// deadline (default 31 December 2015). From `successionWarningDays` before the first milestone,
/// alert for each school with none (overdue once the milestone has passed); and alert when the
/// policy in force has passed its review date without a newer adoption.
public struct SuccessionPolicyCheck: DeadlineCheck {
    public static let name = "succession_policy"
    public static let rule =
        "Schools adopt their own succession planning policy or the authority's model by March 2015, all schools "
        + "by December 2015, and review it when due (action plan recs 1 and 4; docs/succession.md)."

    public init() {}

    public func findings(_ inputs: TrackingInputs, _ thresholds: TrackingThresholds) -> [AlertFinding] {
        let first = thresholds.successionFirstMilestone, deadline = thresholds.successionDeadline
        let warnFrom = first.adding(days: -thresholds.successionWarningDays)
        return inputs.schools.flatMap { school -> [AlertFinding] in
            let adopted = (inputs.policies[school.urn] ?? []).filter { $0.adoptedOn <= inputs.asOf }
            guard let current = adopted.max(by: { $0.adoptedOn < $1.adoptedOn }) else {
                guard inputs.asOf >= warnFrom else { return [] }
                let due = inputs.asOf <= first ? first : deadline
                return [
                    AlertFinding(
                        check: Self.name, subject: "school:\(school.urn)", bodyID: school.bodyID, laCode: school.laCode,
                        severity: inputs.asOf > first ? .overdue : .warning,
                        message: "\(school.name) (URN \(school.urn)) has no succession planning policy recorded; schools "
                            + "were to adopt their own or the authority's model by \(first.iso) and all by \(deadline.iso)",
                        dueOn: due)
                ]
            }
            guard let review = current.reviewOn, inputs.asOf > review else { return [] }
            return [
                AlertFinding(
                    check: Self.name, subject: "school:\(school.urn):review:\(current.adoptedOn.iso)", bodyID: school.bodyID,
                    laCode: school.laCode, severity: .overdue,
                    message: "\(school.name) (URN \(school.urn)): the succession planning policy adopted on "
                        + "\(current.adoptedOn.iso) was due for review on \(review.iso); no later adoption is recorded",
                    dueOn: review)
            ]
        }
    }
}

/// Rec 12: representation and diversity issues evidenced in succession planning policies, by
/// the December 2015 deadline. From `successionWarningDays` before it, alert for each maintained
/// school whose policy in force does not evidence them (schools with no policy are the other
/// check's alert).
public struct SuccessionDiversityCheck: DeadlineCheck {
    public static let name = "succession_diversity"
    public static let rule =
        "Representation and diversity issues are evidenced in schools' succession planning policies by "
        + "December 2015 (action plan rec 12; docs/succession.md)."

    public init() {}

    public func findings(_ inputs: TrackingInputs, _ thresholds: TrackingThresholds) -> [AlertFinding] {
        let deadline = thresholds.successionDeadline
        guard inputs.asOf >= deadline.adding(days: -thresholds.successionWarningDays) else { return [] }
        return inputs.schools.compactMap { school in
            let adopted = (inputs.policies[school.urn] ?? []).filter { $0.adoptedOn <= inputs.asOf }
            guard let current = adopted.max(by: { $0.adoptedOn < $1.adoptedOn }), !current.diversityEvidenced else {
                return nil
            }
            return AlertFinding(
                check: Self.name, subject: "school:\(school.urn)", bodyID: school.bodyID, laCode: school.laCode,
                severity: inputs.asOf > deadline ? .overdue : .warning,
                message: "\(school.name) (URN \(school.urn)): the succession planning policy adopted on "
                    + "\(current.adoptedOn.iso) does not evidence representation and diversity; due by \(deadline.iso)",
                dueOn: deadline)
        }
    }
}

/// Rec 12: appointment panels confirm to the full governing body that representation and
/// diversity were considered at every stage of recruitment. Once a headteacher is appointed
/// without that confirmation recorded, alert: a warning, overdue after `panelConfirmationDays`.
/// Appointments before `panelConfirmationFrom` (default 1 January 2015) predate the guidance.
public struct PanelConfirmationCheck: DeadlineCheck {
    public static let name = "panel_confirmation"
    public static let rule =
        "Headteacher appointment panels confirm to the full governing body that representation and diversity "
        + "were considered at every stage of recruitment (action plan rec 12; docs/succession.md)."

    public init() {}

    public func findings(_ inputs: TrackingInputs, _ thresholds: TrackingThresholds) -> [AlertFinding] {
        let bodies = inputs.bodyIndex()
        return inputs.recruitments.compactMap { r in
            guard let appointed = r.appointedOn, appointed <= inputs.asOf, appointed >= thresholds.panelConfirmationFrom,
                let body = bodies[r.bodyID]
            else { return nil }
            if let confirmed = r.confirmedOn, confirmed <= inputs.asOf { return nil }
            let due = appointed.adding(days: thresholds.panelConfirmationDays)
            return AlertFinding(
                check: Self.name, subject: "recruitment:\(r.id)", bodyID: r.bodyID, laCode: body.laCode,
                severity: inputs.asOf > due ? .overdue : .warning,
                message: "\(body.name) appointed a headteacher on \(appointed.iso); the panel's confirmation to the full "
                    + "governing body that representation and diversity were considered at every stage is not recorded",
                dueOn: due)
        }
    }
}

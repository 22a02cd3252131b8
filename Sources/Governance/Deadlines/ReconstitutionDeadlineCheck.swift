/// Reconstitution under the 2012 regulations: overdue after the deadline (default 1 September
/// 2015), or due within `reconstitutionWarningDays` of it.
public struct ReconstitutionDeadlineCheck: DeadlineCheck {
    public static let name = "reconstitution"
    public static let rule =
        "Every maintained governing body constituted under the 2012 regulations by 1 September 2015 "
        + "(DfE statutory guidance; action plan rec 10)."

    public init() {}

    public func findings(_ inputs: TrackingInputs, _ thresholds: TrackingThresholds) -> [AlertFinding] {
        let deadline = thresholds.reconstitutionDeadline
        let daysLeft = inputs.asOf.days(until: deadline)
        return inputs.bodies.compactMap { body in
            guard body.isMaintained else { return nil }
            if case .reconstituted = body.reconstitution { return nil }
            let overdue = body.reconstitution.isOverdue
            guard overdue || daysLeft <= thresholds.reconstitutionWarningDays else { return nil }
            return AlertFinding(
                check: Self.name, subject: "body:\(body.id)", bodyID: body.id, laCode: body.laCode,
                severity: overdue ? .overdue : .warning,
                message: "\(body.name) is not yet constituted under the 2012 regulations (\(body.reconstitution.phrase)); "
                    + (overdue ? "the deadline was \(deadline.iso)" : "the deadline is \(deadline.iso), in \(daysLeft) days"),
                dueOn: deadline)
        }
    }
}

/// Rec 10: chairs gauge whether their body is representative, and the findings reach the MGA
/// Board by its deadline (default 1 December 2015). From `chairReviewWarningDays` before it, alert
/// for each maintained body with no chair's review recorded yet (overdue after the deadline).
public struct ChairReviewCheck: DeadlineCheck {
    public static let name = "chair_review"
    public static let rule =
        "Chairs gauge whether their governing body is representative; findings to the MGA Board by "
        + "December 2015 (action plan rec 10)."

    public init() {}

    public func findings(_ inputs: TrackingInputs, _ thresholds: TrackingThresholds) -> [AlertFinding] {
        let deadline = thresholds.mgaBoardDeadline
        guard inputs.asOf >= deadline.adding(days: -thresholds.chairReviewWarningDays) else { return [] }
        return inputs.bodies.compactMap { body in
            guard body.isMaintained else { return nil }
            // A review recorded late still answers the question, so it clears the alert (the
            // board report shows which reviews came after the deadline).
            let reviewed = (inputs.chairReviews[body.id] ?? []).contains { $0 <= inputs.asOf }
            guard !reviewed else { return nil }
            let overdue = inputs.asOf > deadline
            return AlertFinding(
                check: Self.name, subject: "body:\(body.id)", bodyID: body.id, laCode: body.laCode,
                severity: overdue ? .overdue : .warning,
                message: "No chair's review of whether \(body.name) represents its community is recorded "
                    + (overdue
                        ? "by the MGA Board deadline of \(deadline.iso)" : "yet; the MGA Board deadline is \(deadline.iso)"),
                dueOn: deadline)
        }
    }
}

/// Enhanced DBS check applied for within 21 days of appointment, for governors appointed on or
/// after 1 April 2016 (DfE guidance, docs/constitution.md s6).
public struct DBSCheck: DeadlineCheck {
    public static let name = "dbs_check"
    public static let rule =
        "Governors appointed from 1 April 2016 apply for an enhanced DBS check within 21 days "
        + "(docs/constitution.md s6)."

    public init() {}

    public func findings(_ inputs: TrackingInputs, _ thresholds: TrackingThresholds) -> [AlertFinding] {
        let bodies = inputs.bodyIndex()
        return inputs.serving.compactMap { s in
            guard s.category.isGovernor, s.startDate >= thresholds.dbsFrom, let body = bodies[s.bodyID] else { return nil }
            let due = s.startDate.adding(days: thresholds.dbsDays)
            guard inputs.asOf > due else { return nil }
            // Any application from 3 months before the appointment counts; one made late clears the
            // alert too (the register keeps its date, so the lateness stays on record).
            let applied = (inputs.dbsApplied[s.personID] ?? []).contains {
                $0 >= s.startDate.adding(months: -3) && $0 <= inputs.asOf
            }
            guard !applied else { return nil }
            return AlertFinding(
                check: Self.name, subject: "appointment:\(s.appointmentID)", bodyID: s.bodyID, laCode: body.laCode,
                severity: .overdue,
                message: "\(s.personName) was appointed to \(body.name) on \(s.startDate.iso); no enhanced DBS check "
                    + "application is recorded by \(due.iso) (\(thresholds.dbsDays) days)",
                dueOn: due)
        }
    }
}

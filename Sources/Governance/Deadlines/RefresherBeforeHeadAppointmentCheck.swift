/// Rec 11: bespoke refresher training for governors when a headteacher appointment is coming up.
/// From `refresherLeadDays` before a planned appointment, alert while no serving governor of the
/// body has completed a refresher within `refresherLookbackMonths` before it (until the planned day).
public struct RefresherBeforeHeadAppointmentCheck: DeadlineCheck {
    public static let name = "refresher_before_head_appointment"
    public static let rule = "Governors refresh their training before a new headteacher is appointed (action plan rec 11)."

    public init() {}

    public func findings(_ inputs: TrackingInputs, _ thresholds: TrackingThresholds) -> [AlertFinding] {
        let bodies = inputs.bodyIndex()
        var servingByBody: [BodyID: [PersonID]] = [:]
        for s in inputs.serving where s.category.isGovernor { servingByBody[s.bodyID, default: []].append(s.personID) }
        return inputs.recruitments.compactMap { r in
            // From the lead time until the planned day; after it, there is nothing left to refresh for.
            // A withdrawn recruitment needs no refresher.
            guard let body = bodies[r.bodyID], inputs.asOf >= r.plannedOn.adding(days: -thresholds.refresherLeadDays),
                inputs.asOf <= r.plannedOn, r.withdrawnOn.map({ $0 > inputs.asOf }) ?? true
            else {
                return nil
            }
            let from = r.plannedOn.adding(months: -thresholds.refresherLookbackMonths)
            let refreshed = (servingByBody[r.bodyID] ?? []).contains { person in
                (inputs.refreshers[person] ?? []).contains { $0 >= from && $0 <= min(inputs.asOf, r.plannedOn) }
            }
            guard !refreshed else { return nil }
            let overdue = inputs.asOf >= r.plannedOn
            return AlertFinding(
                check: Self.name, subject: "recruitment:\(r.id)", bodyID: r.bodyID, laCode: body.laCode,
                severity: overdue ? .overdue : .warning,
                message: "\(body.name) plans to appoint a headteacher on \(r.plannedOn.iso) and no serving governor has "
                    + "recorded refresher training since \(from.iso)",
                dueOn: r.plannedOn)
        }
    }
}

import Governance

extension BoardReportComposer {
    /// Schools' policies in force on `date`: the latest adopted on or before it, by URN.
    func policiesInForce(on date: CalendarDate) -> [Int: SuccessionPolicy] {
        var latest: [Int: SuccessionPolicy] = [:]
        for p in data.policies where p.adoptedOn <= date {
            if let known = latest[p.urn], known.adoptedOn >= p.adoptedOn { continue }
            latest[p.urn] = p
        }
        return latest
    }

    /// Recs 1, 4 and 12 (docs/succession.md): schools' succession planning policies at each
    /// milestone, and the recruitment record of recent headteacher appointments. Counts of schools
    /// and appointments, not of people: no disclosure control applies.
    func successionSection() -> ReportSection {
        let t = settings.tracking
        let schools = data.tracking.schools.sorted { ($0.name, $0.urn) < ($1.name, $1.urn) }
        var dates = [(t.successionFirstMilestone, "By \(ReportFormat.longDate(t.successionFirstMilestone)) (rec 1)")]
        dates.append((t.successionDeadline, "By \(ReportFormat.longDate(t.successionDeadline)) (recs 4, 12)"))
        dates = dates.filter { $0.0 < data.asOf }
        dates.append((data.asOf, "On \(longDate) (this report)"))
        let counts = dates.map { date, _ -> (with: Int, own: Int, model: Int, evidenced: Int) in
            let inForce = policiesInForce(on: date)
            let held = schools.compactMap { inForce[$0.urn] }
            return (
                held.count, held.filter { $0.source == .own }.count, held.filter { $0.source == .model }.count,
                held.filter(\.diversityEvidenced).count
            )
        }
        let milestones = ReportTable(
            id: "succession-milestones", caption: "Maintained schools with a succession planning policy",
            columns: [
                "Milestone", "Maintained schools", "With a policy", "Own policy", "Authority's model", "Diversity evidenced",
            ],
            rows: zip(dates, counts).map { d, c in
                [.text(d.1), .count(schools.count), .count(c.with), .count(c.own), .count(c.model), .count(c.evidenced)]
            },
            footnote: "Schools are the maintained schools governed on the report's date; a policy counts at a milestone "
                + "when adopted on or before it (the latest adopted is the one in force). Diversity evidenced: the "
                + "officer's judgement that representation and diversity are evidenced in the policy (rec 12).")
        let inForce = policiesInForce(on: data.asOf)
        var columns = ["School", "URN", "Policy", "Adopted", "Review due", "Diversity evidenced", "Minute"]
        if !isBoard { columns.append("Officer's note") }
        let perSchool = ReportTable(
            id: "succession-schools", caption: "Each maintained school's policy in force", columns: columns,
            rows: schools.map { s in
                guard let p = inForce[s.urn] else {
                    var row: [ReportCell] = [
                        .text(s.name), .text(String(s.urn)), .text("none recorded"), .empty, .empty, .empty, .empty,
                    ]
                    if !isBoard { row.append(.empty) }
                    return row
                }
                var row: [ReportCell] = [
                    .text(s.name), .text(String(s.urn)), .text(p.sourcePhrase), .date(p.adoptedOn),
                    p.reviewOn.map(ReportCell.date) ?? .empty, .text(p.diversityEvidenced ? "yes" : "no"), .text(p.minute),
                ]
                // The note is free text an officer wrote and may name people: the officer version only.
                if !isBoard { row.append(.text(p.diversityNote ?? "")) }
                return row
            })
        let (heads, headFinding) = headAppointments()
        let now = counts[counts.count - 1]
        let milestoneText = zip(dates.dropLast(), counts).map { d, c in
            "\(d.0 == t.successionFirstMilestone ? "by" : "and by") \(ReportFormat.longDate(d.0)), \(Self.ofPhrase(c.with, schools.count))"
        }
        let finding =
            (milestoneText.isEmpty
                ? "" : "Maintained schools with a succession planning policy: " + milestoneText.joined(separator: " ") + ". ")
            + "On \(longDate), \(Self.ofPhrase(now.with, schools.count)) maintained schools have one "
            + "(\(now.own) their own, \(now.model) the authority's model); \(now.evidenced) evidence representation and "
            + "diversity (rec 12). " + headFinding
        return ReportSection(
            id: "succession", title: "Succession planning and headteacher appointments", finding: finding,
            tables: [milestones, perSchool, heads])
    }

    /// Headteacher appointments of the two years to the report's date (and those under way):
    /// stage reached, panel size, and the panel's confirmation to the full governing body.
    func headAppointments() -> (ReportTable, String) {
        let from = data.asOf.adding(months: -24)
        let recruitments = data.recruitments.filter { r in
            r.recordedOn <= data.asOf && (r.cancelledOn.map { $0 > data.asOf } ?? true)
                && (r.appointedOn.map { $0 >= from } ?? (r.plannedOn >= from))
        }.sorted { ($0.plannedOn, $0.bodyName) < ($1.plannedOn, $1.bodyName) }
        func confirmed(_ r: HeadteacherRecruitment) -> PanelConfirmation? {
            r.confirmation.flatMap { $0.confirmedOn <= data.asOf ? $0 : nil }
        }
        let table = ReportTable(
            id: "succession-head-appointments",
            caption: "Headteacher appointments since \(ReportFormat.longDate(from)): panels and their confirmation",
            columns: ["Body", "Planned", "Stage reached", "On", "Panel members", "Confirmed to full GB", "Minute"],
            rows: recruitments.map { r in
                let stage = r.stage(on: data.asOf)
                let panel = r.panel.filter { $0.joinedOn <= data.asOf }.count
                let confirmation = confirmed(r)
                return [
                    .text(r.bodyName), .date(r.plannedOn), .text(stage?.stage.rawValue ?? "planned"),
                    stage.map { .date($0.reachedOn) } ?? .empty, .count(panel),
                    confirmation.map { .date($0.confirmedOn) } ?? .text("not recorded"), .text(confirmation?.minute ?? ""),
                ]
            },
            footnote: "Confirmed: the panel told the full governing body that representation and diversity were considered "
                + "at every stage of recruitment (action plan rec 12), at the meeting minuted.")
        let appointed = recruitments.filter { $0.appointedOn.map { $0 <= data.asOf } ?? false }
        let confirmedCount = appointed.filter { confirmed($0) != nil }.count
        let finding =
            "\(appointed.count) headteachers were appointed in the two years to \(longDate); for "
            + "\(Self.ofPhrase(confirmedCount, appointed.count)) the panel has confirmed to the full governing body that "
            + "representation and diversity were considered at every stage."
        return (table, finding)
    }
}

extension BoardReportComposer {
    /// Recs 5 and 10: who comes forward for governor posts and who is appointed, by group and route
    /// (docs/recruitment.md), over the period since the comparison date, or the year to the report's.
    func recruitmentSection() -> ReportSection {
        let from = data.since ?? data.asOf.adding(months: -12).adding(days: 1)
        return FunnelFigures(
            candidates: data.candidates, groups: groups, from: from, to: data.asOf, audience: audience,
            policy: settings.disclosure, earlierHidden: earlierHidden
        ).section()
    }
}

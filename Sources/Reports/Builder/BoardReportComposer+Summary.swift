import Governance

extension BoardReportComposer {
    /// Headline figures and their values (the summary table's rows).
    func headlines() -> [(String, ReportCell)] {
        let recon = data.reconstitution
        let reconstituted = recon.filter { if case .reconstituted = $0.state { return true } else { return false } }.count
        let deadline = settings.tracking.mgaBoardDeadline
        let reviewed = Set(data.reviews.filter { $0.reviewedOn <= deadline && $0.reviewedOn <= data.asOf }.map(\.bodyID))
        var rows: [(String, ReportCell)] = [
            ("Maintained governing bodies", .count(recon.count)),
            ("Constituted under the 2012 regulations", .count(reconstituted)),
            ("Overdue for reconstitution", .count(recon.filter(\.state.isOverdue).count)),
            ("Governors in post", isBoard ? boardServingTotal() : .count(data.summary.servingGovernors)),
            ("Seats on instruments in force", .count(data.summary.seats)),
            ("Vacancies open", .count(data.summary.openVacancies)),
        ]
        for group in groups {
            if let row = borough("all governors", group) {
                let share: ReportCell =
                    row.pooledShare == nil ? .empty : publishableShare(row).map(ReportCell.share) ?? .suppressed
                rows.append(("Governors who are \(group.label)", share))
                rows.append(("Community share, \(group.label)", row.communityShare.map(ReportCell.share) ?? .empty))
            }
        }
        rows.append(("Bodies whose chair has reviewed representativeness (by \(deadline.iso))", .count(reviewed.count)))
        let cohort = inductionCohort()
        rows.append(("New governors inducted within 6 months", publishedInduction(cohort).share))
        return rows
    }

    func summarySection() -> ReportSection {
        let current = headlines()
        var columns = ["Measure", ReportFormat.longDate(data.asOf)]
        var rows = current.map { [ReportCell.text($0.0), $0.1] }
        if let previous {
            let before = BoardReportComposer(data: previous, previous: nil, audience: audience, settings: settings).headlines()
            columns.insert(ReportFormat.longDate(previous.asOf), at: 1)
            columns.append("Change")
            rows = zip(current, before).map { now, then in [.text(now.0), then.1, now.1, Self.change(from: then.1, to: now.1)] }
        }
        return ReportSection(
            id: "summary", title: "Summary", finding: summaryFinding(),
            tables: [
                ReportTable(
                    id: "summary-headlines", caption: "Headline figures" + (previous == nil ? "" : " and changes"),
                    columns: columns, rows: rows,
                    footnote: "Ethnic minority figures use the definition \"\(settings.definition.label)\".")
            ])
    }

    static func change(from old: ReportCell, to new: ReportCell) -> ReportCell {
        switch (old, new) {
        case let (.count(a), .count(b)): return .text(b - a == 0 ? "no change" : String(format: "%+d", b - a))
        case let (.share(a), .share(b)): return .text(String(format: "%+.1f points", (b - a) * 100))
        default: return .empty
        }
    }

    func summaryFinding() -> String {
        let recon = data.reconstitution
        guard !recon.isEmpty else {
            // A date before the register began, or an authority with no schools yet: say so
            // rather than present a page of zeros as findings.
            return "There is nothing to report: on \(longDate) the register holds no maintained governing body in "
                + "\(data.la.name) (the date is before the register's records begin, or the authority has no maintained "
                + "schools recorded). The sections below are empty."
        }
        let reconstituted = recon.filter { if case .reconstituted = $0.state { return true } else { return false } }.count
        var text =
            "On \(longDate), \(Self.ofPhrase(reconstituted, recon.count)) maintained governing bodies in "
            + "\(data.la.name) were constituted under the 2012 regulations; \(recon.filter(\.state.isOverdue).count) "
            + "were overdue against the deadline of \(ReportFormat.longDate(settings.tracking.reconstitutionDeadline)). "
        for group in groups {
            guard let row = borough("all governors", group), let share = publishableShare(row), let community = row.communityShare
            else {
                continue
            }
            text +=
                "Governors were \(ReportFormat.percent(share)) \(group.label) against \(ReportFormat.percent(community)) "
                + "in the community (\(row.band.label)"
            if row.shortfall >= 1 { text += ", \(Int(row.shortfall.rounded())) people short of a proportionate share" }
            text += "). "
        }
        let deadline = settings.tracking.mgaBoardDeadline
        let reviewed = Set(data.reviews.filter { $0.reviewedOn <= deadline && $0.reviewedOn <= data.asOf }.map(\.bodyID)).count
        text += "Chairs of \(Self.ofPhrase(reviewed, recon.count)) bodies had gauged whether their body is representative."
        return text
    }
}

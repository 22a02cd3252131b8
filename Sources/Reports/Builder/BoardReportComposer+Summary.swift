import Governance

extension BoardReportComposer {
    /// A headline figure: its measure, its value, and for a share the people it rests on (the
    /// declared governors), so that a change is only shown between shares that rest on enough.
    struct Headline {
        var measure: String
        var value: ReportCell
        var base: Int? = nil
    }

    /// Headline figures and their values (the summary table's rows).
    func headlines() -> [Headline] {
        let recon = data.reconstitution
        let reconstituted = recon.filter { if case .reconstituted = $0.state { return true } else { return false } }.count
        let deadline = settings.tracking.mgaBoardDeadline
        let reviewed = Set(data.reviews.filter { $0.reviewedOn <= deadline && $0.reviewedOn <= data.asOf }.map(\.bodyID))
        var rows: [Headline] = [
            Headline(measure: "Maintained governing bodies", value: .count(recon.count)),
            Headline(measure: "Constituted under the 2012 regulations", value: .count(reconstituted)),
            Headline(measure: "Overdue for reconstitution", value: .count(recon.filter(\.state.isOverdue).count)),
            Headline(
                measure: "Governors in post", value: isBoard ? boardServingTotal() : .count(data.summary.servingGovernors)),
            Headline(measure: "Seats on instruments in force", value: .count(data.summary.seats)),
            Headline(measure: "Vacancies open", value: .count(data.summary.openVacancies)),
        ]
        for group in groups {
            if let row = borough("all governors", group) {
                let share: ReportCell =
                    row.pooledShare == nil ? .empty : tabledShare("all governors", group).map(ReportCell.share) ?? .suppressed
                rows.append(
                    Headline(measure: "Governors who are \(group.label)", value: share, base: row.counts.declared))
                // The borough's own profile, never the bodies' comparators weighted by who declared
                // (that moves with coverage).
                rows.append(
                    Headline(
                        measure: "Community share, \(group.label)",
                        value: data.representation.boroughShare(of: group).map { ReportCell.share($0.share) } ?? .empty))
            }
        }
        // National context only from a profile of governors the user imported, with its source and year.
        for group in groups {
            guard let (share, profile) = nationalShare(group) else { continue }
            rows.append(
                Headline(
                    measure:
                        "Governors nationally who are \(group.label) (\(profile.source), \(profile.referenceDate.components.year))",
                    value: .share(share)))
        }
        rows.append(
            Headline(
                measure: "Bodies whose chair has reviewed representativeness (by \(deadline.iso))",
                value: .count(reviewed.count)))
        let cohort = inductionCohort()
        rows.append(
            Headline(
                measure: "New governors inducted within 6 months", value: publishedInduction(cohort).share,
                base: cohort.total))
        return rows
    }

    func summarySection() -> ReportSection {
        let current = headlines()
        var columns = ["Measure", ReportFormat.longDate(data.asOf)]
        var rows = current.map { [ReportCell.text($0.measure), $0.value] }
        if let previous {
            let before = BoardReportComposer(data: previous, previous: nil, audience: audience, settings: settings).headlines()
            columns.insert(ReportFormat.longDate(previous.asOf), at: 1)
            columns.append("Change")
            rows = zip(current, before).map { now, then in
                [.text(now.measure), then.value, now.value, change(from: then, to: now)]
            }
        }
        return ReportSection(
            id: "summary", title: "Summary", finding: summaryFinding(),
            tables: [
                ReportTable(
                    id: "summary-headlines", caption: "Headline figures" + (previous == nil ? "" : " and changes"),
                    columns: columns, rows: rows,
                    footnote: "Ethnic minority figures use the definition \"\(settings.definition.label)\"."
                        + (rows.contains { $0.contains(.suppressed) } ? " " + settings.disclosure.footnote : ""))
            ])
    }

    /// The change between two headline figures; for shares, only when both rest on at least the
    /// disclosure threshold of people (a share of 1 person moving to a share of 17 is not news).
    func change(from old: Headline, to new: Headline) -> ReportCell {
        let threshold = settings.disclosure.threshold
        if let before = old.base, let after = new.base, min(before, after) < threshold {
            return .text("not compared")
        }
        return Self.change(from: old.value, to: new.value)
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
            guard let row = borough("all governors", group) else { continue }
            // How much is known comes before any share: a share of the few who declared does not
            // describe every governor.
            text += coverageSentence(row, group)
            guard let share = tabledShare("all governors", group), let community = communityPhrase(group) else { continue }
            text +=
                "Of the \(ReportFormat.count(row.counts.declared)) governors who declared their \(Self.dimension(group)), "
                + "\(ReportFormat.percent(share)) were \(group.label), against \(community) (\(row.band.label)"
            if row.shortfall >= 1 { text += ", \(Int(row.shortfall.rounded())) people short of a proportionate share" }
            text += "). "
        }
        if groups.contains(where: { tabledShare("all governors", $0) != nil }) { text += communitySource }
        text += nationalSentence
        let deadline = settings.tracking.mgaBoardDeadline
        let reviewed = Set(data.reviews.filter { $0.reviewedOn <= deadline && $0.reviewedOn <= data.asOf }.map(\.bodyID)).count
        text += "Chairs of \(Self.ofPhrase(reviewed, recon.count)) bodies had gauged whether their body is representative."
        return text
    }

    /// "We know the ethnicity of 17 of 420 governors in post (4.0%) ..." when fewer than the
    /// minimum coverage have declared; nothing otherwise. A count the board may not see is not
    /// put into words either: the sentence then says only that too few have declared.
    func coverageSentence(_ row: BoroughRepresentation.Row, _ group: RepresentedGroup) -> String {
        let declared = row.counts.declared, inPost = row.counts.inPost
        guard inPost > 0 else { return "" }
        let coverage = Double(declared) / Double(inPost)
        let minimum = settings.bands.minimumCoverage
        guard coverage < minimum else { return "" }
        let needed = "\(Int((minimum * 100).rounded()))%"
        if case .count = people(declared) {
            return "We know the \(Self.dimension(group)) of \(ReportFormat.count(declared)) of \(ReportFormat.count(inPost)) "
                + "governors in post (\(ReportFormat.percent(coverage))), fewer than the \(needed) needed to speak for all "
                + "of them: any share below describes only those who declared, not every governor. "
        }
        return "Fewer than \(needed) of governors in post have declared their \(Self.dimension(group)): any share below "
            + "describes only those who declared, not every governor. "
    }

    /// What a group is a group of: "sex" for women, "ethnicity" otherwise.
    static func dimension(_ group: RepresentedGroup) -> String {
        if case .women = group { return "sex" }
        return "ethnicity"
    }

    /// A group's share among governors nationally, from an imported profile of governors.
    func nationalShare(_ group: RepresentedGroup) -> (share: Double, profile: CommunityProfile)? {
        for profile in data.nationalGovernors {
            if let share = profile.share(of: group) { return (share, profile) }
        }
        return nil
    }

    /// "Nationally, 61.0% of governors were women (NGA survey, 2015)." when a profile of governors
    /// is imported; empty otherwise.
    var nationalSentence: String {
        let parts = groups.compactMap { group in
            nationalShare(group).map {
                "\(ReportFormat.percent($0.share)) \(group.label) (\($0.profile.source), \($0.profile.referenceDate.components.year))"
            }
        }
        return parts.isEmpty ? "" : "For context, governors nationally were " + ReportFormat.list(parts) + ". "
    }
}

import Governance

extension BoardReportComposer {
    func reviewSection() -> ReportSection {
        let deadline = settings.tracking.mgaBoardDeadline
        let reviews = data.reviews.filter { $0.reviewedOn <= data.asOf }
        let maintained = data.reconstitution.map(\.bodyName)
        let reviewedBodies = Set(reviews.map(\.bodyName))
        var judgements: [ReviewJudgement: Int] = [:]
        let latest = Dictionary(grouping: reviews, by: \.bodyID).compactMapValues { $0.max { $0.reviewedOn < $1.reviewedOn } }
        for review in latest.values { judgements[review.judgement, default: 0] += 1 }
        // The board sees what the API shows board tokens (docs/disclosure.md): no chair's name and
        // not the free-text actions, which may name people.
        var columns = ["Body", "Reviewed", "Judgement", "Taken to the board"]
        if !isBoard {
            columns.insert("Chair", at: 1)
            columns.insert("Actions agreed", at: 4)
        }
        let reviewTable = ReportTable(
            id: "reviews", caption: "Chairs' reviews of representativeness", columns: columns,
            rows: latest.values.sorted { $0.bodyName < $1.bodyName }.map { r in
                var row: [ReportCell] = [
                    .text(r.bodyName), .date(r.reviewedOn),
                    .text(r.judgement.commandLineName.replacingOccurrences(of: "-", with: " ")),
                    r.takenToBoardOn.map(ReportCell.date) ?? .text("not yet"),
                ]
                if !isBoard {
                    row.insert(.text(r.chairName ?? ""), at: 1)
                    row.insert(.text(r.actionsAgreed ?? ""), at: 4)
                }
                return row
            })
        let missing = ReportTable(
            id: "reviews-missing", caption: "Maintained bodies with no chair's review recorded",
            columns: ["Body"], rows: maintained.filter { !reviewedBodies.contains($0) }.sorted().map { [.text($0)] })
        let byDeadline = Set(reviews.filter { $0.reviewedOn <= deadline }.map(\.bodyID)).count
        let toBoard = latest.values.filter { $0.takenToBoardOn != nil }.count
        let finding =
            "\(Self.ofPhrase(byDeadline, maintained.count)) chairs had gauged whether their body represents its "
            + "community by \(ReportFormat.longDate(deadline)); \(toBoard) reviews have been taken to the board. "
            + "Judgements: "
            + ReviewJudgement.allCases.map {
                "\($0.commandLineName.replacingOccurrences(of: "-", with: " ")) \(judgements[$0] ?? 0)"
            }.joined(separator: ", ") + ". Each review keeps the aggregate figures the chair looked at."
        return ReportSection(id: "reviews", title: "Chairs' reviews", finding: finding, tables: [reviewTable, missing])
    }

    /// People first appointed 6 to 18 months before the date (so induction was due by it): how
    /// many completed induction within 6 months, late, or not at all.
    func inductionCohort() -> (total: Int, onTime: Int, late: Int, none: Int) {
        let from = data.asOf.adding(months: -18), to = data.asOf.adding(months: -settings.tracking.inductionMonths)
        var total = 0, onTime = 0, late = 0, none = 0
        var seen = Set<PersonID>()
        for s in data.tracking.serving where s.category.isGovernor && s.category != .headteacher && !seen.contains(s.personID) {
            seen.insert(s.personID)
            guard let first = data.tracking.firstAppointment[s.personID], first >= from, first <= to else { continue }
            total += 1
            let due = first.adding(months: settings.tracking.inductionMonths)
            switch data.tracking.inducted[s.personID] {
            case .some(let date) where date <= due: onTime += 1
            case .some: late += 1
            case .none: none += 1
            }
        }
        return (total, onTime, late, none)
    }

    /// The induction cohort as the audience may see it: on time, later and never add up to the
    /// cohort, published as one table; the share only when both its counts are published.
    func publishedInduction(_ cohort: (total: Int, onTime: Int, late: Int, none: Int)) -> (
        total: ReportCell, onTime: ReportCell, share: ReportCell, late: ReportCell, none: ReportCell
    ) {
        let cells = publishedPeople(
            [cohort.onTime, cohort.late, cohort.none],
            keys: Self.keys(
                "training-induction", row: "#0",
                ["Inducted within 6 months", "Inducted later", "No induction recorded", "New governors"]))
        let share = cohort.total > 0 ? Self.share(cells.parts[0], of: cells.total) : .empty
        return (cells.total, cells.parts[0], share, cells.parts[1], cells.parts[2])
    }

    func trainingSection() -> ReportSection {
        let cohort = inductionCohort()
        let published = publishedInduction(cohort)
        let from = data.asOf.adding(months: -18), to = data.asOf.adding(months: -settings.tracking.inductionMonths)
        let induction = ReportTable(
            id: "training-induction", caption: "Induction of governors first appointed \(from.iso) to \(to.iso)",
            columns: ["New governors", "Inducted within 6 months", "Share", "Inducted later", "No induction recorded"],
            rows: [[published.total, published.onTime, published.share, published.late, published.none]],
            aboutPeople: true, sums: [.across(row: 0, parts: [1, 3, 4], total: 0)])
        let window = data.asOf.adding(months: 12)
        let recruitments = data.recruitments.filter {
            $0.cancelledOn.map { $0 > data.asOf } ?? true && $0.plannedOn >= data.asOf.adding(months: -6)
                && $0.plannedOn <= window
                && $0.recordedOn <= data.asOf
        }
        let refreshed = recruitments.map { r -> Bool in
            let servingPeople = data.tracking.serving.filter { $0.bodyID == r.bodyID }.map(\.personID)
            let lookback = r.plannedOn.adding(months: -settings.tracking.refresherLookbackMonths)
            return servingPeople.contains { p in
                (data.tracking.refreshers[p] ?? []).contains { $0 >= lookback && $0 <= min(data.asOf, r.plannedOn) }
            }
        }
        let heads = ReportTable(
            id: "training-headteacher",
            caption: "Headteacher appointments planned (6 months back to 12 ahead) and refresher training",
            columns: ["Body", "Planned appointment", "Refresher training recorded"],
            rows: zip(recruitments, refreshed).map { r, done in
                [.text(r.bodyName), .date(r.plannedOn), .text(done ? "yes" : "no")]
            },
            footnote: "Refresher: any serving governor of the body completed refresher training in the "
                + "\(settings.tracking.refresherLookbackMonths) months before the planned appointment (action plan rec 11).")
        let shareText =
            if case .share(let share) = published.share, case .count(let total) = published.total {
                "\(ReportFormat.percent(share)) of the \(total) governors first appointed "
                    + "between \(ReportFormat.longDate(from)) and \(ReportFormat.longDate(to)) completed induction within six months"
            } else if cohort.total == 0 {
                "No governors were first appointed in the period"
            } else {
                "Too few governors were first appointed in the period, or completed induction in time, to report induction "
                    + "without revealing small counts"
            }
        let finding =
            shareText + ". \(recruitments.count) headteacher appointments are planned or recent; refresher "
            + "training is recorded for \(refreshed.filter { $0 }.count) of them."
        return ReportSection(id: "training", title: "Induction and training", finding: finding, tables: [induction, heads])
    }
}

import Governance

/// The governor recruitment funnel as the report and `govmon recruitment funnel` publish it
/// (docs/recruitment.md): for each group, how far candidates got (a disjoint count table), how
/// many reached each stage (sums of its published cells, so nothing more is revealed), and the
/// group's candidates by route. For the board, each count table goes through the disclosure
/// policy (threshold and secondary suppression, docs/disclosure.md); officers see every count.
public struct FunnelFigures {
    public let cohort: [FunnelCandidate]
    public let groups: [RepresentedGroup]
    public let from: CalendarDate
    public let to: CalendarDate
    public let audience: ReportAudience
    public let policy: DisclosurePolicy
    /// Cells an earlier recorded run for the date hid ("table id|row|column"): hidden again.
    public let earlierHidden: Set<String>

    /// The funnel of the candidates whose candidacy began in `from...to`.
    public init(
        candidates: [FunnelCandidate], groups: [RepresentedGroup], from: CalendarDate, to: CalendarDate,
        audience: ReportAudience, policy: DisclosurePolicy, earlierHidden: Set<String> = []
    ) {
        cohort = CandidateFunnel.cohort(candidates, from: from, to: to)
        self.groups = groups
        self.from = from
        self.to = to
        self.audience = audience
        self.policy = policy
        self.earlierHidden = earlierHidden
    }

    /// A count table's numbers as the audience may see them.
    struct Published {
        var cells: [[PublishedCell]]
        var rowTotals: [PublishedCell]
        var columnTotals: [PublishedCell]
        var grandTotal: PublishedCell
    }

    static let allLabel = "All candidates"
    static let stageColumns = ["Expressed interest", "Applied", "Nominated or shortlisted", "Elected or appointed"]

    /// The report section: the finding, then three tables per group.
    public func section() -> ReportSection {
        var tables: [ReportTable] = []
        var sentences = [
            "\(cohort.count) candidates came forward for governor vacancies between \(ReportFormat.longDate(from)) and "
                + "\(ReportFormat.longDate(to)); \(cohort.filter { $0.furthest == 3 }.count) were elected or appointed."
        ]
        for group in groups {
            let id = "recruitment-\(group.commandLineName)"
            let rows = CandidateFunnel.groupRows(group)
            let (furthest, published) = disjointTable(
                id: id, caption: "How far candidates got, by \(group.label)", rowLabels: rows,
                counts: CandidateFunnel.byGroup(cohort, group))
            let stages = stageTable(id: "\(id)-stages", group: group, rowLabels: rows, published: published)
            tables += [furthest, stages.table]
            sentences.append(stages.sentence)
            let routes = disjointTable(
                id: "\(id)-routes", caption: "\(ReportFormat.sentenceCase(group.label)) candidates by route and how far they got",
                rowLabels: CandidateRoute.allCases.map { ReportFormat.sentenceCase($0.label) },
                counts: CandidateFunnel.byRoute(cohort, group))
            tables.append(routes.table)
        }
        return ReportSection(
            id: "recruitment", title: "Governor recruitment: who comes forward and who is appointed",
            finding: sentences.joined(separator: " "), tables: tables,
            notes: [
                "Candidates are counted in the period their candidacy began, at the furthest stage they reached by "
                    + "\(ReportFormat.longDate(to)). Monitoring answers are given apart from the application and used only "
                    + "in these counts (action plan recs 5 and 10\(audience == .board ? "" : "; docs/recruitment.md"))."
            ] + (audience == .board ? [policy.footnote] : []))
    }

    /// A disjoint count table (rows by `rowLabels`, columns the furthest stage) with its totals,
    /// published for the audience; and the published numbers for the stage table to add up.
    func disjointTable(id: String, caption: String, rowLabels: [String], counts: [[Int]]) -> (
        table: ReportTable, published: Published
    ) {
        let columns = CandidateFunnel.furthestColumns + ["All"]
        let published: Published
        if audience == .board, let table = try? TwoWayCountTable(rows: counts) {
            let key = { (row: String, column: String) in "\(id)|\(row)|\(column)" }
            var cells = Set<Int>()
            for (r, label) in rowLabels.enumerated() {
                for (c, column) in columns.dropLast().enumerated() where earlierHidden.contains(key(label, column)) {
                    cells.insert(r * 4 + c)
                }
            }
            let shown = policy.publish(
                table, hidingRowTotals: Set(rowLabels.indices.filter { earlierHidden.contains(key(rowLabels[$0], "All")) }),
                hidingGrandTotal: earlierHidden.contains(key(Self.allLabel, "All")), hidingCells: cells,
                hidingColumnTotals: Set((0..<4).filter { earlierHidden.contains(key(Self.allLabel, columns[$0])) }))
            published = Published(
                cells: shown.cells, rowTotals: shown.rowTotals, columnTotals: shown.columnTotals, grandTotal: shown.grandTotal)
        } else {
            let totals = (0..<4).map { c in counts.map { $0[c] }.reduce(0, +) }
            published = Published(
                cells: counts.map { $0.map(PublishedCell.count) }, rowTotals: counts.map { .count($0.reduce(0, +)) },
                columnTotals: totals.map(PublishedCell.count), grandTotal: .count(totals.reduce(0, +)))
        }
        var rows: [[ReportCell]] = rowLabels.indices.map { r in
            [.text(rowLabels[r])] + published.cells[r].map(ReportCell.init) + [ReportCell(published.rowTotals[r])]
        }
        rows.append([.text(Self.allLabel)] + published.columnTotals.map(ReportCell.init) + [ReportCell(published.grandTotal)])
        let last = rowLabels.count
        let sums =
            (0...last).map { ReportSum.across(row: $0, parts: [1, 2, 3, 4], total: 5) }
            + (1...5).map { ReportSum.down(column: $0, parts: Array(0..<last), total: last) }
        let table = ReportTable(
            id: id, caption: caption, columns: ["Candidates"] + columns, rows: rows, aboutPeople: true, sums: sums)
        return (table, published)
    }

    /// How many of each row reached each stage, from the published cells only: a stage's count is
    /// shown when the row's total and the cells before it, or the cells from it on, are all shown.
    func stageTable(id: String, group: RepresentedGroup, rowLabels: [String], published: Published) -> (
        table: ReportTable, sentence: String
    ) {
        func reached(_ cells: [PublishedCell], _ total: PublishedCell) -> [ReportCell] {
            (0..<4).map { s in
                let after = cells[s...].compactMap(\.value)
                if after.count == 4 - s { return .count(after.reduce(0, +)) }
                let before = cells[..<s].compactMap(\.value)
                if let all = total.value, before.count == s { return .count(all - before.reduce(0, +)) }
                return .suppressed
            }
        }
        let lines =
            rowLabels.indices.map { (rowLabels[$0], reached(published.cells[$0], published.rowTotals[$0])) }
            + [(Self.allLabel, reached(published.columnTotals, published.grandTotal))]
        let rows: [[ReportCell]] = lines.map { label, counts in
            [.text(label)] + counts + [Self.share(counts[3], of: counts[0])]
        }
        let last = rowLabels.count
        let table = ReportTable(
            id: id, caption: "Candidates reaching each stage, by \(group.label)",
            columns: ["Candidates"] + Self.stageColumns + ["Share elected or appointed"], rows: rows, aboutPeople: true,
            sums: (1...4).map { ReportSum.down(column: $0, parts: Array(0..<last), total: last) })
        let sentence: String
        if case .count(let n) = lines[0].1[0], case .count(let k) = lines[0].1[3], n > 0,
            case .count(let m) = lines[1].1[0], case .count(let j) = lines[1].1[3], m > 0
        {
            sentence =
                "\(rowLabels[0]): \(k) of \(n) (\(ReportFormat.percent(Double(k) / Double(n)))) elected or appointed, "
                + "against \(j) of \(m) (\(ReportFormat.percent(Double(j) / Double(m)))) \(rowLabels[1].lowercased())."
        } else {
            sentence = "Too few candidates answered for \(group.label) to compare without revealing small counts."
        }
        return (table, sentence)
    }

    static func share(_ part: ReportCell, of whole: ReportCell) -> ReportCell {
        switch (part, whole) {
        case (.count(let k), .count(let n)) where n > 0: .share(Double(k) / Double(n))
        case (.suppressed, _), (_, .suppressed): .suppressed
        default: .empty
        }
    }
}

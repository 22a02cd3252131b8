import Governance

extension BoardReportComposer {
    /// The breakdowns charted and tabled, in order.
    var chartedBreakdowns: [String] {
        // The borough has a row per breakdown and group: each flow breakdown once.
        var flows: [String] = []
        for row in borough.rows where row.breakdown.hasSuffix("(flow)") && !flows.contains(row.breakdown) {
            flows.append(row.breakdown)
        }
        return ["all governors", "chairs", "local authority governors"] + flows
    }

    func representationSection() -> ReportSection {
        var tables: [ReportTable] = []
        var bars: [ReportChart.ShareBar] = []
        if isBoard {
            let flow = data.representation.appointedInPeriod.values.flatMap { $0 }
            // The groups' tables share their totals (governors by category, chairs, appointments in
            // the period), so they are suppressed together.
            let chairs = boardChairs
            let appointed = data.since.map {
                BoardDisclosure.oneWay(
                    "appointed since \($0.iso) (flow)", flow, groups: groups, policy: settings.disclosure,
                    earlier: earlierByGroup)
            }
            for (index, group) in groups.enumerated() {
                var published = boardByCategory[index]
                if index < chairs.count { published.append(chairs[index]) }
                if let appointed, index < appointed.count { published.append(appointed[index]) }
                tables.append(
                    ReportTable(
                        id: Self.representationTableID(group), caption: "Governors who are \(group.label), by category",
                        columns: ["Governors", "In post", "In group", "Not in group", "Unknown", "Share of declared"],
                        rows: published.map {
                            [
                                .text($0.label), ReportCell($0.total), ReportCell($0.inGroup), ReportCell($0.notInGroup),
                                ReportCell($0.unknown), Self.cell($0.share),
                            ]
                        },
                        footnote: settings.disclosure.footnote, aboutPeople: true,
                        sums: Self.representationSums(categoryRows: boardByCategory[index].count - 1, otherRows: published.count))
                )
                for row in published
                where ["all governors", "chairs", "local authority governors"].contains(row.label)
                    || row.label.hasSuffix("(flow)")
                {
                    let community = data.representation.boroughShare(of: group)?.share
                    bars.append(
                        bar(
                            "\(Self.shortLabel(group)): \(row.label)", inGroup: ReportCell(row.inGroup),
                            notInGroup: ReportCell(row.notInGroup),
                            community: community))
                }
            }
        } else {
            tables.append(officerBoroughTable())
            for group in groups {
                for breakdown in chartedBreakdowns {
                    guard let row = borough(breakdown, group) else { continue }
                    bars.append(
                        bar(
                            "\(Self.shortLabel(group)): \(breakdown)", inGroup: .count(row.counts.inGroup),
                            notInGroup: .count(row.counts.declared - row.counts.inGroup), community: row.communityShare))
                }
            }
        }
        tables.append(bandTable())
        if !isBoard { tables.append(bodyTable()) }
        var charts = [
            ReportChart(
                id: "representation-chart",
                title: "Share of governors against the community, \(longDate) (ethnic minority: \(settings.definition.label))",
                description: "For each group and set of governors, the share of declared governors in the group (bar) with "
                    + (isBoard
                        ? "the range of shares a group of that size could show by chance (whisker)"
                        : "its 95% Wilson interval (whisker)")
                    + " and the community's share (marker). Ethnic minority: \(settings.definition.label).",
                xLabel: "Share of declared governors (%)", yLabel: "Group and governors", kind: .shareBars(bars),
                tableID: tables[0].id)
        ]
        if let trend = trendChart() {
            charts.append(trend.chart)
            tables.append(trend.table)
        }
        return ReportSection(
            id: "representativeness", title: "Representativeness of governing bodies",
            finding: representationFinding(), charts: charts, tables: tables,
            notes: [
                "Every figure compares declared governors only; unknowns are reported as coverage in "
                    + "the data quality section. Ethnic minority means \"\(settings.definition.label)\"."
            ])
    }

    /// What adds up in a board representation table: each row's in group, not in group and unknown
    /// make its in post; the category rows make the "all governors" row after them; the rows
    /// after that (chairs, appointments in the period) add up across only.
    /// With no category rows (an authority with no governors on the date) there is nothing to sum down.
    static func representationSums(categoryRows: Int, otherRows: Int) -> [ReportSum] {
        let across = (0..<max(0, otherRows)).map { ReportSum.across(row: $0, parts: [2, 3, 4], total: 1) }
        guard categoryRows > 0 else { return across }
        return across + (1...4).map { ReportSum.down(column: $0, parts: Array(0..<categoryRows), total: categoryRows) }
    }

    /// Governors in post in all, as the board sees it: the total the representation tables share.
    func boardServingTotal() -> ReportCell {
        boardByCategory.first?.last.map { ReportCell($0.total) } ?? .count(0)
    }

    /// "women" or "ethnic minority": the chart's title and description state the definition.
    static func shortLabel(_ group: RepresentedGroup) -> String {
        if case .ethnicMinority = group { return "ethnic minority" }
        return group.label
    }

    static func cell(_ share: PublishedShare) -> ReportCell {
        switch share {
        case .fraction(let f): return .share(f)
        case .suppressed: return .suppressed
        case .undefined: return .empty
        }
    }

    func bar(_ label: String, inGroup: ReportCell, notInGroup: ReportCell, community: Double?) -> ReportChart.ShareBar {
        guard case .count(let k) = inGroup, case .count(let other) = notInGroup, k + other > 0 else {
            return .init(label: label, share: nil, lower: nil, upper: nil, community: community)
        }
        let interval = WilsonInterval(successes: k, trials: k + other)
        return .init(
            label: label, share: Double(k) / Double(k + other), lower: interval?.lower, upper: interval?.upper,
            community: community)
    }

    func officerBoroughTable() -> ReportTable {
        ReportTable(
            id: "representation-borough", caption: "All governors of \(data.la.name) against the community, \(data.asOf.iso)",
            columns: [
                "Group", "Governors", "Bodies", "In post", "Unknown", "In group", "Share", "95% interval",
                "Community (weighted)", "Expected", "Shortfall", "P(total <= observed)", "Band",
            ],
            rows: borough.rows.map { r in
                let interval = WilsonInterval(successes: r.counts.inGroup, trials: r.counts.declared)
                return [
                    .text(r.label), .text(r.breakdown), .count(r.bodies), .count(r.counts.inPost), .count(r.counts.unknown),
                    .count(r.counts.inGroup), r.pooledShare.map(ReportCell.share) ?? .empty,
                    interval.map { .text("\(ReportFormat.percent($0.lower)) to \(ReportFormat.percent($0.upper))") } ?? .empty,
                    r.communityShare.map(ReportCell.share) ?? .empty, .number(r.expected, digits: 1),
                    .number(r.shortfall, digits: 1), .number(r.lowerTail, digits: 4), .text(r.band.label),
                ]
            },
            footnote: "Pooled over bodies, each compared with its own comparator; the tail is the exact Poisson-binomial "
                + "probability of so few under random selection.", aboutPeople: true)
    }

    func bandTable() -> ReportTable {
        ReportTable(
            id: "representation-bands", caption: "Governing bodies by band",
            columns: ["Group"] + RepresentationBand.allCases.map { $0.label.capitalizedFirst },
            rows: groups.map { g in
                [.text(g.label)] + RepresentationBand.allCases.map { .count(borough.bands[g.commandLineName]?[$0.rawValue] ?? 0) }
            },
            footnote:
                "Bands\(isBoard ? "" : " (docs/representativeness.md)"): reflects when the shortfall is under one whole "
                + "person; well below when it is one or more and so few would arise by chance less than 5% of the time; "
                + "insufficient data when under \(Int((settings.bands.minimumCoverage * 100).rounded()))% declared or fewer "
                + "than \(settings.bands.minimumDeclared) declared.")
    }

    func bodyTable() -> ReportTable {
        ReportTable(
            id: "representation-bodies", caption: "Bands by governing body (officer view)",
            columns: ["Body", "In post"] + groups.flatMap { ["\($0.label): band", "\($0.label): coverage"] },
            rows: bodies.map { b in
                [.text(b.bodyName), .count(b.groups.first?.counts.inPost ?? 0)]
                    + b.groups.flatMap { g -> [ReportCell] in
                        [
                            .text(g.band.label),
                            g.counts.inPost > 0 ? .share(Double(g.counts.declared) / Double(g.counts.inPost)) : .empty,
                        ]
                    }
            })
    }

    func trendChart() -> (chart: ReportChart, table: ReportTable)? {
        let names = Set(groups.map(\.commandLineName))
        let points = data.snapshots.filter { names.contains($0.group) && $0.asOf <= data.asOf }
        let dates = Array(Set(points.map(\.asOf))).sorted()
        guard !dates.isEmpty else { return nil }
        func share(_ s: RepresentationSnapshot) -> Double? {
            let declared = s.inPost - s.unknown
            guard declared > 0, mayShowShare(inGroup: s.inGroup, declared: declared) else { return nil }
            return Double(s.inGroup) / Double(declared)
        }
        let series = groups.map { g in
            ReportChart.TrendSeries(
                label: g.label,
                points: dates.map { d in
                    .init(date: d, value: points.first { $0.asOf == d && $0.group == g.commandLineName }.flatMap(share))
                })
        }
        let table = ReportTable(
            id: "representation-trend", caption: "Share of declared governors in each group, from stored snapshots",
            columns: ["Date"] + groups.map(\.label),
            rows: dates.map { d in
                [.date(d)] + series.map { s in s.points.first { $0.date == d }?.value.map(ReportCell.share) ?? .suppressed }
            },
            aboutPeople: true)
        let chart = ReportChart(
            id: "representation-trend-chart", title: "Trend in the share of governors by group",
            description: "Share of declared governors who are " + groups.map(\.label).joined(separator: " and ")
                + " on each snapshot date from \(dates.first!.iso) to \(dates.last!.iso).",
            xLabel: "Snapshot date", yLabel: "Share of declared governors (%)", kind: .trend(series), tableID: table.id)
        return (chart, table)
    }

    func representationFinding() -> String {
        var parts: [String] = []
        for group in groups {
            guard let all = borough("all governors", group), let share = tabledShare("all governors", group),
                let community = communityPhrase(group)
            else { continue }
            var text =
                "\(ReportFormat.percent(share)) of the \(ReportFormat.count(all.counts.declared)) governors who declared are "
                + "\(group.label) against \(community) (\(all.band.label))"
            if let chairs = borough("chairs", group), let chairShare = tabledShare("chairs", group) {
                text +=
                    "; among the \(ReportFormat.count(chairs.counts.declared)) chairs who declared, \(ReportFormat.percent(chairShare))"
            }
            parts.append(text)
        }
        let below = groups.map { g in
            let counts = borough.bands[g.commandLineName] ?? [:]
            let bodies = (counts["below"] ?? 0) + (counts["well_below"] ?? 0)
            return "\(bodies) \(bodies == 1 ? "body falls" : "bodies fall") below for \(g.label)"
        }
        let shares =
            parts.isEmpty
            ? "No share is shown: too few governors have declared for a share to be given without risk of identifying "
                + "someone. " : parts.joined(separator: ". ") + ". "
        return shares + below.joined(separator: "; ") + "."
    }
}

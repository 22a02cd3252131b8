import Governance
import Reports

/// A small hand-made report with every kind of cell and chart, on a fixed date, for golden files.
enum ReportFixture {
    static let date = CalendarDate(iso: "2015-11-30")!

    static func report(audience: ReportAudience = .board) -> BoardReport {
        let bars = ReportChart(
            id: "fixture-bars", title: "Share of governors against the community",
            description: "Women 60.0% against 50.6%; ethnic minority hidden.", xLabel: "Share of declared governors (%)",
            yLabel: "Group",
            kind: .shareBars([
                .init(label: "women: all governors", share: 0.6, lower: 0.5, upper: 0.7, community: 0.506),
                .init(label: "ethnic minority: chairs", share: nil, lower: nil, upper: nil, community: 0.516),
            ]), tableID: "fixture-shares")
        let stack = ReportChart(
            id: "fixture-stack", title: "Reconstitution", description: "3 by the deadline, 1 after, 1 not started.",
            xLabel: "Governing bodies", yLabel: "State",
            kind: .stacked([
                .init(label: "by the deadline", value: 3, tone: "good"), .init(label: "after", value: 1, tone: "warning"),
                .init(label: "not started", value: 1, tone: "bad"),
            ]), tableID: "fixture-states")
        let trend = ReportChart(
            id: "fixture-trend", title: "Trend", description: "Women 58% in 2014, 60% in 2015.", xLabel: "Snapshot date",
            yLabel: "Share (%)",
            kind: .trend([
                .init(
                    label: "women",
                    points: [
                        .init(date: CalendarDate(iso: "2014-11-30")!, value: 0.58),
                        .init(date: date, value: 0.6),
                    ])
            ]), tableID: "fixture-trend-table")
        return BoardReport(
            title: "Fixture report", laCode: 315, laName: "Testborough <& \"Co\">", asOf: date,
            since: CalendarDate(iso: "2014-11-30")!, audience: audience, definition: "ethnic minority (not White British)",
            sections: [
                ReportSection(
                    id: "summary", title: "Summary", finding: "A finding with <script>alert(1)</script> in it.",
                    charts: [bars],
                    tables: [
                        ReportTable(
                            id: "fixture-shares", caption: "Shares", columns: ["Group", "In group", "Share", "Since"],
                            rows: [
                                [.text("women"), .count(12), .share(0.6), .date(date)],
                                [.text("=cmd|' /C calc'!A0"), .suppressed, .suppressed, .empty],
                                [.text("ratio"), .number(1.2345, digits: 2), .empty, .empty],
                            ],
                            footnote: "c: confidential.", aboutPeople: true)
                    ],
                    notes: ["A note."]),
                ReportSection(
                    id: "reconstitution", title: "Reconstitution", finding: "Progress.", charts: [stack, trend],
                    tables: [
                        ReportTable(
                            id: "fixture-states", caption: "States", columns: ["State", "Bodies"],
                            rows: [[.text("by the deadline"), .count(3)]]),
                        ReportTable(
                            id: "fixture-trend-table", caption: "Trend", columns: ["Date", "women"],
                            rows: [[.date(date), .share(0.6)]]),
                        ReportTable(id: "fixture-empty", caption: "Nothing here", columns: ["Body"], rows: []),
                    ]),
            ])
    }
}

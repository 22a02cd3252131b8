import Foundation
import Governance
import Reports
import Testing

/// Each renderer against a checked-in golden file (fixed date, fixed model). To accept an intended
/// change, run the tests with GOVMON_UPDATE_GOLDEN=1 and review the diff.
@Suite struct RendererGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func check(_ rendered: String, against name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["GOVMON_UPDATE_GOLDEN"] == "1" {
            try rendered.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(rendered == golden, "\(name) differs from its golden file; GOVMON_UPDATE_GOLDEN=1 rewrites it")
    }

    @Test func html() throws { try check(HTMLRenderer.render(ReportFixture.report()), against: "report.html") }
    @Test func markdown() throws { try check(MarkdownRenderer.render(ReportFixture.report()), against: "report.md") }
    @Test func json() throws { try check(DataRenderers.json(ReportFixture.report()), against: "report.json") }
    @Test func csv() throws {
        let files = DataRenderers.csvFiles(ReportFixture.report())
        try check(files.map { "### \($0.name)\n\($0.content)" }.joined(separator: "\n"), against: "report-csv.txt")
    }

    @Test func markdownEscapesWithBackslashesNotEntities() throws {
        let markdown = MarkdownRenderer.render(ReportFixture.report(audience: .officer))
        // No entity reference (&lt; &amp; &#39; ...): the file reads as plain text too.
        #expect(markdown.range(of: #"&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"#, options: .regularExpression) == nil)
        // Hostile text still cannot open a tag.
        #expect(!markdown.contains("<script>") && markdown.contains("\\<script\\>"))
        #expect(MarkdownRenderer.escape("Tom & Jerry &amp; co") == "Tom & Jerry \\&amp; co")
    }

    /// A hidden bar's "c" is written right of its community marker (a diamond 6 px either side of
    /// the share's x), never over it.
    @Test func aHiddenBarsWordsClearItsCommunityMarker() throws {
        let chart = ReportChart(
            id: "bars", title: "t", description: "d", xLabel: "x", yLabel: "y",
            kind: .shareBars([.init(label: "chairs", share: nil, lower: nil, upper: nil, community: 0.1)]), tableID: "t")
        let svg = HTMLRenderer.render(
            BoardReport(
                title: "t", laCode: 315, laName: "T", asOf: ReportFixture.date, since: nil, audience: .board, definition: "d",
                sections: [ReportSection(id: "s", title: "s", finding: "f", charts: [chart])]))
        let marker = try #require(svg.firstMatch(of: #/<path d="M ([0-9.]+) /#))
        let words = try #require(svg.firstMatch(of: #/<text x="([0-9.]+)"[^>]*>c[ <]/#))
        // By hand: the plot runs from 300 to 650, so a share of 0.1 puts the marker at 335, its
        // right point at 341; the words start at 345.
        #expect(Double(marker.1) == 335 && Double(words.1) == 345)
    }

    @Test func numbersReadAsPeopleWriteThem() {
        #expect(ReportFormat.count(1343) == "1,343" && ReportFormat.count(999) == "999")
        #expect(ReportFormat.count(1_000_000) == "1,000,000" && ReportFormat.count(-1200) == "-1,200")
        // A small negative change rounds to zero, not "-0.0".
        #expect(ReportFormat.fixed(-0.04, digits: 1) == "0.0" && ReportFormat.fixed(-0.06, digits: 1) == "-0.1")
        #expect(ReportFormat.percent(-0.0001) == "0.0%")
    }

    @Test func htmlEscapesHostileTextAndLabelsEveryChart() {
        let html = HTMLRenderer.render(ReportFixture.report(audience: .officer))
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Testborough &lt;&amp; &quot;Co&quot;&gt;"))
        #expect(html.contains("OFFICIAL-SENSITIVE"))
        // Every chart is an image with a title and a description for screen readers, and nothing is fetched.
        let svgs = html.components(separatedBy: "<svg ").count - 1
        #expect(svgs == 3)
        #expect(html.components(separatedBy: "role=\"img\" aria-labelledby=").count - 1 == svgs)
        #expect(html.components(separatedBy: "<title id=").count - 1 == svgs)
        #expect(html.components(separatedBy: "<desc id=").count - 1 == svgs)
        #expect(!html.contains("<script") && !html.contains("src=\"http") && !html.contains("href=\"http"))
    }

    @Test func csvDefusesFormulasAndMarksHiddenCells() {
        let shares = DataRenderers.csvFiles(ReportFixture.report()).first { $0.name.hasSuffix("fixture-shares.csv") }
        #expect(shares?.content.contains("'=cmd|' /C calc'!A0,c,c,") == true)
        #expect(shares?.content.contains("women,12,0.6000,2015-11-30\r\n") == true)
    }
}

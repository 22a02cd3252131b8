import Application
import Foundation
import Governance
import Reports
import Store
import TestSupport
import Testing

/// The board report from a real database: what the board may see, the report in a real browser,
/// and the run record.
@Suite struct BoardReportTests {
    static func settings() -> BoardReportSettings {
        BoardReportSettings(
            definition: .notWhiteBritish, bands: BandThresholds(), disclosure: DisclosurePolicy(threshold: 5),
            tracking: TrackingThresholds(), rules: .defaults)
    }

    static func report(_ register: Register, audience: ReportAudience) async throws -> BoardReport {
        let data = try await BoardReportRun(register: register, settings: settings()).load(
            laCode: 315, asOf: CalendarDate(iso: "2015-11-30")!, since: CalendarDate(iso: "2015-01-01")!)
        return BoardReportComposer(data: data, previous: nil, audience: audience, settings: settings()).compose()
    }

    /// No count of people below the threshold reaches the board, and no hidden cell of a
    /// category table can be worked out by subtracting published cells from published totals.
    @Test func theBoardVersionLeaksNothing() async throws {
        try await TestDatabase.withRegister { register, _ in
            _ = try await Fixtures.representedBody(register)
            let board = try await Self.report(register, audience: .board)
            #expect(Self.expectNothingRecoverable(board, threshold: 5) > 0)
            // RepresentationTests.setUp: one LA governor and 3 women among 9 governors, counts the
            // board must not see; the officer version shows them.
            let womenTable = try #require(board.tables.first { $0.id == "representation-women" })
            let la = try #require(womenTable.rows.first { $0.first == .text("local authority governors") })
            #expect(la[1] == .suppressed)
            let officer = try await Self.report(register, audience: .officer)
            #expect(officer.tables.contains { $0.rows.contains { $0.contains(.count(3)) } })
            let html = HTMLRenderer.render(board)
            #expect(html.contains("OFFICIAL") && !html.contains("OFFICIAL-SENSITIVE"))
            #expect(HTMLRenderer.render(officer).contains("OFFICIAL-SENSITIVE"))
        }
    }

    /// Checks a board report the way a reader could attack it: every count in a table about people
    /// is 0 or at least `threshold`; in every sum a table declares (parts adding up to a total), a
    /// hidden cell is never the only hidden one, so subtraction cannot give it; and the
    /// representation tables, which share their "in post" totals, hide the same totals. Returns
    /// how many cells it checked.
    @discardableResult
    static func expectNothingRecoverable(_ report: BoardReport, threshold: Int) -> Int {
        var checked = 0
        for table in report.tables where table.aboutPeople {
            for row in table.rows {
                for cell in row {
                    guard case .count(let n) = cell else { continue }
                    #expect(n == 0 || n >= threshold, "\(table.id): \(row)")
                    checked += 1
                }
            }
            for sum in table.sums {
                let cells = (sum.parts + [sum.total]).map { table.rows[$0.row][$0.column] }
                #expect(cells.filter { $0 == .suppressed }.count != 1, "recoverable by subtraction in \(table.id): \(cells)")
            }
        }
        // Category tables without declared sums would escape the check above.
        for table in report.tables where table.aboutPeople && table.rows.count > 1 {
            #expect(!table.sums.isEmpty || table.id == "representation-trend", "\(table.id) declares no sums")
        }
        let shared = report.tables.filter { $0.id.hasPrefix("representation-") && $0.columns.contains("In post") }
        if let first = shared.first {
            for other in shared.dropFirst() {
                #expect(first.rows.map { $0[1] == .suppressed } == other.rows.map { $0[1] == .suppressed }, "\(other.id)")
            }
        }
        return checked
    }

    /// Headless Chromium opens the HTML offline, renders it to PNG and PDF; the page is not blank
    /// and every chart keeps an accessible title in the rendered DOM.
    @Test func theReportRendersInARealBrowser() async throws {
        try await TestDatabase.withRegister { register, _ in
            _ = try await Fixtures.representedBody(register)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-browser-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let html = folder.appendingPathComponent("report.html").path
            try HTMLRenderer.render(try await Self.report(register, audience: .board)).write(
                toFile: html, atomically: true, encoding: .utf8)
            #expect(ChromiumPrinter.executable() != nil, "\(ChromiumPrinter.missing)")
            let png = folder.appendingPathComponent("report.png").path
            let pdf = folder.appendingPathComponent("report.pdf").path
            try await ChildProcess.offThread { try ChromiumPrinter.png(html: html, to: png, width: 1200, height: 1600) }
            try await ChromiumPrinter.pdfCancellable(html: html, to: pdf)
            let pdfData = try Data(contentsOf: URL(fileURLWithPath: pdf))
            #expect(pdfData.starts(with: Data("%PDF".utf8)) && pdfData.count > 20_000)
            // Python's standard library decodes the PNG: a blank page would have one colour.
            let colours = try await Self.distinctColours(png)
            #expect(colours > 20, "the rendered page has \(colours) colours")
            let dom = try await ChildProcess.offThread { try ChromiumPrinter.dumpDOM(html: html) }
            let svgs = dom.components(separatedBy: "<svg").count - 1
            #expect(svgs >= 2)
            #expect(dom.components(separatedBy: "<title id=").count - 1 == svgs)
            #expect(dom.components(separatedBy: "<desc id=").count - 1 == svgs)
        }
    }

    static func distinctColours(_ png: String) async throws -> Int {
        let script = """
            import struct, sys, zlib
            data = open(sys.argv[1], 'rb').read()
            pos, chunks, width, height, depth, ctype = 8, b'', 0, 0, 0, 0
            while pos < len(data):
                length, kind = struct.unpack('>I4s', data[pos:pos + 8]); body = data[pos + 8:pos + 8 + length]
                if kind == b'IHDR': width, height, depth, ctype = struct.unpack('>IIBB', body[:10])
                if kind == b'IDAT': chunks += body
                pos += 12 + length
            raw = zlib.decompress(chunks); bpp = {2: 3, 6: 4}[ctype]; stride = width * bpp
            colours, prev, i = set(), bytearray(stride), 0
            for y in range(height):
                f = raw[i]; line = bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
                for x in range(stride):
                    a = line[x - bpp] if x >= bpp else 0; b = prev[x]; c = prev[x - bpp] if x >= bpp else 0
                    if f == 1: line[x] = (line[x] + a) & 255
                    elif f == 2: line[x] = (line[x] + b) & 255
                    elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
                    elif f == 4:
                        p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                        line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
                prev = line
                if y % 8 == 0:
                    for x in range(0, stride, bpp * 4): colours.add(bytes(line[x:x + 3]))
            print(len(colours))
            """
        return Int(try await Python.run(script, png)) ?? 0
    }

    @Test func theCommandWritesEveryFormatAndRecordsTheRun() async throws {
        try await TestDatabase.withRegister { register, settings in
            _ = try await Fixtures.representedBody(register)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-report-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for format in ["html", "md", "json", "csv"] {
                let out = folder + "/report." + format
                let result = try await CommandRunner.run(
                    [
                        "report", "board", "--la", "315", "--as-of", "2015-11-30", "--format", format,
                        "--out", out,
                    ], database: settings)
                #expect(result.status == 0, "\(format): \(result.stderr)")
                #expect(FileManager.default.fileExists(atPath: format == "csv" ? out + "/index.csv" : out))
            }
            let runs = try await register.reportRuns()
            #expect(runs.count == 4 && runs.allSatisfy { $0.actor == "cli-tester" && $0.outputSHA256.count == 64 })
            let bad = try await CommandRunner.run(
                ["report", "board", "--la", "315", "--audience", "everyone"], database: settings)
            #expect(bad.status == 1 && bad.stderr.contains("--audience"))
        }
    }

    /// `report board --format pdf` prints through Chromium; with the browser named in
    /// GOVMON_CHROMIUM missing, the command fails with one sentence, writes no file and records no run.
    @Test func thePDFComesFromTheCommandAndAMissingBrowserIsOneSentence() async throws {
        try await TestDatabase.withRegister { register, settings in
            _ = try await Fixtures.representedBody(register)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-pdf-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let pdf = folder + "/report.pdf"
            let printed = try await CommandRunner.run(
                ["report", "board", "--la", "315", "--as-of", "2015-11-30", "--format", "pdf", "--out", pdf], database: settings)
            #expect(printed.status == 0, "\(printed.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Data("%PDF".utf8)))
            let runs = try await register.reportRuns().count
            let nowhere = folder + "/none.pdf"
            let missing = try await CommandRunner.run(
                ["report", "board", "--la", "315", "--as-of", "2015-11-30", "--format", "pdf", "--out", nowhere],
                database: settings, environment: ["GOVMON_CHROMIUM": "/nonexistent/chromium"])
            #expect(missing.status != 0 && missing.stderr == "govmon: \(ChromiumPrinter.missing)\n", "\(missing.stderr)")
            #expect(!FileManager.default.fileExists(atPath: nowhere))
            #expect(try await register.reportRuns().count == runs)
        }
    }

    /// The report answers each outcome measure in its own section; with `--since` it shows the
    /// previous date, the change, and the governors appointed since (the flow); the board version
    /// names nobody.
    @Test func theReportAnswersEveryMeasureAndShowsWhatChanged() async throws {
        try await TestDatabase.withRegister { register, settings in
            _ = try await Fixtures.representedBody(register)
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-\(UUID().uuidString).json").path
            let result = try await CommandRunner.run(
                [
                    "report", "board", "--la", "315", "--as-of", "2015-11-30", "--since", "2015-06-30", "--format", "json",
                    "--out", out,
                ], database: settings)
            #expect(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOfFile: out, encoding: .utf8)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let sections = report["sections"] as? [[String: Any]] ?? []
            // Recommendations 10-12: reconstitution, membership and vacancies, representativeness, chairs'
            // reviews, induction and refresher training, succession planning and headteacher
            // appointments (recs 1, 4, 12), the recruitment funnel (recs 5, 10); with a summary, data quality and the method.
            #expect(
                sections.compactMap { $0["id"] as? String }
                    == [
                        "summary", "reconstitution", "membership", "representativeness", "reviews", "training", "succession",
                        "recruitment", "data-quality", "method",
                    ])
            #expect(sections.allSatisfy { ($0["finding"] as? String)?.isEmpty == false })
            let summary = try #require((sections.first?["tables"] as? [[String: Any]])?.first)
            #expect(summary["columns"] as? [String] == ["Measure", "30 June 2015", "30 November 2015", "Change"])
            // RepresentationTests.setUp appointed all nine on 2015-01-01, before 2015-06-30: the flow since
            // then is empty, so its row is all zeros.
            let women = try #require(
                sections.flatMap { ($0["tables"] as? [[String: Any]]) ?? [] }.first {
                    $0["id"] as? String == "representation-women"
                })
            let flow = (women["rows"] as? [[Any]])?.first { $0.first as? String == "appointed since 2015-06-30 (flow)" }
            // In post, in group, not in group, unknown: none appointed since 2015-06-30.
            #expect(flow.map { Array($0[1...4]).compactMap { $0 as? Int } } == [0, 0, 0, 0], "\(women)")
            // Nobody is named in the board version: the governors are "G0 Governor" to "G8 Governor".
            #expect(!text.contains("Governor\"") && !(0...8).contains { text.contains("G\($0) ") })
        }
    }
}

import Foundation
import Governance
import Reports
import Store
import Testing
import Tracking

/// The board report from a real database: what the board may see, the report in a real browser,
/// and the run record.
@Suite struct BoardReportTests {
    static func settings() -> BoardReportSettings {
        BoardReportSettings(
            definition: .notWhiteBritish, bands: BandThresholds(), disclosure: DisclosurePolicy(threshold: 5),
            tracking: TrackingThresholds(), rules: .defaults)
    }

    static func report(_ register: Register, audience: ReportAudience) async throws -> BoardReport {
        let data = try await BoardReportData.load(
            register: register, laCode: 315, asOf: CalendarDate(iso: "2015-11-30")!,
            since: CalendarDate(iso: "2015-01-01")!, settings: settings())
        return BoardReportComposer(data: data, previous: nil, audience: audience, settings: settings()).compose()
    }

    /// No count of people below the threshold reaches the board, and no hidden cell of a
    /// category table can be worked out by subtracting published cells from published totals.
    @Test func theBoardVersionLeaksNothing() async throws {
        try await TestDatabase.withRegister { register, _ in
            _ = try await RepresentationTests.setUp(register)
            let board = try await Self.report(register, audience: .board)
            var checked = 0
            for table in board.tables where table.aboutPeople {
                for row in table.rows {
                    for cell in row {
                        if case .count(let n) = cell { #expect(n == 0 || n >= 5, "\(table.id): \(row)"); checked += 1 }
                    }
                }
                // Category tables: cells in group, not in group, unknown add up to the row's "in post";
                // the categories add up to "all governors". One hidden cell in a line would be recoverable.
                guard table.id.hasPrefix("representation-") && table.columns.contains("Not in group") else { continue }
                let body = table.rows.prefix { if case .text("all governors") = $0[0] { return false } else { return true } }
                for row in table.rows {
                    let hidden = row[1...4].filter { $0 == .suppressed }.count
                    #expect(hidden != 1, "recoverable by subtraction in \(table.id): \(row)")
                }
                for column in 1...4 {
                    let line =
                        body.map { $0[column] }
                        + (table.rows.first { $0[0] == .text("all governors") }.map { [$0[column]] } ?? [])
                    #expect(line.filter { $0 == .suppressed }.count != 1, "recoverable down column \(column) of \(table.id)")
                }
            }
            #expect(checked > 0)
            // In post 9, with 2 women declared unknown etc.: counts such as 3 women must not appear.
            let html = HTMLRenderer.render(board)
            #expect(html.contains("OFFICIAL") && !html.contains("OFFICIAL-SENSITIVE"))
            let officer = try await Self.report(register, audience: .officer)
            #expect(HTMLRenderer.render(officer).contains("OFFICIAL-SENSITIVE"))
        }
    }

    /// Headless Chromium opens the HTML offline, renders it to PNG and PDF; the page is not blank
    /// and every chart keeps an accessible title in the rendered DOM.
    @Test func theReportRendersInARealBrowser() async throws {
        try await TestDatabase.withRegister { register, _ in
            _ = try await RepresentationTests.setUp(register)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-browser-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let html = folder.appendingPathComponent("report.html").path
            try HTMLRenderer.render(try await Self.report(register, audience: .board)).write(
                toFile: html, atomically: true, encoding: .utf8)
            #expect(ChromiumPrinter.executable() != nil, "\(ChromiumPrinter.missing)")
            let png = folder.appendingPathComponent("report.png").path
            let pdf = folder.appendingPathComponent("report.pdf").path
            try ChromiumPrinter.png(html: html, to: png, width: 1200, height: 1600)
            try ChromiumPrinter.pdf(html: html, to: pdf)
            let pdfData = try Data(contentsOf: URL(fileURLWithPath: pdf))
            #expect(pdfData.starts(with: Data("%PDF".utf8)) && pdfData.count > 20_000)
            // Python's standard library decodes the PNG: a blank page would have one colour.
            let colours = try Self.distinctColours(png)
            #expect(colours > 20, "the rendered page has \(colours) colours")
            let dom = try ChromiumPrinter.dumpDOM(html: html)
            let svgs = dom.components(separatedBy: "<svg").count - 1
            #expect(svgs >= 2)
            #expect(dom.components(separatedBy: "<title id=").count - 1 == svgs)
            #expect(dom.components(separatedBy: "<desc id=").count - 1 == svgs)
        }
    }

    static func distinctColours(_ png: String) throws -> Int {
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, png]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    @Test func theCommandWritesEveryFormatAndRecordsTheRun() async throws {
        try await TestDatabase.withRegister { register, settings in
            _ = try await RepresentationTests.setUp(register)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-report-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for format in ["html", "md", "json", "csv"] {
                let out = folder + "/report." + format
                let result = try CommandRunner.run(
                    [
                        "report", "board", "--la", "315", "--as-of", "2015-11-30", "--format", format,
                        "--out", out,
                    ], database: settings)
                #expect(result.status == 0, "\(format): \(result.stderr)")
                #expect(FileManager.default.fileExists(atPath: format == "csv" ? out + "/index.csv" : out))
            }
            let runs = try await register.reportRuns()
            #expect(runs.count == 4 && runs.allSatisfy { $0.actor == "cli-tester" && $0.outputSHA256.count == 64 })
            let bad = try CommandRunner.run(["report", "board", "--la", "315", "--audience", "everyone"], database: settings)
            #expect(bad.status == 1 && bad.stderr.contains("--audience"))
        }
    }
}

import Application
import ArgumentParser
import Crypto
import Foundation
import Governance
import Interchange
import Reports
import Store

/// Formats the board report comes in.
enum ReportFormatOption: String, ExpressibleByArgument, CaseIterable {
    case html, pdf, md, csv, json
}

/// `govmon report`: reports.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports: the MGA Board report.", subcommands: [Board.self, Runs.self])

    struct Board: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The MGA Board report: reconstitution, membership, representativeness, chairs' reviews, training.",
            discussion: """
                One report model is built from the register and rendered as HTML (one self-contained file with charts, \
                printable), PDF (that HTML printed by headless Chromium), Markdown, CSV (a folder with one file per \
                table) or JSON. The board audience (the default) applies disclosure control: counts below the threshold \
                and anything they could be recovered from are shown as c, and per-body results appear as bands only. \
                The officer audience shows every count and is marked OFFICIAL-SENSITIVE. Every run is recorded (who, \
                when, parameters, a hash of the output).
                """)
        @Option(help: "The LA (code or name).") var la: String
        @Option(help: "The date the figures are for (default today).") var asOf: CalendarDate?
        @Option(help: "The previous report's date: shows what changed since, and appointments made since (the flow).")
        var since: CalendarDate?
        @Option(help: "board (disclosure control) or officer (all counts, OFFICIAL-SENSITIVE).") var audience: String = "board"
        @Option(help: "html, pdf, md, csv or json.") var format: ReportFormatOption = .html
        @Option(help: "Which ethnic minority definition: not-white-british or not-white (default from config).")
        var definition: String?
        @Option(help: "Where to write (a file; a folder for csv). Default: mga-board-report-DATE-AUDIENCE.EXT here.")
        var out: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            guard let reportAudience = ReportAudience(rawValue: audience) else {
                throw CLIError.badValue(option: "--audience", expected: "board or officer", found: audience)
            }
            try await CommandContext.run(global, source: commandSource()) { context in
                let date = asOf ?? context.today
                let config = context.configuration
                let minority = try MinorityDefinition.parse(
                    definition, option: "--definition", default: config.representation.definition)
                let settings = BoardReportSettings(
                    definition: minority, bands: config.representation.bands, disclosure: config.representation.disclosure,
                    tracking: config.tracking, rules: config.constitutionRules)
                let code = try await context.register.localAuthority(la).code
                let started = Date()
                let run = BoardReportRun(register: context.register, settings: settings)
                let report = try await run.compose(laCode: code, asOf: date, since: since, audience: reportAudience)
                let path =
                    out ?? "mga-board-report-\(date.iso)-\(reportAudience.rawValue)"
                    + (format == .csv ? "" : ".\(format.rawValue)")
                let digest = try ReportWriter.write(report, format: format, to: path)
                let seconds = Date().timeIntervalSince(started)
                let runID = try await run.record(report, format: format.rawValue, sha256: digest, path: path, via: "cli")
                Console.out("Wrote the MGA Board report (\(reportAudience.rawValue), \(format.rawValue)) to \(path)\n")
                Console.err("  report run \(runID), sha256 \(digest), built in " + String(format: "%.2f", seconds) + " s")
            }
        }
    }

    struct Runs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List recorded report runs, newest first.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let rows = try await context.register.reportRuns().map { r -> [String?] in
                    [
                        String(r.id), r.generatedAt, r.actor, String(r.laCode), r.asOf.iso, r.since?.iso, r.audience, r.format,
                        r.outputSHA256, r.outputPath,
                    ]
                }
                Console.out(
                    Listing(
                        columns: ["run", "at", "actor", "la", "as of", "since", "audience", "format", "sha256", "path"],
                        rows: rows
                    ).rendered(as: output.format))
            }
        }
    }
}

/// Writes a rendered report and returns the SHA-256 of what was written.
enum ReportWriter {
    static func write(_ report: BoardReport, format: ReportFormatOption, to path: String) throws -> String {
        if format == .csv {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            var hasher = SHA256()
            for file in DataRenderers.csvFiles(report) {
                let data = Data(file.content.utf8)
                try data.write(to: URL(fileURLWithPath: path).appendingPathComponent(file.name))
                hasher.update(data: Data(file.name.utf8))
                hasher.update(data: data)
            }
            return hasher.finalize().map { String(format: "%02x", $0) }.joined()
        }
        let rendered: (bytes: [UInt8], contentType: String)
        do { rendered = try ReportOutput.render(report, format: format.rawValue) } catch let error as PrintError {
            throw CLIError.usage(error.message)
        }
        do { try Data(rendered.bytes).write(to: URL(fileURLWithPath: path)) } catch {
            throw CLIError.usage("cannot write \(path): \(error.localizedDescription)")
        }
        return ReportOutput.sha256(rendered.bytes)
    }
}

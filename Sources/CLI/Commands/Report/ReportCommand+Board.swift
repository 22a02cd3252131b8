import Application
import ArgumentParser
import Crypto
import Foundation
import Governance
import Interchange
import Reports
import Store

extension ReportCommand {
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
                var settings = BoardReportSettings(
                    definition: minority, bands: config.representation.bands, disclosure: config.representation.disclosure,
                    tracking: config.tracking, rules: config.constitutionRules)
                settings.boardNames = config.boardNames
                let code = try await context.register.localAuthority(la).code
                if config.boardNames[code] == nil {
                    Console.err(
                        "govmon: warning: no board is configured for LA \(code) (reports.board_names in config/govmon.json); "
                            + "the report is addressed \"to the board\"")
                }
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
}

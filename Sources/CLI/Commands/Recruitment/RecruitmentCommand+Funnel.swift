import Application
import ArgumentParser
import Foundation
import Governance
import Reports

extension RecruitmentCommand {
    struct Funnel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The governor recruitment funnel for an authority and period, by group and by route.",
            discussion: """
                Candidates whose candidacy began between --from and --to, counted at the furthest stage they \
                reached by --to, by women and by the configured ethnic minority definition. The board audience \
                (the default) applies the report's disclosure control; the officer audience shows every count.
                Example: govmon recruitment funnel --la 315 --from 2014-09-01 --to 2015-08-31
                """)
        @Option(help: "The authority (code or name).") var la: String
        @Option(help: "First day of the period.") var from: CalendarDate
        @Option(help: "Last day of the period.") var to: CalendarDate
        @Option(help: "board (disclosure control) or officer (every count).") var audience: String = "board"
        @Option(help: "Which ethnic minority definition: not-white-british or not-white (default from config).")
        var definition: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            guard let reportAudience = ReportAudience(rawValue: audience) else {
                throw CLIError.badValue(option: "--audience", expected: "board or officer", found: audience)
            }
            try await CommandContext.run(global, source: commandSource()) { context in
                let config = context.configuration
                let minority = try MinorityDefinition.parse(
                    definition, option: "--definition", default: config.representation.definition)
                let settings = BoardReportSettings(
                    definition: minority, bands: config.representation.bands, disclosure: config.representation.disclosure,
                    tracking: config.tracking, rules: config.constitutionRules)
                let code = try await context.register.localAuthority(la).code
                let section = try await CandidateEntry(register: context.register).funnel(
                    laCode: code, from: from, to: to, audience: reportAudience, settings: settings)
                Console.out(Self.rendered(section, as: output.format))
            }
        }

        /// The section as a listing per table (after the finding), or as JSON.
        static func rendered(_ section: ReportSection, as format: OutputFormat) -> String {
            if format == .json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                return (try? encoder.encode(section)).map { String(decoding: $0, as: UTF8.self) + "\n" } ?? "{}\n"
            }
            var text = format == .table ? section.finding + "\n\n" : ""
            for table in section.tables {
                if format == .table { text += table.caption + "\n" }
                text += Listing(columns: table.columns, rows: table.rows.map { $0.map(\.display) }).rendered(as: format) + "\n"
            }
            if format == .table { text += section.notes.joined(separator: "\n") + "\n" }
            return text
        }
    }
}

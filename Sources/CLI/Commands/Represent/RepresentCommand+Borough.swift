import Application
import ArgumentParser
import Bootstrap
import Foundation
import Governance
import Reports
import Store

extension RepresentCommand {
    struct Borough: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "All governors of an authority: pooled figures, breakdowns (LA governors, chairs, flow) and bands.")
        @Argument(help: "The LA code (e.g. 315) or name.") var la: String
        @Option(help: "Also show appointments made from this date to --as-of (the flow) against those in post.")
        var since: CalendarDate?
        @OptionGroup var options: RepresentOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let settings = context.configuration.representation
                let date = options.asOf ?? context.today
                let code = try await context.register.localAuthority(la).code
                let (figures, inputs) = try await FiguresQuery(register: context.register, bands: settings.bands)
                    .borough(laCode: code, asOf: date, since: since, definition: try options.minority(settings))
                inputs.warnAboutLaterProfiles(than: date)
                Console.out(
                    RepresentationText.borough(
                        figures.borough, inputs: inputs, groups: figures.groups, settings: settings,
                        audience: options.audience, format: output.format))
            }
        }
    }
}

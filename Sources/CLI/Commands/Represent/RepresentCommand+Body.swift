import Application
import ArgumentParser
import Bootstrap
import Foundation
import Governance
import Reports
import Store

extension RepresentCommand {
    struct Body: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One body against its comparator(s), with what-if.")
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Option(help: "Compare with this profile (id or name) instead of the body's own comparator.") var against: String?
        @OptionGroup var options: RepresentOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let settings = context.configuration.representation
                let date = options.asOf ?? context.today
                let definition = try options.minority(settings)
                let b = try await context.register.body(body)
                let override = try await against.asyncMap { try await context.register.profile($0).profile }
                let groups = RepresentationFigures.groups(definition)
                let (figures, inputs) = try await FiguresQuery(register: context.register, bands: settings.bands)
                    .body(b, asOf: date, definition: definition, against: override)
                inputs.warnAboutLaterProfiles(than: date)
                Console.out(
                    RepresentationText.body(
                        figures, inputs: inputs, groups: groups, settings: settings,
                        audience: options.audience, format: output.format))
            }
        }
    }
}

import Application
import ArgumentParser
import Governance
import Store

extension InstrumentCommand {
    struct Template: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a blank instrument file: one line per body, to fill in and load with 'instrument import'.")
        @Option(help: "Only this LA (code or name).") var la: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let template = try await context.bodies.instrumentTemplate(laCode: code, on: context.today)
                Console.out(Listing(columns: template.columns, rows: template.rows).rendered(as: .csv))
            }
        }
    }
}

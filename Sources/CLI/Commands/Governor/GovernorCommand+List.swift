import ArgumentParser
import Governance
import Store

extension GovernorCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List governors serving on a date (default today), or every appointment with --history.")
        @Argument(help: "Body id, school URN, or exact body name (default: all bodies).") var body: String?
        @Option(help: "Only this LA (code or name).") var la: String?
        @Option(help: "The date (default today).") var asOf: CalendarDate?
        @Flag(help: "Every appointment, past and present.") var history = false
        @OptionGroup var void: VoidOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let bodyID = try await body.asyncMap { try await context.register.body($0).id }
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let date = asOf ?? context.today
                let rows = try await context.register(void).appointments(
                    bodyID: bodyID, servingOn: history ? nil : date, laCode: code)
                let listing = try await context.markingVoid(
                    GovernorCommand.listing(rows, today: date), .appointment, ids: rows.map(\.id.rawValue), void)
                Console.out(listing.rendered(as: output.format))
            }
        }
    }
}

import ArgumentParser
import Governance
import Store

extension InstrumentCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a body's instruments, oldest first.")
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @OptionGroup var void: VoidOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let b = try await context.register.body(body)
                let instruments = try await context.register(void).instruments(bodyID: b.id)
                let rows = instruments.map { i in
                    [
                        String(i.id), i.madeOn.iso, i.effectiveFrom.iso, String(i.regulations), i.headIsGovernor ? "yes" : "no",
                        String(i.totalSeats),
                        i.seats.map { "\($0.category.commandLineName)=\($0.seats)" + ($0.termYears.map { ":\($0)" } ?? "") }
                            .joined(separator: " "),
                        String(i.staffEligibleCoOpted), i.draft ? "draft" : "adopted",
                    ]
                }
                let listing = try await context.markingVoid(
                    Listing(
                        columns: [
                            "instrument", "made", "effective", "regulations", "head governor", "seats",
                            "allocation", "staff-eligible co-opted", "status",
                        ], rows: rows), .instrument, ids: instruments.map(\.id), void)
                Console.out(listing.rendered(as: output.format))
            }
        }
    }
}

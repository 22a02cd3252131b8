import ArgumentParser
import Governance
import Store

extension BodyCommand {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a body: schools, instrument in force, serving governors.")
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Option(help: "The date to show (default today).") var asOf: CalendarDate?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let date = asOf ?? context.today
                let b = try await context.register.body(body)
                var text = "Body \(b.id): \(b.name)\(b.isFederation ? " (federation)" : "")\n"
                text += "Schools today: \(b.schoolURNs.map(String.init).joined(separator: ", "))\n"
                if let instrument = try await context.register.instrumentInForce(bodyID: b.id, on: date) {
                    text +=
                        "Instrument \(instrument.id) in force on \(date.iso): made \(instrument.madeOn.iso), effective "
                        + "\(instrument.effectiveFrom.iso), \(instrument.regulations) regulations, \(instrument.totalSeats) seats ("
                        + instrument.seats.map { "\($0.category.label) \($0.seats)" }.joined(separator: ", ") + ")\n"
                } else {
                    text += "No instrument of government in force on \(date.iso).\n"
                }
                let serving = try await context.register.appointments(bodyID: b.id, servingOn: date)
                text +=
                    "Serving on \(date.iso): \(serving.filter { $0.category.isGovernor }.count) governors"
                    + ", \(serving.filter { !$0.category.isGovernor }.count) associate members\n"
                Console.out(text)
                Console.out(GovernorCommand.listing(serving, today: date).rendered(as: .table))
            }
        }
    }
}

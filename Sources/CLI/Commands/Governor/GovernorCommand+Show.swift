import ArgumentParser
import Governance
import Store

extension GovernorCommand {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a person: appointments and training.")
        @Argument(help: "The person id.") var person: PersonID
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let name = try await context.register.person(person)
                Console.out(
                    "Person \(person): \([name.title, name.display].compactMap { $0 }.joined(separator: " "))\n\nAppointments:\n")
                let appointments = try await context.register.appointments(personID: person)
                Console.out(GovernorCommand.listing(appointments, today: context.today).rendered(as: .table))
                Console.out("\nTraining:\n")
                let training = try await context.register.training(personID: person)
                Console.out(
                    Listing(
                        columns: ["completed", "course", "kind"],
                        rows: training.map { [$0.completedOn.iso, $0.course.title, $0.course.kind.commandLineName] }
                    )
                    .rendered(as: .table))
            }
        }
    }
}

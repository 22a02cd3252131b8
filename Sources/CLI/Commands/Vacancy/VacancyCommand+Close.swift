import Application
import ArgumentParser
import Governance
import Store

extension VacancyCommand {
    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close a vacancy without filling it (e.g. the seat was removed).")
        @Argument(help: "The vacancy id.") var vacancy: VacancyID
        @Option(help: "The date it closed.") var on: CalendarDate
        @Option(help: "Why, e.g. \"seat removed by the 2015 instrument\".") var reason: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                _ = try await context.vacancies.close(vacancy, on: on, reason: reason)
                Console.out("Closed vacancy \(vacancy) on \(on.iso).\n")
            }
        }
    }
}

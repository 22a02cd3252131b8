import Application
import ArgumentParser
import Governance
import Store

extension VacancyCommand {
    struct Fill: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark a vacancy filled by an appointment.")
        @Argument(help: "The vacancy id.") var vacancy: VacancyID
        @Option(help: "The appointment that fills it.") var appointment: AppointmentID
        @Option(help: "The date it was filled (default: the appointment's start).") var on: CalendarDate?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let filled = try await context.vacancies.fill(vacancy, with: appointment, on: on)
                Console.out("Vacancy \(vacancy) filled by appointment \(appointment) on \(filled.filledOn?.iso ?? "-").\n")
            }
        }
    }
}

import Application
import ArgumentParser
import Governance
import Store

extension GovernorCommand {
    struct Reappoint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-appoint for a new term (a new appointment row; the previous one is ended).",
            discussion: "The new term starts the day after the previous term ends unless --start says otherwise.")
        @Argument(help: "The previous appointment's id.") var appointment: AppointmentID
        @Option(help: "First day of the new term.") var start: CalendarDate?
        @Option(help: "Last day of the new term.") var termEnd: CalendarDate?
        @Option(help: "New term length in years (1-4).") var termYears: Int?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let a = try await context.appointments.reappoint(
                    appointment, start: start, termEnd: termEnd, termYears: termYears)
                let id = a.id
                Console.out(
                    "Re-appointed \(a.personName) from \(a.startDate.iso) to \(a.termEnd?.iso ?? "-"): appointment \(id).\n")
            }
        }
    }
}

import Application
import ArgumentParser
import Governance
import Store

extension GovernorCommand {
    struct End: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "End an appointment (the record stays, with the date and reason).")
        @Argument(help: "The appointment id.") var appointment: AppointmentID
        @Option(help: "The last day served.") var on: CalendarDate
        @Option(help: "Why it ended.") var reason: EndReason
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                _ = try await context.appointments.end(appointment, on: on, reason: reason)
                Console.out("Ended appointment \(appointment) on \(on.iso) (\(reason.commandLineName)).\n")
            }
        }
    }
}

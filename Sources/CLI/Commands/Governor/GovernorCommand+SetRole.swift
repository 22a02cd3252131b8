import Application
import ArgumentParser
import Governance
import Store

extension GovernorCommand {
    struct SetRole: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-role", abstract: "Make a governor chair, vice-chair or member.")
        @Argument(help: "The appointment id.") var appointment: AppointmentID
        @Argument(help: "member, chair or vice-chair.") var role: GovernorRole
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                _ = try await context.appointments.setRole(appointment, role: role)
                Console.out("Appointment \(appointment) is now \(role.commandLineName).\n")
            }
        }
    }
}

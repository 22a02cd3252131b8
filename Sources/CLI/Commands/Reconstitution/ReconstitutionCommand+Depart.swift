import Application
import ArgumentParser
import Governance
import Store

extension ReconstitutionCommand {
    struct Depart: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a surplus governor leaves on reconstitution, and who decided.",
            discussion: """
                The governing body decides for most categories; the appointing body for foundation governors; the \
                LA for LA governors (reg 15 as substituted in 2014); a resignation counts for any. The appointment \
                ends on --leaves-on (default the decision date) with reason surplus-on-reconstitution.
                """)
        @Argument(help: "The leaving governor's appointment id.") var appointment: AppointmentID
        @Option(help: "governing-body, appointing-body, local-authority or resignation.") var decidedBy: DepartureAuthority
        @Option(help: "The date of the decision.") var decidedOn: CalendarDate
        @Option(help: "The last day served (default the decision date).") var leavesOn: CalendarDate?
        @Option(help: "A note.") var note: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                _ = try await context.appointments.departAsSurplus(
                    appointment, decidedBy: decidedBy, decidedOn: decidedOn, leavesOn: leavesOn,
                    note: note)
                Console.out(
                    "Recorded: appointment \(appointment) leaves on \((leavesOn ?? decidedOn).iso), decided by "
                        + "\(decidedBy.label) on \(decidedOn.iso).\n")
            }
        }
    }
}

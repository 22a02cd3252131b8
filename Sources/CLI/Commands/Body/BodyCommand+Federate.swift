import Application
import ArgumentParser
import Governance
import Store

extension BodyCommand {
    struct Federate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Form a federation: one governing body for several maintained schools.",
            discussion: """
                Each school leaves its current body on --from. A body left without schools is dissolved the day \
                before, and its serving appointments end then (reason body-dissolved); appoint the federation's \
                governors afterwards. Example: govmon body federate --name "Wandle Federation" --school 102626 \
                --school 102627 --from 2015-09-01
                """)
        @Option(help: "The federation's name.") var name: String
        @Option(name: .customLong("school"), help: "A school's URN (give two or more).") var schools: [Int]
        @Option(help: "The date the federation starts.") var from: CalendarDate
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if schools.count < 2 { throw ValidationError("a federation needs at least two --school URNs") }
        }

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let result = try await context.schools.federate(name: name, urns: schools, on: from)
                Console.out("Formed federation body \(result.bodyID) \"\(name)\" from \(from.iso).\n")
                if !result.dissolvedBodies.isEmpty {
                    Console.out(
                        "Dissolved bodies \(result.dissolvedBodies.map(String.init).joined(separator: ", ")); "
                            + "ended \(result.endedAppointments) serving appointment(s) on \(from.adding(days: -1).iso).\n")
                }
            }
        }
    }
}

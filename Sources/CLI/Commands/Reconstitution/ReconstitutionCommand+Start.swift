import Application
import ArgumentParser
import Governance
import Store

extension ReconstitutionCommand {
    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Start a round of reconstitution (stage review-started).")
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Option(help: "The date the review started.") var date: CalendarDate
        @Option(help: "A note.") var note: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let b = try await context.register.body(body)
                let id = try await context.bodies.startReconstitution(bodyID: b.id, on: date, note: note)
                Console.out("Started reconstitution \(id) of body \(b.id) on \(date.iso).\n")
            }
        }
    }
}

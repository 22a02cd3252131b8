import Application
import ArgumentParser
import Governance
import Store

extension ReconstitutionCommand {
    struct Stage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a stage reached in the body's latest round.",
            discussion: """
                Stages: \(ReconstitutionStage.allCases.map(\.commandLineName).joined(separator: ", ")). \
                Example: govmon reconstitution stage 102626 instrument-made --date 2015-06-01 --instrument 7
                """)
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Argument(help: "The stage reached.") var stage: ReconstitutionStage
        @Option(help: "The date it was reached.") var date: CalendarDate
        @Option(help: "The new instrument's id (for instrument-made or instrument-effective).") var instrument: Int64?
        @Option(help: "A note.") var note: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let b = try await context.register.body(body)
                let id = try await context.bodies.recordStage(
                    bodyID: b.id, stage: stage, on: date, instrumentID: instrument, note: note)
                Console.out("Recorded \(stage.label) on \(date.iso) for reconstitution \(id) of body \(b.id).\n")
            }
        }
    }
}

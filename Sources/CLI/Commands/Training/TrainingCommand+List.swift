import ArgumentParser
import Governance
import Store

extension TrainingCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List training records of a person or of a body's governors.")
        @Option(help: "A person id.") var person: PersonID?
        @Option(help: "Body id, school URN, or exact body name.") var body: String?
        @OptionGroup var void: VoidOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let bodyID = try await body.asyncMap { try await context.register.body($0).id }
                let records = try await context.register(void).training(personID: person, bodyID: bodyID)
                let rows = records.map {
                    [
                        String($0.id), $0.personID.labelled, $0.personName, $0.course.title, $0.course.kind.commandLineName,
                        $0.completedOn.iso,
                    ]
                }
                let listing = try await context.markingVoid(
                    Listing(columns: ["record", "person", "name", "course", "kind", "completed"], rows: rows), .training,
                    ids: records.map(\.id), void)
                Console.out(listing.rendered(as: output.format))
            }
        }
    }
}

import ArgumentParser
import Governance
import Store

extension PersonCommand {
    struct Find: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find people by name or GIAS governor id, with their appointments on every body.",
            discussion: """
                Every word given must be in the name, in any case and order ("smith ann" finds Ann Smith). Ids are \
                shown with their letter (P12 a person, A34 an appointment); commands take them either way.
                """)
        @Argument(help: "Words of the name.") var name: [String] = []
        @Option(help: "A GIAS governor id (GID).") var gid: Int64?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            guard !name.isEmpty || gid != nil else { throw CLIError.usage("give words of a name, or --gid") }
            try await CommandContext.run(global, source: commandSource()) { context in
                let found = try await context.register.findPeople(name: name.joined(separator: " "), gid: gid)
                var rows: [[String]] = []
                for (person, name) in found {
                    let appointments = try await context.register.appointments(personID: person)
                    if appointments.isEmpty { rows.append([person.labelled, name.display, "", "", "", "", ""]) }
                    for a in appointments {
                        rows.append([
                            person.labelled, name.display, a.id.labelled, a.bodyName, a.category.label, a.startDate.iso,
                            a.endedOn.map { "ended \($0.iso)" } ?? a.termEnd.map { "term ends \($0.iso)" } ?? "",
                        ])
                    }
                }
                Console.out(
                    Listing(columns: ["person", "name", "appointment", "body", "category", "from", "to"], rows: rows)
                        .rendered(as: output.format))
                if found.isEmpty && output.format == .table { Console.err("govmon: nobody found") }
            }
        }
    }
}

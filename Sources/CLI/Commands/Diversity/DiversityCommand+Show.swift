import ArgumentParser
import Governance
import Store

extension DiversityCommand {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a person's declarations (officers only).")
        @Argument(help: "The person id.") var person: PersonID
        @OptionGroup var void: VoidOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                _ = try await context.register.person(person)
                let (declarations, objectedOn) = try await context.register(void).diversity(personID: person)
                if let objectedOn {
                    let note =
                        "Person \(person) objected on \(objectedOn.iso): their values are withheld and count as unknown; "
                        + "the next retention run erases them."
                    // A script asking for json or csv still gets a listing it can read (empty).
                    if output.format == .table {
                        Console.out(note + "\n")
                    } else {
                        Console.out(
                            Listing(columns: ["declaration", "recorded", "sex", "ethnicity", "collected by"], rows: [])
                                .rendered(as: output.format))
                        Console.err(note)
                    }
                    return
                }
                let rows = declarations.map {
                    [
                        String($0.id), $0.recordedOn.iso, $0.sex.rawValue.replacingOccurrences(of: "_", with: "-"),
                        $0.ethnicity.commandLineName, $0.collectedBy.commandLineName,
                    ]
                }
                let listing = try await context.markingVoid(
                    Listing(columns: ["declaration", "recorded", "sex", "ethnicity", "collected by"], rows: rows),
                    .declaration, ids: declarations.map(\.id), void)
                Console.out(listing.rendered(as: output.format))
            }
        }
    }
}

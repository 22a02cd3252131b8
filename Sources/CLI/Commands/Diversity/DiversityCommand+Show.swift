import ArgumentParser
import Governance
import Store

extension DiversityCommand {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a person's declarations: needs --reason, which is kept in the audit trail (never the values).",
            discussion: "Example: govmon diversity show 42 --reason \"subject access request of 2016-01-04\"")
        @Argument(help: "The person id.") var person: PersonID
        @Option(help: "Why you read this person's declarations (kept with who and when).") var reason: String
        @OptionGroup var void: VoidOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let (declarations, objectedOn) = try await context.register(void).readDeclarations(
                    personID: person, reason: reason, via: .cli)
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

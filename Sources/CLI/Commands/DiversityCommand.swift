import ArgumentParser
import Governance
import Store

/// `govmon diversity`: self-declared sex and ethnic group.
struct DiversityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diversity",
        abstract: "Self-declared sex and ethnic group (special category data: officers only).",
        discussion: """
            Declarations are voluntary. "prefer-not-to-say" and "not-asked" are kept apart and both count as \
            unknown. A written objection turns a person's values into unknown in every computation and report made \
            from its date on; they are withheld from then on and erased by the next retention run.
            """,
        subcommands: [Record.self, Object.self, Show.self])

    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a person's declaration (a new row; earlier ones stay as history).",
            discussion:
                "Example: govmon diversity record 42 --date 2015-10-01 --sex female --ethnicity indian --collected-by paper-form")
        @Argument(help: "The person id.") var person: Int64
        @Option(help: "The date the declaration was made.") var date: CalendarDate
        @Option(help: "Declared sex.") var sex: DeclaredSex
        @Option(help: "Declared ethnic group (Census 2021 category, or its ONS code 1-19).") var ethnicity: Ethnicity2021
        @Option(help: "How it was collected.") var collectedBy: CollectionMethod
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                _ = try await context.register.person(person)
                let id = try await context.register.recordDiversity(
                    personID: person, on: date, sex: sex, ethnicity: ethnicity,
                    collectedBy: collectedBy)
                Console.out("Recorded declaration \(id) for person \(person) on \(date.iso).\n")
            }
        }
    }

    struct Object: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a written objection: from its date the person's values count as unknown everywhere.",
            discussion: "Example: govmon diversity object 42 --date 2016-02-01")
        @Argument(help: "The person id.") var person: Int64
        @Option(help: "The date of the written objection.") var date: CalendarDate
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                _ = try await context.register.person(person)
                try await context.register.recordObjection(personID: person, on: date)
                Console.out("Recorded the objection of person \(person) from \(date.iso).\n")
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a person's declarations (officers only).")
        @Argument(help: "The person id.") var person: Int64
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                _ = try await context.register.person(person)
                let (declarations, objectedOn) = try await context.register.diversity(personID: person)
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
                Console.out(
                    Listing(columns: ["declaration", "recorded", "sex", "ethnicity", "collected by"], rows: rows)
                        .rendered(as: output.format))
            }
        }
    }
}

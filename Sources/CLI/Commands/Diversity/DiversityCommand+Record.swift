import Application
import ArgumentParser
import Governance
import Store

extension DiversityCommand {
    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a person's declaration (a new row; earlier ones stay as history).",
            discussion:
                "Example: govmon diversity record 42 --date 2015-10-01 --sex female --ethnicity indian --collected-by paper-form")
        @Argument(help: "The person id.") var person: PersonID
        @Option(help: "The date the declaration was made.") var date: CalendarDate
        @Option(help: "Declared sex.") var sex: DeclaredSex
        @Option(
            help: """
                Declared ethnic group: its name (e.g. indian, white-british), or its number in the \
                classification --classification names.
                """)
        var ethnicity: String
        @Option(help: "With a numbered --ethnicity: 2011 (Census 2011's 1-18) or 2021 (ONS 2021's 1-19).")
        var classification: Int?
        @Option(help: "How it was collected.") var collectedBy: CollectionMethod
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let ethnicity = try Self.ethnicity(ethnicity, classification: classification)
            try await CommandContext.run(global, source: commandSource()) { context in
                let id = try await context.people.recordDiversity(
                    personID: person, on: date, sex: sex, ethnicity: ethnicity,
                    collectedBy: collectedBy)
                Console.out("Recorded declaration \(id) for person \(person) on \(date.iso).\n")
            }
        }

        /// The category typed, by name or by number with its classification. The value is never
        /// repeated in the error: a declaration is special category data even when mistyped.
        static func ethnicity(_ typed: String, classification: Int?) throws -> Ethnicity2021 {
            if let code = Int(typed) {
                guard let classification else {
                    throw CLIError.usage(
                        "--ethnicity: a number is ambiguous (the 2011 and 2021 census classifications number the "
                            + "categories differently); give the name (e.g. pakistani) or add --classification 2011 or 2021")
                }
                guard let category = Ethnicity2021(code: code, classification: classification) else {
                    throw CLIError.usage(
                        "--ethnicity: expected a number from 1 to \(classification == 2011 ? 18 : 19) with "
                            + "--classification \(classification) (2011 or 2021)")
                }
                return category
            }
            guard classification == nil else {
                throw CLIError.usage("--classification: only with a numbered --ethnicity")
            }
            guard let category = Ethnicity2021(userInput: typed) else {
                throw CLIError.usage(
                    "--ethnicity: expected a category's name (govmon diversity record --help lists them) or a number "
                        + "with --classification")
            }
            return category
        }
    }
}

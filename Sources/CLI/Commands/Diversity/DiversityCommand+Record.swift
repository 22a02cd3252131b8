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
        @Option(help: "Declared ethnic group (Census 2021 category, or its ONS code 1-19).") var ethnicity: Ethnicity2021
        @Option(help: "How it was collected.") var collectedBy: CollectionMethod
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let id = try await context.people.recordDiversity(
                    personID: person, on: date, sex: sex, ethnicity: ethnicity,
                    collectedBy: collectedBy)
                Console.out("Recorded declaration \(id) for person \(person) on \(date.iso).\n")
            }
        }
    }
}

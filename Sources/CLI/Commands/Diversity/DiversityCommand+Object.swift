import Application
import ArgumentParser
import Governance
import Store

extension DiversityCommand {
    struct Object: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a written objection: from its date the person's values count as unknown everywhere.",
            discussion: "Example: govmon diversity object 42 --date 2016-02-01")
        @Argument(help: "The person id.") var person: PersonID
        @Option(help: "The date of the written objection.") var date: CalendarDate
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.people.recordObjection(personID: person, on: date)
                Console.out("Recorded the objection of person \(person) from \(date.iso).\n")
            }
        }
    }
}

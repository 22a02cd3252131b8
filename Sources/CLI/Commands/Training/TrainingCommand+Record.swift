import Application
import ArgumentParser
import Governance
import Store

extension TrainingCommand {
    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a person completed a course.",
            discussion: "Example: govmon training record 42 --course 1 --completed 2015-10-14")
        @Argument(help: "The person id.") var person: PersonID
        @Option(help: "The course id.") var course: Int64
        @Option(help: "The date completed.") var completed: CalendarDate
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let id = try await context.people.recordTraining(personID: person, courseID: course, completedOn: completed)
                Console.out("Recorded training \(id): person \(person) completed course \(course) on \(completed.iso).\n")
            }
        }
    }
}

import Application
import ArgumentParser
import Governance
import Store

extension TrainingCommand {
    struct AddCourse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add-course", abstract: "Add a course.")
        @Option(help: "The course title.") var title: String
        @Option(help: "Its kind.") var kind: CourseKind
        @Option(help: "Who runs it.") var provider: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let id = try await context.people.addCourse(title: title, kind: kind, provider: provider)
                Console.out("Added course \(id): \(title) (\(kind.commandLineName)).\n")
            }
        }
    }
}

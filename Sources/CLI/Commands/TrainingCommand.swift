import ArgumentParser
import Governance
import Store

/// `govmon training`: courses and completions.
struct TrainingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "training", abstract: "Training courses (induction, refresher, ...) and who completed them.",
        subcommands: [AddCourse.self, Courses.self, Record.self, List.self])

    struct AddCourse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add-course", abstract: "Add a course.")
        @Option(help: "The course title.") var title: String
        @Option(help: "Its kind.") var kind: CourseKind
        @Option(help: "Who runs it.") var provider: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let id = try await context.register.addCourse(title: title, kind: kind, provider: provider)
                Console.out("Added course \(id): \(title) (\(kind.commandLineName)).\n")
            }
        }
    }

    struct Courses: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List courses.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let rows = try await context.register.courses().map {
                    [String($0.id), $0.title, $0.kind.commandLineName, $0.provider]
                }
                Console.out(Listing(columns: ["course", "title", "kind", "provider"], rows: rows).rendered(as: output.format))
            }
        }
    }

    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a person completed a course.",
            discussion: "Example: govmon training record 42 --course 1 --completed 2015-10-14")
        @Argument(help: "The person id.") var person: Int64
        @Option(help: "The course id.") var course: Int64
        @Option(help: "The date completed.") var completed: CalendarDate
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                guard completed <= context.today else {
                    throw CLIError.badValue(
                        option: "--completed", expected: "a date not after today (\(context.today.iso))",
                        found: completed.iso)
                }
                let id = try await context.register.recordTraining(personID: person, courseID: course, completedOn: completed)
                Console.out("Recorded training \(id): person \(person) completed course \(course) on \(completed.iso).\n")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List training records of a person or of a body's governors.")
        @Option(help: "A person id.") var person: Int64?
        @Option(help: "Body id, school URN, or exact body name.") var body: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let bodyID = try await body.asyncMap { try await context.register.body($0).id }
                let rows = try await context.register.training(personID: person, bodyID: bodyID).map {
                    [
                        String($0.id), String($0.personID), $0.personName, $0.course.title, $0.course.kind.commandLineName,
                        $0.completedOn.iso,
                    ]
                }
                Console.out(
                    Listing(columns: ["record", "person", "name", "course", "kind", "completed"], rows: rows)
                        .rendered(as: output.format))
            }
        }
    }
}

import Application
import ArgumentParser
import Governance
import Store

extension VacancyCommand {
    struct Open: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a vacancy.",
            discussion: "Example: govmon vacancy open 102626 --category parent --opened 2015-09-01 --reason resigned")
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Option(help: "The seat's category.") var category: GovernorCategory
        @Option(help: "The date the seat fell vacant.") var opened: CalendarDate
        @Option(help: "Why it is vacant.") var reason: VacancyReason
        @Option(help: "A note.") var note: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let id = try await context.vacancies.open(
                    body: body, category: category, openedOn: opened, reason: reason, note: note)
                let opened = try await context.register.vacancy(id)
                Console.out(
                    "Recorded vacancy \(id): \(category.label) seat on body \(opened.bodyID) from \(opened.openedOn.iso).\n")
            }
        }
    }
}

import Application
import ArgumentParser
import Governance
import Store

extension SchoolCommand {
    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a school's details (the audit trail keeps the old values).",
            discussion: "Example: govmon school update 102679 --category foundation --foundation with")
        @Argument(help: "The school's URN.") var urn: Int
        @Option(help: "New name.") var name: String?
        @Option(help: "New category.") var category: SchoolCategory?
        @Option(help: "Foundation status: with, without or qualifying.") var foundation: FoundationStatus?
        @Option(help: "Phase of education.") var phase: String?
        @Option(help: "Ward.") var ward: String?
        @Option(help: "Date closed.") var closed: CalendarDate?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                _ = try await context.schools.update(
                    urn: urn,
                    changes: SchoolChanges(
                        name: name, category: category, foundationStatus: foundation, phase: phase, ward: ward,
                        closeDate: closed))
                Console.out("Updated school \(urn).\n")
            }
        }
    }
}

import Application
import ArgumentParser
import Governance
import Store

extension VacancyCommand {
    struct OpenEmptySeats: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "open-empty-seats",
            abstract: "Open a vacancy for every empty seat the body check counts (run again, it opens nothing more).",
            discussion: """
                Empty seats are the instrument in force's seats less the governors serving on the date, less the \
                vacancies already open for them. Example: govmon vacancy open-empty-seats --la 315 --as-of 2015-11-30
                """)
        @Argument(help: "Body id, school URN, or exact body name (default: every body, or those of --la).") var body: String?
        @Option(help: "Only this LA (code or name).") var la: String?
        @Option(help: "The date the seats are counted on, and the vacancies opened (default today).") var asOf: CalendarDate?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            if body != nil && la != nil { throw CLIError.usage("give a body or --la, not both") }
            try await CommandContext.run(global, source: commandSource()) { context in
                let date = asOf ?? context.today
                let bodies: [GoverningBody]
                if let body {
                    bodies = [try await context.register.body(body)]
                } else {
                    let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                    bodies = try await context.register.bodies(laCode: code).filter { $0.dissolvedOn.map { $0 > date } ?? true }
                }
                let results = try await context.vacancies.openForEmptySeats(
                    bodies: bodies, on: date, rules: context.configuration.constitutionRules)
                var rows: [[String]] = []
                for result in results {
                    if let skipped = result.skipped {
                        rows.append([String(result.bodyID), result.bodyName, "", "0", skipped])
                    }
                    for (category, count) in result.opened.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                        rows.append([String(result.bodyID), result.bodyName, category.commandLineName, String(count), ""])
                    }
                }
                Console.out(
                    Listing(columns: ["body", "name", "category", "opened", "note"], rows: rows).rendered(as: output.format))
                let total = results.reduce(0) { $0 + $1.opened.values.reduce(0, +) }
                if output.format == .table { Console.out("\nOpened \(total) vacancies on \(date.iso).\n") }
            }
        }
    }
}

import ArgumentParser
import Governance
import Store

extension VacancyCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List vacancies open on a date (default today), or all with --all.")
        @Argument(help: "Body id, school URN, or exact body name (default: all).") var body: String?
        @Option(help: "Only this LA (code or name).") var la: String?
        @Option(help: "The date (default today).") var asOf: CalendarDate?
        @Flag(help: "Every vacancy, open or not.") var all = false
        @OptionGroup var void: VoidOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let bodyID = try await body.asyncMap { try await context.register.body($0).id }
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let date = asOf ?? context.today
                let vacancies = try await context.register(void).vacancies(bodyID: bodyID, laCode: code, openOn: all ? nil : date)
                let rows = vacancies.map { v in
                    [
                        v.id.labelled, String(v.bodyID), v.bodyName, v.category.commandLineName, v.openedOn.iso,
                        v.reason.commandLineName, String(v.openedOn.days(until: v.filledOn ?? v.closedOn ?? date)),
                        v.filledByAppointment?.labelled, v.filledOn?.iso, v.closedOn?.iso,
                    ]
                }
                let listing = try await context.markingVoid(
                    Listing(
                        columns: [
                            "vacancy", "body", "body name", "category", "opened", "reason", "days open",
                            "filled by", "filled", "closed",
                        ], rows: rows), .vacancy, ids: vacancies.map(\.id.rawValue), void)
                Console.out(listing.rendered(as: output.format))
            }
        }
    }
}

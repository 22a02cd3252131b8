import ArgumentParser
import Governance
import Store

/// `govmon vacancy`: empty seats.
struct VacancyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vacancy", abstract: "Vacancies: open, fill, close, list.",
        subcommands: [Open.self, Fill.self, Close.self, List.self])

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
                let b = try await context.register.body(body)
                let id = try await context.register.openVacancy(
                    bodyID: b.id, category: category, openedOn: opened,
                    reason: reason, note: note)
                Console.out("Recorded vacancy \(id): \(category.label) seat on body \(b.id) from \(opened.iso).\n")
            }
        }
    }

    struct Fill: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark a vacancy filled by an appointment.")
        @Argument(help: "The vacancy id.") var vacancy: Int64
        @Option(help: "The appointment that fills it.") var appointment: Int64
        @Option(help: "The date it was filled (default: the appointment's start).") var on: CalendarDate?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let date: CalendarDate
                if let on { date = on } else { date = try await context.register.appointment(appointment).startDate }
                try await context.register.fillVacancy(vacancy, with: appointment, on: date)
                Console.out("Vacancy \(vacancy) filled by appointment \(appointment) on \(date.iso).\n")
            }
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close a vacancy without filling it (e.g. the seat was removed).")
        @Argument(help: "The vacancy id.") var vacancy: Int64
        @Option(help: "The date it closed.") var on: CalendarDate
        @Option(help: "Why, e.g. \"seat removed by the 2015 instrument\".") var reason: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.register.closeVacancy(vacancy, on: on, reason: reason)
                Console.out("Closed vacancy \(vacancy) on \(on.iso).\n")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List vacancies open on a date (default today), or all with --all.")
        @Argument(help: "Body id, school URN, or exact body name (default: all).") var body: String?
        @Option(help: "Only this LA (code or name).") var la: String?
        @Option(help: "The date (default today).") var asOf: CalendarDate?
        @Flag(help: "Every vacancy, open or not.") var all = false
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let bodyID = try await body.asyncMap { try await context.register.body($0).id }
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let date = asOf ?? context.today
                let rows = try await context.register.vacancies(bodyID: bodyID, laCode: code, openOn: all ? nil : date).map { v in
                    [
                        String(v.id), String(v.bodyID), v.bodyName, v.category.commandLineName, v.openedOn.iso,
                        v.reason.commandLineName, String(v.openedOn.days(until: v.filledOn ?? v.closedOn ?? date)),
                        v.filledByAppointment.map(String.init), v.filledOn?.iso, v.closedOn?.iso,
                    ]
                }
                Console.out(
                    Listing(
                        columns: [
                            "vacancy", "body", "body name", "category", "opened", "reason", "days open",
                            "filled by", "filled", "closed",
                        ], rows: rows
                    ).rendered(as: output.format))
            }
        }
    }
}

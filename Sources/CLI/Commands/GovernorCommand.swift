import ArgumentParser
import Governance
import Store

/// `govmon governor`: appointments.
struct GovernorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "governor",
        abstract: "Appoint, re-appoint and end governors (and associate members); list and show them.",
        discussion: "Re-appointment makes a new appointment row; nothing is overwritten.",
        subcommands: [Appoint.self, Reappoint.self, End.self, SetRole.self, List.self, Show.self])

    /// The listing every governor command prints.
    static func listing(_ appointments: [Appointment], today: CalendarDate) -> Listing {
        Listing(
            columns: [
                "appointment", "person", "name", "body", "category", "role", "start", "term end", "ended", "reason",
                "flags",
            ],
            rows: appointments.map { a in
                var flags: [String] = []
                if a.exOfficio { flags.append("ex officio") }
                if a.employedAtSchool && a.category == .coOpted { flags.append("staff-eligible") }
                if a.endedOn == nil, let end = a.termEnd, end < today { flags.append("PAST TERM END") }
                if !a.category.isGovernor { flags.append("not a governor") }
                return [
                    String(a.id), String(a.personID), a.personName, String(a.bodyID), a.category.commandLineName,
                    a.role.commandLineName, a.startDate.iso, a.termEnd?.iso, a.endedOn?.iso,
                    a.endedReason?.replacingOccurrences(of: "_", with: "-"), flags.joined(separator: ", "),
                ]
            })
    }

    struct Appoint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Appoint a governor to a body.",
            discussion: """
                Name a new person with --forename/--surname, or an existing one with --person. The term ends after \
                --term-years (or on --term-end); without either, the instrument's term for the category, else 4 \
                years. Headteachers are ex officio and have no term end. Example: govmon governor appoint 102626 \
                --forename Ann --surname Smith --category parent --appointing-body "Elected by parents" --start 2015-09-01
                """)
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Option(help: "An existing person's id.") var person: Int64?
        @Option(help: "Title, e.g. Mrs.") var title: String?
        @Option(help: "First forename.") var forename: String?
        @Option(help: "Second forename.") var forename2: String?
        @Option(help: "Surname.") var surname: String?
        @Option(help: "Governor category (or associate-member).") var category: GovernorCategory
        @Option(help: "Who appointed them, as GIAS words it (e.g. \"Elected by parents\").") var appointingBody: String?
        @Option(help: "Office: member, chair or vice-chair.") var role: GovernorRole = .member
        @Option(help: "First day of the term.") var start: CalendarDate
        @Option(help: "Last day of the term.") var termEnd: CalendarDate?
        @Option(help: "Term length in years (1-4).") var termYears: Int?
        @Flag(help: "Employed at the school (counts towards the one-third rule if co-opted).") var employedAtSchool = false
        @Option(help: "A vacancy id this appointment fills.") var fillsVacancy: Int64?
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if person == nil && (forename == nil || surname == nil) {
                throw ValidationError("give --person ID for someone already recorded, or --forename and --surname")
            }
            if person != nil && (forename != nil || surname != nil) {
                throw ValidationError("give either --person or a name, not both")
            }
            if termEnd != nil && termYears != nil { throw ValidationError("give --term-end or --term-years, not both") }
        }

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let b = try await context.register.body(body)
                let appointee: AppointeeChoice =
                    person.map { .existing(personID: $0) }
                    ?? .new(PersonName(title: title, forename1: forename!, forename2: forename2, surname: surname!))
                let id = try await context.register.appoint(
                    NewAppointment(
                        appointee: appointee, bodyID: b.id, category: category, appointingBody: appointingBody, role: role,
                        startDate: start, termEnd: termEnd, termYears: termYears, employedAtSchool: employedAtSchool,
                        fillsVacancy: fillsVacancy))
                let a = try await context.register.appointment(id)
                Console.out(
                    "Appointed \(a.personName) (person \(a.personID)) as \(category.label) on body \(b.id) from "
                        + "\(start.iso)" + (a.termEnd.map { " to \($0.iso)" } ?? " (ex officio)") + ": appointment \(id).\n")
            }
        }
    }

    struct Reappoint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-appoint for a new term (a new appointment row; the previous one is ended).",
            discussion: "The new term starts the day after the previous term ends unless --start says otherwise.")
        @Argument(help: "The previous appointment's id.") var appointment: Int64
        @Option(help: "First day of the new term.") var start: CalendarDate?
        @Option(help: "Last day of the new term.") var termEnd: CalendarDate?
        @Option(help: "New term length in years (1-4).") var termYears: Int?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let id = try await context.register.reappoint(
                    appointment, start: start, termEnd: termEnd,
                    termYears: termYears, today: context.today)
                let a = try await context.register.appointment(id)
                Console.out(
                    "Re-appointed \(a.personName) from \(a.startDate.iso) to \(a.termEnd?.iso ?? "-"): appointment \(id).\n")
            }
        }
    }

    struct End: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "End an appointment (the record stays, with the date and reason).")
        @Argument(help: "The appointment id.") var appointment: Int64
        @Option(help: "The last day served.") var on: CalendarDate
        @Option(help: "Why it ended.") var reason: EndReason
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.register.endAppointment(appointment, on: on, reason: reason)
                Console.out("Ended appointment \(appointment) on \(on.iso) (\(reason.commandLineName)).\n")
            }
        }
    }

    struct SetRole: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-role", abstract: "Make a governor chair, vice-chair or member.")
        @Argument(help: "The appointment id.") var appointment: Int64
        @Argument(help: "member, chair or vice-chair.") var role: GovernorRole
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.register.setRole(appointment, role: role, today: context.today)
                Console.out("Appointment \(appointment) is now \(role.commandLineName).\n")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List governors serving on a date (default today), or every appointment with --history.")
        @Argument(help: "Body id, school URN, or exact body name (default: all bodies).") var body: String?
        @Option(help: "Only this LA (code or name).") var la: String?
        @Option(help: "The date (default today).") var asOf: CalendarDate?
        @Flag(help: "Every appointment, past and present.") var history = false
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let bodyID = try await body.asyncMap { try await context.register.body($0).id }
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let date = asOf ?? context.today
                let rows = try await context.register.appointments(bodyID: bodyID, servingOn: history ? nil : date, laCode: code)
                Console.out(GovernorCommand.listing(rows, today: date).rendered(as: output.format))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a person: appointments and training.")
        @Argument(help: "The person id.") var person: Int64
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let name = try await context.register.person(person)
                Console.out(
                    "Person \(person): \([name.title, name.display].compactMap { $0 }.joined(separator: " "))\n\nAppointments:\n")
                let appointments = try await context.register.appointments(personID: person)
                Console.out(GovernorCommand.listing(appointments, today: context.today).rendered(as: .table))
                Console.out("\nTraining:\n")
                let training = try await context.register.training(personID: person)
                Console.out(
                    Listing(
                        columns: ["completed", "course", "kind"],
                        rows: training.map { [$0.completedOn.iso, $0.course.title, $0.course.kind.commandLineName] }
                    )
                    .rendered(as: .table))
            }
        }
    }
}

import Application
import ArgumentParser
import Governance
import Store

extension GovernorCommand {
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
        @Option(help: "An existing person's id.") var person: PersonID?
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
        @Option(help: "A vacancy id this appointment fills.") var fillsVacancy: VacancyID?
        @Flag(help: "Record it though the category's seats are full or absent, or a headteacher serves (needs --reason).")
        var allowOverEstablishment = false
        @Flag(help: "The person named is new, not the one of the same name who served on this body.")
        var newPerson = false
        @Option(help: "Why an entry check is overridden (kept with the appointment and in the audit trail).")
        var reason: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let name = forename.flatMap { forename in
                    surname.map { PersonName(title: title, forename1: forename, forename2: forename2, surname: $0) }
                }
                let a = try await context.appointments.appoint(
                    .init(
                        body: body, personID: person, name: name, category: category, appointingBody: appointingBody,
                        role: role, start: start, termEnd: termEnd, termYears: termYears, employedAtSchool: employedAtSchool,
                        fillsVacancy: fillsVacancy, allowOverEstablishment: allowOverEstablishment,
                        confirmedNewPerson: newPerson, reason: reason))
                let (b, id) = (a.bodyID, a.id)
                Console.out(
                    "Appointed \(a.personName) (person \(a.personID)) as \(category.label) on body \(b) from "
                        + "\(start.iso)" + (a.termEnd.map { " to \($0.iso)" } ?? " (ex officio)") + ": appointment \(id).\n")
            }
        }
    }
}

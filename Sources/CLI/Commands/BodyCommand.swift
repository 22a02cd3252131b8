import ArgumentParser
import Governance
import Store

/// `govmon body`: governing bodies and federations.
struct BodyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "body", abstract: "Governing bodies, one per school or one for a federation.",
        subcommands: [List.self, Show.self, Federate.self, Check.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List governing bodies.")
        @Option(help: "Only this LA (code or name).") var la: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let rows = try await context.register.bodies(laCode: code).map { b -> [String?] in
                    [
                        String(b.id), b.name, b.isFederation ? "yes" : "no", b.schoolURNs.map(String.init).joined(separator: " "),
                        b.formedOn?.iso, b.dissolvedOn?.iso,
                    ]
                }
                Console.out(
                    Listing(columns: ["body", "name", "federation", "schools", "formed", "dissolved"], rows: rows)
                        .rendered(as: output.format))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a body: schools, instrument in force, serving governors.")
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Option(help: "The date to show (default today).") var asOf: CalendarDate?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let date = asOf ?? context.today
                let b = try await context.register.body(body)
                var text = "Body \(b.id): \(b.name)\(b.isFederation ? " (federation)" : "")\n"
                text += "Schools today: \(b.schoolURNs.map(String.init).joined(separator: ", "))\n"
                if let instrument = try await context.register.instrumentInForce(bodyID: b.id, on: date) {
                    text +=
                        "Instrument \(instrument.id) in force on \(date.iso): made \(instrument.madeOn.iso), effective "
                        + "\(instrument.effectiveFrom.iso), \(instrument.regulations) regulations, \(instrument.totalSeats) seats ("
                        + instrument.seats.map { "\($0.category.label) \($0.seats)" }.joined(separator: ", ") + ")\n"
                } else {
                    text += "No instrument of government in force on \(date.iso).\n"
                }
                let serving = try await context.register.appointments(bodyID: b.id, servingOn: date)
                text +=
                    "Serving on \(date.iso): \(serving.filter { $0.category.isGovernor }.count) governors"
                    + ", \(serving.filter { !$0.category.isGovernor }.count) associate members\n"
                Console.out(text)
                Console.out(GovernorCommand.listing(serving, today: date).rendered(as: .table))
            }
        }
    }

    struct Federate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Form a federation: one governing body for several maintained schools.",
            discussion: """
                Each school leaves its current body on --from. A body left without schools is dissolved the day \
                before, and its serving appointments end then (reason body-dissolved); appoint the federation's \
                governors afterwards. Example: govmon body federate --name "Wandle Federation" --school 102626 \
                --school 102627 --from 2015-09-01
                """)
        @Option(help: "The federation's name.") var name: String
        @Option(name: .customLong("school"), help: "A school's URN (give two or more).") var schools: [Int]
        @Option(help: "The date the federation starts.") var from: CalendarDate
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if schools.count < 2 { throw ValidationError("a federation needs at least two --school URNs") }
        }

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let result = try await context.register.federate(name: name, urns: schools, on: from)
                Console.out("Formed federation body \(result.bodyID) \"\(name)\" from \(from.iso).\n")
                if !result.dissolvedBodies.isEmpty {
                    Console.out(
                        "Dissolved bodies \(result.dissolvedBodies.map(String.init).joined(separator: ", ")); "
                            + "ended \(result.endedAppointments) serving appointment(s) on \(from.adding(days: -1).iso).\n")
                }
            }
        }
    }
}

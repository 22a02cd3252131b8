import Application
import ArgumentParser
import Foundation
import Governance
import Store

extension PersonCommand {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write everything held about a person as JSON (for a subject access request).",
            discussion: """
                The register record, appointments, training, diversity declarations (even when withheld after an \
                objection) and objection, DBS checks, chairs' reviews, surplus decisions, identity questions and \
                alerts that name them, retention actions, and every audit entry about them. \
                It holds their declarations, so --reason is required and kept in the audit trail (who, when, why). \
                Example: govmon person export 42 --reason "subject access request of 2016-01-04" --output sar-42.json
                """)
        @Argument(help: "The person id.") var person: PersonID
        @Option(help: "Why the export is made (kept with who and when).") var reason: String
        @Option(help: "Write to this file instead of standard output.") var output: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let json =
                    try await context.register.inOneTransaction { register in
                        _ = try await register.person(person)
                        try await register.recordDeclarationRead(personID: person, reason: reason, via: .cli, what: "export")
                        return try await register.personExport(personID: person)
                    } + "\n"
                if let output {
                    do {
                        try Data(json.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                    } catch {
                        throw CLIError.usage("cannot write \(output): \(error.localizedDescription)")
                    }
                    Console.err("Wrote everything held about person \(person) to \(output).")
                } else {
                    Console.out(json)
                }
            }
        }
    }
}

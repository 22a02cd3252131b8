import Application
import ArgumentParser
import Foundation
import Store

extension CandidateCommand {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write everything held about a candidate as JSON (for a subject access request).",
            discussion: """
                The candidate's record, stages, monitoring answers, the one-time links sent to them (never the \
                secret), retention actions and every audit entry about them. It holds their answers, so --reason is \
                required and kept in the audit trail (who, when, why). A candidate who was appointed is also a \
                person in the register: export that record with 'govmon person export'. \
                Example: govmon candidate export 7 --reason "subject access request of 2016-01-04" --output sar-c7.json
                """)
        @Argument(help: "The candidate's id.") var candidate: Int64
        @Option(help: "Why the export is made (kept with who and when).") var reason: String
        @Option(help: "Write to this file instead of standard output.") var output: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let json =
                    try await CandidateEntry(register: context.register).export(candidate, reason: reason, via: .cli) + "\n"
                if let output {
                    do {
                        try Data(json.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                    } catch {
                        throw CLIError.usage("cannot write \(output): \(error.localizedDescription)")
                    }
                    Console.err("Wrote everything held about candidate \(candidate) to \(output).")
                } else {
                    Console.out(json)
                }
            }
        }
    }
}

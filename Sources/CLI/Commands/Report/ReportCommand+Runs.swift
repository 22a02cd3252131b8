import Application
import ArgumentParser
import Crypto
import Foundation
import Governance
import Interchange
import Reports
import Store

extension ReportCommand {
    struct Runs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List recorded report runs, newest first.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let rows = try await context.register.reportRuns().map { r -> [String?] in
                    [
                        String(r.id), r.generatedAt, r.actor, String(r.laCode), r.asOf.iso, r.since?.iso, r.audience, r.format,
                        r.outputSHA256, r.outputPath,
                    ]
                }
                Console.out(
                    Listing(
                        columns: ["run", "at", "actor", "la", "as of", "since", "audience", "format", "sha256", "path"],
                        rows: rows
                    ).rendered(as: output.format))
            }
        }
    }
}

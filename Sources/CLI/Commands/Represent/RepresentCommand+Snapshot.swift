import Application
import ArgumentParser
import Bootstrap
import Foundation
import Governance
import Reports
import Store

extension RepresentCommand {
    struct Snapshot: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store the aggregate results per body and for the borough on a date (no personal data).",
            discussion: "Snapshots survive when personal data is erased under the retention rule, so trends survive.")
        @Option(help: "The date.") var asOf: CalendarDate
        @Option(help: "Only this LA (default: every authority).") var la: String?
        @Option(help: "Which ethnic minority definition (default from config); both are stored when omitted.")
        var definition: String?
        @Flag(help: "Print how long loading, computing and storing took (for benchmarks).") var timings = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let codes = try await la.asyncMap { [try await context.register.localAuthority($0).code] }
                let chosen = try definition.map {
                    try MinorityDefinition.parse($0, option: "--definition", default: .notWhiteBritish)
                }
                let outcome = try await SnapshotRun(register: context.register, bands: context.configuration.representation.bands)
                    .take(asOf: asOf, laCodes: codes, definition: chosen)
                let stored = outcome.stored
                Console.out(
                    "Stored \(stored) snapshot row(s) for \(asOf.iso) (\(outcome.authorities) authorit\(outcome.authorities == 1 ? "y" : "ies")).\n"
                )
                if timings {
                    func seconds(_ d: Duration) -> String {
                        String(format: "%.3f s", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
                    }
                    Console.err(
                        "  \(outcome.bodies) bodies: load \(seconds(outcome.loading)), compute \(seconds(outcome.computing)), "
                            + "store \(seconds(outcome.storing))")
                }
            }
        }
    }
}

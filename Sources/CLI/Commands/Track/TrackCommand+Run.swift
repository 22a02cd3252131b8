import Application
import ArgumentParser
import Governance
import Store

extension TrackCommand {
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every deadline check once on a date and record alerts with memory.",
            discussion: """
                A new problem raises an alert; a problem still present does not raise it again; a problem gone \
                resolves it. Each raise and resolve is logged. Running twice on the same date changes nothing the \
                second time. Thresholds come from config/govmon.json (tracking.*).
                """)
        @Option(help: "The date to check on (default today).") var asOf: CalendarDate?
        @Flag(help: "Print how long loading, checking and recording took.") var timings = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let date = asOf ?? context.today
                let outcome = try await TrackingRunner(register: context.register, thresholds: context.configuration.tracking)
                    .run(asOf: date)
                let r = outcome.result
                Console.out(
                    "Tracking run \(r.runID) on \(date.iso): \(r.found) problem(s) found; \(r.raised) alert(s) raised, "
                        + "\(r.resolved) resolved; \(r.stillOpen) open.\n")
                for (check, count) in outcome.foundByCheck.sorted(by: { $0.key < $1.key }) {
                    Console.out("  \(check): \(count)\n")
                }
                if timings {
                    Console.err(
                        String(
                            format: "  load %.3f s, check %.3f s, record %.3f s", outcome.loadSeconds,
                            outcome.checkSeconds, outcome.recordSeconds))
                }
            }
        }
    }
}

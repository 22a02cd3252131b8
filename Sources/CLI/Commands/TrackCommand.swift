import Application
import ArgumentParser
import Governance
import Store

/// `govmon track`: the scheduled deadline checks, one shot (for cron or a systemd timer).
struct TrackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "track", abstract: "Run the deadline checks and record alerts (idempotent; for cron).",
        subcommands: [Run.self, Checks.self])

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

    struct Checks: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the deadline checks and their rules.")

        func run() async throws {
            for check in DeadlineChecks.rules {
                Console.out("\(check.name): \(check.rule)\n")
            }
        }
    }
}

/// `govmon alerts`: what tracking found.
struct AlertsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts", abstract: "Alerts raised by tracking runs.", subcommands: [List.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List alerts, open ones first (all, or only open with --open).")
        @Flag(help: "Only alerts still open.") var open = false
        @Option(help: "Only this body (id, URN or name).") var body: String?
        @Option(help: "Only this LA (code or name).") var la: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let bodyID = try await body.asyncMap { try await context.register.body($0).id }
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let alerts = try await context.register.alerts(openOnly: open, bodyID: bodyID, laCode: code)
                // Every alert cites its rule: a column in json and csv; under the table, once per check.
                let withRule = output.format != .table
                let rows = alerts.map { a -> [String?] in
                    [
                        String(a.id), a.check, a.severity.rawValue, a.bodyID.map(String.init), a.dueOn?.iso, a.raisedOn.iso,
                        a.resolvedOn?.iso, a.message,
                    ] + (withRule ? [a.rule] : [])
                }
                let columns = ["alert", "check", "severity", "body", "due", "raised", "resolved", "message"]
                Console.out(Listing(columns: columns + (withRule ? ["rule"] : []), rows: rows).rendered(as: output.format))
                if !withRule {
                    var seen = Set<String>()
                    let rules = alerts.filter { seen.insert($0.check).inserted }.map { "  \($0.check): \($0.rule)" }
                    if !rules.isEmpty { Console.out((["", "Rules:"] + rules).joined(separator: "\n")) }
                }
            }
        }
    }
}

import Application
import ArgumentParser
import Governance
import Store

extension AlertsCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List alerts, open ones first (all, or only open with --open).")
        @Flag(help: "Only alerts not resolved (open, acknowledged or snoozed).") var open = false
        @OptionGroup var filters: AlertFilterOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let filter = try await filters.filter(openOnly: open, register: context.register)
                let alerts = try await context.alerts.list(filter)
                // Every alert cites its rule: a column in json and csv; under the table, once per check.
                let withRule = output.format != .table
                let rows = alerts.map { a -> [String?] in
                    [
                        String(a.id), a.check, a.severity.rawValue, a.state(on: context.today).rawValue, a.assignee,
                        a.bodyID.map(String.init), a.dueOn?.iso, a.raisedOn.iso, a.resolvedOn?.iso, a.message,
                    ] + (withRule ? [a.rule] : [])
                }
                let columns = [
                    "alert", "check", "severity", "state", "assignee", "body", "due", "raised", "resolved", "message",
                ]
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

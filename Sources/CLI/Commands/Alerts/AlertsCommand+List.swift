import Application
import ArgumentParser
import Governance
import Store

extension AlertsCommand {
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

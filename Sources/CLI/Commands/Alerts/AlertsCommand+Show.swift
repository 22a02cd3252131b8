import Application
import ArgumentParser
import Governance
import Store

extension AlertsCommand {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One alert and its history: what tracking found, what officers did.")
        @Argument(help: "The alert id.") var id: Int64
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                guard let alert = try await context.register.alerts(ids: [id]).first else {
                    throw NotFound("no alert \(id)")
                }
                Console.out(
                    "Alert \(alert.id) (\(alert.check), \(alert.severity.rawValue), \(alert.state(on: context.today).rawValue))"
                        + (alert.assignee.map { ", assigned to \($0)" } ?? "") + ": \(alert.message)\n\nHistory:\n")
                let events = try await context.register.alertEvents(id)
                Console.out(
                    Listing(
                        columns: ["on", "event", "by", "detail"],
                        rows: events.map { [$0.on.iso, $0.event, $0.actor ?? "tracking run", $0.detail ?? ""] }
                    ).rendered(as: .table))
            }
        }
    }
}

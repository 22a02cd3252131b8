import Application
import ArgumentParser
import Governance
import Store

// Triage: one command per action (Ack, Assign, Snooze, Note), each taking alert ids or the
// listing's filters, so that a backlog is dealt with in one line
// (`govmon alerts ack --check induction_overdue --la 315 --reason ...`).

extension AlertsCommand {
    /// Runs one triage action and says how many alerts it reached.
    static func act(
        _ action: AlertTriageAction, ids: [Int64], filters: AlertFilterOptions, global: GlobalOptions, _ done: String
    ) async throws {
        try await CommandContext.run(global, source: commandSource()) { context in
            let filter = try await filters.filter(ids: ids, register: context.register)
            let acted = try await context.alerts.act(action, on: filter)
            Console.out("\(acted.count) alert(s) \(done).\n")
        }
    }
}

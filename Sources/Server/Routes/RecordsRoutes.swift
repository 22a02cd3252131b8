import Foundation
import Governance
import Hummingbird
import Store

/// What the service keeps about its own work: report runs (`report runs`) and the deadline
/// checks tracking applies (`track checks`).
enum RecordsRoutes {
    /// A deadline check: its stable name and its rule in one sentence.
    struct CheckRule: Encodable {
        var name: String
        var rule: String
    }

    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        api.get("reports/runs") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let limit = min(max(try Query.int(request, "limit") ?? 50, 1), 1000)
            return try JSON.response(try await register.reportRuns(limit: limit))
        }
        api.get("tracking/checks") { _, _ -> Response in
            // The rules are no one's data: every role may read them.
            return try JSON.response(DeadlineChecks.rules.map { CheckRule(name: $0.name, rule: $0.rule) })
        }
    }
}

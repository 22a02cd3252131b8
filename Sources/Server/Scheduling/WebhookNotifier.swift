import Foundation
import Governance
import Logging
import Store

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Posts new and resolved alerts of a tracking run to a webhook as JSON, retrying with back-off
/// (1, 2, 4, 8 seconds); every attempt is logged.
public struct WebhookNotifier: Sendable {
    public let url: URL
    public let attempts: Int
    public let logger: Logger

    public init(url: URL, attempts: Int = 5, logger: Logger) {
        self.url = url
        self.attempts = attempts
        self.logger = logger
    }

    struct Payload: Encodable {
        var trackingRunId: Int64
        var asOf: String
        var raised: [Alert]
        /// Open alerts whose severity the run changed (a warning now overdue, say), as they now are.
        var severityChanged: [Alert]
        var resolved: [Alert]
    }

    /// Delivers every raised, re-graded and resolved alert not yet delivered, one post per tracking run, and
    /// records each post that succeeds: events a replica could not send (it died between the run
    /// and the post, or the receiver was down) go on the next tick, from whichever replica ticks.
    public func deliverPending(register: Register) async {
        guard let pending = try? await register.undeliveredAlertEvents() else { return }
        let byRun = Dictionary(grouping: pending, by: \.runID)
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys]
        for runID in byRun.keys.sorted() {
            let events = byRun[runID] ?? []
            let asOf = events.first.map { $0.alert.resolvedOn ?? $0.alert.raisedOn }?.iso ?? ""
            guard
                let body = try? encoder.encode(
                    Payload(
                        trackingRunId: runID, asOf: asOf, raised: events.filter { $0.event == "raised" }.map(\.alert),
                        severityChanged: events.filter { $0.event == "severity_changed" }.map(\.alert),
                        resolved: events.filter { $0.event == "resolved" }.map(\.alert)))
            else { continue }
            guard await post(body) else { return }
            do {
                try await register.markAlertEventsDelivered(events.map(\.eventID))
            } catch {
                logger.error("webhook delivered but could not be recorded; it may be sent again", metadata: ["run": "\(runID)"])
            }
        }
    }

    /// Posts `body`, retrying on failure; returns whether it was delivered.
    @discardableResult
    public func post(_ body: Data) async -> Bool {
        var delay = 1.0
        for attempt in 1...attempts {
            var request = URLRequest(url: url)
            request.httpMethod = "POST"
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = body
            request.timeoutInterval = 10
            do {
                let (_, response) = try await URLSession.shared.data(for: request)
                let status = (response as? HTTPURLResponse)?.statusCode ?? 0
                logger.info("webhook attempt", metadata: ["attempt": "\(attempt)", "status": "\(status)"])
                if (200..<300).contains(status) { return true }
            } catch {
                logger.warning("webhook attempt failed", metadata: ["attempt": "\(attempt)", "error": "\(error)"])
            }
            if attempt < attempts {
                try? await Task.sleep(for: .milliseconds(Int(delay * 1000)))
                delay *= 2
            }
        }
        logger.error("webhook gave up", metadata: ["attempts": "\(attempts)"])
        return false
    }
}

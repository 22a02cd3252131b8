import Foundation
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
        var resolved: [Alert]
    }

    func notify(run: TrackingRunResult, register: Register) async {
        guard let events = try? await register.alertEvents(trackingRunID: run.runID) else { return }
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys]
        guard
            let body = try? encoder.encode(
                Payload(
                    trackingRunId: run.runID, asOf: run.asOf.iso, raised: events.raised,
                    resolved: events.resolved))
        else { return }
        await post(body)
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

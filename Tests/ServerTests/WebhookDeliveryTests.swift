import Application
import Foundation
import Governance
import Hummingbird
import HummingbirdTesting
import Logging
import Server
import Store
import Synchronization
import TestSupport
import Testing

/// Webhook delivery is recorded per alert event (issue 11, item 11): what could not be delivered
/// (the receiver was down, or the replica died after the run committed) stays undelivered in the
/// database and goes on the next attempt, from whichever replica makes it; what was delivered is
/// not sent again.
@Suite struct WebhookDeliveryTests {
    @Test func undeliveredEventsGoOnTheNextAttemptAndOnlyOnce() async throws {
        try await TestDatabase.withRegister { register, _ in
            _ = try await Fixtures.trackedBody(register)
            let run = try await TrackingRunner(register: register, thresholds: TrackingThresholds())
                .run(asOf: Fixtures.d("2015-12-05"))
            // TrackingTests: four problems on 2015-12-05, so four raised events.
            #expect(run.result.raised == 4)
            #expect(try await register.undeliveredAlertEvents().count == 4)
            let quiet = {
                var logger = Logger(label: "webhook-test")
                logger.logLevel = .critical
                return logger
            }()
            // Nothing listens on this port (below the ephemeral range, never opened by the suite).
            let down = WebhookNotifier(url: URL(string: "http://127.0.0.1:9/hook")!, attempts: 1, logger: quiet)
            await down.deliverPending(register: register)
            #expect(try await register.undeliveredAlertEvents().count == 4)

            let received = Mutex<[Data]>([])
            let router = Router()
            router.post("hook") { request, _ -> HTTPResponse.Status in
                var request = request
                let body = try await request.collectBody(upTo: 1 << 20)
                received.withLock { $0.append(Data(buffer: body)) }
                return .ok
            }
            try await Application(router: router).test(.live) { client in
                let client = RecordingClient(client)
                let port = try #require(client.port)
                let up = WebhookNotifier(url: URL(string: "http://127.0.0.1:\(port)/hook")!, attempts: 1, logger: quiet)
                await up.deliverPending(register: register)
                #expect(try await register.undeliveredAlertEvents().isEmpty)
                await up.deliverPending(register: register)
            }
            let posts = received.withLock { $0 }.map { (try? JSONSerialization.jsonObject(with: $0)) as? [String: Any] ?? [:] }
            #expect(posts.count == 1)
            #expect((posts.first?["tracking_run_id"] as? Int64) == run.result.runID)
            #expect((posts.first?["raised"] as? [Any])?.count == 4)
        }
    }
}

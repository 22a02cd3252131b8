import Bootstrap
import Foundation
import Governance
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Reports
import Server
import Store

/// The service in process: its dependencies for a test, a bearer header, and the service on the
/// least-privilege login.
package enum ServiceFixture {
    /// The service's dependencies for in-process tests. Failed tokens are not throttled unless a
    /// test asks (`limits`): the boundary tests present thousands on purpose.
    package static func deps(
        _ database: Database, cacheSeconds: Double = 0, limits: ServiceLimits = ServiceLimits(failedSignInsPerMinute: 1_000_000)
    ) -> ServiceDependencies {
        ServiceDependencies(
            database: database,
            settings: BoardReportSettings(
                definition: .notWhiteBritish, bands: BandThresholds(), disclosure: DisclosurePolicy(threshold: 5),
                tracking: TrackingThresholds(), rules: .defaults),
            migrationsFolder: TestDatabase.migrationsFolder,
            openAPIPath: TestDatabase.root.appendingPathComponent("openapi.yaml").path,
            timeZone: TimeZone(identifier: "Europe/London")!, cacheSeconds: cacheSeconds, maximumConnections: 4,
            limits: limits)
    }

    package static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }

    /// Runs `test` against the service on the least-privilege login with a pool that sees no
    /// authority until a token names one, as `govmon serve` runs.
    package static func service(
        _ settings: DatabaseSettings, limits: ServiceLimits = ServiceLimits(failedSignInsPerMinute: 1_000_000),
        _ test: @Sendable @escaping (APICaller) async throws -> Void
    ) async throws {
        try await Database.with(settings, actor: "govmon serve", authorityScope: .none) { pool in
            let app = Application(router: ServerApp.router(ServiceFixture.deps(pool, limits: limits)))
            try await app.test(.router) { client in try await test(APICaller(client: RecordingClient(client))) }
        }
    }
}

/// Python from the tests (the independent reference tools).
package enum Python {
    /// Runs `script` with one argument: what it printed (standard output, then any error output).
    package static func run(_ script: String, _ argument: String) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, argument]
        let output = try await ChildProcess.run(process)
        let text = String(decoding: output.stdout + output.stderr, as: UTF8.self)
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

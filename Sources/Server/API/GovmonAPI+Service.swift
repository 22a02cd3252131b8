import APIContract
import Foundation
import Metrics
import OpenAPIRuntime
import Store

/// The open operations: liveness, readiness, metrics and the document itself.
extension GovmonAPI {
    func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
        .ok(.init(body: .json(.init(status: .up))))
    }

    func getReady(_ input: Operations.GetReady.Input) async throws -> Operations.GetReady.Output {
        let status: Migrator.Status
        do {
            let migrator = Migrator(files: try MigrationFile.load(from: deps.migrationsFolder))
            status = try await migrator.status(deps.system.database)
        } catch {
            Gauge(label: "govmon_db_ready").record(0)
            throw APIError(.serviceUnavailable, "The database is not reachable.")
        }
        guard status.pending.isEmpty else {
            Gauge(label: "govmon_db_ready").record(0)
            throw APIError(.serviceUnavailable, "Migrations are pending: \(status.pending.joined(separator: ", ")).")
        }
        Gauge(label: "govmon_db_ready").record(1)
        return .ok(.init(body: .json(.init(status: .ready))))
    }

    func getMetrics(_ input: Operations.GetMetrics.Input) async throws -> Operations.GetMetrics.Output {
        if let counts = try? await deps.system.schedulerCounts() {
            Gauge(label: "govmon_alerts_open").record(counts.openAlerts)
        }
        Gauge(label: "govmon_db_pool_max_connections").record(deps.maximumConnections)
        return .ok(.init(body: .plainText(HTTPBody(ServerApp.registry.emitToBuffer()))))
    }

    func getOpenapi(_ input: Operations.GetOpenapi.Input) async throws -> Operations.GetOpenapi.Output {
        guard let data = FileManager.default.contents(atPath: deps.openAPIPath) else {
            throw APIError(.notFound, "The OpenAPI document is not installed with this service.")
        }
        return .ok(.init(body: .yaml(HTTPBody(data))))
    }
}

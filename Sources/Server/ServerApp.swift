import Foundation
import Governance
import HTTPTypes
import Hummingbird
import Logging
import Metrics
import NIOCore
import Prometheus
import ServiceLifecycle
import Store
import Synchronization

/// The govmon service: a Hummingbird 2 application over the same store, domain and report code as
/// the command line, with the tracking scheduler as one of its services.
public enum ServerApp {
    /// The Prometheus registry every metric of the process goes to.
    public static let registry = PrometheusCollectorRegistry()
    private static let bootstrapped = Mutex(false)

    /// Points swift-metrics at the Prometheus registry, once per process.
    public static func bootstrapMetrics() {
        bootstrapped.withLock { done in
            guard !done else { return }
            MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
            done = true
        }
    }

    /// The router: operations routes in the open, /api/v1 behind bearer tokens.
    public static func router(_ deps: ServiceDependencies, book: RouteBook = RouteBook()) -> Router<ServiceContext> {
        let router = Router(context: ServiceContext.self)
        router.add(middleware: RequestIDMiddleware())
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ProblemMiddleware())
        let open = RecordingGroup(group: router.group(), prefix: "", book: book, needsRule: false)
        open.get("health") { _, _ -> Response in
            try JSON.response(["status": "up"])
        }
        open.get("ready") { _, _ -> Response in
            do {
                let migrator = Migrator(files: try MigrationFile.load(from: deps.migrationsFolder))
                let status = try await migrator.status(deps.system.database)
                guard status.pending.isEmpty else {
                    Gauge(label: "govmon_db_ready").record(0)
                    return APIError(.serviceUnavailable, "Migrations are pending: \(status.pending.joined(separator: ", ")).")
                        .response(instance: "/ready")
                }
                Gauge(label: "govmon_db_ready").record(1)
                return try JSON.response(["status": "ready"])
            } catch {
                Gauge(label: "govmon_db_ready").record(0)
                return APIError(.serviceUnavailable, "The database is not reachable.").response(instance: "/ready")
            }
        }
        open.get("metrics") { _, _ -> Response in
            if let counts = try? await deps.system.schedulerCounts() {
                Gauge(label: "govmon_alerts_open").record(counts.openAlerts)
            }
            Gauge(label: "govmon_db_pool_max_connections").record(deps.maximumConnections)
            return JSON.raw(registry.emitToBuffer(), contentType: "text/plain; version=0.0.4")
        }
        open.get("openapi.yaml") { _, _ -> Response in
            guard let data = FileManager.default.contents(atPath: deps.openAPIPath) else {
                throw APIError(.notFound, "The OpenAPI document is not installed with this service.")
            }
            return JSON.raw(Array(data), contentType: "application/yaml")
        }
        let api = RecordingGroup(
            group: router.group("api/v1").add(
                middleware: AuthMiddleware(
                    register: deps.system, cache: deps.tokens, throttle: deps.failedAuthentications,
                    today: { deps.today })),
            prefix: "api/v1/", book: book, needsRule: true, afterWrite: { deps.responses.clear() })
        RegisterRoutes.add(to: api, deps)
        FiguresRoutes.add(to: api, deps)
        WriteRoutes.add(to: api, deps)
        MoreWriteRoutes.add(to: api, deps)
        AuthorityRoutes.add(to: api, deps)
        SchoolUpdateRoutes.add(to: api, deps)
        PeopleRoutes.add(to: api, deps)
        GovernorRoutes.add(to: api, deps)
        TrainingRoutes.add(to: api, deps)
        ReconstitutionRoutes.add(to: api, deps)
        RecruitmentRoutes.add(to: api, deps)
        ProfileRoutes.add(to: api, deps)
        RecordsRoutes.add(to: api, deps)
        DataProtectionRoutes.add(to: api, deps)
        return router
    }

    /// The application listening on host:port, with `services` (the scheduler) run beside it. A
    /// connection idle for `limits.idleSeconds` (including one whose request head never arrives)
    /// is closed.
    public static func application(
        _ deps: ServiceDependencies, host: String, port: Int, services: [any Service],
        logger: Logger
    ) -> some ApplicationProtocol {
        bootstrapMetrics()
        let idle = TimeAmount.milliseconds(Int64(deps.limits.idleSeconds * 1000))
        return Application(
            router: router(deps),
            server: .http1(configuration: .init(additionalChannelHandlers: [ClientGoneHandler()], idleTimeout: idle)),
            configuration: .init(address: .hostname(host, port: port), serverName: "govmon"),
            services: services, logger: logger)
    }
}

/// Echoes Hummingbird's request id in an `x-request-id` header (it is in every log line too).
struct RequestIDMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        var response = try await next(request, context)
        response.headers[.requestID] = context.id
        return response
    }
}

extension HTTPField.Name {
    /// `x-request-id`, echoed on every response.
    static let requestID = Self("x-request-id")!
}

import APIContract
import Bootstrap
import Foundation
import Governance
import HTTPTypes
import Hummingbird
import Logging
import Metrics
import NIOCore
import OpenAPIHummingbird
import OpenAPIRuntime
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

    /// The router: the operations of openapi.yaml, generated into `APIProtocol` and implemented by
    /// `GovmonAPI`; /api/v1 behind bearer tokens and `AccessPolicy`.
    public static func router(_ deps: ServiceDependencies) -> Router<ServiceContext> {
        let router = Router(context: ServiceContext.self)
        router.add(middleware: RequestIDMiddleware())
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        let site = WebSite(deps: deps)
        // A page address that matches no route is a 404 page, not a JSON problem.
        router.add(middleware: ProblemMiddleware(notFoundPage: { path in site.errorPage(.notFound, person: nil, path: path) }))
        router.add(
            middleware: BodyLimitMiddleware(jsonBytes: ServiceLimits.jsonBodyBytes, uploadBytes: deps.limits.uploadBytes))
        router.add(
            middleware: AuthMiddleware(
                register: deps.system, cache: deps.tokens, throttle: deps.failedAuthentications, today: { deps.today }))
        let access = AccessMiddleware(
            afterWrite: { deps.responses.clear() }, officerReadsDeclarations: deps.officerReadsDeclarations)
        do {
            // Compact JSON with keys in a stable order (the runtime's default also pretty-prints).
            try GovmonAPI(deps: deps).registerHandlers(
                on: router, serverURL: Servers.root, configuration: Configuration(jsonEncodingOptions: [.sortedKeys]),
                middlewares: [access])
        } catch {
            // Only an invalid server URL makes registration fail, and `Servers.root` is a constant.
            preconditionFailure("registering the operations of openapi.yaml failed: \(error)")
        }
        site.register(on: router)
        return router
    }

    /// Why the browser front's templates cannot be used (a missing web/ folder, a template that
    /// does not parse), or nil: `govmon serve` refuses to start rather than serve error pages.
    public static func pagesProblem(_ deps: ServiceDependencies) -> String? {
        if case .failure(let error) = WebSite(deps: deps).templates { return error.description }
        return nil
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

extension Servers {
    /// The operations at the root of the service (the document's paths begin /api/v1, /health, ...).
    static let root = URL(string: "/")!
}

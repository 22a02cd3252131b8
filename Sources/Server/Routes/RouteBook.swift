import Hummingbird
import Synchronization

/// Every route the service registers, as "METHOD /path/{param}", so a test can hold the OpenAPI
/// document to the routes that really exist.
public final class RouteBook: Sendable {
    private let entries = Mutex<[String]>([])

    public init() {}

    func record(_ entry: String) {
        entries.withLock { $0.append(entry) }
    }

    /// The routes, sorted.
    public var routes: [String] { entries.withLock { $0.sorted() } }

    /// "METHOD /path/{param}" for a Hummingbird path with `:param` segments.
    static func entry(_ method: String, _ path: String) -> String {
        let openAPIPath = path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
            .joined(separator: "/")
        return "\(method) /\(openAPIPath)"
    }
}

/// A router group that records each route it registers in a `RouteBook` and, under /api/v1,
/// applies the route's rule from `AccessPolicy` before its handler runs, and clears the response
/// cache after every write (so no handler has to remember to).
struct RecordingGroup {
    let group: RouterGroup<ServiceContext>
    let prefix: String
    let book: RouteBook
    /// Whether routes here need a rule (the /api/v1 group) or are open (health, metrics).
    let needsRule: Bool
    /// Called after every POST.
    var afterWrite: @Sendable () -> Void = {}

    typealias Handler = @Sendable (Request, ServiceContext) async throws -> Response

    func get(_ path: String, handler: @escaping Handler) {
        group.get(RouterPath(path), use: wrap("GET", path, handler))
    }

    func post(_ path: String, handler: @escaping Handler) {
        group.post(RouterPath(path), use: wrap("POST", path, handler))
    }

    private func wrap(_ method: String, _ path: String, _ handler: @escaping Handler) -> Handler {
        let entry = RouteBook.entry(method, prefix + path)
        book.record(entry)
        guard needsRule else { return handler }
        let parts = entry.split(separator: " ", maxSplits: 1).map(String.init)
        // A route without a rule is a programming error caught by every test that builds the router.
        guard let access = AccessPolicy.rule(parts[0], parts[1]) else {
            preconditionFailure("no access rule in AccessPolicy for \(entry)")
        }
        let isWrite = method != "GET"
        let afterWrite = self.afterWrite
        return { request, context in
            guard access.admits(try context.caller()) else { throw APIError.forbidden }
            // Also after a write that failed part way (some write several transactions): clearing
            // too often costs a recomputation, clearing too rarely serves stale figures.
            defer { if isWrite { afterWrite() } }
            return try await handler(request, context)
        }
    }
}

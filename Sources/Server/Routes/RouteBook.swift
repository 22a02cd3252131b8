import Hummingbird
import Synchronization

/// Every route the service registers, as "METHOD /path/{param}", so a test can hold the OpenAPI
/// document to the routes that really exist.
public final class RouteBook: Sendable {
    private let entries = Mutex<[String]>([])

    public init() {}

    func record(_ method: String, _ path: String) {
        let openAPIPath = path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
            .joined(separator: "/")
        entries.withLock { $0.append("\(method) /\(openAPIPath)") }
    }

    /// The routes, sorted.
    public var routes: [String] { entries.withLock { $0.sorted() } }
}

/// A router group that records each route it registers in a `RouteBook`.
struct RecordingGroup {
    let group: RouterGroup<ServiceContext>
    let prefix: String
    let book: RouteBook

    func get(_ path: String, handler: @escaping @Sendable (Request, ServiceContext) async throws -> Response) {
        book.record("GET", prefix + path)
        group.get(RouterPath(path), use: handler)
    }

    func post(_ path: String, handler: @escaping @Sendable (Request, ServiceContext) async throws -> Response) {
        book.record("POST", prefix + path)
        group.post(RouterPath(path), use: handler)
    }
}

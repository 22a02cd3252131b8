import Hummingbird
import NIOCore
import Store

/// The request context: Hummingbird's core storage, the connection, and the caller's identity
/// once authenticated.
public struct ServiceContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `AuthMiddleware` on every /api/v1 route.
    public var identity: TokenIdentity?
    /// The client's connection: its address (for throttling failed sign-ins) and its closing
    /// (a PDF render for a client that has gone is cancelled).
    public let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        identity = nil
        channel = source.channel
    }

    /// The caller, or 401 when there is none (only reachable through a route without the middleware).
    func caller() throws -> TokenIdentity {
        guard let identity else { throw APIError.unauthorized }
        return identity
    }

    /// The client's address without its port, for throttling and logs.
    var clientAddress: String {
        channel.remoteAddress?.ipAddress ?? "unknown"
    }
}

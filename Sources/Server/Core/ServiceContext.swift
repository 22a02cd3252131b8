import Hummingbird
import Store

/// The request context: Hummingbird's core storage plus the caller's identity once authenticated.
public struct ServiceContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `AuthMiddleware` on every /api/v1 route.
    public var identity: TokenIdentity?

    public init(source: Source) {
        coreContext = .init(source: source)
        identity = nil
    }

    /// The caller, or 401 when there is none (only reachable through a route without the middleware).
    func caller() throws -> TokenIdentity {
        guard let identity else { throw APIError.unauthorized }
        return identity
    }

    /// The caller when their role is one of `roles`; 403 otherwise.
    func require(_ roles: ServiceRole...) throws -> TokenIdentity {
        let identity = try caller()
        guard roles.contains(identity.role) else { throw APIError.forbidden }
        return identity
    }
}

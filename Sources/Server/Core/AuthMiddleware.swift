import Foundation
import Governance
import Hummingbird
import Store
import Synchronization

/// Checks the bearer token on every /api/v1 request: a missing, unknown, expired or revoked
/// token is a 401 (the problem says only that a valid token is required). Verified tokens are
/// remembered for `cacheSeconds` to spare the database, so a revocation takes effect within that.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = ServiceContext
    let register: Register
    let cache: TokenCache
    let today: @Sendable () -> CalendarDate

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw APIError.unauthorized
        }
        let token = String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        guard token.hasPrefix("gm_"), token.count < 200 else { throw APIError.unauthorized }
        let identity: TokenIdentity
        if let cached = cache.get(token) {
            identity = cached
        } else {
            guard let found = try await register.identity(forToken: token) else { throw APIError.unauthorized }
            cache.put(token, found)
            identity = found
        }
        guard identity.isUsable(on: today()) else { throw APIError.unauthorized }
        var context = context
        context.identity = identity
        context.logger[metadataKey: "token"] = "\(identity.id)"
        return try await next(request, context)
    }
}

/// Verified tokens for a short while (keyed by the token's text in memory only).
final class TokenCache: Sendable {
    private let entries = Mutex<[String: (TokenIdentity, Date)]>([:])
    let seconds: Double

    init(seconds: Double) { self.seconds = seconds }

    func get(_ token: String) -> TokenIdentity? {
        entries.withLock { entries in
            guard let (identity, at) = entries[token], Date().timeIntervalSince(at) < seconds else { return nil }
            return identity
        }
    }

    func put(_ token: String, _ identity: TokenIdentity) {
        entries.withLock { entries in
            if entries.count > 10_000 { entries.removeAll() }
            entries[token] = (identity, Date())
        }
    }
}

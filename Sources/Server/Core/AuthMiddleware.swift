import Foundation
import Governance
import Hummingbird
import Logging
import Store
import Synchronization

/// Checks the bearer token on every /api/v1 request and makes its owner the request's `Caller`: a missing, unknown, expired or revoked
/// token is a 401 (the problem says only that a valid token is required). Verified tokens are
/// remembered for `cacheSeconds` to spare the database, so a revocation takes effect within that.
///
/// Every failure is logged with the client's address and at most the token's first characters
/// (never the token), and a client address with too many failures in a minute is refused with
/// 429 before its token is even looked up.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = ServiceContext
    let register: Register
    let cache: TokenCache
    let throttle: FailureThrottle
    let today: @Sendable () -> CalendarDate

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        // The open operations (health, readiness, metrics, the document) need no token.
        guard request.uri.path.hasPrefix("/api/v1/") else { return try await next(request, context) }
        let client = context.clientAddress
        if let wait = throttle.refusal(for: client) {
            context.logger.warning("authentication throttled", metadata: ["client": "\(client)"])
            throw APIError(.tooManyRequests, "Too many failed attempts from this address; try again in \(wait) seconds.")
        }
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw failed(client, token: nil, context: context, reason: "no bearer token")
        }
        let token = String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        guard token.hasPrefix("gm_"), token.count < 200 else {
            throw failed(client, token: token, context: context, reason: "not a govmon token")
        }
        let identity: TokenIdentity
        if let cached = cache.get(token) {
            identity = cached
        } else {
            guard let found = try await register.identity(forToken: token) else {
                throw failed(client, token: token, context: context, reason: "unknown token")
            }
            cache.put(token, found)
            identity = found
        }
        guard identity.isUsable(on: today()) else {
            throw failed(client, token: token, context: context, reason: identity.revokedOn == nil ? "expired" : "revoked")
        }
        var context = context
        context.logger[metadataKey: "token"] = "\(identity.id)"
        return try await Caller.$current.withValue(Caller(identity: identity, channel: context.channel)) {
            try await next(request, context)
        }
    }

    /// Logs a failed authentication, counts it against the client, and returns the 401.
    private func failed(_ client: String, token: String?, context: Context, reason: String) -> APIError {
        throttle.recordFailure(for: client)
        // Enough of the token to tell two callers apart in the log, never enough to use it.
        let prefix = token.map { String($0.prefix(7)) } ?? "-"
        context.logger.warning(
            "authentication failed", metadata: ["client": "\(client)", "token_prefix": "\(prefix)", "reason": "\(reason)"])
        return APIError.unauthorized
    }
}

/// Failed authentications per client address over the last minute.
final class FailureThrottle: Sendable {
    private let failures = Mutex<[String: [Date]]>([:])
    let perMinute: Int

    init(perMinute: Int) { self.perMinute = perMinute }

    /// Seconds the client must wait, or nil when it may try.
    func refusal(for client: String, now: Date = Date()) -> Int? {
        failures.withLock { all in
            let recent = (all[client] ?? []).filter { now.timeIntervalSince($0) < 60 }
            all[client] = recent.isEmpty ? nil : recent
            guard recent.count >= perMinute, let oldest = recent.first else { return nil }
            return max(1, Int((60 - now.timeIntervalSince(oldest)).rounded(.up)))
        }
    }

    func recordFailure(for client: String, now: Date = Date()) {
        failures.withLock { all in
            // Bounded memory under a flood from many addresses.
            if all.count > 50_000 { all.removeAll() }
            all[client, default: []].append(now)
        }
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

import NIOCore
import Store

/// Who is calling, over which connection, for the request being handled. `AuthMiddleware` sets it
/// for every /api/v1 request; the generated handlers receive only the request, so the caller
/// travels with the task.
struct Caller: Sendable {
    var identity: TokenIdentity
    /// The client's connection (a PDF render for a client that has gone is cancelled).
    var channel: (any Channel)?

    @TaskLocal static var current: Caller?

    /// The caller of this request, or 401 when none was authenticated.
    static func required() throws -> Caller {
        guard let current else { throw APIError.unauthorized }
        return current
    }
}

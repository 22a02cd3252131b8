import HTTPTypes
import OpenAPIRuntime

/// Applies `AccessPolicy` to every operation of the contract before its handler runs, and clears
/// the response cache after every write: the one place both happen, so no handler has to remember.
struct AccessMiddleware: ServerMiddleware {
    /// Called after every operation that is not a GET.
    let afterWrite: @Sendable () -> Void
    /// `privacy.officer_reads_declarations`.
    let officerReadsDeclarations: Bool

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        if AccessPolicy.open.contains(operationID) { return try await next(request, body, metadata) }
        // An operation without a rule is refused to everyone (and fails the boundary tests).
        guard let access = AccessPolicy.rule(operationID, officerReadsDeclarations: officerReadsDeclarations) else {
            throw APIError.forbidden
        }
        guard access.admits(try Caller.required().identity) else { throw APIError.forbidden }
        guard request.method != .get else { return try await next(request, body, metadata) }
        // Also after a write that failed part way (some write in several transactions): clearing
        // too often costs a recomputation, clearing too rarely serves stale figures.
        defer { afterWrite() }
        return try await next(request, body, metadata)
    }
}

import Hummingbird
import Logging

/// Logs each request's method and path, as Hummingbird's LogRequestsMiddleware does, but with the
/// secret of a one-time link (an invitation, a monitoring form) left out: a log reader must not be
/// able to set someone's password or answer their form.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        context.logger.info(
            "Request",
            metadata: [
                "hb.request.method": "\(request.method.rawValue)", "hb.request.path": "\(Self.redacted(request.uri.path))",
            ])
        return try await next(request, context)
    }

    /// `path` with any one-time link's secret replaced.
    static func redacted(_ path: String) -> String {
        for prefix in ["/invitations/", "/diversity/", "/candidate-monitoring/", "/skills/"] where path.hasPrefix(prefix) {
            return prefix + "(secret)"
        }
        return path
    }
}

import HTTPTypes
import Hummingbird

/// Headers on every response: nothing is cached (responses carry personal data), content types
/// are not sniffed, and a page opened from the API may run no script and load nothing from
/// elsewhere (the board report's HTML uses only inline styles and inline SVG).
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        var response = try await next(request, context)
        // The stylesheet may be cached; nothing else (responses carry personal data).
        if response.headers[.contentType]?.hasPrefix("text/css") != true { response.headers[.cacheControl] = "no-store" }
        response.headers[.xContentTypeOptions] = "nosniff"
        // A page of the browser front sets its own policy (its stylesheet, its forms).
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        }
        response.headers[.referrerPolicy] = "no-referrer"
        return response
    }
}

extension HTTPField.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
}

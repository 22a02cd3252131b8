import Hummingbird
import NIOCore

/// Holds every request body to a size: JSON bodies to `ServiceLimits.jsonBodyBytes`, the two
/// uploads (GIAS extracts, profiles) to the upload limit. The body is counted as it streams, so an
/// oversized one is refused with 413 without being held (the generated server would collect any).
struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let jsonBytes: Int
    let uploadBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        let path = request.uri.path
        let isUpload = path.hasPrefix("/api/v1/imports/") || path == "/api/v1/profiles"
        let limit = isUpload ? uploadBytes : jsonBytes
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { throw Self.tooLarge(limit) }
        var request = request
        request.body = RequestBody(asyncSequence: LimitedBody(base: request.body, limit: limit))
        return try await next(request, context)
    }

    static func tooLarge(_ limit: Int) -> APIError {
        APIError(.contentTooLarge, "The request body is larger than \(limit >> 10) KB, the most this operation accepts.")
    }
}

/// A request body that throws 413 once more than `limit` bytes have arrived.
struct LimitedBody: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let base: RequestBody
    let limit: Int

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: RequestBody.AsyncIterator
        let limit: Int
        var seen = 0

        mutating func next() async throws -> ByteBuffer? {
            guard let buffer = try await base.next() else { return nil }
            seen += buffer.readableBytes
            if seen > limit { throw BodyLimitMiddleware<BasicRequestContext>.tooLarge(limit) }
            return buffer
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: base.makeAsyncIterator(), limit: limit) }
}

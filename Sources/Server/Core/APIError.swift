import Application
import Foundation
import Governance
import Hummingbird
import Interchange
import NIOCore
import OpenAPIRuntime
import Reports
import Store

/// Errors the service answers with, as RFC 9457 problem details: a status, a short title and one
/// plain sentence. Nothing about the server's inside leaks into them.
public struct APIError: Error, Sendable {
    public var status: HTTPResponse.Status
    public var detail: String

    public init(_ status: HTTPResponse.Status, _ detail: String) {
        self.status = status
        self.detail = detail
    }

    static let unauthorized = APIError(.unauthorized, "A valid bearer token is required.")
    static let forbidden = APIError(.forbidden, "Your role may not do this.")
    static let unsupportedBody = APIError(.unsupportedMediaType, "The request body is not of a type this operation accepts.")

    /// The problem for any error a handler throws. Client mistakes are 4xx with a sentence; a
    /// database that cannot be reached is 503; anything else is a 500 that the middleware logs.
    static func from(_ error: any Error) -> APIError {
        switch error {
        case let error as APIError: return error
        case let error as ServerError:
            // The generated server wraps what a handler or a middleware throws, and what it could not
            // read in the request (a missing parameter, a body that does not match the document).
            if error.underlyingError is DecodingError {
                return APIError(.badRequest, "The request does not match the API document (\(describe(error.underlyingError))).")
            }
            let inner = from(error.underlyingError)
            if inner.status == .internalServerError, error.httpStatus != .internalServerError {
                return APIError(error.httpStatus, "The request does not match the API document: \(error.causeDescription)")
            }
            return inner
        case let error as StoreError:
            switch error {
            case .notFound(let text): return APIError(.notFound, text)
            case .constraint(_, let sentence), .conflict(let sentence): return APIError(.conflict, sentence)
            case .invalid(let text), .importRefused(let text): return APIError(.unprocessableContent, text)
            case .forbidden(let text): return APIError(.forbidden, text)
            case .cannotConnect:
                return APIError(.serviceUnavailable, "The database is not available; try again shortly.")
            case .database:
                return APIError(.internalServerError, "Something went wrong on the server; it has been logged.")
            case .schemaBehind, .schemaAhead, .migrationEdited:
                return APIError(.serviceUnavailable, "The database schema is not current.")
            }
        case let error as InputError:
            return APIError(.badRequest, error.description)
        case let error as NotFound:
            return APIError(.notFound, error.description)
        case let error as RuleViolation:
            return APIError(.unprocessableContent, error.description)
        case let error as PrintError:
            if error.isBadRequest { return APIError(.badRequest, error.message) }
            if error.isNotFound { return APIError(.notFound, error.message) }
            return APIError(.serviceUnavailable, "The PDF printer is not available; try another format or try again later.")
        case let error as HTTPError:
            return APIError(error.status, error.body ?? error.status.reasonPhrase)
        case is NIOTooManyBytesError:
            return APIError(.contentTooLarge, "The request body is larger than this route accepts.")
        case let error as any HTTPResponseError:
            return APIError(error.status, error.status.reasonPhrase)
        case is DecodingError:
            return APIError(.badRequest, "The request does not match the API document (\(describe(error))).")
        case is CancellationError:
            return APIError(.init(code: 499, reasonPhrase: "Client Closed Request"), "The request was cancelled.")
        default:
            return APIError(.internalServerError, "Something went wrong on the server; it has been logged.")
        }
    }

    /// Where a request failed to decode and why, without the value found: a mistyped declaration is
    /// still special category data, so no value is ever echoed.
    static func describe(_ error: any Error) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map(\.stringValue).filter { !$0.isEmpty }.joined(separator: ".")
            return path.isEmpty ? "the body" : path
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing " + (context.codingPath + [key]).map(\.stringValue).joined(separator: ".")
        case DecodingError.typeMismatch(let type, let context): return "\(path(context)): expected \(type)"
        case DecodingError.valueNotFound(_, let context): return "\(path(context)): a value is required"
        case DecodingError.dataCorrupted(let context): return "\(path(context)): not a value the document allows"
        default: return "unreadable"
        }
    }

    /// The problem+json response.
    func response(instance: String) -> Response {
        let body =
            "{\"type\": \"about:blank\", \"title\": \(JSONText.quote(status.reasonPhrase)), \"status\": \(status.code), "
            + "\"detail\": \(JSONText.quote(detail)), \"instance\": \(JSONText.quote(instance))}\n"
        return Response(
            status: status, headers: [.contentType: "application/problem+json"],
            body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

/// Turns every thrown error into problem+json (and logs unexpected ones).
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The browser front's 404 page, for an address outside the API that matches no route.
    var notFoundPage: (@Sendable (String) -> Response)? = nil

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let problem = APIError.from(error)
            let path = request.uri.path
            if problem.status == .notFound, let notFoundPage, !path.hasPrefix("/api/"),
                !["/health", "/ready", "/metrics", "/openapi.yaml"].contains(path)
            {
                return notFoundPage(path)
            }
            if problem.status.code >= 500 {
                // The log line carries the error's own words (never a request body): a server fault
                // must be findable, even when the client is told only that it happened.
                context.logger.error(
                    "request failed", metadata: ["status": "\(problem.status.code)", "error": "\(String(reflecting: error))"])
            }
            return problem.response(instance: request.uri.path)
        }
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Calls routes as a token and reads the answer as JSON.
package struct APICaller {
    package let client: any TestClientProtocol

    package init(client: any TestClientProtocol) { self.client = client }

    package func call(_ method: HTTPRequest.Method, _ uri: String, as token: String, _ body: String? = nil) async throws -> (
        status: HTTPResponse.Status, json: Any?
    ) {
        let response = try await client.execute(
            uri: uri, method: method, headers: ServiceFixture.bearer(token), body: body.map { ByteBuffer(string: $0) })
        return (response.status, try? JSONSerialization.jsonObject(with: Data(buffer: response.body)))
    }

    /// The answer's status and body as text, to show what it does not contain.
    package func text(_ method: HTTPRequest.Method, _ uri: String, as token: String, _ body: String? = nil) async throws -> (
        status: HTTPResponse.Status, text: String
    ) {
        let response = try await client.execute(
            uri: uri, method: method, headers: ServiceFixture.bearer(token), body: body.map { ByteBuffer(string: $0) })
        return (response.status, String(buffer: response.body))
    }

    /// A page of a list: the ids on it and the X-Total-Count header.
    package func page(_ uri: String, as token: String) async throws -> (status: HTTPResponse.Status, ids: [Int64], total: Int?) {
        let response = try await client.execute(uri: uri, method: .get, headers: ServiceFixture.bearer(token), body: nil)
        let rows = try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]]
        return (
            response.status, (rows ?? []).compactMap { $0["id"] as? Int64 },
            response.headers[HTTPField.Name("X-Total-Count")!].flatMap { Int($0) }
        )
    }

    /// Expects 403 for each token.
    package func refuses(_ method: HTTPRequest.Method, _ uri: String, _ tokens: [String], _ body: String = "{}") async throws {
        for token in tokens {
            let status = try await call(method, uri, as: token, body).status
            #expect(status.isRefusal, "\(method) \(uri): \(status)")
        }
    }
}

/// Reading JSON answers loosely, for tests.
package enum JSONShape {
    package static func object(_ json: Any?) -> [String: Any] { json as? [String: Any] ?? [:] }
    package static func list(_ json: Any?) -> [[String: Any]] { json as? [[String: Any]] ?? [] }

    /// Every key anywhere in a JSON value.
    package static func keys(_ json: Any?) -> Set<String> {
        switch json {
        case let object as [String: Any]: return Set(object.keys).union(object.values.flatMap { keys($0) })
        case let array as [Any]: return array.reduce(into: Set<String>()) { $0.formUnion(keys($1)) }
        default: return []
        }
    }
}

extension HTTPResponse.Status {
    /// A refusal that tells nothing: 403 for a role that may not call the route, 404 for an object
    /// outside the token's authorities (exactly as for one that does not exist). The boundary
    /// matrix (BoundaryMatrixTests) holds each route to the precise one.
    package var isRefusal: Bool { self == .forbidden || self == .notFound }
}

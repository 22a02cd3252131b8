import Foundation
import HTTPTypes
import Hummingbird

/// JSON responses.
enum JSON {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    /// A 200 (or `status`) response with `value` as JSON.
    static func response<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder().encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A response with a body already encoded.
    static func raw(_ bytes: [UInt8], contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// `value` as JSON, ready to cache and serve (`extra` adds headers such as a total count).
    static func cached<T: Encodable>(_ value: T, extra: [HTTPField.Name: String] = [:]) throws -> CachedResponse {
        CachedResponse(bytes: Array(try encoder().encode(value)), contentType: "application/json", extra: extra)
    }
}

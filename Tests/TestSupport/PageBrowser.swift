import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// A browser for the in-process tests of the pages: it keeps cookies, posts forms urlencoded, and
/// reads hidden fields back out of the HTML (the real browser tests are tests/browser, in Chromium).
package struct PageBrowser {
    package let client: any TestClientProtocol
    package var cookies: [String: String] = [:]

    package init(client: any TestClientProtocol) { self.client = client }

    /// What came back: status, headers, the body as text.
    package struct Answer {
        package var status: HTTPResponse.Status
        package var headers: HTTPFields
        package var text: String
        package var location: String? { headers[.location] }
    }

    package mutating func get(_ uri: String) async throws -> Answer {
        try await send(.get, uri, body: nil)
    }

    /// Posts `fields` as a urlencoded form.
    package mutating func post(_ uri: String, _ fields: [(String, String)]) async throws -> Answer {
        let body = fields.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
        return try await send(.post, uri, body: body)
    }

    /// Opens the sign-in page and signs in; answers the sign-in's own answer (303 on success).
    package mutating func signIn(_ email: String, _ password: String, next: String = "") async throws -> Answer {
        let form = try await get("/sign-in")
        return try await post(
            "/sign-in",
            [
                ("form_token", Self.hidden("form_token", in: form.text) ?? ""), ("next", next), ("email", email),
                ("password", password),
            ])
    }

    /// The value of the first hidden input `name` in `html`.
    package static func hidden(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { unescaped(String(rest[..<$0])) }
    }

    /// HTML's escapes undone (the templates escape every value).
    package static func unescaped(_ text: String) -> String {
        var text = text
        for (entity, character) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&#61;", "="), ("&#x3D;", "="),
            ("&#96;", "`"), ("&#x2F;", "/"), ("&amp;", "&"),
        ] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }

    private mutating func send(_ method: HTTPRequest.Method, _ uri: String, body: String?) async throws -> Answer {
        var headers = HTTPFields()
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await client.execute(
            uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for field in response.headers where field.name == .setCookie {
            let pair = field.value.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || field.value.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        return Answer(status: response.status, headers: response.headers, text: String(buffer: response.body))
    }
}

import APIContract
import Application
import Foundation
import Governance
import Store

/// The service's operations: the protocol generated from openapi.yaml, implemented one resource
/// per file (`GovmonAPI+Schools.swift`, ...). Each handler reads its typed input, calls the
/// application layer or the caller's scoped register, and answers in the contract's types, so it
/// cannot answer a shape the document does not declare. Who may call what is `AccessPolicy`,
/// applied before any handler runs.
struct GovmonAPI: APIProtocol {
    let deps: ServiceDependencies

    /// The caller's register: acting as the token's owner, limited by row-level security to the
    /// token's authorities, so another authority's object is not found (404).
    func register() throws -> Register { deps.register(for: try Caller.required().identity) }

    /// The caller, with their register.
    func caller() throws -> (TokenIdentity, Register) {
        let identity = try Caller.required().identity
        return (identity, deps.register(for: identity))
    }

    /// A body named in the path, as the caller's register finds it, held to a chair's own body.
    func body(_ reference: String) async throws -> (TokenIdentity, Register, GoverningBody) {
        let (identity, register) = try caller()
        let body = try await register.body(reference)
        try requireOwnBody(body.id, identity)
        return (identity, register, body)
    }

    /// 403 for a chair asking about a body other than their own.
    func requireOwnBody(_ bodyID: BodyID, _ identity: TokenIdentity) throws {
        if identity.role == .chair && identity.bodyID != bodyID { throw APIError.forbidden }
    }

    /// The body a listing is limited to: a chair's own (403 if they name another), else the body
    /// named in `reference`, else nil for every body in scope.
    func listedBody(_ reference: String?, _ identity: TokenIdentity, _ register: Register) async throws -> BodyID? {
        if let reference {
            let body = try await register.body(reference)
            try requireOwnBody(body.id, identity)
            return body.id
        }
        return identity.role == .chair ? identity.bodyID : nil
    }

    /// The `la` parameter (a code or a name) as the caller's register finds it: an authority
    /// outside the caller's scope is not found, as one that does not exist.
    func authority(_ reference: String?, _ register: Register) async throws -> Int? {
        guard let reference else { return nil }
        return try await register.localAuthority(reference).code
    }

    /// A date given in the query (400 when it is not YYYY-MM-DD), or `default`.
    func queryDate(_ text: String?, _ name: String, default fallback: CalendarDate? = nil) throws -> CalendarDate? {
        guard let text else { return fallback }
        guard let date = CalendarDate(iso: text) else {
            throw APIError(.badRequest, "\(name): expected a date as YYYY-MM-DD, found \"\(text)\"")
        }
        return date
    }

    /// The `as_of` parameter, or today.
    func asOf(_ text: String?) throws -> CalendarDate { try queryDate(text, "as_of") ?? deps.today }

    /// A date field of a request body (422 naming the field when it is not YYYY-MM-DD).
    func bodyDate(_ text: String?, _ field: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw APIError(.unprocessableContent, "\(field): expected YYYY-MM-DD, found \"\(text)\"")
        }
        return date
    }

    /// A required date field of a request body.
    func bodyDate(_ text: String, _ field: String) throws -> CalendarDate {
        guard let date = CalendarDate(iso: text) else {
            throw APIError(.unprocessableContent, "\(field): expected YYYY-MM-DD, found \"\(text)\"")
        }
        return date
    }

    /// A page size or count within `range` (400 naming the parameter otherwise).
    func bounded(_ value: Int?, _ name: String, default fallback: Int, _ range: ClosedRange<Int>) throws -> Int {
        let value = value ?? fallback
        guard range.contains(value) else {
            throw APIError(.badRequest, "\(name): expected \(range.lowerBound) to \(range.upperBound), found \(value)")
        }
        return value
    }
}

import Crypto
import Foundation
import Governance
import PostgresNIO

/// A caller's role in the service.
public enum ServiceRole: String, CaseIterable, Sendable, Codable {
    case officer, board, chair
    /// The data-protection officer: reads an individual's declarations, with a reason, recorded.
    case dpo
}

/// Who a bearer token belongs to and what it may do.
public struct TokenIdentity: Sendable, Codable, Equatable {
    public var id: Int64
    public var owner: String
    public var role: ServiceRole
    /// A chair's body.
    public var bodyID: BodyID?
    /// Authorities an officer or board member may read; nil means every authority.
    public var laCodes: [Int]?
    public var expiresOn: CalendarDate?
    public var revokedOn: CalendarDate?
    /// The authority of a chair's body (a chair reads within it, and only their body).
    public var bodyLACode: Int?

    /// Whether the token may be used on `date`.
    public func isUsable(on date: CalendarDate) -> Bool {
        revokedOn == nil && (expiresOn.map { $0 >= date } ?? true)
    }

    /// Whether it may read an authority's data.
    public func mayRead(laCode: Int) -> Bool { scope.includes(laCode) }

    /// Whether the token covers every authority (needed for what spans them: GIAS uploads, the
    /// audit trail, retention).
    public var coversEveryAuthority: Bool { role != .chair && laCodes == nil }

    /// The authorities row-level security limits the token's reads and writes to: a chair's
    /// body's authority; an officer's or board member's authorities, or every one.
    public var scope: AuthorityScope {
        if role == .chair { return .only(bodyLACode.map { [$0] } ?? []) }
        return laCodes.map { .only($0) } ?? .all
    }
}

extension Register {
    /// Creates a token; returns its identity and the token text, which is shown once and never stored.
    /// An expiry date before `today` is refused (such a token could never be used).
    public func createToken(
        owner: String, role: ServiceRole, bodyID: BodyID?, laCodes: [Int]?, expiresOn: CalendarDate?,
        today: CalendarDate? = nil
    ) async throws -> (TokenIdentity, String) {
        if let expiresOn, let today, expiresOn < today {
            throw StoreError.invalid("--expires: expected today (\(today.iso)) or later, found \(expiresOn.iso)")
        }
        let token = "gm_" + Self.newSecret()
        let id = try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO api_tokens (owner, role, body_id, la_codes, token_sha256, expires_on)
                VALUES (\(owner), \(role.rawValue), \(bodyID), \(laCodes), \(Self.tokenHash(token)), \(expiresOn))
                RETURNING api_token_id
                """, logger: logger
            ).collect(Int64.self)[0]
        }
        return (
            TokenIdentity(
                id: id, owner: owner, role: role, bodyID: bodyID, laCodes: laCodes, expiresOn: expiresOn,
                revokedOn: nil), token
        )
    }

    /// The identity of a presented token, or nil when unknown (expiry and revocation are the caller's to check).
    public func identity(forToken token: String) async throws -> TokenIdentity? {
        try await tokens(hash: Self.tokenHash(token)).first
    }

    /// Every token, newest first (never the token text: only hashes are stored).
    public func tokens() async throws -> [TokenIdentity] { try await tokens(hash: nil) }

    private func tokens(hash: String?) async throws -> [TokenIdentity] {
        try await database.read { connection in
            try await connection.query(
                """
                SELECT t.api_token_id, t.owner, t.role, t.body_id, t.la_codes::bigint[], t.expires_on, t.revoked_on, b.la_code
                FROM api_tokens t LEFT JOIN governing_bodies b ON b.body_id = t.body_id
                WHERE \(hash)::text IS NULL OR t.token_sha256 = \(hash) ORDER BY t.api_token_id DESC
                """, logger: logger
            ).collect((Int64, String, String, BodyID?, [Int]?, CalendarDate?, CalendarDate?, Int?).self).map {
                TokenIdentity(
                    id: $0.0, owner: $0.1, role: ServiceRole(rawValue: $0.2) ?? .board, bodyID: $0.3, laCodes: $0.4,
                    expiresOn: $0.5, revokedOn: $0.6, bodyLACode: $0.7)
            }
        }
    }

    /// Revokes a token from a date.
    public func revokeToken(_ id: Int64, on date: CalendarDate) async throws {
        try await database.write { connection in
            let rows = try await connection.query(
                "UPDATE api_tokens SET revoked_on = \(date) WHERE api_token_id = \(id) AND revoked_on IS NULL RETURNING 1",
                logger: logger
            ).collect(Int.self)
            if rows.isEmpty { throw StoreError.notFound("no unrevoked token \(id)") }
        }
    }

    static func tokenHash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

import Crypto
import Foundation
import Governance
import PostgresNIO

/// A person who signs in to the browser front, with the role, body and authorities of the token
/// their account carries (docs/web.md).
public struct UserAccount: Sendable, Equatable {
    public var id: Int64
    public var email: String
    public var displayName: String
    public var identity: TokenIdentity
    /// Whether a password has been set (the invitation accepted).
    public var isActive: Bool
    public var disabled: Bool
    /// Whether signing in also needs a code from an authenticator app (officers may set one).
    public var hasSecondFactor: Bool = false
}

/// A signed-in session: whose, and the token its forms carry.
public struct WebSession: Sendable, Equatable {
    public var account: UserAccount
    public var csrfToken: String
}

/// What a one-time link opens.
public enum OneTimeLinkTarget: Sendable, Equatable {
    case account(UserAccount)
    case diversity(PersonID)
    /// A candidate's monitoring form (docs/recruitment.md).
    case candidateMonitoring(Int64)
    /// A governor's skills audit form for a framework (docs/skills.md).
    case skills(AppointmentID, frameworkID: Int64)
}

extension Register {
    /// Creates an account (with its token row, which no one can present as a bearer token) and a
    /// one-time invitation valid for `validDays`; returns the account and the link's secret,
    /// shown once. A second account for the same email is refused.
    public func inviteUser(
        email: String, displayName: String, role: ServiceRole, bodyID: BodyID?, laCodes: [Int]?, validDays: Int
    ) async throws -> (UserAccount, String) {
        try await inOneTransaction { register in
            let (identity, _) = try await register.createToken(
                owner: email, role: role, bodyID: bodyID, laCodes: laCodes, expiresOn: nil)
            let secret = Self.newSecret()
            let userID = try await register.database.write { connection in
                let taken = try await connection.query(
                    "SELECT 1 FROM user_accounts WHERE lower(email) = lower(\(email))", logger: logger
                ).collect(Int.self)
                if !taken.isEmpty { throw StoreError.invalid("--email: an account for \(email) exists already") }
                let id = try await connection.query(
                    """
                    INSERT INTO user_accounts (email, display_name, api_token_id)
                    VALUES (\(email), \(displayName), \(identity.id)) RETURNING user_id
                    """, logger: logger
                ).collect(Int64.self)[0]
                try await connection.query(
                    """
                    INSERT INTO one_time_links (link_sha256, purpose, user_id, expires_at)
                    VALUES (\(Self.tokenHash(secret)), 'account', \(id), now() + make_interval(days => \(validDays)::integer))
                    """, logger: logger)
                return id
            }
            return (try await register.account(id: userID), secret)
        }
    }

    /// A new invitation for an existing account (the first one expired, or a forgotten password):
    /// earlier unused links for it stop working.
    public func reinviteUser(email: String, validDays: Int) async throws -> (UserAccount, String) {
        let secret = Self.newSecret()
        let account = try await database.write { connection in
            let ids = try await connection.query(
                "SELECT user_id FROM user_accounts WHERE lower(email) = lower(\(email)) AND disabled_at IS NULL",
                logger: logger
            ).collect(Int64.self)
            guard let id = ids.first else { throw StoreError.notFound("no enabled account for \(email)") }
            try await connection.query(
                "UPDATE one_time_links SET used_at = now() WHERE user_id = \(id) AND used_at IS NULL", logger: logger)
            try await connection.query(
                """
                INSERT INTO one_time_links (link_sha256, purpose, user_id, expires_at)
                VALUES (\(Self.tokenHash(secret)), 'account', \(id), now() + make_interval(days => \(validDays)::integer))
                """, logger: logger)
            return id
        }
        return (try await self.account(id: account), secret)
    }

    /// A one-time link for a governor's self-service monitoring form.
    public func createDiversityLink(personID: PersonID, validDays: Int) async throws -> String {
        let secret = Self.newSecret()
        try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO one_time_links (link_sha256, purpose, person_id, expires_at)
                VALUES (\(Self.tokenHash(secret)), 'diversity', \(personID), now() + make_interval(days => \(validDays)::integer))
                """, logger: logger)
        }
        return secret
    }

    /// A one-time link for a candidate's self-service monitoring form.
    public func createCandidateMonitoringLink(candidateID: Int64, validDays: Int) async throws -> String {
        let secret = Self.newSecret()
        try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO one_time_links (link_sha256, purpose, candidate_id, expires_at)
                VALUES (\(Self.tokenHash(secret)), 'candidate_monitoring', \(candidateID),
                        now() + make_interval(days => \(validDays)::integer))
                """, logger: logger)
        }
        return secret
    }

    /// Records a candidate's self-service monitoring form and uses the link up, in one
    /// transaction; false when the link is no longer valid. A second form the same day is refused
    /// by the one-per-day rule; the link is then still unused.
    public func submitCandidateMonitoringForm(
        _ secret: String, sex: DeclaredSex, ethnicity: Ethnicity2021, on date: CalendarDate
    ) async throws -> Bool {
        try await inOneTransaction { register in
            let candidates = try await register.database.write { connection in
                try await connection.query(
                    """
                    UPDATE one_time_links SET used_at = now()
                    WHERE link_sha256 = \(Self.tokenHash(secret)) AND purpose = 'candidate_monitoring' AND used_at IS NULL
                      AND expires_at > now()
                    RETURNING candidate_id
                    """, logger: logger
                ).collect(Int64.self)
            }
            guard let candidateID = candidates.first else { return false }
            try await register.recordCandidateMonitoring(
                candidateID, on: date, sex: sex, ethnicity: ethnicity, collectedBy: .onlineForm)
            return true
        }
    }

    /// What an unused, unexpired link opens, or nil.
    public func oneTimeLink(_ secret: String) async throws -> OneTimeLinkTarget? {
        let rows = try await database.read { connection in
            try await connection.query(
                """
                SELECT l.user_id, l.person_id, l.candidate_id, l.appointment_id, l.framework_id FROM one_time_links l
                LEFT JOIN user_accounts u ON u.user_id = l.user_id
                WHERE l.link_sha256 = \(Self.tokenHash(secret)) AND l.used_at IS NULL AND l.expires_at > now()
                  AND u.disabled_at IS NULL
                """, logger: logger
            ).collect((Int64?, PersonID?, Int64?, AppointmentID?, Int64?).self)
        }
        guard let (userID, personID, candidateID, appointmentID, frameworkID) = rows.first else { return nil }
        if let userID { return .account(try await account(id: userID)) }
        if let candidateID { return .candidateMonitoring(candidateID) }
        if let appointmentID, let frameworkID { return .skills(appointmentID, frameworkID: frameworkID) }
        return personID.map { .diversity($0) }
    }

    /// Sets an invited account's password and uses the link up; false when the link is no longer valid.
    public func acceptInvitation(_ secret: String, passwordHash: String) async throws -> Bool {
        try await database.write { connection in
            let users = try await connection.query(
                """
                UPDATE one_time_links SET used_at = now()
                WHERE link_sha256 = \(Self.tokenHash(secret)) AND purpose = 'account' AND used_at IS NULL
                  AND expires_at > now()
                RETURNING user_id
                """, logger: logger
            ).collect(Int64.self)
            guard let userID = users.first else { return false }
            try await connection.query(
                "UPDATE user_accounts SET password_hash = \(passwordHash) WHERE user_id = \(userID)", logger: logger)
            // A new password ends every session the account had.
            try await connection.query(
                "UPDATE web_sessions SET ended_at = now() WHERE user_id = \(userID) AND ended_at IS NULL", logger: logger)
            return true
        }
    }

    /// Records a self-service monitoring form and uses the link up, in one transaction; false
    /// when the link is no longer valid. The values go to the declarations table only.
    public func submitDiversityForm(
        _ secret: String, sex: DeclaredSex, ethnicity: Ethnicity2021, on date: CalendarDate
    ) async throws -> Bool {
        try await inOneTransaction { register in
            let people = try await register.database.write { connection in
                try await connection.query(
                    """
                    UPDATE one_time_links SET used_at = now()
                    WHERE link_sha256 = \(Self.tokenHash(secret)) AND purpose = 'diversity' AND used_at IS NULL
                      AND expires_at > now()
                    RETURNING person_id
                    """, logger: logger
                ).collect(PersonID.self)
            }
            guard let personID = people.first else { return false }
            let existing = try await register.diversity(personID: personID).declarations
            if let same = existing.last(where: { $0.recordedOn == date }) {
                // A second form on the same day replaces the first (one declaration a day); the
                // first is voided, not deleted, so the history keeps it.
                _ = try await register.void(.declaration, id: same.id, reason: "replaced by the governor's own form")
            }
            _ = try await register.recordDiversity(
                personID: personID, on: date, sex: sex, ethnicity: ethnicity, collectedBy: .onlineForm)
            return true
        }
    }

    /// The account with its password hash and any second factor's secret, for signing in
    /// (enabled accounts only).
    public func accountForSignIn(email: String) async throws -> (UserAccount, String, String?)? {
        let rows = try await database.read { connection in
            try await connection.query(
                """
                SELECT user_id, password_hash, totp_secret FROM user_accounts
                WHERE lower(email) = lower(\(email)) AND disabled_at IS NULL AND password_hash IS NOT NULL
                """, logger: logger
            ).collect((Int64, String, String?).self)
        }
        guard let (id, hash, secret) = rows.first else { return nil }
        return (try await account(id: id), hash, secret)
    }

    /// Sets (or, with nil, removes) an account's second-factor secret.
    public func setSecondFactor(email: String, secret: String?) async throws {
        try await database.write { connection in
            let rows = try await connection.query(
                """
                UPDATE user_accounts SET totp_secret = \(secret)
                WHERE lower(email) = lower(\(email)) AND disabled_at IS NULL RETURNING user_id
                """, logger: logger
            ).collect(Int64.self)
            if rows.isEmpty { throw StoreError.notFound("no enabled account for \(email)") }
        }
    }

    /// Every account, newest first.
    public func accounts() async throws -> [UserAccount] { try await accounts(id: nil) }

    /// Disables an account from now: its sessions end and its token is revoked.
    public func disableAccount(email: String, on date: CalendarDate) async throws {
        try await database.write { connection in
            let rows = try await connection.query(
                """
                UPDATE user_accounts SET disabled_at = now()
                WHERE lower(email) = lower(\(email)) AND disabled_at IS NULL RETURNING user_id, api_token_id
                """, logger: logger
            ).collect((Int64, Int64).self)
            guard let (userID, tokenID) = rows.first else { throw StoreError.notFound("no enabled account for \(email)") }
            try await connection.query(
                "UPDATE web_sessions SET ended_at = now() WHERE user_id = \(userID) AND ended_at IS NULL", logger: logger)
            try await connection.query(
                "UPDATE api_tokens SET revoked_on = \(date) WHERE api_token_id = \(tokenID)", logger: logger)
        }
    }

    func account(id: Int64) async throws -> UserAccount {
        guard let account = try await accounts(id: id).first else { throw StoreError.notFound("no account \(id)") }
        return account
    }

    /// One account, or (nil) every one, newest first, in one query.
    private func accounts(id: Int64?) async throws -> [UserAccount] {
        let rows = try await database.read { connection in
            try await connection.query(
                """
                SELECT u.user_id, u.email, u.display_name, u.password_hash IS NOT NULL, u.disabled_at IS NOT NULL,
                       u.totp_secret IS NOT NULL,
                       t.api_token_id, t.owner, t.role, t.body_id, t.la_codes::bigint[], t.expires_on, t.revoked_on, b.la_code
                FROM user_accounts u JOIN api_tokens t ON t.api_token_id = u.api_token_id
                LEFT JOIN governing_bodies b ON b.body_id = t.body_id
                WHERE \(id)::bigint IS NULL OR u.user_id = \(id)
                ORDER BY u.user_id DESC
                """, logger: logger
            ).collect(
                (
                    Int64, String, String, Bool, Bool, Bool, Int64, String, String, BodyID?, [Int]?, CalendarDate?,
                    CalendarDate?, Int?
                ).self)
        }
        return rows.map { r in Self.account(r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8, r.9, r.10, r.11, r.12, r.13) }
    }

    /// An account from the columns `accounts(id:)` and `session(_:idleSeconds:)` read, in that order.
    static func account(
        _ id: Int64, _ email: String, _ name: String, _ active: Bool, _ disabled: Bool, _ secondFactor: Bool,
        _ tokenID: Int64, _ owner: String, _ role: String, _ bodyID: BodyID?, _ laCodes: [Int]?, _ expiresOn: CalendarDate?,
        _ revokedOn: CalendarDate?, _ bodyLACode: Int?
    ) -> UserAccount {
        let identity = TokenIdentity(
            id: tokenID, owner: owner, role: ServiceRole(rawValue: role) ?? .board, bodyID: bodyID, laCodes: laCodes,
            expiresOn: expiresOn, revokedOn: revokedOn, bodyLACode: bodyLACode)
        return UserAccount(
            id: id, email: email, displayName: name, identity: identity, isActive: active, disabled: disabled,
            hasSecondFactor: secondFactor)
    }

    /// A new random secret for a link, a session or a form token: 32 bytes, URL-safe base64.
    public static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}

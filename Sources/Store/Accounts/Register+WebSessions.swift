import Foundation
import Governance
import PostgresNIO

extension Register {
    /// Starts a session for an account; returns the cookie's secret (only its hash is stored) and
    /// the session. Any session the browser brought (`replacing`) ends: a session id is never
    /// carried across sign-in (no fixation).
    public func startSession(accountID: Int64, replacing previous: String?) async throws -> (String, WebSession) {
        let secret = Self.newSecret(), csrf = Self.newSecret()
        try await database.write { connection in
            if let previous {
                try await connection.query(
                    "UPDATE web_sessions SET ended_at = now() WHERE session_sha256 = \(Self.tokenHash(previous))",
                    logger: logger)
            }
            try await connection.query(
                """
                INSERT INTO web_sessions (session_sha256, user_id, csrf_token)
                VALUES (\(Self.tokenHash(secret)), \(accountID), \(csrf))
                """, logger: logger)
        }
        return (secret, WebSession(account: try await account(id: accountID), csrfToken: csrf))
    }

    /// The live session for a cookie's secret, its last request moved to now; nil when unknown,
    /// ended, idle for more than `idleSeconds` (it is ended then), or its account disabled.
    public func session(_ secret: String, idleSeconds: Int) async throws -> WebSession? {
        let rows = try await database.write { connection in
            try await connection.query(
                """
                UPDATE web_sessions s SET
                    last_seen_at = CASE WHEN s.last_seen_at > now() - make_interval(secs => \(idleSeconds)::integer)
                                        THEN now() ELSE s.last_seen_at END,
                    ended_at = CASE WHEN s.last_seen_at > now() - make_interval(secs => \(idleSeconds)::integer)
                                    THEN NULL ELSE now() END
                FROM user_accounts u
                WHERE s.session_sha256 = \(Self.tokenHash(secret)) AND s.ended_at IS NULL AND u.user_id = s.user_id
                  AND u.disabled_at IS NULL
                RETURNING s.user_id, s.csrf_token, s.ended_at IS NULL
                """, logger: logger
            ).collect((Int64, String, Bool).self)
        }
        guard let (userID, csrf, live) = rows.first, live else { return nil }
        return WebSession(account: try await account(id: userID), csrfToken: csrf)
    }

    /// Ends a session (sign-out).
    public func endSession(_ secret: String) async throws {
        try await database.write { connection in
            try await connection.query(
                "UPDATE web_sessions SET ended_at = now() WHERE session_sha256 = \(Self.tokenHash(secret)) AND ended_at IS NULL",
                logger: logger)
        }
    }

    /// Records a sign-in attempt (the email as typed, the client's address, the outcome).
    public func recordSignInAttempt(email: String, client: String, succeeded: Bool) async throws {
        try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO sign_in_attempts (email, client, succeeded)
                VALUES (\(String(email.prefix(320))), \(client), \(succeeded))
                """, logger: logger)
        }
    }

    /// Failed attempts for an email since its last success, within the last `minutes`.
    public func recentFailedSignIns(email: String, minutes: Int) async throws -> Int {
        try await database.read { connection in
            try await connection.query(
                """
                SELECT count(*)::bigint FROM sign_in_attempts a
                WHERE lower(a.email) = lower(\(email)) AND NOT a.succeeded
                  AND a.attempted_at > now() - make_interval(mins => \(minutes)::integer)
                  AND a.attempted_at > COALESCE(
                      (SELECT max(attempted_at) FROM sign_in_attempts s WHERE lower(s.email) = lower(\(email)) AND s.succeeded),
                      '-infinity')
                """, logger: logger
            ).collect(Int.self)[0]
        }
    }
}

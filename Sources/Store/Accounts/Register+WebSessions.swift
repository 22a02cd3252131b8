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

    /// The live session for a cookie's secret, with its account, in one statement; nil when
    /// unknown, ended, idle for more than `idleSeconds` (it is ended then), or its account disabled.
    ///
    /// The last request's time is moved on at most once a minute (`touchSeconds`): most page
    /// requests then write nothing, so they neither wait for a commit to reach the disk nor add to
    /// the write-ahead log, and a session idles out at most that much early.
    public func session(_ secret: String, idleSeconds: Int) async throws -> WebSession? {
        let rows = try await database.read { connection in
            try await connection.cachedQuery(
                """
                WITH live AS (
                    SELECT s.session_sha256, s.csrf_token,
                           s.last_seen_at > now() - make_interval(secs => \(idleSeconds)::integer) AS fresh,
                           s.last_seen_at < now() - make_interval(secs => \(Self.touchSeconds)::integer) AS stale
                    FROM web_sessions s JOIN user_accounts u ON u.user_id = s.user_id
                    WHERE s.session_sha256 = \(Self.tokenHash(secret)) AND s.ended_at IS NULL AND u.disabled_at IS NULL
                ), touched AS (
                    UPDATE web_sessions s
                    SET last_seen_at = CASE WHEN live.fresh THEN now() ELSE s.last_seen_at END,
                        ended_at = CASE WHEN live.fresh THEN NULL ELSE now() END
                    FROM live WHERE s.session_sha256 = live.session_sha256 AND (live.stale OR NOT live.fresh)
                )
                SELECT u.user_id, u.email, u.display_name, u.password_hash IS NOT NULL, u.disabled_at IS NOT NULL,
                       u.totp_secret IS NOT NULL,
                       t.api_token_id, t.owner, t.role, t.body_id, t.la_codes::bigint[], t.expires_on, t.revoked_on, b.la_code,
                       live.csrf_token
                FROM live JOIN web_sessions s ON s.session_sha256 = live.session_sha256
                JOIN user_accounts u ON u.user_id = s.user_id JOIN api_tokens t ON t.api_token_id = u.api_token_id
                LEFT JOIN governing_bodies b ON b.body_id = t.body_id
                WHERE live.fresh
                """, logger: logger
            ).collect(
                (
                    Int64, String, String, Bool, Bool, Bool, Int64, String, String, BodyID?, [Int]?, CalendarDate?,
                    CalendarDate?, Int?, String
                ).self)
        }
        guard let r = rows.first else { return nil }
        return WebSession(
            account: Self.account(r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8, r.9, r.10, r.11, r.12, r.13), csrfToken: r.14)
    }

    /// How often a session's last request time is moved on.
    static let touchSeconds = 60

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

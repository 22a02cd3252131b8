import Foundation
import PostgresNIO
import Store

/// The test cluster's login roles: the application's and the reporting one.
package enum Logins {
    package static let reportingLogin = "govmon_test_reporting_login"

    /// Login roles for the test, members of the application and reporting roles (created once per
    /// cluster; the local cluster trusts local connections, so no password).
    package static func ensureLogins() async throws {
        try await TestDatabase.Template.shared.ensure()  // its migrations create the roles
        for (login, role) in [(TestDatabase.appLogin, "govmon_app"), (reportingLogin, "govmon_reporting")] {
            try await TestDatabase.admin(
                """
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(login)') THEN
                        CREATE ROLE \(login) LOGIN IN ROLE \(role);
                    END IF;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                END $$
                """)
            try await TestDatabase.mayEndSessions(of: login)
        }
    }

    /// The error PostgreSQL gives for `sql` run as `settings`' user, or nil when it succeeds.
    package static func failure(_ settings: DatabaseSettings, _ sql: String) async throws -> String? {
        try await Database.with(settings, actor: "privilege-test") { db in
            do {
                try await db.execute(sql)
                return nil
            } catch {
                return "\(error)"
            }
        }
    }
}

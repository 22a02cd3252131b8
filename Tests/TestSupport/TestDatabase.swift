import Foundation
import Logging
import PostgresNIO
import Store
import Testing

/// Real PostgreSQL databases for tests: the migrations build a template once per test process;
/// each test gets its own copy (`CREATE DATABASE ... TEMPLATE`), dropped afterwards, so tests run
/// in parallel without seeing each other.
///
/// The suite works as govmon works in production: the server's login creates and migrates the
/// databases (as a deployment's migration login does), and every register, command and service a
/// test uses connects as `appLogin`, a member of `govmon_app` only: no superuser, no owner, no DDL,
/// under row-level security.
///
/// Settings: GOVMON_TEST_DATABASE_URL, else the local cluster of deploy/local-postgres.sh
/// (postgres://govmon@127.0.0.1:54329). A non-local host is refused unless
/// GOVMON_TEST_ALLOW_REMOTE=1, because tests create and drop databases. If PostgreSQL cannot be
/// reached the tests fail, naming the settings; they never skip.
package enum TestDatabase {
    package static let server: DatabaseSettings = {
        let url = ProcessInfo.processInfo.environment["GOVMON_TEST_DATABASE_URL"] ?? "postgres://govmon@127.0.0.1:54329/postgres"
        guard let settings = DatabaseSettings(url: url) else { fatalError("GOVMON_TEST_DATABASE_URL is not a postgres:// URL") }
        return settings
    }()

    /// The least-privilege login the suite's registers, commands and services use.
    package static let appLogin = "govmon_test_app"
    /// A login with no grants at all (privilege tests).
    package static let nobodyLogin = "govmon_test_nobody"

    package static let pid = ProcessInfo.processInfo.processIdentifier
    package static let templateName = "govmon_test_template_\(pid)"

    /// A unique database name that carries this process's id, so that a later run can tell its
    /// leftovers (owner gone) from a concurrent run's databases (owner alive).
    package static func uniqueName(_ prefix: String) -> String {
        "\(prefix)\(pid)_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
    }
    /// The repository (this file is Tests/TestSupport/TestDatabase.swift).
    package static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    package static let migrationsFolder = root.appendingPathComponent("sql").path

    /// Runs `body` with a register on a fresh, migrated database of its own, connected as the
    /// least-privilege `appLogin` (so are the commands and services given `settings`).
    package static func withRegister<R: Sendable>(
        actor: String = "test-officer", maximumConnections: Int = 4,
        _ body: (Register, DatabaseSettings) async throws -> R
    )
        async throws -> R
    {
        let name = try await fresh()
        do {
            let settings = app(name)
            let result = try await Database.with(
                settings, actor: actor, source: "test", maximumConnections: maximumConnections
            ) { db in
                try await body(Register(db), settings)
            }
            try await drop(name)
            return result
        } catch {
            try? await drop(name)
            throw error
        }
    }

    /// Settings for database `name` as the least-privilege login.
    package static func app(_ name: String) -> DatabaseSettings {
        var settings = server.with(database: name)
        settings.user = appLogin
        return settings
    }

    /// Settings for database `name` as the server's login, which owns it (migrations, DDL).
    package static func owner(_ name: String) -> DatabaseSettings { server.with(database: name) }

    /// Creates a fresh migrated database and returns its name (the caller drops it).
    package static func fresh() async throws -> String {
        try await Template.shared.ensure()
        let name = uniqueName("govmon_t_")
        try await admin("CREATE DATABASE \(name) TEMPLATE \(templateName)")
        // A copy does not keep the template's database privileges; `govmon db migrate` would apply them.
        try await Database.with(owner(name), actor: "test-setup") { db in
            guard try await Migrator(files: []).secureDatabase(db) else {
                throw StoreError.invalid("the test login could not secure \(name): it should own the databases it creates")
            }
        }
        return name
    }

    /// Creates an empty (unmigrated) database and returns its name.
    package static func empty() async throws -> String {
        guard isLocal else { throw refusal }
        // The template's migrations create the cluster-wide roles (sql/0008); building it first
        // keeps two migrations from racing to create them on a fresh cluster.
        try await Template.shared.ensure()
        let name = uniqueName("govmon_e_")
        try await admin("CREATE DATABASE \(name)")
        return name
    }

    package static func drop(_ name: String) async throws {
        // WITH (FORCE) may not end an autovacuum worker (the server runs it as a superuser the test
        // login may not signal): wait a moment and try again; the worker is gone within seconds.
        for attempt in 1...20 {
            do {
                try await Database.with(server, actor: "test-setup") { db in
                    try await db.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
                }
                return
            } catch let error as StoreError where attempt < 20 && "\(error)".contains("terminat") {
                try await Task.sleep(for: .milliseconds(250))
            }
        }
    }

    /// Makes the server's login a member of a test login, so that `DROP DATABASE ... WITH (FORCE)`
    /// may end that login's sessions (PostgreSQL lets a login end only its own roles' sessions): a
    /// session still closing when its test ends otherwise fails the drop with "must be a member of
    /// the role whose process is being terminated". Membership gives the server's login nothing it
    /// lacks (it owns the databases); the test login stays as it was.
    package static func mayEndSessions(of login: String) async throws {
        try await admin(
            """
            DO $$ BEGIN
                IF NOT pg_has_role(current_user, '\(login)', 'MEMBER') THEN
                    EXECUTE format('GRANT %I TO %I', '\(login)', current_user);
                END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$
            """)
    }

    package static var isLocal: Bool {
        ["127.0.0.1", "localhost", "::1"].contains(server.host)
            || ProcessInfo.processInfo.environment["GOVMON_TEST_ALLOW_REMOTE"] == "1"
    }

    package static var refusal: StoreError {
        .invalid("tests refuse to create databases on \(server.redacted): set GOVMON_TEST_ALLOW_REMOTE=1 to allow it")
    }

    /// Runs one statement on the server's maintenance database.
    package static func admin(_ sql: String) async throws {
        guard isLocal else { throw refusal }
        do {
            try await Database.with(server, actor: "test-setup") { db in
                try await db.execute(sql)
            }
        } catch let error as StoreError {
            Issue.record("PostgreSQL for tests at \(server.redacted) (GOVMON_TEST_DATABASE_URL): \(error)")
            throw error
        }
    }

    /// Whether the process whose id is in a test database's name still runs.
    package static func ownerIsAlive(_ name: String) -> Bool {
        let digits = name.split(separator: "_").compactMap { Int32($0) }.first
        guard let owner = digits else { return false }
        return kill(owner, 0) == 0 || errno == EPERM
    }

    /// The template, migrated once per process (the first caller builds it; the others wait for it).
    actor Template {
        static let shared = Template()
        private var building: Task<Void, any Error>?

        func ensure() async throws {
            if building == nil { building = Task { try await Self.build() } }
            try await building!.value
        }

        private static func build() async throws {
            // Databases left by earlier runs that were killed before they could drop them: those whose
            // owning process is gone (a concurrent run's databases are left alone).
            let leftovers = try await Database.with(TestDatabase.server, actor: "test-setup") { db in
                try await db.databases(prefixed: "govmon_t_") + db.databases(prefixed: "govmon_e_")
                    + db.databases(prefixed: "govmon_test_template_")
            }
            for name in leftovers where !ownerIsAlive(name) { try await TestDatabase.drop(name) }
            try await TestDatabase.admin("CREATE DATABASE \(TestDatabase.templateName)")
            let settings = TestDatabase.server.with(database: TestDatabase.templateName)
            try await Database.with(settings, actor: "test-setup") { db in
                _ = try await Migrator(files: try MigrationFile.load(from: TestDatabase.migrationsFolder)).migrate(db)
            }
            // The logins are the cluster's (roles span databases): created once, then reused.
            for (login, role) in [(TestDatabase.appLogin, "IN ROLE govmon_app"), (TestDatabase.nobodyLogin, "")] {
                try await TestDatabase.admin(
                    """
                    DO $$ BEGIN
                        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(login)') THEN
                            CREATE ROLE \(login) LOGIN \(role);
                        END IF;
                    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                    END $$
                    """)
                try await TestDatabase.mayEndSessions(of: login)
            }
        }
    }
}

extension DatabaseSettings {
    /// The URL a child process (govmon, a script) is given for this test database (no password).
    package var url: String { "postgres://\(redacted)" }
}

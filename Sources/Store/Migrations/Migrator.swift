import Foundation
import Logging
import PostgresNIO

/// Applies and reports `sql/NNNN_verb_object.sql` migrations.
///
/// Applied migrations are recorded in `schema_migrations` with their checksum; they must be a
/// prefix of the folder, and an applied file that changed is an error. Pending migrations run in
/// one transaction under an advisory lock, so two processes migrating at once cannot interleave.
public struct Migrator: Sendable {
    /// The migration files, in version order.
    public let files: [MigrationFile]

    // An arbitrary constant shared by every govmon process: the migration lock's key.
    static let advisoryLockKey: Int64 = 0x676F_766D_6F6E_01

    public init(files: [MigrationFile]) { self.files = files }

    /// Where the database stands against the files.
    public struct Status: Sendable, Equatable {
        /// Applied migrations (name, applied at as ISO-8601 text).
        public var applied: [(name: String, appliedAt: String)]
        /// Files not yet applied, in order.
        public var pending: [String]

        public static func == (a: Status, b: Status) -> Bool {
            a.pending == b.pending && a.applied.map(\.name) == b.applied.map(\.name)
        }
    }

    /// Compares the database with the files.
    /// - Throws: `StoreError.migrationEdited` or `.schemaAhead` when the two disagree.
    public func status(_ database: Database) async throws -> Status {
        try await database.read { connection in try await status(on: connection) }
    }

    /// Throws `StoreError.schemaBehind` unless every file is applied: commands that read or
    /// write the register call this first.
    public func requireCurrent(_ database: Database) async throws {
        let status = try await status(database)
        if !status.pending.isEmpty { throw StoreError.schemaBehind(pending: status.pending) }
    }

    /// Applies every pending migration in one transaction; returns their names.
    public func migrate(_ database: Database) async throws -> [String] {
        try await database.write { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.advisoryLockKey))", logger: database.logger)
            try await createTable(on: connection, logger: database.logger)
            let pending = try await status(on: connection).pending
            for file in files where pending.contains(file.name) {
                try await becomeOwnerRole(on: connection, logger: database.logger)
                for statement in SQLStatementSplitter.split(file.sql) {
                    do {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: database.logger)
                    } catch let error as PSQLError {
                        let message = error.serverInfo?[.message] ?? "\(error.code)"
                        throw StoreError.invalid("migration \(file.name) failed: \(message); nothing was applied")
                    }
                }
                try await connection.query(
                    """
                    INSERT INTO schema_migrations (version, name, checksum)
                    VALUES (\(file.version), \(file.name), \(file.checksum))
                    """, logger: database.logger)
            }
            return pending
        }
    }

    /// Closes the database to logins outside govmon's roles: PostgreSQL lets every login (PUBLIC)
    /// connect and create temporary tables by default. Database privileges are not copied by
    /// `CREATE DATABASE ... TEMPLATE` or a restore, so `govmon db migrate` applies them every time.
    /// Needs the database's owner; for anyone else it does nothing and says so (returns false).
    @discardableResult
    public func secureDatabase(_ database: Database) async throws -> Bool {
        try await database.write { connection in
            try await connection.query(
                """
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'govmon_app') THEN
                        EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
                        EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO govmon_owner, govmon_app', current_database());
                        EXECUTE format('GRANT CONNECT ON DATABASE %I TO govmon_reporting', current_database());
                        PERFORM set_config('govmon.secured', 'yes', true);
                    END IF;
                EXCEPTION WHEN insufficient_privilege THEN
                    PERFORM set_config('govmon.secured', 'no', true);
                END
                $$
                """, logger: database.logger)
            return try await connection.query(
                "SELECT coalesce(current_setting('govmon.secured', true), '') = 'yes'", logger: database.logger
            ).collect(Bool.self).first ?? false
        }
    }

    /// Migrations run as `govmon_owner` once this database has made it the owner (sql/0008 creates
    /// the role, which other databases on the server may already have, and grants it the schema)
    /// and the login may act as it, so that everything they create belongs to it, whoever migrates.
    private func becomeOwnerRole(on connection: PostgresConnection, logger: Logger) async throws {
        let rows = try await connection.query(
            """
            SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'govmon_owner')
                        THEN pg_has_role(current_user, 'govmon_owner', 'MEMBER')
                             AND has_schema_privilege('govmon_owner', 'public', 'CREATE')
                        ELSE false END
            """, logger: logger)
        var canBecome = false
        for try await flag in rows.decode(Bool.self) { canBecome = flag }
        if canBecome { try await connection.query("SET LOCAL ROLE govmon_owner", logger: logger) }
    }

    private func createTable(on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    integer PRIMARY KEY,
                name       text        NOT NULL,
                checksum   text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(),
                applied_by text        NOT NULL DEFAULT coalesce(nullif(current_setting('govmon.actor', true), ''), session_user)
            )
            """, logger: logger)
    }

    private func status(on connection: PostgresConnection) async throws -> Status {
        let exists = try await connection.query(
            "SELECT to_regclass('schema_migrations') IS NOT NULL", logger: Logger(label: "govmon.migrate"))
        var tableExists = false
        for try await flag in exists.decode(Bool.self) { tableExists = flag }
        guard tableExists else { return Status(applied: [], pending: files.map(\.name)) }
        let rows = try await connection.query(
            """
            SELECT version, name, checksum, to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
            FROM schema_migrations ORDER BY version
            """, logger: Logger(label: "govmon.migrate"))
        var applied: [(name: String, appliedAt: String)] = []
        var unknown: [String] = []
        for try await (version, name, checksum, at) in rows.decode((Int, String, String, String).self) {
            guard let file = files.first(where: { $0.version == version }), file.name == name else {
                unknown.append(name)
                continue
            }
            if file.checksum != checksum { throw StoreError.migrationEdited(name: name) }
            applied.append((name, at))
        }
        if !unknown.isEmpty { throw StoreError.schemaAhead(unknown: unknown) }
        let appliedNames = Set(applied.map(\.name))
        return Status(applied: applied, pending: files.map(\.name).filter { !appliedNames.contains($0) })
    }
}

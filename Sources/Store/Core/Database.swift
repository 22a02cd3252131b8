import Foundation
import Logging
import NIOCore
import PostgresNIO

/// The one door to PostgreSQL: a connection pool, who is acting, and transactions that record it.
///
/// Every write runs in a transaction that first sets `govmon.actor` (and `govmon.source`, the
/// command) for the audit triggers, so each audited change says who made it.
public struct Database: Sendable {
    let client: PostgresClient
    let logger: Logger
    /// Who is acting (GOVMON_ACTOR, the OS user, or a token's owner in the service).
    public let actor: String
    /// What is acting (e.g. "govmon import gias extract.csv"), recorded beside each change.
    public let source: String?
    /// The settings it was opened with.
    public let settings: DatabaseSettings

    /// Opens a pool for the duration of `body` and closes it afterwards.
    public static func with<Result: Sendable>(
        _ settings: DatabaseSettings, actor: String, source: String? = nil,
        logger: Logger = Database.quietLogger, maximumConnections: Int = 4,
        _ body: (Database) async throws -> Result
    ) async throws -> Result {
        var configuration = PostgresClient.Configuration(
            host: settings.host, port: settings.port, username: settings.user,
            password: settings.password, database: settings.database,
            tls: settings.requireTLS ? .require(.makeClientConfiguration()) : .disable)
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectTimeout = .seconds(5)
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        let database = Database(client: client, logger: logger, actor: actor, source: source, settings: settings)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await database.checkReachable()
            return try await body(database)
        }
    }

    /// A logger that reports only critical problems (commands print their own one-line errors).
    public static var quietLogger: Logger {
        var logger = Logger(label: "govmon.store")
        logger.logLevel = .critical
        return logger
    }

    /// Runs `body` on a pooled connection, outside a transaction (reads).
    public func read<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        try await translatingErrors {
            try await client.withConnection { connection in try await body(connection) }
        }
    }

    /// Runs `body` in one transaction with the actor and source set for the audit trail;
    /// commits when it returns, rolls back when it throws.
    @discardableResult
    public func write<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        try await translatingErrors {
            try await client.withTransaction(logger: logger) { connection in
                try await connection.query(
                    "SELECT set_config('govmon.actor', \(actor), true), set_config('govmon.source', \(source ?? ""), true)",
                    logger: logger)
                return try await body(connection)
            }
        }
    }

    /// Fails fast with a plain sentence when the server cannot be reached.
    private func checkReachable() async throws {
        do {
            try await client.query("SELECT 1", logger: logger)
        } catch let error as PSQLError {
            throw StoreError.cannotConnect(target: settings.redacted, reason: Self.reason(error))
        } catch {
            throw StoreError.cannotConnect(target: settings.redacted, reason: "\(error)")
        }
    }

    /// Maps PostgreSQL errors to `StoreError`; other errors pass through.
    func translatingErrors<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch {
            throw translated(error)
        }
    }

    /// The `StoreError` for an error from PostgresNIO (unwrapping transaction errors); others unchanged.
    func translated(_ error: any Error) -> any Error {
        switch error {
        case let error as PostgresTransactionError:
            if let inner = error.closureError ?? error.beginError ?? error.commitError { return translated(inner) }
            return StoreError.database("the transaction failed")
        case let error as PSQLError:
            return Self.translate(error, target: settings.redacted)
        case let error as PostgresDecodingError:
            return StoreError.database("could not read column \(error.columnName): \(error.code)")
        default:
            return error
        }
    }

    static func translate(_ error: PSQLError, target: String) -> StoreError {
        guard let info = error.serverInfo, let state = info[.sqlState] else {
            return .cannotConnect(target: target, reason: reason(error))
        }
        let constraint = info[.constraintName] ?? ""
        switch state {
        case "23505", "23503", "23514", "23P01", "23502":
            return .constraint(
                name: constraint,
                sentence: ConstraintSentences.sentence(for: constraint, state: state, info: info))
        case "22007", "22008":
            return .invalid("a date is not valid: \(info[.message] ?? "")")
        default:
            return .database(info[.message] ?? "\(error.code)")
        }
    }

    static func reason(_ error: PSQLError) -> String {
        if let message = error.serverInfo?[.message] { return message }
        if let underlying = error.underlying { return "\(underlying)" }
        return "\(error.code)"
    }
}

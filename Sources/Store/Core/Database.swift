import Foundation
import Logging
import NIOCore
import PostgresNIO
import Synchronization

/// The one door to PostgreSQL: a connection pool, who is acting, and transactions that record it.
///
/// Every write runs in a transaction that first sets `govmon.actor` (and `govmon.source`, the
/// command) for the audit triggers, so each audited change says who made it.
public struct Database: Sendable {
    let client: PostgresClient
    public let logger: Logger
    /// Who is acting (GOVMON_ACTOR, the OS user, or a token's owner in the service).
    public let actor: String
    /// What is acting (e.g. "govmon import gias extract.csv"), recorded beside each change.
    public let source: String?
    /// The settings it was opened with.
    public let settings: DatabaseSettings
    /// How long a read or write waits for a pooled connection before failing with
    /// `StoreError.cannotConnect`; `nil` waits as long as the pool does. The service sets this so
    /// that during an outage requests fail within seconds instead of queueing.
    public let connectionWait: Duration?
    /// Which authorities' rows PostgreSQL's row-level security lets this handle see
    /// (`govmon.la_codes`): set for each write's transaction, and around each read limited to some
    /// authorities (unrestricted reads leave the connection's empty setting alone). `nil` and
    /// `.all` see everything.
    public let authorityScope: AuthorityScope?

    /// Opens a pool for the duration of `body` and closes it afterwards.
    public static func with<Result: Sendable>(
        _ settings: DatabaseSettings, actor: String, source: String? = nil,
        logger: Logger = Database.quietLogger, maximumConnections: Int = 4, connectionWait: Duration? = nil,
        authorityScope: AuthorityScope? = nil,
        _ body: (Database) async throws -> Result
    ) async throws -> Result {
        var configuration = PostgresClient.Configuration(
            host: settings.host, port: settings.port, username: settings.user,
            password: settings.password, database: settings.database,
            tls: settings.requireTLS ? .require(.makeClientConfiguration()) : .disable)
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectTimeout = .seconds(5)
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        let database = Database(
            client: client, logger: logger, actor: actor, source: source, settings: settings,
            connectionWait: connectionWait, authorityScope: authorityScope)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await database.checkReachable()
            return try await body(database)
        }
    }

    /// The same pool acting for someone else: the service uses the token's owner as the actor.
    public func acting(as actor: String, source: String?) -> Database {
        Database(
            client: client, logger: logger, actor: actor, source: source, settings: settings,
            connectionWait: connectionWait, authorityScope: authorityScope)
    }

    /// The same pool limited to some authorities' rows by row-level security.
    public func scoped(to scope: AuthorityScope) -> Database {
        Database(
            client: client, logger: logger, actor: actor, source: source, settings: settings,
            connectionWait: connectionWait, authorityScope: scope)
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
            try await waitingForConnection { leased in
                try await client.withConnection { connection in
                    leased()
                    guard case .only = authorityScope else { return try await body(connection) }
                    // Session-level for this read, and cleared afterwards so that the pooled
                    // connection goes back unrestricted. Should the clearing fail, the next user
                    // of the connection sees less, never more (the failure is on the safe side).
                    try await connection.query(
                        "SELECT set_config('govmon.la_codes', \(authorityScope?.setting ?? ""), false)", logger: logger)
                    do {
                        let result = try await body(connection)
                        try await connection.query("SELECT set_config('govmon.la_codes', '', false)", logger: logger)
                        return result
                    } catch {
                        try? await connection.query("SELECT set_config('govmon.la_codes', '', false)", logger: logger)
                        throw error
                    }
                }
            }
        }
    }

    /// Runs `body` in one transaction with the actor and source set for the audit trail;
    /// commits when it returns, rolls back when it throws.
    @discardableResult
    public func write<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        try await translatingErrors {
            try await waitingForConnection { leased in
                try await client.withTransaction(logger: logger) { connection in
                    leased()
                    try await connection.query(
                        """
                        SELECT set_config('govmon.actor', \(actor), true), set_config('govmon.source', \(source ?? ""), true),
                               set_config('govmon.la_codes', \(authorityScope?.setting ?? ""), true)
                        """, logger: logger)
                    return try await body(connection)
                }
            }
        }
    }

    /// Runs `operation`, failing it if it has not leased a connection within `connectionWait`.
    ///
    /// Only the wait for a connection is bounded: once `leased` has been called the operation runs
    /// to its end, so a transaction is never abandoned half way (and its outcome is never unknown).
    private func waitingForConnection<Result: Sendable>(
        _ operation: (_ leased: @escaping @Sendable () -> Void) async throws -> Result
    ) async throws -> Result {
        guard let wait = connectionWait else { return try await operation({}) }
        let hasLease = LeaseFlag()
        let target = settings.redacted
        return try await withoutActuallyEscaping(operation) { operation in
            // The caller is suspended until the group ends, so the closure is only ever used by the
            // one child task that runs it; the box only tells the compiler so.
            let box = UncheckedSendable(operation)
            return try await withThrowingTaskGroup(of: Result?.self) { group in
                group.addTask { try await box.value({ hasLease.set() }) }
                group.addTask {
                    try await Task.sleep(for: wait)
                    if hasLease.isSet { return nil }
                    throw StoreError.cannotConnect(target: target, reason: "no connection became free within \(wait)")
                }
                defer { group.cancelAll() }
                while let next = try await group.next() {
                    if let result = next { return result }
                }
                throw CancellationError()
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

/// Shares a value with a child task when the surrounding code guarantees exclusive use.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Whether an operation has its connection yet, shared between the operation and its timer.
private final class LeaseFlag: Sendable {
    private let leased = Atomic(false)
    func set() { leased.store(true, ordering: .releasing) }
    var isSet: Bool { leased.load(ordering: .acquiring) }
}

/// The authorities a database handle may see under row-level security.
public enum AuthorityScope: Sendable, Equatable {
    /// Every authority.
    case all
    /// Only these authorities (by LA code); an empty list sees no authority's rows.
    case only([Int])

    /// The value of `govmon.la_codes`: empty for every authority.
    var setting: String {
        switch self {
        case .all: return ""
        // -1 matches no authority, so an empty list hides everything rather than nothing.
        case .only(let codes): return codes.isEmpty ? "-1" : codes.map(String.init).joined(separator: ",")
        }
    }
}

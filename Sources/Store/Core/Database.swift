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
    /// (`govmon.la_codes`): set for each write's transaction, and around each read whose scope
    /// differs from the pool's.
    public let authorityScope: AuthorityScope
    /// The scope every pooled connection starts with (a startup parameter), and returns to after a
    /// read with another scope.
    let poolScope: AuthorityScope
    /// Inside `inOneTransaction`: the connection whose transaction every read and write joins.
    let pinned: PostgresConnection?
    /// Whether voided rows are seen (`govmon.include_void`, sql/0012): off everywhere but
    /// listings asked for them, histories, and the void and correction themselves.
    public private(set) var includesVoid = false
    /// Inside `inOneTransaction`: whether the transaction was opened seeing voided rows (a read
    /// asking otherwise sets `govmon.include_void` for itself and puts it back).
    private var pinnedIncludesVoid = false

    /// Opens a pool for the duration of `body` and closes it afterwards. Every connection of the
    /// pool starts limited to `authorityScope` (every authority by default, as the command line
    /// is; the service opens its pool with no authority and scopes each request).
    public static func with<Result: Sendable>(
        _ settings: DatabaseSettings, actor: String, source: String? = nil,
        logger: Logger = Database.quietLogger, maximumConnections: Int = 4, connectionWait: Duration? = nil,
        authorityScope: AuthorityScope = .all,
        _ body: (Database) async throws -> Result
    ) async throws -> Result {
        var configuration = PostgresClient.Configuration(
            host: settings.host, port: settings.port, username: settings.user,
            password: settings.password, database: settings.database,
            tls: settings.requireTLS ? .require(.makeClientConfiguration()) : .disable)
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectTimeout = .seconds(Self.connectSeconds)
        // Row-level security reads the scope from this setting; a connection that never sets it
        // sees no authority's rows.
        configuration.options.additionalStartupParameters = [("govmon.la_codes", authorityScope.setting)]
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        let database = Database(
            client: client, logger: logger, actor: actor, source: source, settings: settings,
            connectionWait: connectionWait, authorityScope: authorityScope, poolScope: authorityScope, pinned: nil)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await database.checkReachable()
            return try await body(database)
        }
    }

    /// The same pool acting for someone else: the service uses the token's owner as the actor.
    public func acting(as actor: String, source: String?) -> Database {
        var copy = Database(
            client: client, logger: logger, actor: actor, source: source, settings: settings,
            connectionWait: connectionWait, authorityScope: authorityScope, poolScope: poolScope, pinned: pinned)
        copy.includesVoid = includesVoid
        copy.pinnedIncludesVoid = pinnedIncludesVoid
        return copy
    }

    /// The same pool limited to some authorities' rows by row-level security.
    public func scoped(to scope: AuthorityScope) -> Database {
        var copy = Database(
            client: client, logger: logger, actor: actor, source: source, settings: settings,
            connectionWait: connectionWait, authorityScope: scope, poolScope: poolScope, pinned: pinned)
        copy.includesVoid = includesVoid
        copy.pinnedIncludesVoid = pinnedIncludesVoid
        return copy
    }

    /// The same pool seeing voided rows too (docs/corrections.md): for `--include-void` listings
    /// and histories. Row-level security hides them from every other read.
    public func includingVoid(_ include: Bool = true) -> Database {
        var copy = self
        copy.includesVoid = include
        return copy
    }

    /// How long a new connection may take. Ten seconds, not five: on a loaded two-core machine a
    /// local connection was seen taking longer than five while the test suite ran.
    static let connectSeconds: Int64 = 10

    /// A logger that reports only critical problems (commands print their own one-line errors).
    public static var quietLogger: Logger {
        var logger = Logger(label: "govmon.store")
        logger.logLevel = .critical
        return logger
    }

    /// Runs `body` with a handle whose every read and write joins one transaction: all of it is
    /// committed when `body` returns, none of it when it throws. For loads that must be all or
    /// nothing (the demo borough) though they are made of many writes. The handle is for one task
    /// at a time (one connection).
    public func inOneTransaction<Result: Sendable>(_ body: (Database) async throws -> Result) async throws -> Result {
        if pinned != nil { return try await body(self) }
        return try await write { connection in
            var joined = Database(
                client: client, logger: logger, actor: actor, source: source, settings: settings,
                connectionWait: connectionWait, authorityScope: authorityScope, poolScope: poolScope, pinned: connection)
            joined.includesVoid = includesVoid
            joined.pinnedIncludesVoid = includesVoid
            return try await body(joined)
        }
    }

    /// Runs a pinned read or write, with `govmon.include_void` set for it when this handle asks
    /// otherwise than the transaction was opened with (a history read inside a page's transaction).
    private func onPinned<Result: Sendable>(
        _ connection: PostgresConnection, _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await translatingErrors {
            guard includesVoid != pinnedIncludesVoid else { return try await body(connection) }
            try await connection.query(
                "SELECT set_config('govmon.include_void', \(includesVoid ? "on" : ""), true)", logger: logger)
            let result = try await body(connection)
            try await connection.query(
                "SELECT set_config('govmon.include_void', \(pinnedIncludesVoid ? "on" : ""), true)", logger: logger)
            return result
        }
    }

    /// Runs `body` on a pooled connection, outside a transaction (reads).
    public func read<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        if let pinned { return try await onPinned(pinned, body) }
        return try await translatingErrors {
            try await waitingForConnection { leased in
                try await client.withConnection { connection in
                    leased()
                    guard authorityScope != poolScope || includesVoid else { return try await body(connection) }
                    // Session-level for this read, and put back afterwards. Should putting it
                    // back fail, the connection is closed rather than returned with a wider scope.
                    try await connection.query(
                        """
                        SELECT set_config('govmon.la_codes', \(authorityScope.setting), false),
                               set_config('govmon.include_void', \(includesVoid ? "on" : ""), false)
                        """, logger: logger)
                    let result: Result
                    do {
                        result = try await body(connection)
                    } catch {
                        await restoreScope(connection)
                        throw error
                    }
                    await restoreScope(connection)
                    return result
                }
            }
        }
    }

    /// Runs `body` in one transaction with the actor and source set for the audit trail;
    /// commits when it returns, rolls back when it throws.
    @discardableResult
    public func write<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        // Joining the pinned transaction: its actor, source and scope are already set.
        if let pinned { return try await onPinned(pinned, body) }
        return try await translatingErrors {
            try await waitingForConnection { leased in
                try await client.withTransaction(logger: logger) { connection in
                    leased()
                    try await connection.query(
                        """
                        SELECT set_config('govmon.actor', \(actor), true), set_config('govmon.source', \(source ?? ""), true),
                               set_config('govmon.la_codes', \(authorityScope.setting), true),
                               set_config('govmon.include_void', \(includesVoid ? "on" : ""), true)
                        """, logger: logger)
                    return try await body(connection)
                }
            }
        }
    }

    /// Puts a connection's scope back to the pool's after a read with another; closes the
    /// connection when that fails, so it is never reused with the read's scope.
    private func restoreScope(_ connection: PostgresConnection) async {
        do {
            try await connection.query(
                "SELECT set_config('govmon.la_codes', \(poolScope.setting), false), set_config('govmon.include_void', '', false)",
                logger: logger)
        } catch {
            try? await connection.close()
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
    ///
    /// One direct connection first: the pool retries a refused login or a missing database for a
    /// minute before it gives up, while a single attempt says at once what PostgreSQL said.
    private func checkReachable() async throws {
        do {
            var configuration = PostgresConnection.Configuration(
                host: settings.host, port: settings.port, username: settings.user, password: settings.password,
                database: settings.database,
                tls: settings.requireTLS ? .require(try .init(configuration: .makeClientConfiguration())) : .disable)
            configuration.options.connectTimeout = .seconds(Self.connectSeconds)
            configuration.options.additionalStartupParameters = [("govmon.la_codes", poolScope.setting)]
            let probe = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            try? await probe.close()
            try await client.query("SELECT 1", logger: logger)
        } catch let error as PSQLError {
            throw StoreError.cannotConnect(target: settings.redacted, reason: Self.connectionProblem(error, settings))
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
            return Self.translate(error, target: settings.redacted, detailed: authorityScope == .all)
        case let error as PostgresDecodingError:
            return StoreError.database("could not read column \(error.columnName): \(error.code)")
        default:
            return error
        }
    }

    /// The `StoreError` for a PostgreSQL error. A handle limited to some authorities (`detailed`
    /// false) gets no key values in its sentences, so that a refusal never tells one authority
    /// what another's records hold, and a row-level security refusal reads like a missing row.
    static func translate(_ error: PSQLError, target: String, detailed: Bool = true) -> StoreError {
        guard let info = error.serverInfo, let state = info[.sqlState] else {
            return .cannotConnect(target: target, reason: reason(error))
        }
        let constraint = info[.constraintName] ?? ""
        switch state {
        case "23505", "23503", "23P01":
            // Unique, foreign key, exclusion: the change collides with what is recorded.
            return .constraint(
                name: constraint,
                sentence: ConstraintSentences.sentence(for: constraint, state: state, info: info, detailed: detailed))
        case "23514", "23502":
            // Check, not null: the values themselves break a rule, whatever else is recorded.
            return .invalid(ConstraintSentences.sentence(for: constraint, state: state, info: info, detailed: detailed))
        case "22007", "22008":
            return .invalid("a date is not valid: \(info[.message] ?? "")")
        case "42501" where (info[.message] ?? "").contains("row-level security"):
            return .constraint(name: "row_level_security", sentence: ConstraintSentences.outsideScope)
        case let state where state.hasPrefix("22"):
            // Data exceptions: a value PostgreSQL cannot take (a NUL byte in text, a number out of range).
            return .invalid("a value is not valid: \(info[.message] ?? state)")
        case "57014":
            return .invalid("the request took too long and was stopped")
        case let state where state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state):
            return .cannotConnect(target: target, reason: info[.message] ?? state)
        default:
            return .database(info[.message] ?? "\(error.code)")
        }
    }

    /// Why a first connection failed, and what fixes it, in one sentence.
    static func connectionProblem(_ error: PSQLError, _ settings: DatabaseSettings) -> String {
        let url = "GOVMON_DATABASE_URL (or --database-url)"
        switch error.serverInfo?[.sqlState] {
        case "3D000":
            return "the database \"\(settings.database)\" does not exist there; create it "
                + "(createdb \(settings.database), or 'deploy/local-postgres.sh start' for the local one) "
                + "or name another in \(url)"
        case "28P01", "28000":
            return "PostgreSQL refused the login of \"\(settings.user)\" (\(reason(error))); check the user and "
                + "password in \(url)"
        case .some:
            return reason(error)
        case nil:
            break
        }
        let text = "\(error.underlying.map { "\($0)" } ?? "") \(error.code)"
        if text.contains("refused") {
            return "nothing is listening on \(settings.host):\(settings.port); start PostgreSQL "
                + "('deploy/local-postgres.sh start' for the local cluster) or correct the host and port in \(url)"
        }
        if text.lowercased().contains("timeout") || text.lowercased().contains("timed out") {
            return "no answer from \(settings.host):\(settings.port) within \(connectSeconds) s; "
                + "check the host and port in \(url)"
        }
        return "\(reason(error)); check \(url)"
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

    /// No authority: what a connection sees before anything names a scope.
    public static let none = AuthorityScope.only([])

    /// Whether rows of an authority are within the scope.
    public func includes(_ laCode: Int) -> Bool {
        switch self {
        case .all: return true
        case .only(let codes): return codes.contains(laCode)
        }
    }

    /// The value of `govmon.la_codes` (sql/0009): `*` for every authority, the codes, or empty for none.
    var setting: String {
        switch self {
        case .all: return "*"
        case .only(let codes): return codes.map(String.init).joined(separator: ",")
        }
    }
}

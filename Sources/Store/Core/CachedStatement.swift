import Logging
import PostgresNIO
import Synchronization

// Pages read through a dozen or more statements each, and with row-level security PostgreSQL
// spends longer parsing, rewriting and planning each of them than running it (docs/web.md,
// "Speed"). A named prepared statement is parsed and rewritten once per connection, and its plan
// can be kept. PostgresNIO prepares statements whose SQL is a static property of a type; ours is
// built by string interpolation at the call site, so `CachedStatement` hands the SQL and its name
// to PostgresNIO through a task-local for the one call (PostgresNIO reads both in the calling
// task before it sends anything, and again only to describe an error).

/// A read whose SQL text is the same on every call (values are bound, never spliced in), run as a
/// named prepared statement on its connection.
struct CachedStatement: PostgresPreparedStatement {
    struct Text: Sendable {
        var name: String
        var sql: String
    }

    @TaskLocal static var current = Text(name: "", sql: "")

    static var name: String { current.name }
    static var sql: String { current.sql }

    typealias Row = PostgresRow

    let bindings: PostgresBindings

    func makeBindings() throws -> PostgresBindings { bindings }
    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }

    /// The statement's name: one per SQL text and its values' types (never their values:
    /// interpolated values are protected, so their description is their type alone), numbered in
    /// the order this process first meets them. A site that binds nothing (NULL) where it binds a
    /// value elsewhere gets a statement of its own, since a statement is prepared with the types
    /// of its first values. Names are only ever compared within one process, whose connections
    /// they are prepared on.
    static func name(for key: String) -> String {
        names.withLock { book in
            if let name = book.names[key] { return name }
            return book.newName(for: key)
        }
    }

    /// Gives the statement `key` a new name, so that every connection prepares it afresh.
    static func rename(_ key: String) {
        names.withLock { _ = $0.newName(for: key) }
    }

    private struct NameBook {
        var names: [String: String] = [:]
        var issued = 0

        mutating func newName(for key: String) -> String {
            issued += 1
            names[key] = "govmon_\(issued)"
            return "govmon_\(issued)"
        }
    }

    private static let names = Mutex(NameBook())
}

extension PostgresConnection {
    /// Runs `query` as a named prepared statement on this connection (prepared on first use) and
    /// answers its rows. For fixed reads on the pages' paths; SQL that varies from call to call
    /// (`unescaped:` splices) must use `query` instead, or every variant would be kept.
    ///
    /// PostgresNIO remembers a failed preparation for the connection's life (and a statement
    /// first prepared inside a transaction that has already failed always fails), so a database
    /// error here renames the statement: the next call prepares it again under its new name.
    /// (Closing the connection instead leaves PostgresNIO's transaction waiting for ever.)
    func cachedQuery(_ query: PostgresQuery, logger: Logger) async throws -> [PostgresRow] {
        let key = query.sql + "\u{0}" + query.binds.debugDescription
        let text = CachedStatement.Text(name: CachedStatement.name(for: key), sql: query.sql)
        do {
            return try await CachedStatement.$current.withValue(text) {
                var rows: [PostgresRow] = []
                for try await row in try await execute(CachedStatement(bindings: query.binds), logger: logger) {
                    rows.append(row)
                }
                return rows
            }
        } catch let error as PSQLError {
            CachedStatement.rename(key)
            throw error
        }
    }
}

extension Array where Element == PostgresRow {
    /// Every row decoded as a tuple of column types.
    func collect<each Column: PostgresDecodable>(_ type: (repeat each Column).Type) throws -> [(repeat each Column)] {
        try map { try $0.decode(type) }
    }

    /// Every row's single column.
    func collect<Column: PostgresDecodable>(_ type: Column.Type) throws -> [Column] {
        try map { try $0.decode(Column.self) }
    }
}

import Governance
import Logging
import PostgresNIO

/// The governor register's reads and writes. Every method is one transaction (writes) or one
/// consistent read; the SQL lives here and nowhere else.
public struct Register: Sendable {
    public let database: Database

    public init(_ database: Database) { self.database = database }

    /// Runs `body` with a register whose every change joins one transaction: all of it is kept,
    /// or (when `body` throws) none of it.
    public func inOneTransaction<Result: Sendable>(_ body: (Register) async throws -> Result) async throws -> Result {
        try await database.inOneTransaction { try await body(Register($0)) }
    }

    var logger: Logger { database.logger }
}

extension PostgresRowSequence {
    /// Collects every row decoded as a tuple of column types.
    func collect<each Column: PostgresDecodable>(_ type: (repeat each Column).Type) async throws -> [(repeat each Column)] {
        var rows: [(repeat each Column)] = []
        for try await row in self { rows.append(try row.decode(type)) }
        return rows
    }

    /// Collects every row's single column.
    func collect<Column: PostgresDecodable>(_ type: Column.Type) async throws -> [Column] {
        var rows: [Column] = []
        for try await row in self { rows.append(try row.decode(Column.self)) }
        return rows
    }
}

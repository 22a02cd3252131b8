import Foundation
import PostgresNIO
import Store

/// Reading the database behind the register directly, for set-up checks and inspection only.
package enum DatabaseProbe {
    /// One integer from a trusted query (test set-up and inspection only).
    package static func count(_ register: Register, _ sql: String) async throws -> Int {
        try await register.database.read { connection in
            var value = 0
            for try await n in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: register.database.logger)
                .decode(Int.self)
            {
                value = n
            }
            return value
        }
    }

    package static func text(_ register: Register, _ sql: String) async throws -> String {
        try await register.database.read { connection in
            var value = ""
            for try await t in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: register.database.logger)
                .decode(String?.self)
            {
                value = t ?? ""
            }
            return value
        }
    }

    package static func rowCount(_ register: Register, _ table: String) async throws -> Int {
        try await register.database.read { connection in
            var value = 0
            let rows = try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT count(*)::bigint FROM \(table)"), logger: register.database.logger)
            for try await n in rows.decode(Int.self) { value = n }
            return value
        }
    }
}

import Foundation

/// What can go wrong in the store, as typed cases the CLI and the server turn into one plain
/// sentence (`description`) and an exit code or HTTP status.
public enum StoreError: Error, Sendable, CustomStringConvertible, Equatable {
    /// PostgreSQL could not be reached with these settings.
    case cannotConnect(target: String, reason: String)
    /// Migrations are pending: the command needs the schema to be current.
    case schemaBehind(pending: [String])
    /// An applied migration file changed since it was applied.
    case migrationEdited(name: String)
    /// The database has migrations this program does not know (a newer govmon applied them).
    case schemaAhead(unknown: [String])
    /// Something named on the command line does not exist.
    case notFound(String)
    /// A rule the database enforces (unique, foreign key, check, exclusion) refused the change.
    case constraint(name: String, sentence: String)
    /// Input that the store itself refuses, with the reason.
    case invalid(String)
    /// The record's present state does not allow the change (already ended, cancelled, withdrawn,
    /// filled or closed): the request was fine, the moment is not.
    case conflict(String)
    /// Something the caller may see but not change (another authority's published profile).
    case forbidden(String)
    /// An import refused: one line naming file, line, field and what was expected.
    case importRefused(String)
    /// Any other database error, with PostgreSQL's own message.
    case database(String)

    public var description: String {
        switch self {
        case let .cannotConnect(target, reason):
            return "cannot connect to PostgreSQL at \(target): \(reason)"
        case let .schemaBehind(pending):
            return "the database schema is behind: \(pending.count) migration(s) pending "
                + "(\(pending.joined(separator: ", "))); run 'govmon db migrate'"
        case let .migrationEdited(name):
            return "migration \(name) was edited after it was applied; applied migrations must never change "
                + "(restore the file, or add a new migration)"
        case let .schemaAhead(unknown):
            return "the database has migrations this govmon does not know (\(unknown.joined(separator: ", "))); "
                + "use a newer govmon"
        case let .notFound(what): return what
        case let .constraint(_, sentence): return sentence
        case let .invalid(reason), let .conflict(reason): return reason
        case let .forbidden(reason): return reason
        case let .importRefused(line): return line
        case let .database(message): return "database error: \(message)"
        }
    }
}

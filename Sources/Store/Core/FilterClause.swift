import Foundation
import PostgresNIO

/// A read's conditions, only those whose value is given, each value bound (never spliced in).
///
/// `($1::bigint IS NULL OR a.body_id = $1)` lets one text serve every combination of filters, but
/// a cached (generic) plan of it cannot use an index for the filter given and scans every row.
/// Written out for the filters given, each combination is a statement of its own with a plan that
/// fits it, and there are at most as many as there are combinations.
struct FilterClause {
    private(set) var conditions: [String] = []
    private(set) var bindings = PostgresBindings()

    /// Adds `condition` (given the value's placeholder, `$n`) when `value` is given.
    mutating func add<Value: PostgresThrowingDynamicTypeEncodable>(_ value: Value?, _ condition: (String) -> String) throws {
        guard let value else { return }
        try bindings.append(value)
        conditions.append(condition("$\(bindings.count)"))
    }

    /// Adds a condition with no value when `applies`.
    mutating func add(_ condition: String, when applies: Bool) {
        if applies { conditions.append(condition) }
    }

    /// `sql` with `WHERE` and the conditions (when any) put where `{where}` stands.
    func query(_ sql: String) -> PostgresQuery {
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return PostgresQuery(unsafeSQL: sql.replacingOccurrences(of: "{where}", with: clause), binds: bindings)
    }
}

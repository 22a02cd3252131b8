/// One entry of the audit trail.
public struct AuditEntry: Sendable, Codable, Equatable {
    public var id: Int64
    /// ISO-8601 UTC instant.
    public var occurredAt: String
    public var actor: String
    public var source: String?
    public var table: String
    public var operation: String
    public var rowKey: String
    /// The row before and after, as JSON text (special category values never appear).
    public var before: String?
    public var after: String?

    /// The record as given, field by field.
    public init(
        id: Int64, occurredAt: String, actor: String, source: String? = nil, table: String, operation: String, rowKey: String,
        before: String? = nil, after: String? = nil
    ) {
        self.id = id
        self.occurredAt = occurredAt
        self.actor = actor
        self.source = source
        self.table = table
        self.operation = operation
        self.rowKey = rowKey
        self.before = before
        self.after = after
    }
}

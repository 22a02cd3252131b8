/// One recorded report run.
public struct ReportRun: Sendable, Codable, Equatable {
    public var id: Int64
    public var kind: String
    public var laCode: Int
    public var asOf: CalendarDate
    public var since: CalendarDate?
    public var audience: String
    public var format: String
    public var parameters: String
    public var outputSHA256: String
    public var outputPath: String?
    public var actor: String
    public var generatedAt: String

    /// The record as given, field by field.
    public init(
        id: Int64, kind: String, laCode: Int, asOf: CalendarDate, since: CalendarDate? = nil, audience: String, format: String,
        parameters: String, outputSHA256: String, outputPath: String? = nil, actor: String, generatedAt: String
    ) {
        self.id = id
        self.kind = kind
        self.laCode = laCode
        self.asOf = asOf
        self.since = since
        self.audience = audience
        self.format = format
        self.parameters = parameters
        self.outputSHA256 = outputSHA256
        self.outputPath = outputPath
        self.actor = actor
        self.generatedAt = generatedAt
    }
}

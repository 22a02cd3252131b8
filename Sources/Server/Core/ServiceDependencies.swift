import Bootstrap
import Foundation
import Governance
import Reports
import Store

/// What the operations need: the register, configuration, and the caches.
public struct ServiceDependencies: Sendable {
    public var database: Database
    public var settings: BoardReportSettings
    public var tracking: TrackingThresholds
    public var migrationsFolder: String
    public var openAPIPath: String
    /// The browser front's templates and stylesheet (the project's `web/`, beside `sql/`).
    public var webFolder: String { (migrationsFolder as NSString).deletingLastPathComponent + "/web" }
    public var timeZone: TimeZone
    public var maximumConnections: Int
    /// The retention periods `POST /api/v1/retention/runs` applies.
    public var retention: RetentionPolicy
    /// Timeouts and sizes that bound what one client can hold.
    public var limits: ServiceLimits
    let responses: ResponseCache
    let tokens: TokenCache
    let printing: ReportPrinting
    let failedAuthentications: FailureThrottle

    public init(
        database: Database, settings: BoardReportSettings, migrationsFolder: String, openAPIPath: String,
        timeZone: TimeZone, cacheSeconds: Double, maximumConnections: Int, retention: RetentionPolicy = RetentionPolicy(),
        limits: ServiceLimits = ServiceLimits()
    ) {
        self.retention = retention
        self.limits = limits
        printing = ReportPrinting(limit: limits.pdfRenders)
        failedAuthentications = FailureThrottle(perMinute: limits.failedSignInsPerMinute)
        self.database = database
        self.settings = settings
        self.tracking = settings.tracking
        self.migrationsFolder = migrationsFolder
        self.openAPIPath = openAPIPath
        self.timeZone = timeZone
        self.maximumConnections = maximumConnections
        responses = ResponseCache(seconds: cacheSeconds)
        tokens = TokenCache(seconds: cacheSeconds)
    }

    /// `privacy.officer_reads_declarations`: whether officers may read an individual's declarations
    /// through the API (default false: the data-protection role only; docs/data-protection.md).
    public var officerReadsDeclarations = false

    /// A date taken as today instead of the real one (`server.today`; the demo borough, training).
    public var fixedToday: CalendarDate?

    var today: CalendarDate { fixedToday ?? CalendarDate.today(in: timeZone) }

    /// The register acting as the token's owner, so every write is audited with them as the actor,
    /// and limited by PostgreSQL's row-level security to the token's authorities for reads and
    /// writes alike: an object of another authority is simply not found.
    func register(for identity: TokenIdentity) -> Register {
        Register(
            database.acting(as: "\(identity.owner) (token \(identity.id))", source: "govmon serve")
                .scoped(to: identity.scope))
    }

    /// The service's own work across every authority (token look-ups, /metrics, the scheduler);
    /// never for answering a request about the register.
    var system: Register { Register(database.scoped(to: .all)) }
}

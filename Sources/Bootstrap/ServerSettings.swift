import Configuration
import Foundation
import Governance

/// `server.*` settings: where to listen and how the scheduler runs.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    public var schedule: ScheduleSpec
    public var tick: Duration
    public var cacheSeconds: Double
    public var webhookURL: URL?
    public var maximumConnections: Int
    /// How long a request waits for a database connection before it fails with 503.
    public var connectionWait: Duration
    /// Seconds the scheduler holds its lock after a run (failover drills; 0 normally).
    public var holdSeconds: Double
    /// The limits that keep slow or hostile clients from holding the service.
    public var limits: ServiceLimits
    /// Whether the service may run as a login that escapes row-level security (a laptop, a benchmark).
    public var allowPrivilegedLogin: Bool
    /// A date the service takes as today (`server.today`): for the demo borough, whose story ends
    /// in 2015, and for training; nil (the default) is the real date.
    public var fixedToday: CalendarDate? = nil

    static func read(_ reader: ConfigReader) throws -> ServerSettings {
        let zoneName = reader.string(forKey: "server.tracking_timezone", default: "Europe/London")
        guard let zone = TimeZone(identifier: zoneName) else {
            throw InputError.badValue(option: "server.tracking_timezone", expected: "an IANA time zone", found: zoneName)
        }
        let text = reader.string(forKey: "server.tracking_schedule", default: "daily 06:00")
        guard let schedule = ScheduleSpec(text, timeZone: zone) else {
            throw InputError.badValue(
                option: "server.tracking_schedule", expected: "\"daily HH:MM\" or \"every Ns\"", found: text)
        }
        let webhook = reader.string(forKey: "server.webhook_url", default: "")
        let todayText = reader.string(forKey: "server.today", default: "")
        let fixedToday = CalendarDate(iso: todayText)
        if !todayText.isEmpty && fixedToday == nil {
            throw InputError.badValue(option: "server.today", expected: "a date as YYYY-MM-DD, or empty", found: todayText)
        }
        var settings = ServerSettings(
            host: reader.string(forKey: "server.host", default: "127.0.0.1"),
            port: try reader.strictInt(forKey: "server.port", default: 8080),
            schedule: schedule,
            tick: .milliseconds(Int(try reader.strictDouble(forKey: "server.tick_seconds", default: 60) * 1000)),
            cacheSeconds: try reader.strictDouble(forKey: "server.cache_seconds", default: 5),
            webhookURL: webhook.isEmpty ? nil : URL(string: webhook),
            maximumConnections: try reader.strictInt(forKey: "server.max_connections", default: 16),
            connectionWait: .milliseconds(
                Int(try reader.strictDouble(forKey: "server.connection_wait_seconds", default: 3) * 1000)),
            holdSeconds: try reader.strictDouble(forKey: "server.hold_seconds", default: 0),
            limits: ServiceLimits(
                idleSeconds: try reader.strictDouble(forKey: "server.idle_timeout_seconds", default: 30),
                shutdownSeconds: try reader.strictDouble(forKey: "server.shutdown_seconds", default: 20),
                pdfRenders: try reader.strictInt(forKey: "server.pdf_renders", default: 2),
                uploadMegabytes: try reader.strictInt(forKey: "server.upload_max_mb", default: 512),
                failedSignInsPerMinute: try reader.strictInt(forKey: "server.failed_auth_per_minute", default: 20),
                passwordCost: UInt8(min(16, max(10, try reader.strictInt(forKey: "server.password_cost", default: 12))))),
            allowPrivilegedLogin: try reader.strictBool(forKey: "server.allow_privileged_login", default: false))
        settings.fixedToday = fixedToday
        return settings
    }
}

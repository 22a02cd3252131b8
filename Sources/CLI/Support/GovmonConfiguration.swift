import Configuration
import Foundation
import Governance
import Store
import SystemPackage

/// Everything govmon is configured with, read once at start-up into one typed value.
///
/// Precedence, highest first: command-line flags; GOVMON_* environment variables
/// (GOVMON_DATABASE_URL, GOVMON_DATABASE_HOST, ...); the usual PG* variables (PGHOST, PGPORT,
/// PGUSER, PGPASSWORD, PGDATABASE); `config/govmon.json`. Secrets (passwords) come only from the
/// environment or the URL, never from `config/`.
public struct GovmonConfiguration: Sendable {
    public var paths: ProjectPaths
    public var database: DatabaseSettings
    /// Who is acting, for the audit trail: GOVMON_ACTOR, else the operating-system user.
    public var actor: String
    /// The time zone of the register's calendar dates ("today").
    public var timeZone: TimeZone
    /// The readings of the constitution rules constitution.md marks [open].
    public var constitutionRules: ConstitutionRules
    /// Thresholds of the deadline checks.
    public var tracking: TrackingThresholds
    /// Representativeness bands, the default definition, disclosure control.
    public var representation: RepresentationSettings
    /// The service: address, scheduler, caches.
    public var server: ServerSettings
    /// How long what is held about leavers is kept (`retention.*`).
    public var retention: RetentionPolicy
    /// Whether the service's scheduler runs retention after each scheduled tracking run.
    public var retentionInService: Bool

    /// Reads flags, environment and the config file.
    public static func load(
        databaseURL: String? = nil, actor actorFlag: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> GovmonConfiguration {
        let paths = try ProjectPaths.locate(environment: environment)
        var flags: [AbsoluteConfigKey: ConfigValue] = [:]
        if let databaseURL { flags["database.url"] = .init(.string(databaseURL), isSecret: true) }
        if let actorFlag { flags["actor"] = .init(.string(actorFlag), isSecret: false) }
        var govmonEnvironment: [String: String] = [:]
        for (key, value) in environment where key.hasPrefix("GOVMON_") {
            govmonEnvironment[String(key.dropFirst("GOVMON_".count))] = value
        }
        let reader = ConfigReader(providers: [
            InMemoryProvider(name: "command-line flags", values: flags),
            EnvironmentVariablesProvider(
                environmentVariables: govmonEnvironment, secretsSpecifier: .specific(["DATABASE_URL", "DATABASE_PASSWORD"])),
            InMemoryProvider(name: "PG* environment", values: pgValues(environment)),
            try await FileProvider<JSONSnapshot>(filePath: FilePath(paths.configFile)),
        ])
        let database: DatabaseSettings
        if let url = reader.string(forKey: "database.url", isSecret: true) {
            guard let parsed = DatabaseSettings(url: url) else {
                throw CLIError.badValue(
                    option: "database URL (GOVMON_DATABASE_URL or --database-url)",
                    expected: "postgres://user:password@host:port/database", found: "(hidden)")
            }
            database = parsed
        } else {
            database = DatabaseSettings(
                host: reader.string(forKey: "database.host", default: "127.0.0.1"),
                port: reader.int(forKey: "database.port", default: 54329),
                user: reader.string(forKey: "database.user", default: "govmon"),
                password: reader.string(forKey: "database.password", isSecret: true),
                database: reader.string(forKey: "database.name", default: "govmon"),
                requireTLS: reader.bool(forKey: "database.tls", default: false))
        }
        let actor = reader.string(forKey: "actor") ?? environment["USER"] ?? NSUserName()
        let zoneName = reader.string(forKey: "register.timezone", default: "Europe/London")
        guard let zone = TimeZone(identifier: zoneName) else {
            throw CLIError.badValue(
                option: "register.timezone", expected: "an IANA time zone such as Europe/London",
                found: zoneName)
        }
        return GovmonConfiguration(
            paths: paths, database: database, actor: actor, timeZone: zone,
            constitutionRules: try constitutionRules(reader), tracking: try trackingThresholds(reader),
            representation: try RepresentationSettings.read(reader), server: try ServerSettings.read(reader),
            retention: try retentionPolicy(reader), retentionInService: reader.bool(forKey: "retention.in_service", default: true)
        )
    }

    private static func pgValues(_ environment: [String: String]) -> [AbsoluteConfigKey: ConfigValue] {
        var values: [AbsoluteConfigKey: ConfigValue] = [:]
        let names: [(String, AbsoluteConfigKey)] = [
            ("PGHOST", "database.host"), ("PGUSER", "database.user"), ("PGDATABASE", "database.name"),
        ]
        for (variable, key) in names {
            if let value = environment[variable], !value.isEmpty { values[key] = .init(.string(value), isSecret: false) }
        }
        if let port = environment["PGPORT"].flatMap(Int.init) { values["database.port"] = .init(.int(port), isSecret: false) }
        if let password = environment["PGPASSWORD"] { values["database.password"] = .init(.string(password), isSecret: true) }
        return values
    }

    /// Today in the register's time zone.
    public var today: CalendarDate { CalendarDate.today(in: timeZone) }
}

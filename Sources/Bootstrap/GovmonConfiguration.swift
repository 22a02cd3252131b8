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
    /// The readings of the constitution rules docs/constitution.md marks [open].
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
    /// The board each authority's report goes to, by LA code (`reports.board_names`).
    public var boardNames: [Int: String] = [:]
    /// `privacy.officer_reads_declarations`: whether officers may read an individual's
    /// declarations through the API (false: only the data-protection role; docs/data-protection.md).
    public var officerReadsDeclarations = false

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
        let file = try await FileProvider<JSONSnapshot>(filePath: FilePath(paths.configFile))
        // Secrets never live in config/: a password (or a URL, which may carry one) there is refused
        // rather than used, so it cannot quietly outrank the environment either.
        let fileOnly = ConfigReader(provider: file)
        for key: ConfigKey in ["database.password", "database.url"] where fileOnly.string(forKey: key, isSecret: true) != nil {
            throw InputError.badValue(
                option: "\(paths.configFile): \(key.components.joined(separator: "."))",
                expected: "no secrets in config/ (use GOVMON_DATABASE_URL, GOVMON_DATABASE_PASSWORD or PGPASSWORD)",
                found: "(hidden)")
        }
        let reader = ConfigReader(providers: [
            InMemoryProvider(name: "command-line flags", values: flags),
            EnvironmentVariablesProvider(
                environmentVariables: govmonEnvironment, secretsSpecifier: .specific(["DATABASE_URL", "DATABASE_PASSWORD"])),
            InMemoryProvider(name: "PG* environment", values: try pgValues(environment)),
            file,
        ])
        let database: DatabaseSettings
        if let url = reader.string(forKey: "database.url", isSecret: true) {
            guard let parsed = DatabaseSettings(url: url) else {
                throw InputError.badValue(
                    option: "database URL (GOVMON_DATABASE_URL or --database-url)",
                    expected: "postgres://user:password@host:port/database", found: "(hidden)")
            }
            database = parsed
        } else {
            database = DatabaseSettings(
                host: reader.string(forKey: "database.host", default: "127.0.0.1"),
                port: try reader.strictInt(forKey: "database.port", default: 54329),
                user: reader.string(forKey: "database.user", default: "govmon"),
                password: reader.string(forKey: "database.password", isSecret: true),
                database: reader.string(forKey: "database.name", default: "govmon"),
                requireTLS: try reader.strictBool(forKey: "database.tls", default: false))
        }
        let actor = reader.string(forKey: "actor") ?? environment["USER"] ?? NSUserName()
        let zoneName = reader.string(forKey: "register.timezone", default: "Europe/London")
        guard let zone = TimeZone(identifier: zoneName) else {
            throw InputError.badValue(
                option: "register.timezone", expected: "an IANA time zone such as Europe/London",
                found: zoneName)
        }
        var configuration = GovmonConfiguration(
            paths: paths, database: database, actor: actor, timeZone: zone,
            constitutionRules: try constitutionRules(reader), tracking: try trackingThresholds(reader),
            representation: try RepresentationSettings.read(reader), server: try ServerSettings.read(reader),
            retention: try retentionPolicy(reader),
            retentionInService: try reader.strictBool(forKey: "retention.in_service", default: true)
        )
        configuration.boardNames = try boardNames(reader)
        configuration.officerReadsDeclarations = try reader.strictBool(
            forKey: "privacy.officer_reads_declarations", default: false)
        return configuration
    }

    private static func pgValues(_ environment: [String: String]) throws -> [AbsoluteConfigKey: ConfigValue] {
        var values: [AbsoluteConfigKey: ConfigValue] = [:]
        let names: [(String, AbsoluteConfigKey)] = [
            ("PGHOST", "database.host"), ("PGUSER", "database.user"), ("PGDATABASE", "database.name"),
        ]
        for (variable, key) in names {
            if let value = environment[variable], !value.isEmpty { values[key] = .init(.string(value), isSecret: false) }
        }
        if let text = environment["PGPORT"], !text.isEmpty {
            guard let port = Int(text), (1...65_535).contains(port) else {
                throw InputError.badValue(option: "PGPORT", expected: "a port number (1-65535)", found: text)
            }
            values["database.port"] = .init(.int(port), isSecret: false)
        }
        // Empty means unset, as for the other PG* variables (libpq treats it so too).
        if let password = environment["PGPASSWORD"], !password.isEmpty {
            values["database.password"] = .init(.string(password), isSecret: true)
        }
        return values
    }

    /// Today in the register's time zone.
    public var today: CalendarDate { CalendarDate.today(in: timeZone) }
}

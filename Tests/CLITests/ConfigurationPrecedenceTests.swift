import Bootstrap
import Foundation
import Governance
import Server
import Store
import TestSupport
import Testing

/// The documented precedence of govmon's configuration (README "Configuration",
/// `GovmonConfiguration.swift`), highest first: command-line flags; GOVMON_* variables; the PG*
/// variables; `config/govmon.json`.
///
/// Every test calls `GovmonConfiguration.load(databaseURL:actor:environment:)` with an environment
/// dictionary of its own, so the machine's PGHOST, GOVMON_DATABASE_URL, USER and the rest never
/// leak in; GOVMON_HOME in that dictionary picks the config file. The `databaseURL:` and `actor:`
/// arguments are the command-line layer: they are what `--database-url` and `--actor` hand over
/// (CommandContext.run and ServeCommand pass GlobalOptions' values straight through). No database is
/// opened: loading the configuration only reads the environment and the file.
@Suite struct ConfigurationPrecedenceTests {
    /// A config file whose every value differs from both the built-in defaults in the code
    /// (127.0.0.1, 54329, govmon, govmon; 90 and 21 days; port 8080, 5 s cache) and from the values
    /// the environment layers below use, so each expectation can only come from one layer.
    static let distinctFile = """
        {
          "database": {
            "host": "file-host.invalid", "port": 6001, "user": "file_user", "name": "file_db", "tls": false
          },
          "tracking": { "vacancy_days": 101, "dbs_days": 28 },
          "server": { "port": 8101, "cache_seconds": 7.5 }
        }
        """

    /// The usual PG* variables, each different from the file above.
    static let pg = [
        "PGHOST": "pg-host.invalid", "PGPORT": "7001", "PGUSER": "pg_user", "PGDATABASE": "pg_db",
        "PGPASSWORD": "pg-secret",
    ]

    /// GOVMON_* variables for every separate database key (`database.name` is GOVMON_DATABASE_NAME:
    /// the key's dots become underscores, upper-cased), each different from PG* and the file.
    static let govmonParts = [
        "GOVMON_DATABASE_HOST": "govmon-host.invalid", "GOVMON_DATABASE_PORT": "7002",
        "GOVMON_DATABASE_USER": "govmon_user", "GOVMON_DATABASE_NAME": "govmon_db",
        "GOVMON_DATABASE_PASSWORD": "govmon-secret",
    ]

    /// A database URL in GOVMON_DATABASE_URL, different from all the separate parts.
    static let environmentURL = "postgres://url_user:url-secret@url-host.invalid:7003/url_db?sslmode=require"

    /// A database URL given as `--database-url`, different from everything else.
    static let flagURL = "postgres://flag_user:flag-secret@flag-host.invalid:7004/flag_db"

    // MARK: - (1) The file

    /// With nothing set but GOVMON_HOME, the database, tracking and server values are the checked-in
    /// config/govmon.json's. The expected values are decoded from that file here rather than
    /// written down, so the test follows the file; no password, since the file holds none and no
    /// PGPASSWORD or GOVMON_DATABASE_PASSWORD is set.
    @Test func nothingSetGivesTheCheckedInFilesValues() async throws {
        let home = TestDatabase.root.path
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let file = try decoder.decode(
            CheckedInFile.self, from: Data(contentsOf: URL(fileURLWithPath: home + "/config/govmon.json")))
        let configuration = try await load(["GOVMON_HOME": home])
        #expect(configuration.paths.configFile == home + "/config/govmon.json")
        #expect(
            configuration.database
                == DatabaseSettings(
                    host: file.database.host, port: file.database.port, user: file.database.user, password: nil,
                    database: file.database.name, requireTLS: file.database.tls))
        #expect(configuration.tracking.vacancyDays == file.tracking.vacancyDays)
        #expect(configuration.tracking.dbsDays == file.tracking.dbsDays)
        #expect(configuration.server.port == file.server.port)
        #expect(configuration.server.cacheSeconds == file.server.cacheSeconds)
    }

    /// The checked-in file's values equal the code's built-in defaults, so the test above cannot
    /// tell "read the file" from "fell back to the defaults". A file with values of its own shows the
    /// file really is read: every value below is the distinct file's, none is a built-in default.
    @Test func theFileIsReadNotJustTheBuiltInDefaults() async throws {
        try await withHome { home in
            let configuration = try await load(["GOVMON_HOME": home])
            #expect(
                configuration.database
                    == DatabaseSettings(
                        host: "file-host.invalid", port: 6001, user: "file_user", password: nil, database: "file_db"))
            #expect(configuration.tracking.vacancyDays == 101)
            #expect(configuration.tracking.dbsDays == 28)
            #expect(configuration.server.port == 8101)
            #expect(configuration.server.cacheSeconds == 7.5)
        }
    }

    // MARK: - (2) PG* over the file

    /// PGHOST, PGPORT, PGUSER, PGDATABASE and PGPASSWORD replace the file's host, port, user and
    /// name (and supply the password the file never holds).
    @Test func pgVariablesOverrideTheFile() async throws {
        try await withHome { home in
            let configuration = try await load(Self.pg.merging(["GOVMON_HOME": home]) { $1 })
            #expect(
                configuration.database
                    == DatabaseSettings(
                        host: "pg-host.invalid", port: 7001, user: "pg_user", password: "pg-secret",
                        database: "pg_db"))
            // PG* says nothing about anything else: the tracking threshold is still the file's 101.
            #expect(configuration.tracking.vacancyDays == 101)
        }
    }

    /// Only the PG* variables that are set take over; PGHOST alone moves the host and leaves the
    /// file's port, user and database name (6001, file_user, file_db) as they were.
    @Test func onePGVariableOverridesOnlyItsOwnKey() async throws {
        try await withHome { home in
            let configuration = try await load(["GOVMON_HOME": home, "PGHOST": "pg-host.invalid"])
            #expect(
                configuration.database
                    == DatabaseSettings(
                        host: "pg-host.invalid", port: 6001, user: "file_user", password: nil, database: "file_db"))
        }
    }

    // MARK: - (3) GOVMON_DATABASE_* over PG*

    /// With both PG* and GOVMON_DATABASE_* set, every GOVMON_DATABASE_* value wins, the password too.
    @Test func govmonDatabaseVariablesOverridePGVariables() async throws {
        try await withHome { home in
            let environment = Self.pg.merging(Self.govmonParts) { $1 }.merging(["GOVMON_HOME": home]) { $1 }
            let configuration = try await load(environment)
            #expect(
                configuration.database
                    == DatabaseSettings(
                        host: "govmon-host.invalid", port: 7002, user: "govmon_user", password: "govmon-secret",
                        database: "govmon_db"))
        }
    }

    /// The layers merge key by key: GOVMON_DATABASE_HOST and GOVMON_DATABASE_NAME win over PGHOST and
    /// PGDATABASE, while PGPORT, PGUSER and PGPASSWORD, with no GOVMON_* counterpart set, still win
    /// over the file.
    @Test func govmonAndPGVariablesMergeKeyByKey() async throws {
        try await withHome { home in
            let environment = Self.pg.merging([
                "GOVMON_HOME": home, "GOVMON_DATABASE_HOST": "govmon-host.invalid",
                "GOVMON_DATABASE_NAME": "govmon_db",
            ]) { $1 }
            let configuration = try await load(environment)
            #expect(
                configuration.database
                    == DatabaseSettings(
                        host: "govmon-host.invalid", port: 7001, user: "pg_user", password: "pg-secret",
                        database: "govmon_db"))
        }
    }

    // MARK: - (4) GOVMON_DATABASE_URL over the separate parts

    /// GOVMON_DATABASE_URL wins over GOVMON_DATABASE_HOST/PORT/USER/NAME/PASSWORD, over PG* and over
    /// the file: every field, and TLS from its `sslmode=require`, comes from the URL.
    @Test func govmonDatabaseURLOverridesTheSeparateParts() async throws {
        try await withHome { home in
            let environment = Self.pg.merging(Self.govmonParts) { $1 }.merging([
                "GOVMON_HOME": home, "GOVMON_DATABASE_URL": Self.environmentURL,
            ]) { $1 }
            let configuration = try await load(environment)
            #expect(
                configuration.database
                    == DatabaseSettings(
                        host: "url-host.invalid", port: 7003, user: "url_user", password: "url-secret",
                        database: "url_db", requireTLS: true))
        }
    }

    /// The code's rule (GovmonConfiguration.swift, `if let url`): a URL is taken whole, not merged
    /// with the parts. A URL without port or password gets PostgreSQL's 5432 (DatabaseSettings(url:))
    /// and no password, even though GOVMON_DATABASE_PORT, PGPORT, the file's port,
    /// GOVMON_DATABASE_PASSWORD and PGPASSWORD are all set. (libpq would fill them in from PG*.)
    @Test func aDatabaseURLIsTakenWhole() async throws {
        try await withHome { home in
            let environment = Self.pg.merging(Self.govmonParts) { $1 }.merging([
                "GOVMON_HOME": home, "GOVMON_DATABASE_URL": "postgres://url_user@url-host.invalid/url_db",
            ]) { $1 }
            let configuration = try await load(environment)
            #expect(
                configuration.database
                    == DatabaseSettings(
                        host: "url-host.invalid", port: 5432, user: "url_user", password: nil, database: "url_db"))
        }
    }

    /// Secrets never live in config/: a `database.url` there (it may carry a password) is refused
    /// with one line naming the file and the key, so it can neither be used nor outrank the
    /// environment's host.
    @Test func aURLInTheConfigFileIsRefused() async throws {
        let json = #"{ "database": { "url": "postgres://file_user:file-secret@file-host.invalid:6001/file_db" } }"#
        try await withHome(json) { home in
            let error = await loadError([
                "GOVMON_HOME": home, "GOVMON_DATABASE_HOST": "govmon-host.invalid", "PGHOST": "pg-host.invalid",
            ])
            let text = error?.description ?? ""
            #expect(text.contains("config/govmon.json: database.url") && text.contains("no secrets in config/"), "\(text)")
            #expect(!text.contains("file-secret") && !text.contains("\n"))
        }
    }

    // MARK: - (5) Command-line flags over the environment

    /// `--database-url` wins over GOVMON_DATABASE_URL, the GOVMON_DATABASE_* parts, PG* and the file.
    @Test func databaseURLFlagOverridesTheEnvironment() async throws {
        try await withHome { home in
            let environment = Self.pg.merging(Self.govmonParts) { $1 }.merging([
                "GOVMON_HOME": home, "GOVMON_DATABASE_URL": Self.environmentURL,
            ]) { $1 }
            let configuration = try await load(environment, databaseURL: Self.flagURL)
            // Every field from the flag's URL; it has no sslmode, so no TLS although the
            // environment's URL asked for it.
            #expect(
                configuration.database
                    == DatabaseSettings(
                        host: "flag-host.invalid", port: 7004, user: "flag_user", password: "flag-secret",
                        database: "flag_db", requireTLS: false))
            // Without GOVMON_DATABASE_URL the flag still wins over the separate GOVMON_* parts and PG*.
            let withoutURL = Self.pg.merging(Self.govmonParts) { $1 }.merging(["GOVMON_HOME": home]) { $1 }
            #expect(try await load(withoutURL, databaseURL: Self.flagURL).database.host == "flag-host.invalid")
        }
    }

    /// The actor, a setting outside `database`: `--actor` over GOVMON_ACTOR over the login name
    /// (USER in the environment passed in).
    @Test func actorFlagOverridesGovmonActorWhichOverridesTheLoginName() async throws {
        try await withHome { home in
            // Only USER: the login name.
            let login = try await load(["GOVMON_HOME": home, "USER": "login-name"]).actor
            #expect(login == "login-name")
            // GOVMON_ACTOR over USER.
            let environment = ["GOVMON_HOME": home, "USER": "login-name", "GOVMON_ACTOR": "env-actor"]
            let fromEnvironment = try await load(environment).actor
            #expect(fromEnvironment == "env-actor")
            // --actor over GOVMON_ACTOR.
            let fromFlag = try await load(environment, actor: "flag-actor").actor
            #expect(fromFlag == "flag-actor")
        }
    }

    // MARK: - (6) GOVMON_* for nested keys over the file

    /// Any key as GOVMON_SECTION_KEY: GOVMON_TRACKING_VACANCY_DAYS is `tracking.vacancy_days`,
    /// GOVMON_SERVER_CACHE_SECONDS is `server.cache_seconds`, and so on. Each replaces the file's
    /// value (101, 7.5, 8101, the default schedule); keys not set keep the file's value (dbs_days
    /// 28). The same names without the GOVMON_ prefix are not read at all.
    @Test func govmonVariablesForNestedKeysOverrideTheFile() async throws {
        try await withHome { home in
            let configuration = try await load([
                "GOVMON_HOME": home,
                "GOVMON_TRACKING_VACANCY_DAYS": "45",
                "GOVMON_SERVER_CACHE_SECONDS": "2.5",
                "GOVMON_SERVER_PORT": "9191",
                "GOVMON_SERVER_TRACKING_SCHEDULE": "every 30s",
                // Unprefixed look-alikes: ignored, so the file's dbs_days and database host stay.
                "TRACKING_DBS_DAYS": "3",
                "DATABASE_HOST": "unprefixed-host.invalid",
            ])
            #expect(configuration.tracking.vacancyDays == 45)
            #expect(configuration.server.cacheSeconds == 2.5)
            #expect(configuration.server.port == 9191)
            #expect(configuration.server.schedule == .every(seconds: 30))
            #expect(configuration.tracking.dbsDays == 28)
            #expect(configuration.database.host == "file-host.invalid")
        }
    }

    // MARK: - Helpers

    /// Loads the configuration from `environment` only, with `databaseURL` and `actor` as the
    /// `--database-url` and `--actor` flags.
    func load(
        _ environment: [String: String], databaseURL: String? = nil, actor: String? = nil
    ) async throws -> GovmonConfiguration {
        try await GovmonConfiguration.load(databaseURL: databaseURL, actor: actor, environment: environment)
    }

    /// The one-line error loading `environment` fails with, or nil when it loads.
    func loadError(_ environment: [String: String], databaseURL: String? = nil) async -> InputError? {
        do {
            _ = try await load(environment, databaseURL: databaseURL)
            return nil
        } catch let error as InputError {
            return error
        } catch {
            Issue.record(error, "expected a InputError")
            return nil
        }
    }

    /// Runs `body` with a GOVMON_HOME of its own whose config/govmon.json is `json`, removed after.
    func withHome(
        _ json: String = ConfigurationPrecedenceTests.distinctFile, _ body: (String) async throws -> Void
    ) async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-config-\(UUID().uuidString)")
        let config = home.appendingPathComponent("config")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try Data(json.utf8).write(to: config.appendingPathComponent("govmon.json"))
        try await body(home.path)
    }
}

/// The parts of the checked-in config/govmon.json the first test compares against (snake_case keys
/// decoded into camelCase); other keys in the file are ignored.
private struct CheckedInFile: Decodable {
    struct DatabaseSection: Decodable {
        var host: String
        var port: Int
        var user: String
        var name: String
        var tls: Bool
    }
    struct TrackingSection: Decodable {
        var vacancyDays: Int
        var dbsDays: Int
    }
    struct ServerSection: Decodable {
        var port: Int
        var cacheSeconds: Double
    }
    var database: DatabaseSection
    var tracking: TrackingSection
    var server: ServerSection
}

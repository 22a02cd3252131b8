import Bootstrap
import Foundation
import Store
import TestSupport
import Testing

/// Configuration that must not load: values that are not what a setting expects, and secrets
/// where they do not belong (see ConfigurationPrecedenceTests for the layers).
extension ConfigurationPrecedenceTests {
    // MARK: - (7) Bad values

    /// A value of the right type but not allowed fails the load with one line, "key: expected ...,
    /// found "value"" (InputError.badValue), naming the setting by its config key.
    @Test func badValuesFailWithOneLineNamingTheSetting() async throws {
        try await withHome { home in
            let cases: [(variable: String, value: String, message: String)] = [
                // trackingThresholds' days(): a negative count.
                ("GOVMON_TRACKING_VACANCY_DAYS", "-5", #"tracking.vacancy_days: expected 0 or more, found "-5""#),
                // trackingThresholds' date(): not YYYY-MM-DD.
                (
                    "GOVMON_TRACKING_DBS_FROM", "01/04/2016",
                    #"tracking.dbs_from: expected a date as YYYY-MM-DD, found "01/04/2016""#
                ),
                // ServerSettings.read: neither "daily HH:MM" nor "every Ns".
                (
                    "GOVMON_SERVER_TRACKING_SCHEDULE", "weekly",
                    #"server.tracking_schedule: expected "daily HH:MM" or "every Ns", found "weekly""#
                ),
            ]
            for (variable, value, message) in cases {
                let error = await loadError(["GOVMON_HOME": home, variable: value])
                #expect(error?.description == message, "\(variable)=\(value)")
                #expect(error?.description.contains("\n") == false, "\(variable)=\(value)")
            }
        }
    }

    /// A database URL that is not a postgres:// URL is refused in one line naming where it came from,
    /// and the URL (with its password) is not repeated: the message says "(hidden)".
    @Test func aBadDatabaseURLIsRefusedWithoutRepeatingIt() async throws {
        try await withHome { home in
            let expected =
                "database URL (GOVMON_DATABASE_URL or --database-url): "
                + #"expected postgres://user:password@host:port/database, found "(hidden)""#
            let fromEnvironment = await loadError([
                "GOVMON_HOME": home, "GOVMON_DATABASE_URL": "mysql://admin:hunter2@db.invalid/govmon",
            ])
            #expect(fromEnvironment?.description == expected)
            #expect(fromEnvironment?.description.contains("hunter2") == false)
            let fromFlag = await loadError(
                ["GOVMON_HOME": home], databaseURL: "http://admin:hunter2@db.invalid/govmon")
            #expect(fromFlag?.description == expected)
            #expect(fromFlag?.description.contains("hunter2") == false)
        }
    }

    /// Values that are not numbers at all fail the same way, naming the setting and the value,
    /// from any layer (GOVMON_*, PG*), rather than falling back to a default.
    @Test func nonNumericValuesAreRejected() async throws {
        try await withHome { home in
            let cases: [(variable: String, value: String, setting: String)] = [
                ("GOVMON_DATABASE_PORT", "notaport", "port"),
                ("PGPORT", "notaport", "PGPORT"),
                ("GOVMON_TRACKING_VACANCY_DAYS", "ninety", "vacancy_days"),
                ("GOVMON_SERVER_CACHE_SECONDS", "soon", "cache_seconds"),
            ]
            for (variable, value, setting) in cases {
                let error = await loadError(["GOVMON_HOME": home, variable: value])
                #expect(error != nil, "\(variable)=\(value) loaded without an error")
                #expect(error?.description.contains(setting) == true, "\(variable)=\(value): \(String(describing: error))")
                #expect(error?.description.contains(value) == true, "\(variable)=\(value)")
            }
        }
    }

    // MARK: - Secrets

    /// A password given in GOVMON_DATABASE_URL (or `--database-url`) is used for connecting but is
    /// absent from `DatabaseSettings.redacted`, the form messages and logs print
    /// ("user@host:port/database", e.g. StoreError.cannotConnect).
    @Test func aPasswordInTheDatabaseURLIsNeverInTheDescribedForm() async throws {
        try await withHome { home in
            let fromEnvironment = try await load(["GOVMON_HOME": home, "GOVMON_DATABASE_URL": Self.environmentURL])
            #expect(fromEnvironment.database.password == "url-secret")
            #expect(fromEnvironment.database.redacted == "url_user@url-host.invalid:7003/url_db")
            #expect(!fromEnvironment.database.redacted.contains("url-secret"))
            let fromFlag = try await load(["GOVMON_HOME": home], databaseURL: Self.flagURL)
            #expect(fromFlag.database.password == "flag-secret")
            #expect(fromFlag.database.redacted == "flag_user@flag-host.invalid:7004/flag_db")
            #expect(!fromFlag.database.redacted.contains("flag-secret"))
        }
    }

    /// "Secrets (passwords) come only from the environment or the URL, never from config/"
    /// (GovmonConfiguration's documentation): a password in config/govmon.json is refused, and the
    /// error does not repeat it.
    @Test func aPasswordInTheConfigFileIsRefused() async throws {
        let json = #"{ "database": { "host": "file-host.invalid", "password": "file-secret" } }"#
        try await withHome(json) { home in
            let text = (await loadError(["GOVMON_HOME": home]))?.description ?? ""
            #expect(text.contains("database.password") && text.contains("no secrets in config/"), "\(text)")
            #expect(!text.contains("file-secret"))
        }
    }

    /// An empty PGPASSWORD is unset, like the other PG* variables (libpq reads it so).
    @Test func anEmptyPGPasswordIsUnset() async throws {
        try await withHome { home in
            let configuration = try await load(["GOVMON_HOME": home, "PGPASSWORD": ""])
            #expect(configuration.database.password == nil)
        }
    }
}

import Application
import Bootstrap
import Foundation
import Governance
import Logging
import Store

/// What a command needs to do its work: the configuration, an open database whose schema has been
/// checked, and today's date.
public struct CommandContext: Sendable {
    public let configuration: GovmonConfiguration
    public let database: Database
    public let register: Register

    /// Today, in the register's time zone.
    public var today: CalendarDate { configuration.today }

    /// Opens the database for `body`. Unless `checkSchema` is false, refuses plainly when
    /// migrations are pending.
    public static func run<Result: Sendable>(
        _ options: GlobalOptions, source: String, checkSchema: Bool = true,
        _ body: (CommandContext) async throws -> Result
    ) async throws -> Result {
        let configuration = try await GovmonConfiguration.load(databaseURL: options.databaseURL, actor: options.actor)
        var logger = Logger(label: "govmon")
        logger.logLevel = .critical
        return try await Database.with(
            configuration.database, actor: configuration.actor, source: source,
            logger: logger
        ) { database in
            if checkSchema {
                let migrator = Migrator(files: try MigrationFile.load(from: configuration.paths.migrations))
                try await migrator.requireCurrent(database)
            }
            let context = CommandContext(
                configuration: configuration, database: database,
                register: Register(database))
            return try await body(context)
        }
    }
}

extension CommandContext {
    // The data-entry use cases, as the service calls them too (Sources/Application/DataEntry).

    /// Appointing, ending, re-appointing, office, surplus departures.
    var appointments: AppointmentEntry { AppointmentEntry(register: register, today: today) }
    /// Opening, filling and closing vacancies.
    var vacancies: VacancyEntry { VacancyEntry(register: register) }
    /// Schools, federations, local authorities.
    var schools: SchoolEntry { SchoolEntry(register: register) }
    /// Instruments, comparators, reconstitution, headteacher appointments, profiles withdrawn.
    var bodies: BodyEntry { BodyEntry(register: register, today: today, rules: configuration.constitutionRules) }
    /// Declarations, objections, DBS checks, training and courses.
    var people: PersonEntry { PersonEntry(register: register, today: today) }
    /// Alerts: listed, acknowledged, assigned, snoozed, noted, counted.
    var alerts: AlertTriage { AlertTriage(register: register, today: today) }
    /// Voids, corrections, histories and merges of any record.
    var corrections: RecordCorrections { RecordCorrections(register: register, today: today) }
}

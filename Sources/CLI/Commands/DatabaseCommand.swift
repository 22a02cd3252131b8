import ArgumentParser
import Foundation
import Store

/// `govmon db`: migrations.
struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Apply and inspect the database migrations in sql/.",
        subcommands: [Migrate.self, Status.self])

    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply pending migrations, in one transaction under an advisory lock.",
            discussion: """
                Applied migrations are recorded with their checksum; editing an applied file is an error. Then the \
                database is closed to logins outside govmon's roles (CONNECT and TEMPORARY are revoked from PUBLIC), which \
                needs the database's owner: run as anyone else, it says so.
                """)
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource(), checkSchema: false) { context in
                let migrator = Migrator(files: try MigrationFile.load(from: context.configuration.paths.migrations))
                let applied = try await migrator.migrate(context.database)
                if applied.isEmpty {
                    Console.out("The database is up to date (\(migrator.files.count) migrations).\n")
                } else {
                    for name in applied { Console.out("applied \(name)\n") }
                    Console.out("The database is up to date (\(migrator.files.count) migrations).\n")
                }
                if !(try await migrator.secureDatabase(context.database)) {
                    Console.err(
                        "govmon: the database still lets any login connect: run 'govmon db migrate' once as the "
                            + "database's owner (deploy/README.md, \"Database roles\")")
                }
            }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List applied and pending migrations; exit 3 when any are pending.")
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let pending = try await CommandContext.run(global, source: commandSource(), checkSchema: false) { context in
                let migrator = Migrator(files: try MigrationFile.load(from: context.configuration.paths.migrations))
                let status = try await migrator.status(context.database)
                for applied in status.applied { Console.out("applied  \(applied.name)  \(applied.appliedAt)\n") }
                for name in status.pending { Console.out("pending  \(name)\n") }
                return status.pending.count
            }
            if pending > 0 {
                Console.err("govmon: \(pending) migration(s) pending; run 'govmon db migrate'")
                throw ExitCode(3)
            }
        }
    }
}

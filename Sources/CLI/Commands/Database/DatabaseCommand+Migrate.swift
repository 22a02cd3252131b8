import ArgumentParser
import Foundation
import Store

extension DatabaseCommand {
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
}

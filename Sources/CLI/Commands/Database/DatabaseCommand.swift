import ArgumentParser
import Foundation
import Store

/// `govmon db`: migrations.
struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Apply and inspect the database migrations in sql/.",
        subcommands: [Migrate.self, Status.self])
}

import ArgumentParser
import Foundation
import Store

extension DatabaseCommand {
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

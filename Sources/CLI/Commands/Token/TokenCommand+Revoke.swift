import ArgumentParser
import Bootstrap
import Foundation
import Governance
import Logging
import Reports
import Server
import Store

extension TokenCommand {
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token from today.")
        @Argument(help: "The token id.") var token: Int64
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.register.revokeToken(token, on: context.today)
                Console.out("Revoked token \(token).\n")
            }
        }
    }
}

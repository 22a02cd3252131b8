import ArgumentParser
import Bootstrap
import Foundation
import Governance
import Logging
import Reports
import Server
import Store

extension TokenCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tokens (never the tokens themselves).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let rows = try await context.register.tokens().map { t -> [String?] in
                    [
                        String(t.id), t.owner, t.role.rawValue, t.bodyID.map(String.init),
                        t.laCodes?.map(String.init).joined(separator: " "),
                        t.expiresOn?.iso, t.revokedOn?.iso,
                    ]
                }
                Console.out(
                    Listing(columns: ["token", "owner", "role", "body", "authorities", "expires", "revoked"], rows: rows)
                        .rendered(as: output.format))
            }
        }
    }
}

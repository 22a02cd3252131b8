import ArgumentParser
import Bootstrap
import Foundation
import Governance
import Logging
import Reports
import Server
import Store

/// `govmon token`: bearer tokens for the service.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Bearer tokens for the service (only a hash is stored).",
        subcommands: [Create.self, List.self, Revoke.self])
}

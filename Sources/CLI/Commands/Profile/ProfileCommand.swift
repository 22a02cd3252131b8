import Application
import ArgumentParser
import Foundation
import Governance
import Interchange
import Store

/// `govmon profile`: community profiles bodies are compared with.
struct ProfileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile", abstract: "Community profiles: named, dated, sourced distributions to compare bodies with.",
        subcommands: [Import.self, List.self, Show.self, Link.self, Withdraw.self])
}

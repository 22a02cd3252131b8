import Application
import ArgumentParser
import Foundation
import Governance
import Store

/// `govmon retention`: keep only what is needed, for as long as it is needed.
struct RetentionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention", abstract: "Erase and pseudonymise what is held about people who left long ago.",
        subcommands: [Run.self])
}

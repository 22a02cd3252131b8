import Application
import ArgumentParser
import Governance
import Store

/// `govmon alerts`: what tracking found.
struct AlertsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts", abstract: "Alerts raised by tracking runs.", subcommands: [List.self])
}

import Application
import ArgumentParser
import Governance
import Store

/// `govmon alerts`: what tracking found.
struct AlertsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts", abstract: "Alerts raised by tracking runs: list, show, count, and triage.",
        subcommands: [List.self, Show.self, Summary.self, Ack.self, Assign.self, Snooze.self, Note.self])
}

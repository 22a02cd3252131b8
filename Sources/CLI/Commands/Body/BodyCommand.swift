import ArgumentParser
import Governance
import Store

/// `govmon body`: governing bodies and federations.
struct BodyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "body", abstract: "Governing bodies, one per school or one for a federation.",
        subcommands: [List.self, Show.self, Federate.self, Check.self])
}

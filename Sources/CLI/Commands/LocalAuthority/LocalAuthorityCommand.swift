import ArgumentParser
import Governance
import Store

/// `govmon la`: local authorities.
struct LocalAuthorityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "la", abstract: "Local authorities (e.g. 315 Merton, 319 Sutton).",
        subcommands: [Add.self, SetONSCode.self, List.self])
}

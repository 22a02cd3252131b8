import ArgumentParser
import Governance
import Store

/// `govmon register`: the register as a whole.
struct RegisterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register", abstract: "The register as a whole.", subcommands: [Summary.self])
}

import Application
import ArgumentParser
import DemoBorough
import Foundation
import Governance
import Store

/// `govmon demo`: the synthetic demo borough.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "A synthetic demo borough (invented schools and people).",
        subcommands: [Load.self])
}

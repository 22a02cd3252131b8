import Application
import ArgumentParser
import Crypto
import Foundation
import Governance
import Interchange
import Reports
import Store

/// `govmon report`: reports.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports: the MGA Board report.", subcommands: [Board.self, Runs.self])
}

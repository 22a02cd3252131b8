import Application
import ArgumentParser
import Governance
import Reports
import Store

/// `govmon review`: chairs' reviews of representativeness (rec 10).
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Chairs' reviews of whether their body represents its community.",
        subcommands: [Record.self, List.self, Correct.self, VoidRecord<ReviewNoun>.self, RecordHistory<ReviewNoun>.self])
}

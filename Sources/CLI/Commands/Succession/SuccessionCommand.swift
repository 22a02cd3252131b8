import ArgumentParser
import Governance

/// `govmon succession`: schools' succession planning policies (action plan recs 1, 4, 12).
struct SuccessionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "succession", abstract: "Schools' succession planning policies (docs/succession.md).",
        subcommands: [Record.self, List.self, VoidRecord<PolicyNoun>.self, RecordHistory<PolicyNoun>.self])
}

enum PolicyNoun: CorrectableNoun { static let kind = CorrectableRecord.policy }

/// A yes/no answer on the command line.
enum YesNo: String, ExpressibleByArgument, CaseIterable {
    case yes, no
    var flag: Bool { self == .yes }
}

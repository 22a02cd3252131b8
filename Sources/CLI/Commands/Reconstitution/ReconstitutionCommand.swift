import ArgumentParser
import Governance
import Store

/// `govmon reconstitution`: reconstitution under the 2012 regulations.
struct ReconstitutionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconstitution",
        abstract: "Track each body's reconstitution stages (review started ... surplus resolved).",
        subcommands: [
            Start.self, Stage.self, List.self, Status.self, Depart.self, CorrectStage.self, VoidRecord<StageNoun>.self,
            RecordHistory<StageNoun>.self,
        ])
}

import ArgumentParser
import Governance
import Store

/// `govmon training`: courses and completions.
struct TrainingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "training", abstract: "Training courses (induction, refresher, ...) and who completed them.",
        subcommands: [
            AddCourse.self, Courses.self, Record.self, List.self, Correct.self, VoidRecord<TrainingNoun>.self,
            RecordHistory<TrainingNoun>.self,
        ])
}

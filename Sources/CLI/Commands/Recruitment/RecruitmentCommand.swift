import Application
import ArgumentParser
import Governance
import Reports
import Store

/// `govmon recruitment`: planned headteacher appointments (rec 11).
struct RecruitmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recruitment", abstract: "Planned headteacher appointments (for refresher-training alerts).",
        subcommands: [
            Plan.self, Cancel.self, List.self, Correct.self, VoidRecord<RecruitmentNoun>.self,
            RecordHistory<RecruitmentNoun>.self,
        ])
}

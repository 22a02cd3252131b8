import Application
import ArgumentParser
import Governance
import Reports
import Store

/// `govmon recruitment`: headteacher appointments, planned (rec 11) and recorded stage by stage
/// with the panel and its confirmation to the full governing body (rec 12).
struct RecruitmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recruitment",
        abstract: "Headteacher appointments: the plan, stages, panel and the panel's confirmation (docs/succession.md).",
        subcommands: [
            Plan.self, Cancel.self, List.self, Correct.self, VoidRecord<RecruitmentNoun>.self,
            RecordHistory<RecruitmentNoun>.self, Stage.self, Panel.self, Confirm.self, Show.self, Funnel.self,
            VoidRecord<RecruitmentStageNoun>.self, VoidRecord<PanelMemberNoun>.self, VoidRecord<PanelConfirmationNoun>.self,
            RecordHistory<RecruitmentStageNoun>.self, RecordHistory<PanelMemberNoun>.self,
            RecordHistory<PanelConfirmationNoun>.self,
        ])
}

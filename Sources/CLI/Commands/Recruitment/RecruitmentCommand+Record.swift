import Application
import ArgumentParser
import Governance

// The recruitment record of a headteacher appointment (docs/succession.md): stages, panel and the
// panel's confirmation to the full governing body (rec 12).
extension RecruitmentCommand {
    struct Stage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a stage the recruitment reached: advertised, shortlisted, interviewed, appointed or withdrawn.",
            discussion: "Example: govmon recruitment stage 4 --stage appointed --on 2016-03-18")
        @Argument(help: "The recruitment's id.") var recruitment: Int64
        @Option(help: "The stage reached.") var stage: RecruitmentStage
        @Option(help: "The date it was reached.") var on: CalendarDate
        @Option(help: "A note.") var note: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let r = try await SuccessionEntry(register: context.register).reachStage(
                    recruitment, stage: stage, on: on, note: note)
                Console.out("Recruitment \(r.id) (\(r.bodyName)) reached \(stage.rawValue) on \(on.iso).\n")
            }
        }
    }

    struct Panel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a governor serving on the body to the appointment panel, by their appointment id.",
            discussion: "Example: govmon recruitment panel 4 --appointment A57 --joined 2016-01-10")
        @Argument(help: "The recruitment's id.") var recruitment: Int64
        @Option(help: "The governor's appointment to the body.") var appointment: AppointmentID
        @Option(help: "The date they joined the panel.") var joined: CalendarDate
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let r = try await SuccessionEntry(register: context.register).addPanelMember(
                    recruitment, appointmentID: appointment, joinedOn: joined)
                Console.out("Added \(appointment.labelled) to the panel of recruitment \(r.id); it has \(r.panel.count).\n")
            }
        }
    }

    struct Confirm: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the panel's confirmation to the full governing body that representation and diversity "
                + "were considered at every stage of recruitment (rec 12).",
            discussion: "Example: govmon recruitment confirm 4 --on 2016-03-24 --minute \"FGB 24 March 2016, minute 5\"")
        @Argument(help: "The recruitment's id.") var recruitment: Int64
        @Option(help: "The date of the full governing body meeting.") var on: CalendarDate
        @Option(help: "The minute that records the confirmation.") var minute: String
        @Option(help: "A note.") var note: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let r = try await SuccessionEntry(register: context.register).confirmPanel(
                    recruitment, on: on, minute: minute, note: note)
                Console.out("Recorded the panel's confirmation for recruitment \(r.id) (\(r.bodyName)) on \(on.iso).\n")
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a recruitment's record: stages, panel and confirmation.")
        @Argument(help: "The recruitment's id.") var recruitment: Int64
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let r = try await context.register.headteacherRecruitment(recruitment)
                var rows: [[String?]] = [
                    [
                        "recruitment", String(r.id), r.bodyName, "planned \(r.plannedOn.iso)",
                        r.cancelledOn.map { "cancelled \($0.iso)" },
                    ]
                ]
                rows += r.stages.map { ["stage \($0.id)", $0.stage.rawValue, $0.reachedOn.iso, nil, $0.note] }
                rows += r.panel.map { ["panel member \($0.id)", $0.appointmentID.labelled, $0.personName, $0.joinedOn.iso, nil] }
                if let c = r.confirmation {
                    rows.append(["confirmation \(c.id)", c.confirmedOn.iso, c.minute, nil, c.note])
                } else {
                    rows.append(["confirmation", "not recorded", nil, nil, nil])
                }
                Console.out(
                    Listing(columns: ["record", "value", "detail", "date", "note"], rows: rows).rendered(as: output.format))
            }
        }
    }
}

enum RecruitmentStageNoun: CorrectableNoun {
    static let kind = CorrectableRecord.recruitmentStage
    static let commandSuffix = "-stage"
}
enum PanelMemberNoun: CorrectableNoun {
    static let kind = CorrectableRecord.panelMember
    static let commandSuffix = "-panel-member"
}
enum PanelConfirmationNoun: CorrectableNoun {
    static let kind = CorrectableRecord.panelConfirmation
    static let commandSuffix = "-confirmation"
}

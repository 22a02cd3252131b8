import Application
import ArgumentParser
import Governance
import Reports
import Store

extension ReviewCommand {
    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a chair's review: body, chair, date, judgement, actions agreed, date taken to the MGA Board.",
            discussion: "Example: govmon review record 102649 --chair 57 --date 2015-10-20 --judgement partly-representative "
                + "--actions \"recruit parent governors through the Somali community centre\" --board 2015-11-25")
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Option(help: "The chair's appointment id.") var chair: AppointmentID
        @Option(help: "The date of the review.") var date: CalendarDate
        @Option(help: "The chair's judgement.") var judgement: ReviewJudgement
        @Option(help: "Actions agreed.") var actions: String?
        @Option(help: "The date the review was taken to the MGA Board.") var board: CalendarDate?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let b = try await context.register.body(body)
                // The figures the chair looked at, on the review's date, are kept with the review.
                let id = try await ChairReviewRun(register: context.register, bands: context.configuration.representation.bands)
                    .record(
                        bodyID: b.id, chairAppointmentID: chair, reviewedOn: date, judgement: judgement, actions: actions,
                        takenToBoardOn: board, today: context.today)
                Console.out("Recorded chair's review \(id) of body \(b.id) on \(date.iso): \(judgement.commandLineName).\n")
            }
        }
    }
}

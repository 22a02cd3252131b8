import Application
import ArgumentParser
import Governance
import Reports
import Store

extension RecruitmentCommand {
    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a planned headteacher appointment for a body.")
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Option(help: "The planned appointment date.") var planned: CalendarDate
        @Option(help: "The date the plan was recorded (default today).") var recorded: CalendarDate?
        @Option(help: "A note.") var note: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let b = try await context.register.body(body)
                let id = try await context.bodies.planRecruitment(
                    bodyID: b.id, plannedOn: planned, recordedOn: recorded, note: note)
                Console.out("Recorded planned headteacher appointment \(id) for body \(b.id) on \(planned.iso).\n")
            }
        }
    }
}

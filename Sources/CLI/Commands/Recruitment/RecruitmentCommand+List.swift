import Application
import ArgumentParser
import Governance
import Reports
import Store

extension RecruitmentCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List planned headteacher appointments.")
        @Argument(help: "Body id, school URN, or exact body name (default: all).") var body: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let bodyID = try await body.asyncMap { try await context.register.body($0).id }
                let rows = try await context.register.headteacherRecruitments(bodyID: bodyID).map { r -> [String?] in
                    [String(r.id), String(r.bodyID), r.bodyName, r.recordedOn.iso, r.plannedOn.iso, r.cancelledOn?.iso, r.note]
                }
                Console.out(
                    Listing(
                        columns: ["recruitment", "body", "body name", "recorded", "planned", "cancelled", "note"],
                        rows: rows
                    ).rendered(as: output.format))
            }
        }
    }
}

import Application
import ArgumentParser
import Governance
import Reports
import Store

extension RecruitmentCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List planned headteacher appointments.")
        @Argument(help: "Body id, school URN, or exact body name (default: all).") var body: String?
        @OptionGroup var void: VoidOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let bodyID = try await body.asyncMap { try await context.register.body($0).id }
                let plans = try await context.register(void).headteacherRecruitments(bodyID: bodyID)
                let rows = plans.map { r -> [String?] in
                    [String(r.id), String(r.bodyID), r.bodyName, r.recordedOn.iso, r.plannedOn.iso, r.cancelledOn?.iso, r.note]
                }
                let listing = try await context.markingVoid(
                    Listing(
                        columns: ["recruitment", "body", "body name", "recorded", "planned", "cancelled", "note"],
                        rows: rows), .recruitment, ids: plans.map(\.id), void)
                Console.out(listing.rendered(as: output.format))
            }
        }
    }
}

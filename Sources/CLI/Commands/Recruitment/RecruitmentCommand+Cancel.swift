import Application
import ArgumentParser
import Governance
import Reports
import Store

extension RecruitmentCommand {
    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancel a planned appointment (the record stays).")
        @Argument(help: "The planned recruitment's id.") var recruitment: Int64
        @Option(help: "The date it was cancelled.") var on: CalendarDate
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                _ = try await context.bodies.cancelRecruitment(recruitment, on: on)
                Console.out("Cancelled planned recruitment \(recruitment) from \(on.iso).\n")
            }
        }
    }
}

import ArgumentParser
import Governance
import Store

extension TrainingCommand {
    struct Courses: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List courses.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let rows = try await context.register.courses().map {
                    [String($0.id), $0.title, $0.kind.commandLineName, $0.provider]
                }
                Console.out(Listing(columns: ["course", "title", "kind", "provider"], rows: rows).rendered(as: output.format))
            }
        }
    }
}

import ArgumentParser
import Governance
import Store

extension LocalAuthorityCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List local authorities.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let rows = try await context.register.localAuthorities().map { [String($0.code), $0.name] }
                Console.out(Listing(columns: ["code", "name"], rows: rows).rendered(as: output.format))
            }
        }
    }
}

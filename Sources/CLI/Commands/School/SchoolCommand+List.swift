import ArgumentParser
import Governance
import Store

extension SchoolCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List schools with the body that governs each today.")
        @Option(help: "Only this LA (code or name).") var la: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let rows = try await context.register.schools(laCode: code).map { row in
                    let s = row.school
                    return [
                        String(s.urn), s.laestab.map(String.init), s.name, s.category.commandLineName,
                        s.foundationStatus?.commandLineName, s.phase, row.bodyID.map(String.init), s.closeDate?.iso,
                    ]
                }
                Console.out(
                    Listing(
                        columns: ["urn", "laestab", "name", "category", "foundation", "phase", "body", "closed"],
                        rows: rows
                    ).rendered(as: output.format))
            }
        }
    }
}

import ArgumentParser
import Governance
import Store

extension BodyCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List governing bodies.")
        @Option(help: "Only this LA (code or name).") var la: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let rows = try await context.register.bodies(laCode: code).map { b -> [String?] in
                    [
                        String(b.id), b.name, b.isFederation ? "yes" : "no", b.schoolURNs.map(String.init).joined(separator: " "),
                        b.formedOn?.iso, b.dissolvedOn?.iso,
                    ]
                }
                Console.out(
                    Listing(columns: ["body", "name", "federation", "schools", "formed", "dissolved"], rows: rows)
                        .rendered(as: output.format))
            }
        }
    }
}

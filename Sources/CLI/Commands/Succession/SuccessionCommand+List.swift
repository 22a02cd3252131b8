import Application
import ArgumentParser
import Governance

extension SuccessionCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List succession planning policies, oldest first by school.")
        @Argument(help: "Only this school (URN).") var urn: Int?
        @Option(help: "Only this LA (code or name).") var la: String?
        @OptionGroup var void: VoidOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let policies = try await context.register(void).successionPolicies(urn: urn, laCode: code)
                let rows = policies.map { p -> [String?] in
                    [
                        String(p.id), String(p.urn), p.schoolName, p.source.rawValue, p.modelVersion, p.adoptedOn.iso,
                        p.reviewOn?.iso, p.diversityEvidenced ? "yes" : "no", p.diversityNote, p.minute,
                    ]
                }
                let listing = try await context.markingVoid(
                    Listing(
                        columns: [
                            "policy", "urn", "school", "source", "model version", "adopted", "review", "diversity evidenced",
                            "diversity note", "minute",
                        ], rows: rows), .policy, ids: policies.map(\.id), void)
                Console.out(listing.rendered(as: output.format))
            }
        }
    }
}

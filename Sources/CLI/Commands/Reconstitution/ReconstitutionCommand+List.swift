import ArgumentParser
import Governance
import Store

extension ReconstitutionCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List reconstitution rounds and their stages.")
        @Argument(help: "Body id, school URN, or exact body name (default: all).") var body: String?
        @Option(help: "Only this LA (code or name).") var la: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let bodyID = try await body.asyncMap { try await context.register.body($0).id }
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let rows = try await context.register.reconstitutions(bodyID: bodyID, laCode: code).map { r -> [String?] in
                    [
                        String(r.id), String(r.bodyID), r.bodyName, r.startedOn.iso,
                        r.stages.max { $0.stage < $1.stage }?.stage.commandLineName, r.instrumentID.map(String.init),
                        r.stages.map { "\($0.stage.commandLineName) \($0.reachedOn.iso)" + ($0.id.map { " [\($0)]" } ?? "") }
                            .joined(separator: "; "),
                    ]
                }
                Console.out(
                    Listing(
                        columns: ["round", "body", "body name", "started", "furthest stage", "instrument", "stages"],
                        rows: rows
                    ).rendered(as: output.format))
            }
        }
    }
}

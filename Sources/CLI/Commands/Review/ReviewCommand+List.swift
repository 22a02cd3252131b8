import Application
import ArgumentParser
import Governance
import Reports
import Store

extension ReviewCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List chairs' reviews.")
        @Option(help: "Only this body.") var body: String?
        @Option(help: "Only this LA (code or name).") var la: String?
        @OptionGroup var void: VoidOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let bodyID = try await body.asyncMap { try await context.register.body($0).id }
                let code = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let reviews = try await context.register(void).chairReviews(bodyID: bodyID, laCode: code)
                let rows = reviews.map { r -> [String?] in
                    [
                        String(r.id), String(r.bodyID), r.bodyName, r.chairName, r.reviewedOn.iso, r.judgement.commandLineName,
                        r.actionsAgreed, r.takenToBoardOn?.iso,
                    ]
                }
                let listing = try await context.markingVoid(
                    Listing(
                        columns: [
                            "review", "body", "body name", "chair", "reviewed", "judgement", "actions",
                            "to MGA Board",
                        ], rows: rows), .review, ids: reviews.map(\.id), void)
                Console.out(listing.rendered(as: output.format))
            }
        }
    }
}

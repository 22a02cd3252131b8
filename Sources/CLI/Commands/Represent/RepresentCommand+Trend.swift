import Application
import ArgumentParser
import Bootstrap
import Foundation
import Governance
import Reports
import Store

extension RepresentCommand {
    struct Trend: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The borough's snapshots over time (aggregates only).")
        @Argument(help: "The LA code (e.g. 315) or name.") var la: String
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let code = try await context.register.localAuthority(la).code
                let rows = try await context.register.snapshots(laCode: code, boroughOnly: true).map { s -> [String?] in
                    [
                        s.asOf.iso, s.group, String(s.inPost), String(s.unknown), String(s.inGroup),
                        s.declaredShare.map(RepresentationText.percent),
                        s.communityShare.map(RepresentationText.percent), s.band,
                    ]
                }
                Console.out(
                    Listing(
                        columns: ["as of", "group", "in post", "unknown", "in group", "share", "community", "band"],
                        rows: rows
                    ).rendered(as: output.format))
            }
        }
    }
}

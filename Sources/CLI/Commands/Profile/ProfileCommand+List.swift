import Application
import ArgumentParser
import Foundation
import Governance
import Interchange
import Store

extension ProfileCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List profiles.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let rows = try await context.register.profiles().map { s -> [String?] in
                    let p = s.profile
                    return [
                        String(s.id), p.name, p.kind.commandLineName, p.geographyCode, p.classification.rawValue,
                        p.referenceDate.iso, String(p.total), String(p.unknown), p.source, s.laCode.map(String.init) ?? "shared",
                        s.withdrawnOn?.iso,
                    ]
                }
                Console.out(
                    Listing(
                        columns: [
                            "profile", "name", "kind", "geography", "classification", "date", "people",
                            "unknown", "source", "authority", "withdrawn",
                        ], rows: rows
                    ).rendered(as: output.format))
            }
        }
    }
}

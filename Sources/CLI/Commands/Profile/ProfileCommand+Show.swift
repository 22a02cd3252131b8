import Application
import ArgumentParser
import Foundation
import Governance
import Interchange
import Store

extension ProfileCommand {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a profile's counts and shares.")
        @Argument(help: "The profile id or exact name.") var profile: String
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let p = try await context.register.profile(profile).profile
                var rows = p.counts.sorted { $0.key < $1.key }.map { key, count -> [String?] in
                    [key, String(count), String(format: "%.4f", Double(count) / Double(max(p.total, 1)))]
                }
                for (group, share) in p.headlineShares() {
                    rows.append(["share: \(group.label)", nil, String(format: "%.4f", share)])
                }
                if output.format == .table {
                    Console.out(
                        "\(p.name)\nsource: \(p.source); date \(p.referenceDate.iso); \(p.total) classified, \(p.unknown) not\n\n"
                    )
                }
                Console.out(Listing(columns: ["category", "count", "share"], rows: rows).rendered(as: output.format))
            }
        }
    }
}

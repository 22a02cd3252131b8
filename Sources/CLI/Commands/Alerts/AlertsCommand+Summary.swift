import Application
import ArgumentParser
import Governance
import Store

extension AlertsCommand {
    struct Summary: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Count alerts by check and state.")
        @OptionGroup var filters: AlertFilterOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let summary = try await context.alerts.summary(try await filters.filter(register: context.register))
                let rows = summary.map { line in
                    [line.check] + AlertState.allCases.map { String(line.counts[$0] ?? 0) }
                }
                Console.out(
                    Listing(columns: ["check"] + AlertState.allCases.map(\.rawValue), rows: rows).rendered(as: output.format))
            }
        }
    }
}

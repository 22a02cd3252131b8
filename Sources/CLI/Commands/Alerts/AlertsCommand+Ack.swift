import Application
import ArgumentParser
import Governance
import Store

extension AlertsCommand {
    struct Ack: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Acknowledge alerts: seen, and why they can wait (they stay until tracking resolves them).")
        @Argument(help: "Alert ids (or use the filters).") var ids: [Int64] = []
        @OptionGroup var filters: AlertFilterOptions
        @Option(help: "Why they can wait (kept with each alert).") var reason: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await AlertsCommand.act(.acknowledge(reason: reason), ids: ids, filters: filters, global: global, "acknowledged")
        }
    }
}

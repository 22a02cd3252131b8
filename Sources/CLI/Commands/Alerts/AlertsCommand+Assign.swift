import Application
import ArgumentParser
import Governance
import Store

extension AlertsCommand {
    struct Assign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Assign alerts to an officer.")
        @Argument(help: "Alert ids (or use the filters).") var ids: [Int64] = []
        @OptionGroup var filters: AlertFilterOptions
        @Option(help: "The officer who takes them.") var to: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await AlertsCommand.act(.assign(to: to), ids: ids, filters: filters, global: global, "assigned to \(to)")
        }
    }
}

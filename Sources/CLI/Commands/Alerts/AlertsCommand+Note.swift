import Application
import ArgumentParser
import Governance
import Store

extension AlertsCommand {
    struct Note: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a note to alerts (kept with who wrote it and when).")
        @Argument(help: "Alert ids (or use the filters).") var ids: [Int64] = []
        @OptionGroup var filters: AlertFilterOptions
        @Option(help: "The note.") var text: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await AlertsCommand.act(.note(text), ids: ids, filters: filters, global: global, "noted")
        }
    }
}

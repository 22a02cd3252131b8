import Application
import ArgumentParser
import Governance
import Store

extension AlertsCommand {
    struct Snooze: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Snooze alerts: out of the day's list until a date.")
        @Argument(help: "Alert ids (or use the filters).") var ids: [Int64] = []
        @OptionGroup var filters: AlertFilterOptions
        @Option(help: "The day they come back.") var until: CalendarDate
        @Option(help: "Why (kept with each alert).") var reason: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await AlertsCommand.act(
                .snooze(until: until, reason: reason), ids: ids, filters: filters, global: global, "snoozed until \(until.iso)")
        }
    }
}

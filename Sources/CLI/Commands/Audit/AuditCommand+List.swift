import ArgumentParser
import Store

extension AuditCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the latest audit entries, newest first.")
        @Option(help: "Only this table, e.g. appointments.") var table: String?
        @Option(help: "Only this row (its primary key).") var row: String?
        @Option(help: "How many entries.") var limit: Int = 50
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let rows = try await context.register.audit(table: table, rowKey: row, limit: limit).map {
                    [String($0.id), $0.occurredAt, $0.actor, $0.table, $0.operation, $0.rowKey, $0.before, $0.after, $0.source]
                }
                Console.out(
                    Listing(
                        columns: ["entry", "at", "actor", "table", "operation", "row", "before", "after", "source"],
                        rows: rows
                    ).rendered(as: output.format))
            }
        }
    }
}

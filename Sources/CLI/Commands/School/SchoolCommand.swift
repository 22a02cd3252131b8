import ArgumentParser
import Governance
import Store

/// `govmon school`: schools.
struct SchoolCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "school",
        abstract: "Schools. A maintained school gets a governing body of its own when added.",
        discussion: "Bulk-load schools from GIAS with 'govmon import schools FILE'.",
        subcommands: [Add.self, Update.self, List.self, Show.self])
}

import ArgumentParser
import Store

/// `govmon audit`: the audit trail.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Read the audit trail: who changed what, when, before and after.",
        subcommands: [List.self])
}

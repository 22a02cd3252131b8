import ArgumentParser

/// Options every command that touches the database accepts.
public struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("database-url"),
        help: "PostgreSQL URL (overrides GOVMON_DATABASE_URL, PG* variables and config/govmon.json).")
    var databaseURL: String?

    @Option(help: "Who is acting, for the audit trail (default: GOVMON_ACTOR, else your login name).")
    var actor: String?

    public init() {}
}

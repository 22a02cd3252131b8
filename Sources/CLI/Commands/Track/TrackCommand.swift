import Application
import ArgumentParser
import Governance
import Store

/// `govmon track`: the scheduled deadline checks, one shot (for cron or a systemd timer).
struct TrackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "track", abstract: "Run the deadline checks and record alerts (idempotent; for cron).",
        subcommands: [Run.self, Checks.self])
}

import Application
import ArgumentParser
import Governance
import Reports
import Store

/// `govmon dbs`: enhanced DBS checks.
struct DBSCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dbs", abstract: "Enhanced DBS checks (governors appointed from 1 April 2016: within 21 days).",
        subcommands: [Record.self, Correct.self, VoidRecord<DBSNoun>.self, RecordHistory<DBSNoun>.self])
}

import Application
import ArgumentParser
import Foundation
import Governance
import Interchange
import Store

/// `govmon import`: bulk imports.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bulk imports from GIAS, all or nothing (or --skip-invalid with a rejects file).",
        discussion: """
            Import establishments first (govmon import schools), then governance (govmon import gias). A bad \
            row stops the import with one line naming the file, line, field and what was expected, and the \
            database is left exactly as it was.
            """,
        subcommands: [Gias.self, Schools.self])

    static func describe(_ r: ImportReport, things: String) -> String {
        var text =
            (r.dryRun ? "Dry run, nothing written: \(r.file) would import" : "Imported \(r.file)")
            + " (\(r.encoding)): \(r.rowsRead) rows read; \(things): \(r.inserted) new, "
            + "\(r.updated) updated, \(r.unchanged) unchanged; \(r.rejected) rejected.\n"
        if r.peopleCreated > 0 { text += "People added: \(r.peopleCreated).\n" }
        if r.bodiesCreated > 0 { text += "Governing bodies created for maintained schools: \(r.bodiesCreated).\n" }
        for (reason, count) in r.outside.sorted(by: { $0.key < $1.key }) {
            text += "Outside the register (not imported): \(count) row(s): \(reason).\n"
        }
        for question in r.questions { text += "To resolve: \(question).\n" }
        for note in r.notes { text += "Note: \(note).\n" }
        if !r.changes.isEmpty {
            text += "\(r.dryRun ? "What it would change" : "What changed"), record by record:\n"
            for change in r.changes { text += "  \(change)\n" }
        }
        if let rejects = r.rejectsFile { text += "Rejected rows and reasons: \(rejects)\n" }
        return text
    }
}

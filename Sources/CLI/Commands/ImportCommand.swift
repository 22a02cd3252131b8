import Application
import ArgumentParser
import Foundation
import Governance
import Interchange
import Store

/// Options every import takes.
struct ImportFileOptions: ParsableArguments {
    @Argument(help: "The CSV file.") var file: String
    @Option(help: "The file's encoding (default: detected; DfE files come as UTF-8 or Windows-1252).")
    var encoding: TextEncoding?
    @Flag(help: "Import the good rows and write the bad ones, with reasons, to the rejects file.")
    var skipInvalid = false
    @Option(help: "Where rejected rows go with --skip-invalid (default: FILE.rejects.csv).") var rejects: String?
    @Flag(help: "No progress messages.") var quiet = false
    @Flag(help: "Print how long each phase took (for benchmarks).") var timings = false

    func importOptions(today: CalendarDate) -> ImportOptions {
        let quiet = self.quiet
        let timings = self.timings
        var options = ImportOptions(
            skipInvalid: skipInvalid, rejectsPath: rejects ?? file + ".rejects.csv", today: today,
            progress: { rows, bytes, size in
                guard !quiet, size > 0 else { return }
                Console.err("  read \(rows) rows (\(Int(Double(bytes) / Double(size) * 100))%)")
            })
        if timings { options.timing = { phase, seconds in Console.err(String(format: "  %7.3f s  %@", seconds, phase)) } }
        return options
    }
}

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

    struct Gias: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a GIAS governance extract (GID,URN,UID,Role,...,Appointing body).",
            discussion: """
                Re-importing the same or a newer file updates appointments by GID without duplicating them. The \
                governor category is inferred from the appointing body (the raw value is kept). Rows for academy \
                trusts and other roles outside the register are counted, not imported; rows for schools that are \
                not in the register are refused.
                """)
        @OptionGroup var file: ImportFileOptions
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let report = try await ImportRun(register: context.register).extract(
                    .gias, path: file.file, displayName: file.file, encoding: file.encoding,
                    options: file.importOptions(today: context.today))
                Console.out(ImportCommand.describe(report, things: "appointments"))
            }
        }
    }

    struct Schools: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import GIAS establishment data (the 'all establishment data' extract).",
            discussion: """
                Columns are matched by header name (URN, LA (code), LA (name), EstablishmentNumber, \
                EstablishmentName, TypeOfEstablishment (name) are needed; PhaseOfEducation (name), \
                EstablishmentStatus (name), OpenDate, CloseDate, AdministrativeWard (name) are used when present). \
                Each maintained school without a governing body gets one of its own.
                """)
        @OptionGroup var file: ImportFileOptions
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let report = try await ImportRun(register: context.register).extract(
                    .schools, path: file.file, displayName: file.file, encoding: file.encoding,
                    options: file.importOptions(today: context.today))
                Console.out(ImportCommand.describe(report, things: "schools"))
            }
        }
    }

    static func describe(_ r: ImportReport, things: String) -> String {
        var text =
            "Imported \(r.file) (\(r.encoding)): \(r.rowsRead) rows read; \(things): \(r.inserted) new, "
            + "\(r.updated) updated, \(r.unchanged) unchanged; \(r.rejected) rejected.\n"
        if r.peopleCreated > 0 { text += "People added: \(r.peopleCreated).\n" }
        if r.bodiesCreated > 0 { text += "Governing bodies created for maintained schools: \(r.bodiesCreated).\n" }
        for (reason, count) in r.outside.sorted(by: { $0.key < $1.key }) {
            text += "Outside the register (not imported): \(count) row(s): \(reason).\n"
        }
        for question in r.questions { text += "To resolve: \(question).\n" }
        for note in r.notes { text += "Note: \(note).\n" }
        if let rejects = r.rejectsFile { text += "Rejected rows and reasons: \(rejects)\n" }
        return text
    }
}

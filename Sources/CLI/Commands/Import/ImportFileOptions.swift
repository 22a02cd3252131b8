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
    @Flag(help: "Write nothing: report what the file would change (new, updated, no longer listed).") var dryRun = false

    func importOptions(today: CalendarDate) -> ImportOptions {
        let quiet = self.quiet
        let timings = self.timings
        var options = ImportOptions(
            skipInvalid: skipInvalid, rejectsPath: rejects ?? file + ".rejects.csv", today: today,
            progress: { rows, bytes, size in
                guard !quiet, size > 0 else { return }
                Console.err("  read \(rows) rows (\(Int(Double(bytes) / Double(size) * 100))%)")
            })
        options.dryRun = dryRun
        if timings { options.timing = { phase, seconds in Console.err(String(format: "  %7.3f s  %@", seconds, phase)) } }
        return options
    }
}

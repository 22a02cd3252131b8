import Application
import ArgumentParser
import Foundation
import Governance
import Interchange
import Store

extension ImportCommand {
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
}

import Application
import ArgumentParser
import Foundation
import Governance
import Interchange
import Store

extension ImportCommand {
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
}
